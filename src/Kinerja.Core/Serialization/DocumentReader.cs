using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>The kind of a document, whether a version-0 shape (before the envelope) exists for it, its current
/// schema version and how an older version is rewritten to it.</summary>
/// <param name="Name">The <c>kind</c> value.</param>
/// <param name="HasVersion0">Whether a document without <c>kind</c> is read as version 0 (the shape
/// of category scales, holiday lists and SOP definitions before every document carried a kind).</param>
/// <param name="CurrentVersion">The schema version written, and the newest read.</param>
/// <param name="Migrate">Rewrites the parsed tree of a document of an older version (0 for version 0) into the current one.</param>
internal sealed record DocumentKind(string Name, bool HasVersion0, int CurrentVersion = 1, Action<JsonObject, int>? Migrate = null);

/// <summary>
/// Reads and writes every document the same way: open the text (malformed JSON is one problem),
/// check the envelope (<c>kind</c> and <c>schemaVersion</c>), migrate an older version, check the
/// shape against the source-generated metadata (every wrong type and unknown property at once),
/// deserialise the wire records, and hand them to the domain's builders, whose problems come back
/// under <c>$</c>. Nothing is returned unless every step passed.
/// </summary>
internal static class DocumentReader
{
    /// <summary>The schema version of the documents whose schema has not moved on (each <see cref="DocumentKind"/> says its own).</summary>
    public const int CurrentVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<TDto>(TDto dto, JsonTypeInfo<TDto> info)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            JsonSerializer.Serialize(writer, dto, info);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static ValidationResult<T> Read<TDto, T>(string json, DocumentKind kind, JsonTypeInfo<TDto> info, Func<TDto, Problems, T?> map)
        where T : class
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var problems = new Problems();
        using var document = JsonReading.Open(json, problems);
        if (document is null)
        {
            return Failed<T>(problems);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            Expected.Object.Report(problems, "$", Raw(root));
            return Failed<T>(problems);
        }

        // Version 0 differs from version 1 only by the envelope (no kind), which the wire records leave
        // optional, so its body reads unchanged. A kind whose schema moved on rewrites the parsed tree
        // of an older document into the current version before the shape check.
        if (ReadVersion(root, kind, problems) is not { } version)
        {
            return Failed<T>(problems);
        }

        using var migrated = version < kind.CurrentVersion && kind.Migrate is { } migrate ? Migrated(root, version, migrate) : null;
        root = migrated?.RootElement ?? root;

        JsonShape.Check(root, info, "$", problems);
        if (problems.HasErrors)
        {
            return Failed<T>(problems);
        }

        TDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(root, info);
        }
        catch (JsonException e)
        {
            // The shape check lets nothing through that the serializer rejects; this is a safety net.
            Expected.Readable.Report(problems, e.Path ?? "$", null);
            return Failed<T>(problems);
        }

        var value = dto is null ? null : map(dto, problems);
        return problems.HasErrors || value is null ? Failed<T>(problems) : new ValidationResult<T>(value, problems.List);
    }

    private static JsonDocument Migrated(JsonElement root, int version, Action<JsonObject, int> migrate)
    {
        var tree = (JsonObject)JsonNode.Parse(root.GetRawText())!;
        migrate(tree, version);
        return JsonDocument.Parse(tree.ToJsonString());
    }

    /// <summary>The text of a value for a problem, shortened when long.</summary>
    public static string Raw(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }

    private static ValidationResult<T> Failed<T>(Problems problems)
        where T : class
    {
        if (!problems.HasErrors)
        {
            problems.Error(ProblemCodes.Required, "$", null);
        }

        return new ValidationResult<T>(null, problems.List);
    }

    /// <summary>
    /// The document's schema version, or null with the problem: a kind other than the one asked
    /// for, a version this library does not know (newer, or not a number), or no kind at all where
    /// no version 0 exists.
    /// </summary>
    private static int? ReadVersion(JsonElement root, DocumentKind kind, Problems problems)
    {
        var hasVersion = root.TryGetProperty("schemaVersion", out var version) && version.ValueKind != JsonValueKind.Null;
        var number = 0;
        var knownVersion = hasVersion && version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out number) && number >= 1 && number <= kind.CurrentVersion;
        var known = string.Join(", ", Enumerable.Range(1, kind.CurrentVersion).Select(Text.Of));
        if (!root.TryGetProperty("kind", out var kindElement) || kindElement.ValueKind == JsonValueKind.Null)
        {
            if (!kind.HasVersion0)
            {
                problems.Error(ProblemCodes.Required, "$.kind", null);
                return null;
            }

            // Version 0: the shape before the envelope, with no kind; its own optional schemaVersion was 1.
            // A later version without kind is a document that lost its kind, not version 0.
            if (knownVersion && number > 1)
            {
                problems.Error(ProblemCodes.Required, "$.kind", null);
                return null;
            }

            if (hasVersion && !(knownVersion && number == 1))
            {
                problems.Error(ProblemCodes.JsonSchemaVersion, "$.schemaVersion", Raw(version), "1");
                return null;
            }

            return 0;
        }

        if (kindElement.ValueKind != JsonValueKind.String)
        {
            Expected.Text.Report(problems, "$.kind", Raw(kindElement));
            return null;
        }

        if (!string.Equals(kindElement.GetString(), kind.Name, StringComparison.Ordinal))
        {
            problems.Error(ProblemCodes.JsonKind, "$.kind", kindElement.GetString(), kind.Name);
            return null;
        }

        if (!hasVersion)
        {
            problems.Error(ProblemCodes.Required, "$.schemaVersion", null);
            return null;
        }

        if (!knownVersion)
        {
            problems.Error(ProblemCodes.JsonSchemaVersion, "$.schemaVersion", Raw(version), known);
            return null;
        }

        return number;
    }
}
