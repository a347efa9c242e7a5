using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// What a value of a document should have been, in both languages: the two arguments of a
/// <see cref="ProblemCodes.JsonType"/> problem, <c>{0}</c> Indonesian and <c>{1}</c> English, so that
/// each message template gets words of its own language. Both languages of a description stand side
/// by side here, so that none is ever written in one language only.
/// </summary>
/// <param name="Indonesian">The description in Indonesian, as it follows "harus berupa".</param>
/// <param name="English">The description in English, as it follows "should be".</param>
internal sealed record Expected(string Indonesian, string English)
{
    public static readonly Expected Text = new("teks (di antara tanda petik)", "a string (in quotes)");

    public static readonly Expected Integer = new("bilangan bulat", "a whole number");

    public static readonly Expected Number = new("angka", "a number");

    public static readonly Expected Boolean = new("true atau false", "true or false");

    public static readonly Expected List = new("daftar [ ... ]", "a list [ ... ]");

    public static readonly Expected Object = new("objek { ... }", "an object { ... }");

    /// <summary>Any value but <c>null</c> (a field that has no empty form).</summary>
    public static readonly Expected NotNull = new("sebuah nilai, bukan null", "a value, not null");

    public static readonly Expected Date = new("tanggal ISO (yyyy-MM-dd)", "an ISO date (yyyy-MM-dd)");

    public static readonly Expected Instant = new("waktu ISO dalam UTC (yyyy-MM-ddTHH:mm:ssZ)", "an ISO instant in UTC (yyyy-MM-ddTHH:mm:ssZ)");

    public static readonly Expected Time = new("jam (HH:mm)", "a time (HH:mm)");

    public static readonly Expected Duration = new("durasi (H:mm:ss)", "a duration (H:mm:ss)");

    /// <summary>A target: a number, a range or a grade.</summary>
    public static readonly Expected Target = new(
        "angka, { \"lower\": ..., \"upper\": ... } atau { \"grade\": ... }", "a number, { \"lower\": ..., \"upper\": ... } or { \"grade\": ... }");

    /// <summary>A policy's fingerprint (<c>RecapPolicy.Fingerprint</c>).</summary>
    public static readonly Expected Fingerprint = new("sidik kebijakan: 16 digit heksadesimal huruf kecil", "a policy fingerprint: 16 lowercase hexadecimal digits");

    /// <summary>A realisasi's value when its grade is given: nothing, as a realisasi is one or the other.</summary>
    public static readonly Expected NullBesideGrade = new("null, karena predikat sudah diisi", "null, as a grade is given");

    /// <summary>What the serializer refuses after the shape check passed (a safety net that the shape check keeps unused).</summary>
    public static readonly Expected Readable = new("nilai yang sesuai dengan skema dokumen", "a value the document's schema allows");

    /// <summary>One of the given names (of an enum, as the documents write them).</summary>
    /// <param name="names">The names, each quoted in the message.</param>
    /// <returns>The description.</returns>
    public static Expected OneOf(IEnumerable<string> names)
    {
        var list = string.Join(", ", names.Select(n => "'" + n + "'"));
        return new("salah satu dari " + list, "one of " + list);
    }

    /// <summary>The one name a value may have here, and why.</summary>
    /// <param name="name">The name.</param>
    /// <param name="becauseIndonesian">Why, in Indonesian.</param>
    /// <param name="becauseEnglish">Why, in English.</param>
    /// <returns>The description.</returns>
    public static Expected Only(string name, string becauseIndonesian, string becauseEnglish) =>
        new("'" + name + "', karena " + becauseIndonesian, "'" + name + "', as " + becauseEnglish);

    /// <summary>Reports <paramref name="value"/> at <paramref name="path"/> as not being this.</summary>
    /// <param name="problems">Where the problem goes.</param>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="value">The value as given.</param>
    public void Report(Problems problems, string path, string? value) =>
        problems.Error(ProblemCodes.JsonType, path, value, Indonesian, English);
}
