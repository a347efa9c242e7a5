using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// Reads and writes a <see cref="CategoryScale"/> as JSON, so an office can define its own scale
/// as data: the same as <see cref="KinerjaJson.ReadCategoryScale"/> and <see cref="KinerjaJson.Write(CategoryScale)"/>,
/// kept for existing callers. Reading reports every problem at once with its JSON path
/// (<c>$.bands[2].lower</c>): malformed JSON, a value of the wrong type, an unknown property, and every
/// band problem of <see cref="CategoryScale.Create"/> (gaps, overlaps, unordered bounds). Numbers are
/// read as exact decimals. The format:
/// <code>
/// { "schemaVersion": 1, "kind": "categoryScale", "name": "Skala Kecamatan",
///   "bands": [ { "label": "Sangat Rendah", "code": "SR", "upper": 51, "upperInclusive": false }, ... ] }
/// </code>
/// A document without <c>kind</c> (the format before every document carried one) still reads;
/// <c>code</c> defaults to the label; a bound left out or null means no limit; <c>lowerInclusive</c>
/// defaults to true and <c>upperInclusive</c> to false.
/// </summary>
public static class CategoryScaleJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = KinerjaJson.SchemaVersion;

    /// <summary>Reads a scale from JSON text; the same as <see cref="KinerjaJson.ReadCategoryScale"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scale, or every problem found, each with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<CategoryScale> Parse(string json) => KinerjaJson.ReadCategoryScale(json);

    /// <summary>Writes a scale as JSON, bounds at full precision; the same as <see cref="KinerjaJson.Write(CategoryScale)"/>.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public static string Write(CategoryScale scale) => KinerjaJson.Write(scale);
}
