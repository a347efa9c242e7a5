using nietras.SeparatedValues;

namespace Kinerja.Core.Csv.Internal;

/// <summary>
/// How the readers split a file and what a cell's text is: Sep splits the lines (quotes respected), and a cell's text is
/// what Sep gives with <c>Trim = SepTrim.All</c> and <c>Unescape = true</c> (spaces around it and around a quoted
/// text dropped, the quotes of a quoted cell removed, each doubled quote one). Sep is set to do neither, because most
/// cells need neither: a cell with no space at either end and no quote first is its raw text, at the cost of two
/// comparisons, and only the others are trimmed and unescaped here (docs/csv.md, "Speed").
/// </summary>
internal sealed class CsvCells
{
    private readonly char _separator;
    private char[][] _scratch = [];

    /// <summary>Creates the cells of a file whose separator is <paramref name="separator"/> (needed to read a malformed quoted cell again).</summary>
    public CsvCells(char separator) => _separator = separator;

    /// <summary>Sep's options for the readers: the separator set or detected, no header handling, rows of any length, cells raw.</summary>
    /// <param name="separator">The separator, or <see langword="null"/> to detect it from the header line.</param>
    /// <returns>The options.</returns>
    public static SepReaderOptions Options(char? separator) =>
        Sep.Reader(o => o with
        {
            Sep = separator is { } c ? new Sep(c) : null,
            HasHeader = false,
            DisableColCountCheck = true,
        });

    /// <summary>
    /// The text of a cell from its raw text. The span is valid until the next call for the same <paramref name="column"/>
    /// (an unescaped text with doubled quotes is written into that column's buffer).
    /// </summary>
    /// <param name="raw">The cell as Sep split it, quotes and spaces included.</param>
    /// <param name="column">The file column (0-based) whose buffer may hold the text.</param>
    /// <returns>The cell's text, as Sep would give it trimmed and unescaped.</returns>
    public ReadOnlySpan<char> Text(ReadOnlySpan<char> raw, int column) =>
        raw.IsEmpty || (raw[0] != ' ' && raw[0] != '"' && raw[^1] != ' ') ? raw : Clean(raw, column);

    private ReadOnlySpan<char> Clean(ReadOnlySpan<char> raw, int column)
    {
        var text = raw.Trim(' ');
        if (text.IsEmpty || text[0] != '"')
        {
            return text;
        }

        if (text.Length >= 2 && text[^1] == '"')
        {
            var inner = text[1..^1];
            if (inner.IndexOf('"') < 0)
            {
                return inner.Trim(' ');
            }

            if (TryHalveQuotes(inner, column, out var halved))
            {
                return halved.Trim(' ');
            }
        }

        // A quote unclosed or followed by more text: read by Sep itself, so that the text is the one Sep gives.
        return Keep(ReadAlone(raw), column);
    }

    /// <summary>The text between a cell's quotes with each doubled quote one; false if a quote is not doubled.</summary>
    private bool TryHalveQuotes(ReadOnlySpan<char> inner, int column, out ReadOnlySpan<char> halved)
    {
        var buffer = Buffer(column, inner.Length);
        var length = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 >= inner.Length || inner[i + 1] != '"')
                {
                    halved = default;
                    return false;
                }

                i++;
            }

            buffer[length++] = inner[i];
        }

        halved = buffer.AsSpan(0, length);
        return true;
    }

    /// <summary>The cell read alone by Sep, trimmed and unescaped: the text Sep gives it in its line.</summary>
    private string ReadAlone(ReadOnlySpan<char> raw)
    {
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(_separator),
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
            Trim = SepTrim.All,
        }).FromText(raw.ToString());
        foreach (var row in reader)
        {
            return row[0].ToString();
        }

        return string.Empty;
    }

    private ReadOnlySpan<char> Keep(string text, int column)
    {
        var buffer = Buffer(column, text.Length);
        text.AsSpan().CopyTo(buffer);
        return buffer.AsSpan(0, text.Length);
    }

    private char[] Buffer(int column, int length)
    {
        if (column >= _scratch.Length)
        {
            Array.Resize(ref _scratch, column + 1);
        }

        if (_scratch[column] is not { } buffer || buffer.Length < length)
        {
            buffer = new char[Math.Max(length, 64)];
            _scratch[column] = buffer;
        }

        return buffer;
    }
}
