using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;

namespace Kinerja.Core.Reports.Internal;

/// <summary>The printed form of every figure: capaian and serapan rounded by <see cref="CapaianFormat"/>,
/// targets, realisasi and money exactly as entered.</summary>
internal static class Figures
{
    public static ReportCell Capaian(CapaianResult result, ReportText text) =>
        result.Value is { } v
            ? new ReportCell(CapaianFormat.FormatResult(result, NumberCulture.Indonesian, text.Language), Stored(CapaianFormat.Round(v)), true)
            : new ReportCell(CapaianFormat.FormatResult(result, NumberCulture.Indonesian, text.Language));

    public static ReportCell Serapan(SerapanResult result, ReportText text) =>
        result.Value is { } v
            ? new ReportCell(CapaianFormat.Format(v), Stored(CapaianFormat.Round(v)), true)
            : new ReportCell(text.SerapanNone(result.Status));

    public static ReportCell Exact(decimal? value, ReportText text) =>
        value is { } v ? new ReportCell(Indonesian(v), Stored(v)) : new ReportCell(text.Missing);

    public static ReportCell Rupiah(decimal? value, ReportText text) =>
        value is { } v ? new ReportCell(CapaianFormat.FormatRupiah(v), Stored(v)) : new ReportCell(text.Missing);

    public static ReportCell Target(Target? target, ReportText text) => target switch
    {
        null => new ReportCell(text.Missing),
        { Kind: TargetKind.Value } => new ReportCell(Indonesian(target.Lower), Stored(target.Lower)),
        { Kind: TargetKind.Range } => new ReportCell(Indonesian(target.Lower) + " - " + Indonesian(target.Upper)),
        _ => new ReportCell(target.Grade!),
    };

    public static ReportCell Realisasi(decimal? value, string? grade, ReportText text) =>
        grade is not null ? new ReportCell(grade) : Exact(value, text);

    public static ReportCell Whole(int value) => new(value.ToString(CultureInfo.InvariantCulture), value);

    /// <summary>Every digit of the value, with the Indonesian separators (<c>1.234,5</c>).</summary>
    public static string Indonesian(decimal value)
    {
        var invariant = value.ToString(CultureInfo.InvariantCulture);
        var negative = invariant.StartsWith("-", StringComparison.Ordinal);
        if (negative)
        {
            invariant = invariant.Substring(1);
        }

        var point = invariant.IndexOf('.');
        var whole = point < 0 ? invariant : invariant.Substring(0, point);
        var grouped = new System.Text.StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                grouped.Append('.');
            }

            grouped.Append(whole[i]);
        }

        if (point >= 0)
        {
            grouped.Append(',').Append(invariant, point + 1, invariant.Length - point - 1);
        }

        return (negative ? "-" : string.Empty) + grouped;
    }

    /// <summary>The number an xlsx cell may store: the value when a double holds it exactly, else none (the cell keeps the text).</summary>
    private static decimal? Stored(decimal value)
    {
        var d = (double)value;
        return decimal.TryParse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var back) && back == value
            ? value
            : null;
    }
}
