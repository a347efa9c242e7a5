using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Reports.Tests;

/// <summary>
/// D47 in the documents: the category printed beside a capaian is the category of the figure as printed. A capaian of
/// 90,004 % prints 90,00 and is Tinggi on Permendagri 86 (76-90); one of 90,996 % prints 91,00 and is Sangat Tinggi
/// (91 and above), not the category of the unrounded figure between the bands.
/// </summary>
public sealed class PrintedCategoryTests
{
    // Target 100 in every quarter and for the year, the same realisasi each quarter (last value): every capaian the
    // documents print for an indicator is its realisasi.
    private static readonly PerjanjianKinerja Pk =
        PerjanjianKinerja.CreateBuilder(Fixtures.Pk.Unit, 2026)
            .WithPihakPertama("Demo Camat, S.STP., M.Si.", "Camat Bobotsari", "19780312 200501 1 003")
            .WithPihakKedua("Demo Bupati", "Bupati Purbalingga", null)
            .AddSasaran("S1", "Meningkatnya kualitas pelayanan publik kecamatan", s => s
                .AddIndicator("IK1", "Indeks Kepuasan Masyarakat", Percent)
                .AddIndicator("IK2", "Persentase pengaduan yang ditindaklanjuti", Percent))
            .Build().Value;

    private static readonly PerformanceReport Report = PerformanceReport.Create(new ReportInput(Pk, Realisasi(90.004m, 90.996m))).Value;

    [Fact]
    public void Capaian90004And90996_PrintedAndCategoryAgreeInTheLaporan()
    {
        var docx = Word.Read(Documents.LaporanDocx(Report, Triwulan.II)).Tables[0];
        var xlsx = Workbook.Read(Documents.LaporanXlsx(Report, Triwulan.II));

        // Columns: Capaian s.d. TW II (%) and Kategori.
        Assert.Equal(("Capaian s.d. TW II (%)", "Kategori"), (docx[0][9], docx[0][11]));
        Assert.Equal([("90,00", "Tinggi"), ("91,00", "Sangat Tinggi")], docx.Skip(1).Select(r => (r[9], r[11])));
        Assert.Equal([(90.00m, "Tinggi"), (91.00m, "Sangat Tinggi")], new[] { "4", "5" }.Select(r => (xlsx.Number("Pengukuran", "J" + r), xlsx.Text("Pengukuran", "L" + r))));
    }

    [Fact]
    public void Capaian90004And90996_PrintedAndCategoryAgreeInTable31()
    {
        var docx = Word.Read(Documents.LkjipDocx(Report)).Tables[0];
        var xlsx = Workbook.Read(Documents.LkjipXlsx(Report));

        Assert.Equal(("Capaian (%)", "Kategori"), (docx[0][6], docx[0][7]));
        Assert.Equal([("90,00", "Tinggi"), ("91,00", "Sangat Tinggi")], docx.Skip(1).Select(r => (r[6], r[7])));
        Assert.Equal([(90.00m, "Tinggi"), (91.00m, "Sangat Tinggi")], new[] { "4", "5" }.Select(r => (xlsx.Number("3.1 Target-Realisasi", "G" + r), xlsx.Text("3.1 Target-Realisasi", "H" + r))));
    }

    [Fact]
    public void UnroundedFigures_FallBetweenTheBands_SoTheTestCanFail()
    {
        // Classified unrounded, 90,996 would not be Sangat Tinggi: the bands are 76-90 and 91 and above.
        var scale = Report.Input.Scale;
        Assert.NotEqual("Sangat Tinggi", scale.Bands.FirstOrDefault(b => b.Contains(90.996m))?.Label);
        Assert.Equal("Sangat Tinggi", scale.Classify(90.996m).Label);
    }

    private static void Percent(IndicatorBuilder i) => i
        .WithSatuan("%").WithAggregation(AggregationMethod.LastValue)
        .WithAnnualTarget(100m).WithTriwulanTargets(100m, 100m, 100m, 100m);

    private static MeasurementSet Realisasi(decimal ik1, decimal ik2)
    {
        var builder = MeasurementSet.CreateBuilder(Pk);
        foreach (var q in Triwulan.All)
        {
            builder.AddRealisasi("IK1", q.Number, ik1).AddRealisasi("IK2", q.Number, ik2);
        }

        return builder.Build().Value;
    }
}
