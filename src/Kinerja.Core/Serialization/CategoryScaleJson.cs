using System.Text;
using System.Text.Json;
using Kinerja.Core.Internal;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// Reads and writes a <see cref="CategoryScale"/> as JSON, so an office can define its own scale
/// as data. Reading reports every problem at once with its JSON path (<c>$.bands[2].lower</c>):
/// malformed JSON, a value of the wrong type, an unknown property, and every band problem of
/// <see cref="CategoryScale.Create"/> (gaps, overlaps, unordered bounds). Numbers are read as exact
/// decimals. The format:
/// <code>
/// { "schemaVersion": 1, "name": "Skala Kecamatan",
///   "bands": [ { "label": "Sangat Rendah", "code": "SR", "lower": null, "lowerInclusive": true,
///                "upper": 51, "upperInclusive": false }, ... ] }
/// </code>
/// <c>schemaVersion</c> may be left out (1); <c>code</c> defaults to the label; a bound left out or
/// null means no limit; <c>lowerInclusive</c> defaults to true and <c>upperInclusive</c> to false.
/// </summary>
public static class CategoryScaleJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Reads a scale from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scale, or every problem found, each with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<CategoryScale> Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var problems = new Problems();
        using var document = JsonReading.Open(json, problems);
        if (document is null || !JsonReading.Object(document.RootElement, "$", problems, "$schema", "schemaVersion", "name", "bands"))
        {
            return problems.Result<CategoryScale>(() => null!);
        }

        var root = document.RootElement;
        JsonReading.SchemaVersion(root, SchemaVersion, problems);
        var name = JsonReading.String(root, "name", "$", problems, required: true);
        var bands = new List<CategoryBand>();
        foreach (var (item, path) in JsonReading.Array(root, "bands", "$", problems, required: true))
        {
            if (ReadBand(item, path, problems) is { } band)
            {
                bands.Add(band);
            }
        }

        if (problems.HasErrors)
        {
            return problems.Result<CategoryScale>(() => null!);
        }

        var created = CategoryScale.Create(name!, bands);
        problems.AddUnder("$", created.Problems);
        return problems.Result(() => created.Value);
    }

    /// <summary>Writes a scale as JSON in the format <see cref="Parse"/> reads, bounds at full precision.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public static string Write(CategoryScale scale)
    {
        if (scale is null)
        {
            throw new ArgumentNullException(nameof(scale));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("name", scale.Name);
            writer.WriteStartArray("bands");
            foreach (var band in scale.Bands)
            {
                writer.WriteStartObject();
                writer.WriteString("label", band.Label);
                writer.WriteString("code", band.Code);
                WriteBound(writer, "lower", band.Lower);
                writer.WriteBoolean("lowerInclusive", band.LowerInclusive);
                WriteBound(writer, "upper", band.Upper);
                writer.WriteBoolean("upperInclusive", band.UpperInclusive);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteBound(Utf8JsonWriter writer, string name, decimal? bound)
    {
        if (bound is { } b)
        {
            writer.WriteNumber(name, b);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static CategoryBand? ReadBand(JsonElement item, string path, Problems problems)
    {
        var before = problems.List.Count;
        if (!JsonReading.Object(item, path, problems, "label", "code", "lower", "lowerInclusive", "upper", "upperInclusive"))
        {
            return null;
        }

        var label = JsonReading.String(item, "label", path, problems, required: true);
        var code = JsonReading.String(item, "code", path, problems, required: false);
        var lower = JsonReading.Decimal(item, "lower", path, problems);
        var upper = JsonReading.Decimal(item, "upper", path, problems);
        var lowerInclusive = JsonReading.Bool(item, "lowerInclusive", path, problems, true);
        var upperInclusive = JsonReading.Bool(item, "upperInclusive", path, problems, false);
        return problems.List.Count == before ? new CategoryBand(label!, lower, lowerInclusive, upper, upperInclusive, code) : null;
    }
}
