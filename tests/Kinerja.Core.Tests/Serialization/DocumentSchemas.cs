using System.Text.Json;
using Json.Schema;

namespace Kinerja.Core.Tests.Serialization;

/// <summary>The JSON Schemas of docs/schemas (copied next to the tests), loaded once, and a validator by document kind.</summary>
internal static class DocumentSchemas
{
    /// <summary>Schema file of each document kind; referenced schemas come first so references resolve.</summary>
    public static readonly IReadOnlyList<(string Kind, string File)> Files =
    [
        ("holidayList", "holiday-list.schema.json"),
        ("perjanjianKinerja", "perjanjian-kinerja.schema.json"),
        ("perjanjianKinerjaHistory", "perjanjian-kinerja-history.schema.json"),
        ("measurementSet", "measurement-set.schema.json"),
        ("categoryScale", "category-scale.schema.json"),
        ("workingCalendar", "working-calendar.schema.json"),
        ("sopDefinition", "sop-definition.schema.json"),
        ("sopInstance", "sop-instance.schema.json"),
        ("recapTable", "recap-table.schema.json"),
    ];

    private static readonly Lazy<Dictionary<string, JsonSchema>> Loaded = new(Load);

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "schemas");

    /// <summary>Validates a document against the schema of its <c>kind</c>.</summary>
    /// <returns>Null when valid, else every error with its location.</returns>
    public static string? Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var kind = document.RootElement.GetProperty("kind").GetString()!;
        return Errors(kind, document.RootElement);
    }

    public static string? Errors(string kind, JsonElement root)
    {
        var schema = Loaded.Value[kind];
        if (schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid)
        {
            return null;
        }

        var result = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        return string.Join(
            Environment.NewLine,
            (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " (" + d.EvaluationPath + "): " + e.Key + ": " + e.Value)));
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var (kind, file) in Files)
        {
            schemas[kind] = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, file)), options);
        }

        return schemas;
    }
}
