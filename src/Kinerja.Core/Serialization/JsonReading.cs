using System.Globalization;
using System.Text;
using System.Text.Json;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// Opens JSON text; text that is not JSON is one <see cref="ProblemCodes.JsonMalformed"/> problem
/// naming the line, the byte in the line and the JSON path reached, and saying in each language what
/// is wrong there. The parser's own message is never shown: it is English and names .NET types.
/// </summary>
internal static class JsonReading
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false };

    /// <summary>The same, letting a property repeat: only to find where, once <see cref="Options"/> refused a document.</summary>
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>How deep the parser lets values nest (its default).</summary>
    private const int MaxDepth = 64;

    public static JsonDocument? Open(string json, Problems problems)
    {
        if (json.Length > KinerjaJson.MaxDocumentLength)
        {
            // Reading is linear, but a document this long is no PK, SOP or recap an office writes: refuse it before parsing.
            problems.Error(ProblemCodes.JsonTooLarge, "$", Text.Of(json.Length), Text.Of(KinerjaJson.MaxDocumentLength));
            return null;
        }

        if (BrokenSurrogate(json) is { } broken)
        {
            // Such text has no UTF-8 form, so the parser would throw before reading a byte.
            var (line, column) = LineAndColumn(json, broken);
            var code = "U+" + ((int)json[broken]).ToString("X4", CultureInfo.InvariantCulture);
            Malformed(
                problems,
                line,
                column,
                PathAtError(json.Substring(0, broken)),
                "karakter " + code + " adalah separuh pasangan surrogate UTF-16 tanpa pasangannya, sehingga teks ini bukan Unicode yang sah",
                "character " + code + " is half of a UTF-16 surrogate pair without its other half, so the text is not valid Unicode");
            return null;
        }

        if (BrokenEscape(json) is { } escape)
        {
            // Well-formed JSON, but its string cannot be read: the parser would throw when the value is taken.
            var (line, column) = LineAndColumn(json, escape);
            var code = json.Substring(escape, 6);
            Malformed(
                problems,
                line,
                column,
                PathAtError(json.Substring(0, escape)),
                "'" + code + "' adalah separuh pasangan surrogate UTF-16 tanpa pasangannya, sehingga teks ini bukan Unicode yang sah",
                "'" + code + "' is half of a UTF-16 surrogate pair without its other half, so the text is not valid Unicode");
            return null;
        }

        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            if (DuplicateProperty(json) is { } duplicate)
            {
                problems.Error(ProblemCodes.JsonDuplicateProperty, duplicate.Path, duplicate.Name);
                return null;
            }

            var (indonesian, english) = Describe(json, (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            Malformed(problems, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e.Path ?? PathAtError(json), indonesian, english);
            return null;
        }
    }

    /// <summary>The first property named twice in one object, with its path, when the text is otherwise well-formed
    /// (read only after the strict parse refused it, so a valid document pays nothing).</summary>
    private static (string Path, string Name)? DuplicateProperty(string json)
    {
        try
        {
            using var lenient = JsonDocument.Parse(json, Lenient);
            return Find(lenient.RootElement, "$");
        }
        catch (JsonException)
        {
            return null;
        }

        static (string Path, string Name)? Find(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, Text.Index(path, i++)) is { } found)
                    {
                        return found;
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var at = path + "." + property.Name;
                    if (!names.Add(property.Name))
                    {
                        return (at, property.Name);
                    }

                    if (Find(property.Value, at) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }
    }

    /// <summary>Arguments: the line and the byte in it (both from 1), the JSON path reached, then what is wrong in Indonesian and in English.</summary>
    private static void Malformed(Problems problems, int line, int position, string path, string indonesian, string english) =>
        problems.Error(ProblemCodes.JsonMalformed, "$", null, Text.Of(line), Text.Of(position), path, indonesian, english);

    /// <summary>
    /// What is wrong where the parser stopped (line and byte from 0), told from the text itself: nothing
    /// but blanks, nesting deeper than the parser reads, an end before the value is complete, an unclosed
    /// comment, a control character or an unknown escape in a string, a single quote, a bare word or
    /// number that is not a JSON value, or else the character that cannot stand where it does.
    /// </summary>
    private static (string Indonesian, string English) Describe(string json, int line, int byteInLine)
    {
        if (json.Trim().Length == 0)
        {
            return ("teks kosong; dokumen JSON dimulai dengan '{'", "the text is empty; a JSON document starts with '{'");
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStart = Offset(bytes, line);
        var offset = lineStart + byteInLine;
        if (TooDeep(bytes, offset))
        {
            return ("nilai bersarang lebih dari " + Text.Of(MaxDepth) + " tingkat", "values are nested more than " + Text.Of(MaxDepth) + " levels deep");
        }

        if (offset >= bytes.Length || Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset).Trim().Length == 0)
        {
            return (
                "teks berakhir sebelum JSON selesai; mungkin tanda petik, '}' atau ']' penutup hilang",
                "the text ends before the JSON does; a closing quote, '}' or ']' may be missing");
        }

        var c = Encoding.UTF8.GetString(bytes, offset, Math.Min(4, bytes.Length - offset));
        var shown = char.IsControl(c[0]) || char.IsWhiteSpace(c[0]) || CharUnicodeInfo.GetUnicodeCategory(c[0]) == UnicodeCategory.Format
            ? "U+" + ((int)c[0]).ToString("X4", CultureInfo.InvariantCulture)
            : "'" + c.Substring(0, char.IsHighSurrogate(c[0]) && c.Length > 1 ? 2 : 1) + "'";
        if (InString(bytes, offset))
        {
            if (char.IsControl(c[0]))
            {
                return (
                    "karakter kendali " + shown + " di dalam teks; tulis dengan garis miring terbalik, misalnya \\n untuk baris baru",
                    "control character " + shown + " inside a string; write it as an escape, such as \\n for a new line");
            }

            if (offset > 0 && bytes[offset - 1] == (byte)'\\')
            {
                return (
                    "urutan '\\" + c[0] + "' tidak dikenal; yang sah antara lain \\n, \\t, \\\\ dan \\uXXXX",
                    "unknown escape '\\" + c[0] + "'; valid escapes include \\n, \\t, \\\\ and \\uXXXX");
            }
        }
        else
        {
            if (c.StartsWith("/*", StringComparison.Ordinal))
            {
                return ("komentar /* tidak ditutup dengan */", "a /* comment is not closed with */");
            }

            if (c[0] == '\'')
            {
                return ("tanda petik tunggal; JSON memakai tanda petik ganda", "a single quote; JSON uses double quotes");
            }

            if (BareWord(bytes, lineStart, offset) is { } word)
            {
                return (
                    "'" + word + "' bukan nilai JSON; tulis angka seperti 12 atau 1.5, teks di antara tanda petik ganda, dan true, false atau null apa adanya",
                    "'" + word + "' is not a JSON value; write numbers such as 12 or 1.5, text in double quotes, and true, false or null as they are");
            }
        }

        return ("karakter " + shown + " tidak dapat berada di sini", "character " + shown + " cannot stand here");
    }

    /// <summary>Whether a byte is inside a string, counting the quotes (and escapes) from the start of the text.</summary>
    private static bool InString(byte[] bytes, int offset)
    {
        var inString = false;
        for (var i = 0; i < offset; i++)
        {
            if (inString && bytes[i] == (byte)'\\')
            {
                i++;
            }
            else if (bytes[i] == (byte)'"')
            {
                inString = !inString;
            }
        }

        return inString;
    }

    /// <summary>The run of letters, digits and <c>.+-</c> around where the parser stopped (a misspelt literal, a badly written number), or null.</summary>
    private static string? BareWord(byte[] bytes, int lineStart, int offset)
    {
        static bool Bare(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'+' or (byte)'-';

        var start = offset;
        while (start > lineStart && Bare(bytes[start - 1]))
        {
            start--;
        }

        var end = offset;
        while (end < bytes.Length && Bare(bytes[end]))
        {
            end++;
        }

        return end == start ? null : Encoding.UTF8.GetString(bytes, start, Math.Min(end - start, 40));
    }

    /// <summary>The byte offset of the start of a line (from 0); the parser counts lines by line feeds.</summary>
    private static int Offset(byte[] bytes, int line)
    {
        var offset = 0;
        for (var seen = 0; seen < line && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                seen++;
            }
        }

        return offset;
    }

    /// <summary>Whether the parser stopped only for the depth: a reader allowed to go deeper reads past where it stopped.</summary>
    private static bool TooDeep(byte[] bytes, int stoppedAt)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 100 * MaxDepth });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException e)
        {
            return Offset(bytes, (int)(e.LineNumber ?? 0)) + (int)(e.BytePositionInLine ?? 0) > stoppedAt;
        }
    }

    /// <summary>The index of the first half of a surrogate pair that has no other half, or null.</summary>
    private static int? BrokenSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// The index of the first escape <c>\uXXXX</c> in a string that is half of a surrogate pair without
    /// its other half (a high half not followed by the escape of a low half, or a low half alone), or null.
    /// Strings are told from comments as the parser does; text that is not JSON is left to the parser.
    /// </summary>
    private static int? BrokenEscape(string text)
    {
        if (text.IndexOf("\\u", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!inString)
            {
                if (c == '"')
                {
                    inString = true;
                }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
                {
                    var end = text.IndexOf('\n', i);
                    i = end < 0 ? text.Length : end;
                }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
                {
                    var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? text.Length : end + 1;
                }

                continue;
            }

            if (c == '"')
            {
                inString = false;
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                if (text[i + 1] == 'u' && Escaped(text, i) is { } unit)
                {
                    if (char.IsHighSurrogate(unit) && i + 7 < text.Length && text[i + 6] == '\\' && text[i + 7] == 'u' && Escaped(text, i + 6) is { } low && char.IsLowSurrogate(low))
                    {
                        i += 11;
                        continue;
                    }

                    if (char.IsSurrogate(unit))
                    {
                        return i;
                    }

                    i += 5;
                    continue;
                }

                i++;
            }
        }

        return null;
    }

    /// <summary>The character of the escape <c>\uXXXX</c> at <paramref name="at"/>, or null when its four hex digits are not there.</summary>
    private static char? Escaped(string text, int at)
    {
        if (at + 6 > text.Length)
        {
            return null;
        }

        var value = 0;
        for (var k = at + 2; k < at + 6; k++)
        {
            var c = text[k];
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return null;
            }

            value = (value * 16) + digit;
        }

        return (char)value;
    }

    /// <summary>The line and the byte in it (both from 1) of a character, counted as the parser counts them.</summary>
    private static (int Line, int Position) LineAndColumn(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = 1;
        for (var i = 0; i < start; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return (line, Encoding.UTF8.GetByteCount(text.Substring(start, index - start)) + 1);
    }

    /// <summary>A property name as the path shows it; a name whose escapes are not Unicode (half a surrogate
    /// pair) cannot be unescaped, so it is shown as written.</summary>
    private static string Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
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
                        frames[frames.Count - 1] = (false, -1, Name(ref reader));
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
