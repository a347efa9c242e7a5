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

    private static readonly HashSet<string> RootProperties = new(StringComparer.Ordinal) { "schemaVersion", "name", "bands", "$schema" };
    private static readonly HashSet<string> BandProperties = new(StringComparer.Ordinal) { "label", "code", "lower", "lowerInclusive", "upper", "upperInclusive" };

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
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var where = "line " + Text.Of((int)(e.LineNumber ?? 0) + 1) + ", byte " + Text.Of((int)(e.BytePositionInLine ?? 0) + 1);
            problems.Error(ProblemCodes.JsonMalformed, "$", null, where + ": " + FirstSentence(e.Message));
            return problems.Result<CategoryScale>(() => null!);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Error(ProblemCodes.JsonType, "$", root.ValueKind.ToString(), "object");
                return problems.Result<CategoryScale>(() => null!);
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!RootProperties.Contains(property.Name))
                {
                    problems.Error(ProblemCodes.JsonUnknownProperty, "$." + property.Name, property.Name);
                }
            }

            if (root.TryGetProperty("schemaVersion", out var version)
                && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v == SchemaVersion))
            {
                problems.Error(ProblemCodes.JsonSchemaVersion, "$.schemaVersion", version.GetRawText(), Text.Of(SchemaVersion));
            }

            var name = ReadString(root, "name", "$", problems, required: true);
            var bands = new List<CategoryBand>();
            if (!root.TryGetProperty("bands", out var array))
            {
                problems.Error(ProblemCodes.Required, "$.bands", null);
            }
            else if (array.ValueKind != JsonValueKind.Array)
            {
                problems.Error(ProblemCodes.JsonType, "$.bands", array.GetRawText(), "array");
            }
            else
            {
                var i = 0;
                foreach (var item in array.EnumerateArray())
                {
                    var path = Text.Index("$.bands", i++);
                    if (ReadBand(item, path, problems) is { } band)
                    {
                        bands.Add(band);
                    }
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
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Error(ProblemCodes.JsonType, path, item.GetRawText(), "object");
            return null;
        }

        var before = problems.List.Count;
        foreach (var property in item.EnumerateObject())
        {
            if (!BandProperties.Contains(property.Name))
            {
                problems.Error(ProblemCodes.JsonUnknownProperty, path + "." + property.Name, property.Name);
            }
        }

        var label = ReadString(item, "label", path, problems, required: true);
        var code = ReadString(item, "code", path, problems, required: false);
        var lower = ReadBound(item, "lower", path, problems);
        var upper = ReadBound(item, "upper", path, problems);
        var lowerInclusive = ReadBool(item, "lowerInclusive", path, problems, true);
        var upperInclusive = ReadBool(item, "upperInclusive", path, problems, false);
        return problems.List.Count == before ? new CategoryBand(label!, lower, lowerInclusive, upper, upperInclusive, code) : null;
    }

    private static string? ReadString(JsonElement owner, string name, string path, Problems problems, bool required)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Error(ProblemCodes.Required, path + "." + name, null);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Error(ProblemCodes.JsonType, path + "." + name, value.GetRawText(), "string");
            return null;
        }

        var text = value.GetString();
        if (required && string.IsNullOrWhiteSpace(text))
        {
            problems.Error(ProblemCodes.Required, path + "." + name, text);
        }

        return text;
    }

    private static decimal? ReadBound(JsonElement owner, string name, string path, Problems problems)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d))
        {
            return d;
        }

        problems.Error(ProblemCodes.JsonType, path + "." + name, value.GetRawText(), "number or null");
        return null;
    }

    private static bool ReadBool(JsonElement owner, string name, string path, Problems problems, bool fallback)
    {
        if (!owner.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problems.Error(ProblemCodes.JsonType, path + "." + name, value.GetRawText(), "true or false");
        return fallback;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message.Substring(0, end + 1);
    }
}
