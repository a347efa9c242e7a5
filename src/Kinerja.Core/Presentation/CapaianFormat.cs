using System.Globalization;
using Kinerja.Core.Capaian;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Presentation;

/// <summary>
/// Presentation of figures: the only place the library rounds. Capaian and serapan are shown
/// with <see cref="Decimals"/> decimals, rounding half away from zero (<see cref="Rounding"/>,
/// the "pembulatan" taught in Indonesian schools and used in published LKjIP tables). Rounding
/// returns a new value; the stored figure never changes. The Indonesian format is built in, so
/// it does not depend on the operating system's culture data.
/// </summary>
public static class CapaianFormat
{
    /// <summary>The number of decimals shown.</summary>
    public const int Decimals = 2;

    /// <summary>The rounding mode: half away from zero (12,345 → 12,35; −12,345 → −12,35).</summary>
    public const MidpointRounding Rounding = MidpointRounding.AwayFromZero;

    private static readonly NumberFormatInfo IndonesianFormat = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private static readonly NumberFormatInfo InvariantFormat = new()
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = string.Empty,
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>Rounds a figure for presentation.</summary>
    /// <param name="value">The figure at full precision.</param>
    /// <returns>The figure rounded to <see cref="Decimals"/> decimals with <see cref="Rounding"/>.</returns>
    public static decimal Round(decimal value) => Math.Round(value, Decimals, Rounding);

    /// <summary>Writes a figure rounded to two decimals.</summary>
    /// <param name="value">The figure at full precision.</param>
    /// <param name="culture">How to write it.</param>
    /// <returns>The text, such as <c>97,89</c> or <c>97.89</c>.</returns>
    public static string Format(decimal value, NumberCulture culture = NumberCulture.Indonesian) =>
        Round(value).ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), culture == NumberCulture.Invariant ? InvariantFormat : IndonesianFormat);

    /// <summary>Writes a capaian result: the figure, or a dash with the reason there is none.</summary>
    /// <param name="result">The result.</param>
    /// <param name="culture">How to write numbers.</param>
    /// <param name="language">The language of the reason.</param>
    /// <returns>The text, such as <c>107,14</c> or <c>- (target nol)</c>.</returns>
    public static string FormatResult(CapaianResult result, NumberCulture culture = NumberCulture.Indonesian, MessageLanguage language = MessageLanguage.Indonesian) =>
        result.Value is { } v ? Format(v, culture) : "- (" + result.DescribeReason(language) + ")";

    /// <summary>Writes an amount of money in rupiah with every digit it holds (no rounding): whole rupiah as
    /// <c>Rp 1.250.000.000</c>, sen with at least two decimals (<c>Rp 1.500,50</c>, <c>Rp 0,125</c>).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="culture">How to write it.</param>
    /// <returns>The text.</returns>
    public static string FormatRupiah(decimal amount, NumberCulture culture = NumberCulture.Indonesian)
    {
        var format = culture == NumberCulture.Invariant ? InvariantFormat : IndonesianFormat;
        // Dividing by 1.000... drops trailing zeros, so the scale left is the digits that matter.
        var normalized = amount / 1.000000000000000000000000000000000m;
        var digits = (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
        var decimals = digits == 0 ? 0 : Math.Max(2, digits);
        return "Rp " + amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), format);
    }
}
