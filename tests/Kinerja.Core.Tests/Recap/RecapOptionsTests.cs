using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Tests.Recap;

public class RecapOptionsTests
{
    private static IndicatorMeasurement[] Rows(int kecamatan, int units, int indicators)
    {
        var rows = new List<IndicatorMeasurement>();
        for (var k = 0; k < kecamatan; k++)
        {
            for (var u = 0; u < units; u++)
            {
                for (var i = 0; i < indicators; i++)
                {
                    for (var q = 1; q <= 4; q++)
                    {
                        var target = 10m + i;
                        rows.Add(new IndicatorMeasurement("KAB" + (k % 3), "KEC" + k, "U" + u, "S" + (i % 2), "IK" + i,
                            (Polarity)(i % 3), (AggregationMethod)(i % 5), q, target, target, target * (70 + ((i * 7) + q) % 40) / 100m));
                    }
                }
            }
        }

        return [.. rows];
    }

    [Fact]
    public void FinestLevel_Program_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RecapOptions.Default with { FinestLevel = RecapLevel.Program });
        Assert.Equal("FinestLevel", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => RecapOptions.Default with { FinestLevel = (RecapLevel)42 });
    }

    [Fact]
    public void MaxDegreeOfParallelism_BelowOne_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RecapOptions.Default with { MaxDegreeOfParallelism = 0 });
        Assert.Equal("MaxDegreeOfParallelism", error.ParamName);
    }

    [Fact]
    public void Build_DownToKecamatan_HoldsKecamatanKabupatenAndTotalOnly()
    {
        var rows = Rows(kecamatan: 4, units: 2, indicators: 3);

        var recap = RecapCalculator.Build(rows, [], RecapPolicy.Default, RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan }).Value;

        Assert.Equal(RecapLevel.Kecamatan, recap.FinestLevel);
        Assert.Equal(new[] { RecapLevel.Kecamatan, RecapLevel.Kabupaten, RecapLevel.National }, recap.Rows.Select(r => r.Key.Level).Distinct());
        Assert.Null(recap.Find(new RecapKey(RecapLevel.Unit, "KAB0", "KEC0", "U0"), RecapPeriod.All[0]));
        Assert.Equal(4 * 2 * 3, recap.Find(new RecapKey(RecapLevel.National), RecapPeriod.All[7])!.IndicatorCount);
    }

    [Fact]
    public void Merge_OfRecapsOfDifferentLevels_IsRefused()
    {
        var rows = Rows(kecamatan: 2, units: 1, indicators: 2);
        var all = RecapCalculator.Build(rows.Where(r => r.KecamatanCode == "KEC0"), [], RecapPolicy.Default).Value;
        var kecamatan = RecapCalculator.Build(rows.Where(r => r.KecamatanCode == "KEC1"), [], RecapPolicy.Default, RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan }).Value;

        Assert.Throws<ArgumentException>(() => all.Merge(kecamatan));
    }

    [Fact]
    public void Build_InParts_EqualsOneThreadOnALargeInput()
    {
        var rows = Rows(kecamatan: 30, units: 5, indicators: 12);

        var one = RecapCalculator.Build(rows, [], RecapPolicy.Default, RecapOptions.Default with { MaxDegreeOfParallelism = 1 }).Value;
        var four = RecapCalculator.Build(rows, [], RecapPolicy.Default, RecapOptions.Default with { MaxDegreeOfParallelism = 4 }, minRowsPerWorker: 1000).Value;

        Assert.Equal(one, four);
    }

    [Fact]
    public void Build_DownToKecamatan_AllocatesForGroupsNotForMeasurements()
    {
        // The same kecamatan, kabupaten and units, with four times the indicators (and measurements).
        var few = Rows(kecamatan: 40, units: 6, indicators: 10);
        var many = Rows(kecamatan: 40, units: 6, indicators: 40);
        var options = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan, MaxDegreeOfParallelism = 1 };
        long Allocated(IndicatorMeasurement[] rows)
        {
            RecapCalculator.Build(rows, [], RecapPolicy.Default, options);
            var before = GC.GetAllocatedBytesForCurrentThread();
            RecapCalculator.Build(rows, [], RecapPolicy.Default, options);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var fewBytes = Allocated(few);
        var manyBytes = Allocated(many);

        // 28,800 more measurements; the working memory of one unit grows by a few hundred bytes.
        Assert.True(manyBytes - fewBytes < 16_384, $"{fewBytes} B for {few.Length} rows, {manyBytes} B for {many.Length} rows");
    }
}
