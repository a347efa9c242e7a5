using Kinerja.Core.Reports.Internal;

namespace Kinerja.Core.Reports;

/// <summary>
/// The quarterly Laporan Pengukuran Kinerja of a PK: the measurement table (target, realisasi and
/// capaian of each indicator for the quarter and to date), the serapan per program, and an empty,
/// marked place for the officer's analysis of each indicator below target. Columns and their sources
/// are in docs/reports.md.
/// </summary>
public static class LaporanPengukuranKinerja
{
    /// <summary>Writes the report of one quarter as a Word document (.docx).</summary>
    /// <param name="report">The report's figures.</param>
    /// <param name="triwulan">The quarter reported.</param>
    /// <param name="destination">The stream written to; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is null.</exception>
    public static void WriteDocx(PerformanceReport report, Triwulan triwulan, Stream destination)
    {
        Check(report, destination);
        DocxWriter.Write(Build(report, triwulan), destination);
    }

    /// <summary>Writes the report of one quarter as an Excel workbook (.xlsx): a sheet per table, figures as numbers.</summary>
    /// <param name="report">The report's figures.</param>
    /// <param name="triwulan">The quarter reported.</param>
    /// <param name="destination">The stream written to; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is null.</exception>
    public static void WriteXlsx(PerformanceReport report, Triwulan triwulan, Stream destination)
    {
        Check(report, destination);
        var text = ReportText.For(report.Input.Language);
        XlsxWriter.Write(Build(report, triwulan), destination, text.InfoSheet, text.ChartsSheet);
    }

    internal static ReportDocument Build(PerformanceReport report, Triwulan q)
    {
        var text = ReportText.For(report.Input.Language);
        var blocks = new List<object> { Tables.Pengukuran(report, q, text) };
        Func<Capaian.IndicatorCapaian, Capaian.CapaianResult> pick = c => c[q].CumulativeCapaian;
        foreach (var (sasaran, capaian) in Tables.BySasaran(report))
        {
            blocks.Add(Charts.Sasaran(sasaran, capaian, pick, q, text));
        }

        if (report.Serapan.Count > 0)
        {
            blocks.Add(Tables.Serapan(report, q, text, text.SerapanTable(q), text.SerapanSheet));
        }

        blocks.Add(Tables.Analysis(Tables.Gaps(report, pick), pick, text, text.AnalysisTable, text.AnalysisSheet, text.CapaianToDate(q)));
        return new ReportDocument(text.LaporanTitle, Tables.Header(report, text, q), blocks);
    }

    internal static void Check(PerformanceReport report, Stream destination)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }
    }
}
