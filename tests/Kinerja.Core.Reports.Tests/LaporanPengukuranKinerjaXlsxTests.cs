using Kinerja.Core.Presentation;

namespace Kinerja.Core.Reports.Tests;

public sealed class LaporanPengukuranKinerjaXlsxTests
{
    [Fact]
    public void WriteXlsx_DemoKecamatanTwIII_CapaianCellsAreTheRoundedFiguresOfTheEvaluator()
    {
        var report = Fixtures.Report;
        var book = Workbook.Read(Documents.LaporanXlsx(report, Triwulan.III));

        Assert.Equal(["Keterangan", "Pengukuran", "Anggaran", "Analisis", "Grafik"], book.SheetNames);
        Assert.Equal("Pengukuran Kinerja TW III", book.Text("Pengukuran", "A1"));
        Assert.Equal("Capaian s.d. TW III (%)", book.Text("Pengukuran", "J3"));
        for (var i = 0; i < report.Capaian.Count; i++)
        {
            var row = (i + 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var at = report.Capaian[i][Triwulan.III];
            foreach (var (column, result) in new[] { ("H", at.Capaian), ("J", at.CumulativeCapaian), ("K", at.AnnualCapaian) })
            {
                if (result.Value is { } v)
                {
                    Assert.Equal(CapaianFormat.Round(v), book.Number("Pengukuran", column + row));
                }
                else
                {
                    Assert.Equal(CapaianFormat.FormatResult(result), book.Text("Pengukuran", column + row));
                }
            }
        }
    }

    [Fact]
    public void WriteXlsx_DemoKecamatanTwIII_ExactFiguresAndSerapan()
    {
        var report = Fixtures.Report;
        var book = Workbook.Read(Documents.LaporanXlsx(report, Triwulan.III));

        // IK1 (row 4): TW III realisasi 84.1 as entered; program 5.01.01 (row 4 of Anggaran).
        Assert.Equal(84.1m, book.Number("Pengukuran", "G4"));
        Assert.Equal(1_350_000_000m, book.Number("Anggaran", "C4"));
        Assert.Equal(report.Serapan[0][Triwulan.III].CumulativeRealisasi, book.Number("Anggaran", "E4"));
        Assert.Equal(CapaianFormat.Round(report.Serapan[0][Triwulan.III].CumulativeSerapan.Value!.Value), book.Number("Anggaran", "F4"));
    }

    [Fact]
    public void WriteXlsx_Gaps_AnalysisColumnEmptyAndFilled()
    {
        var book = Workbook.Read(Documents.LaporanXlsx(Fixtures.Report, Triwulan.II));
        var table = book.Table("Analisis", 5);

        Assert.Contains("DIISI OLEH PEJABAT", table[0][4].Text, StringComparison.Ordinal);
        Assert.True(table.Count > 1);
        Assert.All(table.Skip(1), r => Assert.Equal(string.Empty, r[4].Text));
        Assert.All(table.Skip(1), r => Assert.Equal("FFFFF2CC", book.Fills[(int)r[4].Style]));
    }
}
