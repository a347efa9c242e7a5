using System.Text.Json;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>Shared helpers for reading JSON documents with a problem per bad value, each with its JSON path.</summary>
internal static class JsonReading
{
    public static JsonDocument? Open(string json, Problems problems)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var where = "line " + Text.Of((int)(e.LineNumber ?? 0) + 1) + ", byte " + Text.Of((int)(e.BytePositionInLine ?? 0) + 1);
            var message = e.Message;
            var end = message.IndexOf(". ", StringComparison.Ordinal);
            problems.Error(ProblemCodes.JsonMalformed, "$", null, where + ": " + (end < 0 ? message : message.Substring(0, end + 1)));
            return null;
        }
    }

    public static bool Object(JsonElement element, string path, Problems problems, params string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Error(ProblemCodes.JsonType, path, element.GetRawText(), "object");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(known, property.Name) < 0)
            {
                problems.Error(ProblemCodes.JsonUnknownProperty, path + "." + property.Name, property.Name);
            }
        }

        return true;
    }

    public static void SchemaVersion(JsonElement root, int supported, Problems problems)
    {
        if (root.TryGetProperty("schemaVersion", out var version)
            && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v == supported))
        {
            problems.Error(ProblemCodes.JsonSchemaVersion, "$.schemaVersion", version.GetRawText(), Text.Of(supported));
        }
    }

    public static string? String(JsonElement owner, string name, string path, Problems problems, bool required)
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

    public static int? Int(JsonElement owner, string name, string path, Problems problems, bool required)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Error(ProblemCodes.Required, path + "." + name, null);
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i))
        {
            return i;
        }

        problems.Error(ProblemCodes.JsonType, path + "." + name, value.GetRawText(), "integer");
        return null;
    }

    public static decimal? Decimal(JsonElement owner, string name, string path, Problems problems)
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

    public static bool Bool(JsonElement owner, string name, string path, Problems problems, bool fallback)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
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

    public static IEnumerable<(JsonElement Item, string Path)> Array(JsonElement owner, string name, string path, Problems problems, bool required)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Error(ProblemCodes.Required, path + "." + name, null);
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Error(ProblemCodes.JsonType, path + "." + name, value.GetRawText(), "array");
            return [];
        }

        return value.EnumerateArray().Select((item, i) => (item, Text.Index(path + "." + name, i))).ToArray();
    }

    public static IReadOnlyList<string> Strings(JsonElement owner, string name, string path, Problems problems)
    {
        var list = new List<string>();
        foreach (var (item, itemPath) in Array(owner, name, path, problems, required: false))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                problems.Error(ProblemCodes.JsonType, itemPath, item.GetRawText(), "string");
            }
        }

        return list;
    }

    public static NodaTime.LocalDate? Date(JsonElement owner, string name, string path, Problems problems, bool required)
    {
        var text = String(owner, name, path, problems, required);
        if (text is null)
        {
            return null;
        }

        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        problems.Error(ProblemCodes.JsonType, path + "." + name, text, "an ISO date (yyyy-MM-dd)");
        return null;
    }
}
