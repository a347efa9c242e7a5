using System.Globalization;
using System.Text;
using System.Text.Json;
using Kinerja.Core.Validation;
using Microsoft.AspNetCore.Http.Features;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// Reads a request body as JSON text, bounded: <c>application/json</c> only (415 otherwise), at most
/// <c>Kinerja:MaxRequestBodyBytes</c> bytes (default 1 MiB; 413 beyond, checked on <c>Content-Length</c> and
/// while reading, so a chunked body is cut too), valid UTF-8. Every refusal is a problem document.
/// </summary>
internal static class RequestBody
{
    public const long DefaultMaxBytes = 1024 * 1024;

    public static long MaxBytes(IConfiguration configuration) => configuration.GetValue("Kinerja:MaxRequestBodyBytes", DefaultMaxBytes);

    public static async Task<(string? Text, IResult? Error)> ReadText(HttpRequest request)
    {
        var (bytes, error) = await ReadBytes(request, IsJson, "application/json").ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        using var body = bytes!;
        try
        {
            return (new UTF8Encoding(false, true).GetString(body.GetBuffer(), 0, (int)body.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, ApiProblems.BadRequest([Malformed(1, 1, "$", "isi permintaan bukan teks UTF-8 yang sah", "the request body is not valid UTF-8 text")]));
        }
    }

    /// <summary>
    /// The body's bytes, bounded as <see cref="ReadText"/> bounds them, when its media type is one <paramref name="accepts"/>
    /// takes (415 naming <paramref name="expected"/> otherwise). The bytes are not decoded: the caller's reader does that.
    /// </summary>
    public static async Task<(MemoryStream? Bytes, IResult? Error)> ReadBytes(HttpRequest request, Func<string, bool> accepts, string expected)
    {
        var limit = MaxBytes(request.HttpContext.RequestServices.GetRequiredService<IConfiguration>());
        var type = request.ContentType;
        if (type is null || !accepts(type))
        {
            return (null, ApiProblems.Of(StatusCodes.Status415UnsupportedMediaType, "Jenis isi tidak diterima / unsupported media type", [SampleProblems.Item(SampleProblems.MediaType, "Content-Type", type ?? string.Empty, expected)]));
        }

        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        // Kestrel cuts the body at its own limit (set to the same value in Program.cs); the test host does not, so count here too.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await buffer.DisposeAsync().ConfigureAwait(false);
                    return (null, TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            return (null, TooLarge(limit));
        }

        buffer.Position = 0;
        return (buffer, null);
    }

    /// <summary>A <c>json.malformed</c> problem in the sample's own words (never the parser's text, which is English and names .NET types).</summary>
    public static ValidationProblem Malformed(long line, long bytePosition, string path, string indonesian, string english) =>
        new(ProblemCodes.JsonMalformed, "$", null, Severity.Error, Number(line), Number(bytePosition), path, indonesian, english);

    /// <summary>Parses a JSON text; malformed JSON is one <c>json.malformed</c> problem with line and byte.</summary>
    /// <summary>The body read (<see cref="ReadText"/>) and parsed (<see cref="Parse"/>): the document, or the problem answer of the first step that refused it.</summary>
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadJson(HttpRequest request)
    {
        var (text, error) = await ReadText(request).ConfigureAwait(false);
        return error is not null ? (null, error) : Parse(text!);
    }

    public static (JsonDocument? Document, IResult? Error) Parse(string text)
    {
        try
        {
            return (JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 }), null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.BadRequest([Malformed((e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e.Path ?? "$", "isi permintaan bukan JSON yang sah", "the request body is not valid JSON")]));
        }
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static IResult TooLarge(long limit) =>
        ApiProblems.Of(StatusCodes.Status413PayloadTooLarge, "Isi terlalu besar / content too large", [SampleProblems.Item(SampleProblems.BodyTooLarge, "$", null, Number(limit))]);

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The sample's own small bodies (SOP start and actions), read strictly from a parsed JSON object:
/// every unknown property, wrong type and over-long text is a problem with its path, all at once.
/// </summary>
internal sealed class JsonBody
{
    private readonly JsonElement _root;

    private JsonBody(JsonElement root) => _root = root;

    public List<ProblemItem> Problems { get; } = [];

    /// <summary>The object's properties must all be in <paramref name="known"/>.</summary>
    public static (JsonBody? Body, IResult? Error) Read(JsonDocument document, params string[] known)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, ApiProblems.BadRequest([new ValidationProblem(ProblemCodes.JsonType, "$", Kind(root), Severity.Error, "objek JSON", "a JSON object")]));
        }

        var body = new JsonBody(root);
        foreach (var property in root.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                body.Problems.Add(ProblemItem.From(new ValidationProblem(ProblemCodes.JsonUnknownProperty, "$." + property.Name, property.Name, Severity.Error)));
            }
        }

        return (body, null);
    }

    public string? String(string name, int maxLength)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problems.Add(ProblemItem.From(new ValidationProblem(ProblemCodes.JsonType, "$." + name, Kind(value), Severity.Error, "teks", "text")));
            return null;
        }

        var text = value.GetString()!;
        return Ids.CheckLength(text, "$." + name, maxLength, Problems) ? text : null;
    }

    public IReadOnlyList<string>? Strings(string name, int maxItems, int maxLength)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problems.Add(ProblemItem.From(new ValidationProblem(ProblemCodes.JsonType, "$." + name, Kind(value), Severity.Error, "daftar teks", "a list of texts")));
            return null;
        }

        var list = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"$.{name}[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (i++ >= maxItems)
            {
                Problems.Add(ProblemItem.From(new ValidationProblem(ProblemCodes.OutOfRange, "$." + name, value.GetArrayLength().ToString(CultureInfo.InvariantCulture), Severity.Error, "0", maxItems.ToString(CultureInfo.InvariantCulture))));
                break;
            }

            if (item.ValueKind != JsonValueKind.String)
            {
                Problems.Add(ProblemItem.From(new ValidationProblem(ProblemCodes.JsonType, path, Kind(item), Severity.Error, "teks", "text")));
            }
            else if (Ids.CheckLength(item.GetString()!, path, maxLength, Problems))
            {
                list.Add(item.GetString()!);
            }
        }

        return list;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => "\"" + SampleProblems.Printable(e.GetString()) + "\"",
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => "[…]",
        _ => SampleProblems.Printable(e.GetRawText())!,
    };
}
