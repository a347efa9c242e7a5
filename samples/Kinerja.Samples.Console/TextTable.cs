using System.Globalization;
using System.Text;

namespace Kinerja.Samples.Console;

/// <summary>A plain monospace table: columns padded to their widest cell, numbers right-aligned.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        Line(text, headers, widths);
        text.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        var padded = cells.Select((c, i) => LooksNumeric(c) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]));
        text.AppendLine(string.Join(" | ", padded).TrimEnd());
    }

    private static bool LooksNumeric(string cell) =>
        cell.Length > 0 && (char.IsDigit(cell[0]) || cell[0] == '-') && decimal.TryParse(cell.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
