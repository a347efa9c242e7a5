using System.Text;
using System.Text.Json;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>Opens JSON text; malformed text is one problem naming the line, the byte and the JSON path reached.</summary>
internal static class JsonReading
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static JsonDocument? Open(string json, Problems problems)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var where = "line " + Text.Of((int)(e.LineNumber ?? 0) + 1) + ", byte " + Text.Of((int)(e.BytePositionInLine ?? 0) + 1) + " (near " + PathAtError(json) + ")";
            var message = e.Message;
            var end = message.IndexOf(". ", StringComparison.Ordinal);
            problems.Error(ProblemCodes.JsonMalformed, "$", null, where + ": " + (end < 0 ? message : message.Substring(0, end + 1)));
            return null;
        }
    }

    /// <summary>The JSON path of the last value read (or its property, when its value is the broken part) before the text stops being JSON.</summary>
    private static string PathAtError(string json)
    {
        var frames = new List<(bool IsArray, int Index, string? Name)>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[frames.Count - 1] = (false, -1, reader.GetString());
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count > 0 && frames[frames.Count - 1] is { IsArray: true } array)
                        {
                            frames[frames.Count - 1] = (true, array.Index + 1, null);
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The reader stops where the parser did: the frames say where that is.
        }

        var path = new StringBuilder("$");
        foreach (var (isArray, index, name) in frames)
        {
            if (isArray && index >= 0)
            {
                path.Append('[').Append(Text.Of(index)).Append(']');
            }
            else if (!isArray && name is not null)
            {
                path.Append('.').Append(name);
            }
        }

        return path.ToString();
    }
}
