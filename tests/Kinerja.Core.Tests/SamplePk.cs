using Kinerja.Core.Agreements;

namespace Kinerja.Core.Tests;

/// <summary>Small PKs used by the example tests (demo data, not a real office's figures).</summary>
internal static class SamplePk
{
    public const string CamatNip = "197803122005011003";
    public const string SekcamNip = "198507242010012015";

    public static readonly OfficeUnit Kecamatan = new("3303-BBS", "Kecamatan Bobotsari (demo)");

    public static PerjanjianKinerjaBuilder Builder(int year = 2026) =>
        PerjanjianKinerja.CreateBuilder(Kecamatan, year)
            .WithPihakPertama("Demo Camat, S.STP", "Camat Bobotsari", CamatNip)
            .WithPihakKedua("Demo Bupati", "Bupati Purbalingga", null);

    /// <summary>A PK with one cumulative indicator (quarterly 10/20/30/40, annual 100), one lower-is-better
    /// indicator kept as last value, one qualitative indicator and one program.</summary>
    public static PerjanjianKinerja Build() =>
        Builder()
            .AddSasaran("S1", "Meningkatnya kualitas pelayanan publik", s => s
                .AddIndicator("IK1", "Jumlah dokumen pelayanan terselesaikan", i => i
                    .WithSatuan("Dokumen")
                    .WithAnnualTarget(100m)
                    .WithTriwulanTargets(10m, 20m, 30m, 40m))
                .AddIndicator("IK2", "Rata-rata waktu penyelesaian pengaduan", i => i
                    .WithSatuan("Hari")
                    .WithPolarity(Polarity.Negative)
                    .WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(5m)
                    .WithTriwulanTargets(7m, 6m, 5.5m, 5m)))
            .AddSasaran("S2", "Meningkatnya akuntabilitas kinerja", s => s
                .AddIndicator("IK3", "Predikat SAKIP kecamatan", i => i
                    .WithSatuan("Predikat")
                    .WithGradeScale(GradeScale.NilaiSakip)
                    .WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(Target.OfGrade("BB"))
                    .WithTriwulanTarget(4, Target.OfGrade("BB"))))
            .AddProgram("P1", "Program Penunjang Urusan Pemerintahan", ProgramKind.Program, 400_000_000m)
            .Build()
            .Value;
}
