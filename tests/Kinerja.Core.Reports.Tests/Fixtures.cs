using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;
using Kinerja.Samples.Console;

namespace Kinerja.Core.Reports.Tests;

/// <summary>The console sample's demo kecamatan (demo data, not a real office's figures), with a 2025 PK
/// and Renstra targets of the same demo shape, for the worked examples.</summary>
internal static class Fixtures
{
    public static PerjanjianKinerja Pk { get; } = DemoKecamatan.BuildPk();

    public static MeasurementSet Realisasi { get; } = DemoKecamatan.BuildRealisasi(Pk);

    /// <summary>Last year's PK: IK1, IK2 and IK5 of the same ids (IK3, IK4 and IK6 were not in it).</summary>
    public static PerjanjianKinerja PreviousPk { get; } =
        PerjanjianKinerja.CreateBuilder(Pk.Unit, 2025)
            .WithPihakPertama("Demo Camat, S.STP., M.Si.", "Camat Bobotsari", "19780312 200501 1 003")
            .WithPihakKedua("Demo Bupati", "Bupati Purbalingga", null)
            .AddSasaran("S1", "Meningkatnya kualitas pelayanan publik kecamatan", s => s
                .AddIndicator("IK1", "Indeks Kepuasan Masyarakat", i => i
                    .WithSatuan("Indeks").WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(84m).WithTriwulanTargets(81m, 82m, 83m, 84m))
                .AddIndicator("IK2", "Jumlah dokumen administrasi kependudukan yang difasilitasi", i => i
                    .WithSatuan("Dokumen").WithAnnualTarget(1100m).WithTriwulanTargets(275m, 275m, 275m, 275m)))
            .AddSasaran("S2", "Meningkatnya akuntabilitas kinerja kecamatan", s => s
                .AddIndicator("IK5", "Nilai evaluasi SAKIP kecamatan", i => i
                    .WithSatuan("Predikat").WithGradeScale(GradeScale.NilaiSakip).WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(Target.OfGrade("B")).WithTriwulanTarget(4, Target.OfGrade("B"))))
            .Build().Value;

    public static MeasurementSet PreviousMeasurements { get; } =
        MeasurementSet.CreateBuilder(PreviousPk)
            .AddRealisasi("IK1", 4, 83.5m)
            .AddRealisasi("IK2", 1, 250m).AddRealisasi("IK2", 2, 280m).AddRealisasi("IK2", 3, 290m).AddRealisasi("IK2", 4, 301m)
            .AddGrade("IK5", 4, "B")
            .Build().Value;

    public static Dictionary<string, Target> Renstra { get; } = new(StringComparer.Ordinal)
    {
        ["IK1"] = 88m,
        ["IK2"] = 1300m,
        ["IK3"] = 2m,
        ["IK5"] = Target.OfGrade("A"),
    };

    public static ReportInput Input { get; } = new(Pk, Realisasi)
    {
        PreviousPerjanjianKinerja = PreviousPk,
        PreviousMeasurements = PreviousMeasurements,
        RenstraTargets = Renstra,
        RenstraYear = 2026,
    };

    public static PerformanceReport Report { get; } = PerformanceReport.Create(Input).Value;
}
