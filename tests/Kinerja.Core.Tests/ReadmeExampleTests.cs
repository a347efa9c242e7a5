using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;
using Kinerja.Core.Presentation;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests;

/// <summary>The code example of README.md (and the package README), run as written, so it cannot rot.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_PrintsCapaianAndCategory()
    {
        var lines = new List<string>();
        var pk = PerjanjianKinerja.CreateBuilder(new OfficeUnit("3303-BBS", "Kecamatan Bobotsari"), 2026)
            .WithPihakPertama("Nama Camat", "Camat Bobotsari", "19780312 200501 1 003")
            .WithPihakKedua("Nama Bupati", "Bupati Purbalingga", nip: null)
            .AddSasaran("S1", "Meningkatnya kualitas pelayanan publik", s => s
                .AddIndicator("IK1", "Indeks Kepuasan Masyarakat", i => i
                    .WithSatuan("Indeks").WithAggregation(AggregationMethod.LastValue)
                    .WithAnnualTarget(85m).WithTriwulanTargets(82m, 83m, 84m, 85m))
                .AddIndicator("IK2", "Rata-rata waktu penyelesaian pengaduan", i => i
                    .WithSatuan("Hari").WithPolarity(Polarity.Negative).WithAggregation(AggregationMethod.Average)
                    .WithAnnualTarget(3m).WithTriwulanTargets(3m, 3m, 3m, 3m)))
            .Build();
        Assert.True(pk.IsValid);

        var realisasi = MeasurementSet.CreateBuilder(pk.Value)
            .AddRealisasi("IK1", triwulan: 1, value: 81.2m)
            .AddRealisasi("IK2", triwulan: 1, value: 3.5m)
            .Build().Value;

        foreach (var indicator in CapaianEvaluator.Evaluate(pk.Value, realisasi, CapaianPolicy.Default))
        {
            var tw1 = indicator[Triwulan.I];
            lines.Add($"{indicator.Indicator.Name}: {CapaianFormat.FormatResult(tw1.Capaian)} " +
                      $"({tw1.Capaian.Classify(CategoryScales.Permendagri86)?.Label})");
        }

        Assert.Equal(
            new[] { "Indeks Kepuasan Masyarakat: 99,02 (Sangat Tinggi)", "Rata-rata waktu penyelesaian pengaduan: 83,33 (Tinggi)" },
            lines);
        Assert.Contains("// Indeks Kepuasan Masyarakat: 99,02 (Sangat Tinggi)", File.ReadAllText(FindReadme()), StringComparison.Ordinal);
    }

    private static string FindReadme()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kinerja.Core.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Kinerja.Core.sln not found above " + AppContext.BaseDirectory), "README.md");
    }
}
