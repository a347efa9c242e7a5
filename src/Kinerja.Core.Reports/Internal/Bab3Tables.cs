using Kinerja.Core.Capaian;

namespace Kinerja.Core.Reports.Internal;

/// <summary>The tables of LKjIP chapter III, at the end of the year (TW IV).</summary>
internal static class Bab3Tables
{
    /// <summary>Tabel 3.1: target and realisasi of the year, capaian against the annual target.</summary>
    public static ReportTable TargetRealisasi(PerformanceReport report, ReportText text) =>
        new(
            text.Table31(report.Input.PerjanjianKinerja.Year),
            text.Sheet31,
            [text.No, text.Sasaran, text.Indicator, text.Satuan, text.Target, text.Realisasi, text.Capaian, text.Category],
            PerIndicator(report, text, withSasaran: true, (c, at) =>
            [
                Figures.Target(c.Indicator.AnnualTarget, text),
                Year(at, text),
                Figures.Capaian(at.AnnualCapaian, text),
                Tables.Category(at.AnnualCapaian, report),
            ]));

    /// <summary>Tabel 3.2: this year against last year, indicators matched by id.</summary>
    public static ReportTable YearBefore(PerformanceReport report, ReportText text)
    {
        var year = report.Input.PerjanjianKinerja.Year;
        return new(
            text.Table32(year),
            text.Sheet32,
            [text.No, text.Indicator, text.Satuan, text.RealisasiYear(year - 1), text.CapaianYear(year - 1), text.RealisasiYear(year), text.CapaianYear(year)],
            PerIndicator(report, text, withSasaran: false, (c, at) => report.FindPreviousCapaian(c.Indicator.Id)?[Triwulan.IV] is { } previous
                ? [Year(previous, text), Figures.Capaian(previous.AnnualCapaian, text), Year(at, text), Figures.Capaian(at.AnnualCapaian, text)]
                : [text.NoPrevious, text.NoPrevious, Year(at, text), Figures.Capaian(at.AnnualCapaian, text)]));
    }

    /// <summary>Tabel 3.3: the year's realisasi against the Renstra target of the end of the period.</summary>
    public static ReportTable Renstra(PerformanceReport report, ReportText text)
    {
        var year = report.Input.PerjanjianKinerja.Year;
        return new(
            text.Table33(year),
            text.Sheet33,
            [text.No, text.Indicator, text.Satuan, text.RenstraTarget(report.Input.RenstraYear), text.RealisasiYear(year), text.CapaianRenstra],
            PerIndicator(report, text, withSasaran: false, (c, at) =>
            [
                report.Input.RenstraTargets.TryGetValue(c.Indicator.Id, out var target) ? Figures.Target(target, text) : text.NoRenstra,
                Year(at, text),
                report.FindRenstraCapaian(c.Indicator.Id) is { } r ? Figures.Capaian(r, text) : text.NoRenstra,
            ]));
    }

    public static CapaianResult Annual(IndicatorCapaian c) => c[Triwulan.IV].AnnualCapaian;

    /// <summary>One row per indicator at TW IV: its number, its sasaran (when asked), its id and name, its satuan, then <paramref name="cells"/>.</summary>
    private static List<IReadOnlyList<ReportCell>> PerIndicator(PerformanceReport report, ReportText text, bool withSasaran, Func<IndicatorCapaian, TriwulanCapaian, ReportCell[]> cells)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        var number = 0;
        foreach (var c in report.Capaian)
        {
            var row = new List<ReportCell> { Figures.Whole(++number) };
            if (withSasaran)
            {
                row.Add(report.Input.PerjanjianKinerja.FindSasaranOf(c.Indicator.Id)?.Name ?? text.Missing);
            }

            row.Add(c.Indicator.Id + " " + c.Indicator.Name);
            row.Add(c.Indicator.Satuan);
            row.AddRange(cells(c, c[Triwulan.IV]));
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The year's realisasi: the value to TW IV by the indicator's aggregation, or its grade.</summary>
    private static ReportCell Year(TriwulanCapaian at, ReportText text) => Figures.Realisasi(at.CumulativeRealisasi, at.CumulativeGrade, text);
}
