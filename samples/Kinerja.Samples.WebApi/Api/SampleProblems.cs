using System.Globalization;
using System.Text;
using Kinerja.Core.Validation;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// The problems only a web host has (authentication, request size, preconditions, limits on ids), with
/// their messages in one table per language, Indonesian first, in the core's template form
/// (<c>{path}</c>, <c>{value}</c>, <c>{0}</c>...). The core's own problems keep the core's messages.
/// </summary>
internal static class SampleProblems
{
    public const string AuthRequired = "auth.required";
    public const string AuthInvalid = "auth.invalid";
    public const string Forbidden = "auth.forbidden";
    public const string BodyTooLarge = "body.too-large";
    public const string MediaType = "body.media-type";
    public const string PreconditionRequired = "precondition.required";
    public const string PreconditionFailed = "precondition.failed";
    public const string TooLong = "text.too-long";
    public const string Characters = "text.characters";
    public const string NotFound = "route.not-found";
    public const string ServerError = "server.error";
    public const string CsvMismatch = "csv.pk-mismatch";

    private static readonly Dictionary<string, string> Indonesian = new(StringComparer.Ordinal)
    {
        [AuthRequired] = "{path}: permintaan ini memerlukan token JWT yang sah.",
        [AuthInvalid] = "{path}: token JWT tidak sah atau sudah kedaluwarsa.",
        [Forbidden] = "{path}: '{value}' tidak berwenang: {0}.",
        [BodyTooLarge] = "{path}: isi permintaan lebih dari {0} bita.",
        [MediaType] = "{path}: jenis isi '{value}' tidak diterima; kirim {0}.",
        [PreconditionRequired] = "{path}: tajuk If-Match wajib diisi dengan ETag terakhir yang dibaca.",
        [PreconditionFailed] = "{path}: ETag {value} sudah usang; ETag sekarang {0}. Baca ulang lalu ulangi.",
        [TooLong] = "{path}: panjangnya {0} karakter, melebihi batas {1} karakter.",
        [Characters] = "{path}: '{value}' hanya boleh memuat huruf, angka, titik, tanda hubung dan garis bawah, diawali huruf atau angka.",
        [NotFound] = "{path}: alamat '{value}' tidak ada.",
        [ServerError] = "Terjadi kesalahan di server; nomor pelacakan {0}.",
    };

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        [AuthRequired] = "{path}: this request needs a valid JWT bearer token.",
        [AuthInvalid] = "{path}: the JWT is not valid or has expired.",
        [Forbidden] = "{path}: '{value}' may not do this: {1}.",
        [BodyTooLarge] = "{path}: the request body is larger than {0} bytes.",
        [MediaType] = "{path}: content type '{value}' is not accepted; send {0}.",
        [PreconditionRequired] = "{path}: the If-Match header is required, with the last ETag read.",
        [PreconditionFailed] = "{path}: ETag {value} is stale; the current ETag is {0}. Read again and retry.",
        [TooLong] = "{path}: {0} characters, more than the limit of {1}.",
        [Characters] = "{path}: '{value}' may contain only letters, digits, dots, hyphens and underscores, starting with a letter or digit.",
        [NotFound] = "{path}: there is no resource at '{value}'.",
        [ServerError] = "An error occurred on the server; trace id {0}.",
    };

    /// <summary>A problem of this table as JSON: the value made printable (control characters escaped, at most 200 characters).</summary>
    public static ProblemItem Item(string code, string path, string? value, params string[] arguments)
    {
        var shown = Printable(value);
        return new ProblemItem(code, path, shown, Severity.Error, Format(Indonesian, code, path, shown, arguments), Format(English, code, path, shown, arguments));
    }

    /// <summary>A value as it may be shown back: control characters as <c>\u0000</c>, cut at 200 characters with <c>…</c>.</summary>
    public static string? Printable(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = new StringBuilder(Math.Min(value.Length, 210));
        foreach (var c in value)
        {
            if (text.Length >= 200)
            {
                text.Append('…');
                break;
            }

            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static string Format(Dictionary<string, string> table, string code, string path, string? value, string[] arguments)
    {
        var text = new StringBuilder(table[code]);
        text.Replace("{path}", path);
        text.Replace("{value}", value ?? string.Empty);
        for (var i = 0; i < arguments.Length; i++)
        {
            text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", arguments[i]);
        }

        return text.ToString();
    }
}
