using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinerja.Core.Excel.Internal;

/// <summary>
/// Numbers between cells and <see cref="decimal"/>, without losing what was typed. A numeric cell
/// reaches us as a <see cref="double"/> (the reader parses the cell's stored text as one); it becomes
/// the decimal of the shortest text that round-trips to the same double, which is what the user typed
/// for any number of up to 15 significant digits (Excel keeps no more), even when the file stores
/// it as 2.4500000000000002. A text cell is read in the Indonesian format: decimal comma, optional
/// dots between groups of three digits, optional trailing percent sign.
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

    /// <summary>The decimal of the shortest text that round-trips to <paramref name="d"/>.</summary>
    public static bool TryFromDouble(double d, out decimal value)
    {
        value = 0m;
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return false;
        }

        // "R" is the shortest round-trip text on .NET Core 3.0 and later.
        var text = d.ToString("R", CultureInfo.InvariantCulture);
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
    /// decimal's text, a reader parses it as the nearest double, and we take that double's shortest text.</summary>
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
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
