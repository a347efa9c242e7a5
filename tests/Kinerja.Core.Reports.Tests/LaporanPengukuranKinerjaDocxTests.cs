using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Reports.Tests;

public sealed class LaporanPengukuranKinerjaDocxTests
{
    [Fact]
    public void WriteDocx_DemoKecamatanTwII_EveryRowShowsTheEvaluatorsFigures()
    {
        var report = Fixtures.Report;
        var word = Word.Read(Documents.LaporanDocx(report, Triwulan.II));

        var table = word.Tables[0];
        Assert.Equal(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target TW II", "Realisasi TW II", "Capaian TW II (%)", "Realisasi s.d. TW II", "Capaian s.d. TW II (%)", "Capaian s.d. TW II thd Target Tahunan (%)", "Kategori"], table[0]);
        Assert.Equal(report.Capaian.Count + 1, table.Length);
        for (var r = 0; r < report.Capaian.Count; r++)
        {
            var c = report.Capaian[r];
            var at = c[Triwulan.II];
            var row = table[r + 1];
            Assert.Equal(c.Indicator.Id + " " + c.Indicator.Name, row[2]);
            Assert.Equal(CapaianFormat.FormatResult(at.Capaian), row[7]);
            Assert.Equal(CapaianFormat.FormatResult(at.CumulativeCapaian), row[9]);
            Assert.Equal(CapaianFormat.FormatResult(at.AnnualCapaian), row[10]);
        }
    }

    [Fact]
    public void WriteDocx_DemoKecamatanTwII_PrintsTheWorkedExampleOfIk2()
    {
        // IK2: quarterly targets 300, realisasi 284 and 315, summed: 599 against 600 to date, 1200 for the year.
        var row = Word.Read(Documents.LaporanDocx(Fixtures.Report, Triwulan.II)).Tables[0][2];

        Assert.Equal(["2", "Meningkatnya kualitas pelayanan publik kecamatan", "IK2 Jumlah dokumen administrasi kependudukan yang difasilitasi", "Dokumen", "1.200", "300", "315", "105,00", "599", "99,83", "49,92", "Sangat Tinggi"], row);
    }

    [Fact]
    public void WriteDocx_DemoKecamatanTwII_SerapanTableIsTheSerapanCalculators()
    {
        var report = Fixtures.Report;
        var table = Word.Read(Documents.LaporanDocx(report, Triwulan.II)).Tables[1];

        Assert.Equal(report.Serapan.Count + 1, table.Length);
        for (var r = 0; r < report.Serapan.Count; r++)
        {
            var p = report.Serapan[r];
            Assert.Equal(CapaianFormat.FormatRupiah(p.Program.Pagu), table[r + 1][2]);
            Assert.Equal(CapaianFormat.FormatRupiah(p[Triwulan.II].CumulativeRealisasi!.Value), table[r + 1][4]);
            Assert.Equal(CapaianFormat.Format(p[Triwulan.II].CumulativeSerapan.Value!.Value), table[r + 1][5]);
        }
    }

    [Fact]
    public void WriteDocx_IndicatorsBelowTarget_EachHasAnEmptyMarkedAnalysisRow()
    {
        var report = Fixtures.Report;
        var word = Word.Read(Documents.LaporanDocx(report, Triwulan.II));
        var analysis = word.Tables[^1];
        var below = report.Capaian.Where(c => c[Triwulan.II].CumulativeCapaian.Value < 100m).Select(c => c.Indicator.Id).ToArray();

        Assert.NotEmpty(below);
        Assert.Contains("DIISI OLEH PEJABAT", analysis[0][4], StringComparison.Ordinal);
        Assert.Equal(below, analysis.Skip(1).Select(r => r[1]));
        Assert.All(analysis.Skip(1), r => Assert.Equal(string.Empty, r[4]));
        Assert.All(word.AnalysisFills, f => Assert.Equal("FFF2CC", f));
    }

    [Fact]
    public void WriteDocx_English_LabelsInEnglishFiguresUnchanged()
    {
        var english = PerformanceReport.Create(Fixtures.Input with { Language = MessageLanguage.English }).Value;
        var word = Word.Read(Documents.LaporanDocx(english, Triwulan.IV));

        Assert.Equal("Performance Measurement Report", word.Paragraphs[0]);
        Assert.Equal("Performance indicator", word.Tables[0][0][2]);
        var ik4 = word.Tables[0][4];
        Assert.Equal(CapaianFormat.FormatResult(english.Capaian[3][Triwulan.IV].Capaian, language: MessageLanguage.English), ik4[7]);
        Assert.Equal("- (not reported)", ik4[7]);
    }
}
