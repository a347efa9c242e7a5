using Kinerja.Core.Agreements;

namespace Kinerja.Core.Excel.Tests;

/// <summary>Sample PKs and generated forms for the example tests (demo data, not a real office's figures).</summary>
internal static class Forms
{
    public const string Sheet = DataCollectionForm.SheetName;

    /// <summary>The first data row of the form (rows 1-9 are the header block, 11 the column headers).</summary>
    public const int FirstRow = 12;

    public static readonly OfficeUnit Unit = new("3303-BBS", "Kecamatan Bobotsari (demo)");

    /// <summary>Four indicators: IK1 cumulative 10/20/30/40 of 100; IK2 negative, TW II target 6,25;
    /// IK3 a range 80-90,5 with no TW II target; IK4 a Nilai SAKIP grade.</summary>
    public static PerjanjianKinerja Pk(int year = 2026) =>
        PerjanjianKinerja.CreateBuilder(Unit, year)
            .WithPihakPertama("Demo Camat, S.STP", "Camat Bobotsari", "197803122005011003")
            .WithPihakKedua("Demo Bupati", "Bupati Purbalingga", null)
            .AddSasaran("S1", "Meningkatnya kualitas pelayanan publik", s => s
                .AddIndicator("IK1", "Jumlah dokumen pelayanan terselesaikan", i => i
                    .WithSatuan("Dokumen").WithAnnualTarget(100m).WithTriwulanTargets(10m, 20m, 30m, 40m))
                .AddIndicator("IK2", "Rata-rata waktu penyelesaian pengaduan", i => i
                    .WithSatuan("Hari").WithPolarity(Polarity.Negative).WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(5m).WithTriwulanTargets(7m, 6.25m, 5.5m, 5m)))
            .AddSasaran("S2", "Meningkatnya akuntabilitas kinerja", s => s
                .AddIndicator("IK3", "Indeks Kepuasan Masyarakat", i => i
                    .WithSatuan("Indeks").WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(Target.Between(80m, 90.5m)).WithTriwulanTarget(4, Target.Between(80m, 90.5m)))
                .AddIndicator("IK4", "Predikat SAKIP kecamatan", i => i
                    .WithSatuan("Predikat").WithGradeScale(GradeScale.NilaiSakip).WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(Target.OfGrade("BB")).WithTriwulanTarget(2, Target.OfGrade("B"))))
            .AddProgram("P1", "Program Penunjang Urusan Pemerintahan", ProgramKind.Program, 400_000_000m)
            .Build()
            .Value;

    public static byte[] Generate(PerjanjianKinerja pk, Triwulan triwulan)
    {
        using var stream = new MemoryStream();
        DataCollectionForm.Write(stream, pk, triwulan);
        return stream.ToArray();
    }

    public static Xlsx Blank(PerjanjianKinerja pk, Triwulan triwulan) => Xlsx.Open(Generate(pk, triwulan));

    public static string At(string column, int row) => column + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
