using Kinerja.Core.Capaian;

namespace Kinerja.Core.Reports.Internal;

/// <summary>The tables of LKjIP chapter III, at the end of the year (TW IV).</summary>
internal static class Bab3Tables
{
    /// <summary>Tabel 3.1: target and realisasi of the year, capaian against the annual target.</summary>
    public static ReportTable TargetRealisasi(PerformanceReport report, ReportText text)
    {
        var year = report.Input.PerjanjianKinerja.Year;
        var rows = new List<IReadOnlyList<ReportCell>>();
        var number = 0;
        foreach (var c in report.Capaian)
        {
            var at = c[Triwulan.IV];
            rows.Add(
            [
                Figures.Whole(++number),
                report.Input.PerjanjianKinerja.FindSasaranOf(c.Indicator.Id)?.Name ?? text.Missing,
                c.Indicator.Id + " " + c.Indicator.Name,
                c.Indicator.Satuan,
                Figures.Target(c.Indicator.AnnualTarget, text),
                Figures.Realisasi(at.CumulativeRealisasi, at.CumulativeGrade, text),
                Figures.Capaian(at.AnnualCapaian, text),
                Tables.Category(at.AnnualCapaian, report),
            ]);
        }

        return new ReportTable(text.Table31(year), text.Sheet31, [text.No, text.Sasaran, text.Indicator, text.Satuan, text.Target, text.Realisasi, text.Capaian, text.Category], rows);
    }

    /// <summary>Tabel 3.2: this year against last year, indicators matched by id.</summary>
    public static ReportTable YearBefore(PerformanceReport report, ReportText text)
    {
        var year = report.Input.PerjanjianKinerja.Year;
        var rows = new List<IReadOnlyList<ReportCell>>();
        var number = 0;
        foreach (var c in report.Capaian)
        {
            var at = c[Triwulan.IV];
            var previous = report.FindPreviousCapaian(c.Indicator.Id)?[Triwulan.IV];
            rows.Add(
            [
                Figures.Whole(++number),
                c.Indicator.Id + " " + c.Indicator.Name,
                c.Indicator.Satuan,
                previous is null ? text.NoPrevious : Figures.Realisasi(previous.CumulativeRealisasi, previous.CumulativeGrade, text),
                previous is null ? text.NoPrevious : Figures.Capaian(previous.AnnualCapaian, text),
                Figures.Realisasi(at.CumulativeRealisasi, at.CumulativeGrade, text),
                Figures.Capaian(at.AnnualCapaian, text),
            ]);
        }

        return new ReportTable(text.Table32(year), text.Sheet32, [text.No, text.Indicator, text.Satuan, text.RealisasiYear(year - 1), text.CapaianYear(year - 1), text.RealisasiYear(year), text.CapaianYear(year)], rows);
    }

    /// <summary>Tabel 3.3: the year's realisasi against the Renstra target of the end of the period.</summary>
    public static ReportTable Renstra(PerformanceReport report, ReportText text)
    {
        var year = report.Input.PerjanjianKinerja.Year;
        var rows = new List<IReadOnlyList<ReportCell>>();
        var number = 0;
        foreach (var c in report.Capaian)
        {
            var at = c[Triwulan.IV];
            var has = report.Input.RenstraTargets.TryGetValue(c.Indicator.Id, out var target);
            rows.Add(
            [
                Figures.Whole(++number),
                c.Indicator.Id + " " + c.Indicator.Name,
                c.Indicator.Satuan,
                has ? Figures.Target(target, text) : text.NoRenstra,
                Figures.Realisasi(at.CumulativeRealisasi, at.CumulativeGrade, text),
                report.FindRenstraCapaian(c.Indicator.Id) is { } r ? Figures.Capaian(r, text) : text.NoRenstra,
            ]);
        }

        return new ReportTable(text.Table33(year), text.Sheet33, [text.No, text.Indicator, text.Satuan, text.RenstraTarget(report.Input.RenstraYear), text.RealisasiYear(year), text.CapaianRenstra], rows);
    }

    public static CapaianResult Annual(IndicatorCapaian c) => c[Triwulan.IV].AnnualCapaian;
}
