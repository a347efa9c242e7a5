using System.Text.Json;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>Opens JSON text; malformed text is one problem naming the line and byte.</summary>
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
}
