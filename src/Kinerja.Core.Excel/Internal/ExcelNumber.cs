using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinerja.Core.Excel.Internal;

/// <summary>
/// Numbers between cells and <see cref="decimal"/>, without losing what was typed. A numeric cell
/// reaches us as a <see cref="double"/> (the reader parses the cell's stored text as one); it becomes
/// the decimal of that double rounded to 15 significant digits, Excel's own precision. For any number
/// typed (Excel keeps at most 15 significant digits of it) this is exactly what was typed, and it is
/// the shortest text that round-trips to the stored double, even when the file stores 6,3 as
/// 6.2999999999999998; a formula's binary noise (0.1 + 0.2 stored as 0.30000000000000004) goes away
/// as it does on screen. A text cell is read in the Indonesian format: decimal comma, optional dots
/// between groups of three digits, optional trailing percent sign.
/// </summary>
internal static class ExcelNumber
{
    private static readonly Regex Indonesian = new(
        @"^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    private static readonly NumberFormatInfo IndonesianFormat = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = string.Empty,
        NegativeSign = "-",
    };

    /// <summary>Reads a cell as a number.</summary>
    /// <param name="cell">The cell's value as the reader gives it.</param>
    /// <param name="value">The number.</param>
    /// <returns><see langword="true"/> when the cell holds a number.</returns>
    public static bool TryRead(object? cell, out decimal value)
    {
        value = 0m;
        switch (cell)
        {
            case double d:
                return TryFromDouble(d, out value);
            case float f:
                return TryFromDouble(f, out value);
            case decimal m:
                value = m;
                return true;
            case int i:
                value = i;
                return true;
            case long l:
                value = l;
                return true;
            case string s:
                return TryParseText(s, out value);
            default:
                return false;
        }
    }

    /// <summary>The decimal of <paramref name="d"/> rounded to 15 significant digits (Excel's precision).</summary>
    public static bool TryFromDouble(double d, out decimal value)
    {
        value = 0m;
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return false;
        }

        // "G15" is correctly rounded on every runtime (.NET Framework's "R" is not always the shortest);
        // 15 digits give back any decimal of up to 15 significant digits from its nearest double.
        var text = d.ToString("G15", CultureInfo.InvariantCulture);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses Indonesian text: <c>81,2</c>, <c>1.234.567,89</c>, <c>81,2%</c>, <c>-5</c>.</summary>
    public static bool TryParseText(string text, out decimal value)
    {
        value = 0m;
        var t = text.Replace('\u00A0', ' ').Trim();
        if (t.EndsWith("%", StringComparison.Ordinal))
        {
            t = t.Substring(0, t.Length - 1).TrimEnd();
        }

        if (!Indonesian.IsMatch(t))
        {
            return false;
        }

        var invariant = t.Replace(".", string.Empty).Replace(',', '.');
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Whether a decimal survives a trip through a numeric cell unchanged: the cell stores the
    /// decimal's text, a reader parses it as the nearest double, and we take that double to 15 digits.</summary>
    public static bool FitsNumericCell(decimal value) =>
        double.TryParse(Invariant(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
        && TryFromDouble(d, out var back) && back == value;

    /// <summary>A decimal as Indonesian text with every digit it holds and no grouping: <c>81,25</c>.</summary>
    public static string ToText(decimal value) => value.ToString(IndonesianFormat);

    /// <summary>A decimal as invariant text, for the attempted value of a problem.</summary>
    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A cell's value as text for a problem's attempted value.</summary>
    public static string? Describe(object? cell) => cell switch
    {
        null => null,
        double d => d.ToString("G15", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
