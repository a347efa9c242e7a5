using Kinerja.Core.Presentation;

namespace Kinerja.Core.Reports.Tests;

public sealed class LkjipBab3Tests
{
    [Fact]
    public void WriteDocx_DemoKecamatan_Table31IsTheAnnualCapaianAtTwIv()
    {
        var report = Fixtures.Report;
        var table = Word.Read(Documents.LkjipDocx(report)).Tables[0];

        Assert.Equal(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"], table[0]);
        for (var r = 0; r < report.Capaian.Count; r++)
        {
            Assert.Equal(CapaianFormat.FormatResult(report.Capaian[r][Triwulan.IV].AnnualCapaian), table[r + 1][6]);
        }

        // IK2: 284 + 315 + 296 + 341 = 1236 against 1200.
        Assert.Equal(["1.200", "1.236", "103,00"], table[2][4..7]);
    }

    [Fact]
    public void WriteDocx_DemoKecamatan_Table32ComparesWithLastYearById()
    {
        var report = Fixtures.Report;
        var table = Word.Read(Documents.LkjipDocx(report)).Tables[1];

        Assert.Equal(["No", "Indikator Kinerja", "Satuan", "Realisasi 2025", "Capaian 2025 (%)", "Realisasi 2026", "Capaian 2026 (%)"], table[0]);
        var previous = report.FindPreviousCapaian("IK2")![Triwulan.IV];
        Assert.Equal(CapaianFormat.FormatResult(previous.AnnualCapaian), table[2][4]);
        Assert.Equal("1.121", table[2][3]);
        Assert.Equal("- (tidak ada pada PK tahun lalu)", table[3][3]);
        Assert.Equal("B", table[5][3]);
    }

    [Fact]
    public void WriteDocx_DemoKecamatan_Table33AgainstRenstra()
    {
        var report = Fixtures.Report;
        var table = Word.Read(Documents.LkjipDocx(report)).Tables[2];

        Assert.Equal("Target Akhir Renstra (2026)", table[0][3]);
        Assert.Equal(["1.300", "1.236", CapaianFormat.FormatResult(report.FindRenstraCapaian("IK2")!.Value)], table[2][3..6]);
        Assert.Equal("- (tidak ada target Renstra)", table[4][3]);
    }

    [Fact]
    public void WriteXlsx_DemoKecamatan_SheetsAndTheSameFiguresAsTheDocx()
    {
        var report = Fixtures.Report;
        var book = Workbook.Read(Documents.LkjipXlsx(report));

        Assert.Equal(["Keterangan", "3.1 Target-Realisasi", "3.2 Tahun Lalu", "3.3 Renstra", "3.4 Anggaran", "3.5 Analisis", "Grafik"], book.SheetNames);
        Properties.ReportProperties.AssertSame(Word.Read(Documents.LkjipDocx(report)), book, ["3.1 Target-Realisasi", "3.2 Tahun Lalu", "3.3 Renstra", "3.4 Anggaran", "3.5 Analisis"], report.Input.Language);
    }
}
