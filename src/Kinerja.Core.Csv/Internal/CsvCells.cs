using nietras.SeparatedValues;

namespace Kinerja.Core.Csv.Internal;

/// <summary>
/// How the readers split a file and what a cell's text is: Sep splits the lines (quotes respected), and a cell's text is
/// what Sep gives with <c>Trim = SepTrim.All</c> and <c>Unescape = true</c> (spaces around it and around a quoted
/// text dropped, the quotes of a quoted cell removed, each doubled quote one; a malformed quoted cell as Sep reads it).
/// Sep is set to do neither, because most cells need neither: a cell with no space at either end and no quote first is
/// its raw text, at the cost of two comparisons, and only the others are trimmed and unescaped here. The property
/// <c>CsvCellsProperties</c> holds the two to the same text on random lines of quotes, spaces and separators
/// (docs/csv.md, "Speed").
/// </summary>
internal sealed class CsvCells
{
    private char[][] _scratch = [];

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
    /// (an unescaped text that is not a slice of the raw one is written into that column's buffer).
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

        if (text.Length >= 2 && text[^1] == '"' && text[1..^1].IndexOf('"') < 0)
        {
            return text[1..^1].Trim(' '); // the common quoted cell: its text is a slice of the raw one
        }

        return Unescape(text, column);
    }

    /// <summary>
    /// A cell from its opening quote on, unescaped and trimmed as Sep does it: the spaces right after the opening quote
    /// are dropped; each later quote alternately closes the quoted text (and is dropped) or, met after a closing one, stands
    /// for itself (and is kept), so <c>"a""b"</c> is <c>a"b</c> and <c>"a"b</c> is <c>ab</c>; spaces at the end are
    /// dropped. Spaces after a closing quote at the start are kept: <c>"" b</c> is <c> b</c>.
    /// </summary>
    private ReadOnlySpan<char> Unescape(ReadOnlySpan<char> text, int column)
    {
        var buffer = Buffer(column, text.Length);
        var length = 0;
        var quoted = true;
        var i = 1;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        for (; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '"')
            {
                quoted = !quoted;
                if (!quoted)
                {
                    continue;
                }
            }

            buffer[length++] = ch;
        }

        return buffer.AsSpan(0, length).TrimEnd(' ');
    }

    /// <summary>
    /// Column <paramref name="column"/>'s buffer, at least <paramref name="length"/> long. The table and each buffer grow by
    /// doubling, so a line of many malformed cells (a header can have millions) costs time and memory in proportion to it.
    /// </summary>
    private char[] Buffer(int column, int length)
    {
        if (column >= _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(column + 1, _scratch.Length * 2));
        }

        if (_scratch[column] is not { } buffer || buffer.Length < length)
        {
            buffer = new char[Math.Max(length, (_scratch[column]?.Length ?? 0) * 2)];
            _scratch[column] = buffer;
        }

        return buffer;
    }
}
