using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;

namespace Kinerja.Samples.Console;

/// <summary>
/// DEMO DATA. A kecamatan modelled on the shape of Kecamatan Bobotsari's SAKIP documents
/// (Kabupaten Purbalingga), with invented names, NIPs and figures. Not a real office's PK.
/// </summary>
internal static class DemoKecamatan
{
    public const int Year = 2026;

    public static PerjanjianKinerja BuildPk()
    {
        var result = PerjanjianKinerja.CreateBuilder(new OfficeUnit("DEMO-3303-BBS", "Kecamatan Bobotsari (demo)"), Year)
            .WithPihakPertama("Demo Camat, S.STP., M.Si.", "Camat Bobotsari", "19780312 200501 1 003")
            .WithPihakKedua("Demo Bupati", "Bupati Purbalingga", null)
            .WithSignedOn(new NodaTime.LocalDate(2026, 1, 5))
            .AddSasaran("S1", "Meningkatnya kualitas pelayanan publik kecamatan", s => s
                .AddIndicator("IK1", "Indeks Kepuasan Masyarakat", i => i
                    .WithSatuan("Indeks").WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(85m).WithTriwulanTargets(82m, 83m, 84m, 85m))
                .AddIndicator("IK2", "Jumlah dokumen administrasi kependudukan yang difasilitasi", i => i
                    .WithSatuan("Dokumen")
                    .WithAnnualTarget(1200m).WithTriwulanTargets(300m, 300m, 300m, 300m))
                .AddIndicator("IK3", "Rata-rata waktu penyelesaian pengaduan masyarakat", i => i
                    .WithSatuan("Hari").WithPolarity(Polarity.Negative).WithAggregation(AggregationMethod.Average)
                    .WithAnnualTarget(3m).WithTriwulanTargets(3m, 3m, 3m, 3m)))
            .AddSasaran("S2", "Meningkatnya akuntabilitas kinerja kecamatan", s => s
                .AddIndicator("IK4", "Persentase dokumen perencanaan dan pelaporan kinerja tepat waktu", i => i
                    .WithSatuan("%").WithValueKind(ValueKind.Percentage).WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(100m).WithTriwulanTargets(100m, 100m, 100m, 100m))
                .AddIndicator("IK5", "Nilai evaluasi SAKIP kecamatan", i => i
                    .WithSatuan("Predikat").WithGradeScale(GradeScale.NilaiSakip).WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(Target.OfGrade("BB")).WithTriwulanTarget(4, Target.OfGrade("BB"))))
            .AddSasaran("S3", "Meningkatnya ketenteraman dan ketertiban umum", s => s
                .AddIndicator("IK6", "Persentase penanganan gangguan trantibum", i => i
                    .WithSatuan("%").WithValueKind(ValueKind.Percentage).WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(Target.Between(90m, 100m)).WithTriwulanTargets(Target.Between(90m, 100m), Target.Between(90m, 100m), Target.Between(90m, 100m), Target.Between(90m, 100m))))
            .AddProgram("5.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ProgramKind.Program, 1_350_000_000m)
            .AddProgram("5.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", ProgramKind.Program, 420_000_000m)
            .AddProgram("5.01.03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", ProgramKind.Program, 285_500_000m)
            .Build();
        return result.Value;
    }

    public static MeasurementSet BuildRealisasi(PerjanjianKinerja pk) =>
        MeasurementSet.CreateBuilder(pk)
            .AddRealisasi("IK1", 1, 81.2m).AddRealisasi("IK1", 2, 83.4m).AddRealisasi("IK1", 3, 84.1m).AddRealisasi("IK1", 4, 86.03m, "Survei IKM akhir tahun", new BuktiDukung("Laporan SKM 2026"))
            .AddRealisasi("IK2", 1, 284m).AddRealisasi("IK2", 2, 315m).AddRealisasi("IK2", 3, 296m).AddRealisasi("IK2", 4, 341m)
            .AddRealisasi("IK3", 1, 3.5m).AddRealisasi("IK3", 2, 2.8m).AddRealisasi("IK3", 3, 3.1m).AddRealisasi("IK3", 4, 2.4m)
            .AddRealisasi("IK4", 1, 100m).AddRealisasi("IK4", 2, 75m).AddRealisasi("IK4", 3, 100m)
            .AddGrade("IK5", 2, "B").AddGrade("IK5", 4, "BB")
            .AddRealisasi("IK6", 1, 87.5m).AddRealisasi("IK6", 2, 94m).AddRealisasi("IK6", 3, 100m).AddRealisasi("IK6", 4, 96.5m)
            .AddBudget("5.01.01", 1, 270_000_000m).AddBudget("5.01.01", 2, 348_250_000m).AddBudget("5.01.01", 3, 330_100_000m).AddBudget("5.01.01", 4, 371_905_500m)
            .AddBudget("5.01.02", 1, 52_000_000m).AddBudget("5.01.02", 2, 118_300_000m).AddBudget("5.01.02", 3, 96_450_000m).AddBudget("5.01.02", 4, 140_125_000m)
            .AddBudget("5.01.03", 1, 12_500_000m).AddBudget("5.01.03", 2, 80_000_000m).AddBudget("5.01.03", 3, 95_750_000m)
            .Build()
            .Value;
}
