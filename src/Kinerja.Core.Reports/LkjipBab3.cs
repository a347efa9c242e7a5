using Kinerja.Core.Reports.Internal;

namespace Kinerja.Core.Reports;

/// <summary>
/// The draft of chapter III (Akuntabilitas Kinerja) of the annual LKjIP: target against realisasi of the year
/// (Tabel 3.1), against last year (3.2) and against the Renstra target (3.3), a chart per sasaran, the budget
/// realisasi per program (3.4) and an empty, marked place for the analysis of each indicator below target (3.5).
/// Figures at TW IV. Columns and their sources are in docs/reports.md.
/// </summary>
public static class LkjipBab3
{
    /// <summary>Writes the chapter as a Word document (.docx).</summary>
    /// <param name="report">The report's figures.</param>
    /// <param name="destination">The stream written to; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is null.</exception>
    public static void WriteDocx(PerformanceReport report, Stream destination)
    {
        LaporanPengukuranKinerja.Check(report, destination);
        DocxWriter.Write(Build(report), destination);
    }

    /// <summary>Writes the chapter as an Excel workbook (.xlsx): a sheet per table, figures as numbers.</summary>
    /// <param name="report">The report's figures.</param>
    /// <param name="destination">The stream written to; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is null.</exception>
    public static void WriteXlsx(PerformanceReport report, Stream destination)
    {
        LaporanPengukuranKinerja.Check(report, destination);
        var text = ReportText.For(report.Input.Language);
        XlsxWriter.Write(Build(report), destination, text.InfoSheet, text.ChartsSheet);
    }

    internal static ReportDocument Build(PerformanceReport report)
    {
        var text = ReportText.For(report.Input.Language);
        var year = report.Input.PerjanjianKinerja.Year;
        var blocks = new List<object>
        {
            new ReportHeading(text.LkjipChapter),
            new ReportHeading(text.LkjipSectionA),
            Bab3Tables.TargetRealisasi(report, text),
            Bab3Tables.YearBefore(report, text),
            Bab3Tables.Renstra(report, text),
        };
        foreach (var (sasaran, capaian) in Tables.BySasaran(report))
        {
            blocks.Add(Charts.Sasaran(sasaran, capaian, Bab3Tables.Annual, Triwulan.IV, text));
        }

        blocks.Add(new ReportHeading(text.LkjipSectionB));
        blocks.Add(Tables.Serapan(report, Triwulan.IV, text, text.Table34(year), text.Sheet34));
        blocks.Add(Tables.Analysis(Tables.Gaps(report, Bab3Tables.Annual), Bab3Tables.Annual, text, text.Table35, text.Sheet35, text.Capaian));
        return new ReportDocument(text.LkjipTitle, Tables.Header(report, text, null), blocks);
    }
}
