using System.Text;

namespace Kinerja.Fuzz;

/// <summary>
/// Mutates a valid CSV file, as bytes (so invalid UTF-8 reaches the reader as it would from disk): byte flips and
/// truncation; a column deleted, duplicated or swapped with another (in every line, or in one); separators changed (in one
/// line or all); a quote left open or fields quoted with doubled quotes; a field made a huge, tiny, signed or malformed
/// number, or 10-200,000 characters long; invalid UTF-8, a byte-order mark or a NUL in the middle; Arabic-Indic and full-width digits (as UTF-8 bytes); line ends mixed (CRLF,
/// LF, CR); lines deleted, swapped (so a unit's rows are scattered), repeated up to 5,000 times, blank; the file twice.
/// The text is handled as Latin-1, one character per byte, so every byte survives the edits.
/// </summary>
internal static class CsvMutator
{
    /// <summary>The largest input made (8 MB): eight times the web API's body limit, a quarter of a national file's rows.</summary>
    public const int MaxChars = 8 * 1024 * 1024;

    private static readonly Encoding Bytes = Encoding.Latin1;

    private static readonly string[] Numbers =
    [
        "79228162514264337593543950336", "79228162514264337593543950335", "-79228162514264337593543950335", "1e400", "1E5", "-0", "+1", "0,0000000000000000000000000001",
        "0.00000000000000000000000000001", "1.2.3", "1,2,3", "1.234,5", "1,234.5", "1.234", "12,125", "1 200", "Rp 1.000", "85%", "NaN", "Infinity", "--1", ",5", "5,", ".",
        "9999999999999999999999999999.9", "1234567890123456789012345678901234567890", "-1", "0", "\u00d9\u00a3", "\u00ef\u00bc\u0091\u00ef\u00bc\u0092", "\"81,2\"", "",
    ];

    private static readonly char[] Separators = [';', '\t', ','];

    private static readonly char[] OtherSeparators = [';', ',', '\t', '|'];

    private static readonly string[] InvalidUtf8 = ["\u00ff", "\u00c3", "\u00c0\u00af", "\u00ed\u00a0\u0080", "\u00f4\u0090\u0080\u0080", "\u0080", "\u00e2\u0082"];

    private static readonly string[] Junk = ["\"", "\"\"", ";", ",", "\t", "\r", "\n", "\r\n", "\0", "\u00a0", "\\", "'", "=1+1", "positif", "tetap", "TW IV", "V", "0"];

    public static byte[] Mutate(byte[] seed, Random random)
    {
        var text = Bytes.GetString(seed);
        var count = 1 + random.Next(3);
        for (var k = 0; k < count; k++)
        {
            // Stacked, the repeats and long fields could make a file of hundreds of MB (one of 659 MB took 4.9 s: the reader is
            // linear, the input absurd); a mutation that would pass MaxChars is dropped. docs/reliability.md has the figures.
            var next = Once(text, random);
            text = next.Length <= MaxChars ? next : text;
        }

        return Bytes.GetBytes(text);
    }

    private static string Once(string text, Random random)
    {
        var separator = Separator(text);
        switch (random.Next(18))
        {
            case 0:
                var flipped = text.ToCharArray();
                for (var i = 0; i < 1 + random.Next(8) && flipped.Length > 0; i++)
                {
                    flipped[random.Next(flipped.Length)] ^= (char)(1 << random.Next(8));
                }

                return new string(flipped);
            case 1:
                return text[..random.Next(text.Length + 1)];
            case 2:
                return Columns(text, separator, random, (fields, c, _) => fields.RemoveAt(c));
            case 3:
                return Columns(text, separator, random, (fields, c, _) => fields.Insert(c, fields[c]));
            case 4:
                return Columns(text, separator, random, (fields, c, d) => (fields[c], fields[d]) = (fields[d], fields[c]));
            case 5:
                var other = OtherSeparators[random.Next(OtherSeparators.Length)];
                return random.Next(2) == 0 ? text.Replace(separator, other) : Line(text, random, l => l.Replace(separator, other));
            case 6:
                return Field(text, separator, random, f => "\"" + f);
            case 7:
                return Field(text, separator, random, f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"x\"\"" + "\"");
            case 8:
                return Field(text, separator, random, _ => Numbers[random.Next(Numbers.Length)]);
            case 9:
                var length = random.Next(3) == 0 ? 100_000 + random.Next(100_000) : 10 + random.Next(2_000);
                var fill = random.Next(3) switch { 0 => '9', 1 => 'x', _ => ' ' };
                return Field(text, separator, random, f => f + new string(fill, length));
            case 10:
                var invalid = InvalidUtf8[random.Next(InvalidUtf8.Length)];
                return Insert(text, random, invalid);
            case 11:
                return Insert(text, random, "\u00ef\u00bb\u00bf"); // a byte-order mark, as its UTF-8 bytes
            case 12:
                var mixed = new StringBuilder(text.Length + 64);
                foreach (var ch in text)
                {
                    if (ch == '\n')
                    {
                        mixed.Append(random.Next(4) switch { 0 => "\r\n", 1 => "\r", 2 => "\n\n", _ => "\n" });
                    }
                    else if (ch != '\r')
                    {
                        mixed.Append(ch);
                    }
                }

                return mixed.ToString();
            case 13:
                return Lines(text, random, (lines, i) =>
                {
                    var copies = random.Next(4) == 0 ? 1 + random.Next(5_000) : 1 + random.Next(5);
                    lines.InsertRange(i, Enumerable.Repeat(lines[i], copies));
                });
            case 14:
                return Lines(text, random, (lines, i) => lines.RemoveAt(i));
            case 15:
                return Lines(text, random, (lines, i) =>
                {
                    var j = random.Next(lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                });
            case 16:
                return random.Next(2) == 0 ? text + text : Insert(text, random, Junk[random.Next(Junk.Length)]);
            default:
                return Field(text, separator, random, f => random.Next(2) == 0 ? " " + f + "\t " : f.ToUpperInvariant());
        }
    }

    private static char Separator(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var header = end < 0 ? text : text[..end];
        return Separators.OrderByDescending(c => header.Count(h => h == c)).First();
    }

    private static string Insert(string text, Random random, string what)
    {
        var at = random.Next(text.Length + 1);
        return text[..at] + what + text[at..];
    }

    private static List<string> Split(string text) => [.. text.Split('\n')];

    private static string Lines(string text, Random random, Action<List<string>, int> edit)
    {
        var lines = Split(text);
        edit(lines, random.Next(lines.Count));
        return string.Join('\n', lines);
    }

    private static string Line(string text, Random random, Func<string, string> edit)
    {
        var lines = Split(text);
        var i = random.Next(lines.Count);
        lines[i] = edit(lines[i]);
        return string.Join('\n', lines);
    }

    /// <summary>One field of one line (split naively, quotes not minded: the mutation need not respect them).</summary>
    private static string Field(string text, char separator, Random random, Func<string, string> edit) =>
        Line(text, random, line =>
        {
            var fields = line.Split(separator).ToList();
            var c = random.Next(fields.Count);
            fields[c] = edit(fields[c]);
            return string.Join(separator, fields);
        });

    /// <summary>An edit of columns <c>c</c> and <c>d</c>, in every line (usually) or in one.</summary>
    private static string Columns(string text, char separator, Random random, Action<List<string>, int, int> edit)
    {
        var lines = Split(text);
        var width = lines[0].Split(separator).Length;
        var c = random.Next(width);
        var d = random.Next(width);
        var only = random.Next(4) == 0 ? random.Next(lines.Count) : -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (only >= 0 && i != only)
            {
                continue;
            }

            var fields = lines[i].Split(separator).ToList();
            if (c < fields.Count && d < fields.Count)
            {
                edit(fields, c, d);
                lines[i] = string.Join(separator, fields);
            }
        }

        return string.Join('\n', lines);
    }
}
