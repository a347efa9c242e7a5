using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;
using static Kinerja.Core.Tests.Recap.RecapCalculatorTests;

namespace Kinerja.Core.Tests.Recap;

public class RecapSourceTests
{
    private static readonly IndicatorMeasurement[] Rows =
    [
        Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "PEM", "IK1", 2, 20m, 22m), Row("BBS", "PEM", "IK1", 3, 30m, 31m), Row("BBS", "PEM", "IK1", 4, 40m, 35m),
        Row("BBS", "PEM", "IK2", 1, 5m, 6m, Polarity.Negative, AggregationMethod.LastValue), Row("BBS", "PEM", "IK2", 2, 5m, null, Polarity.Negative, AggregationMethod.LastValue),
        Row("BBS", "TRA", "IK3", 1, 0m, 3m, sasaran: "S2"), Row("BBS", "TRA", "IK3", 2, null, 3m, sasaran: "S2"),
        Row("KRG", "PEM", "IK1", 1, 100m, 45m, sasaran: "S2"),
        Row("KRG", "PEM", "IK4", 1, 1e20m, 1e20m, method: AggregationMethod.Average),
        Row("KRG", "PEM", "IK5", 1, 10m, 11m, method: AggregationMethod.Average), Row("KRG", "PEM", "IK5", 2, 10m, 12m, method: AggregationMethod.Average), Row("KRG", "PEM", "IK5", 3, 11m, 11m, method: AggregationMethod.Average),
    ];

    private static readonly BudgetMeasurement[] Budget =
    [
        new("3303", "BBS", "PEM", "P1", 400m, 100m, 50m, null, null),
        new("3303", "BBS", "TRA", "P2", 100m, 10m, 40m, 25m, 25m),
    ];

    [Fact]
    public void Create_CountsWhatItHolds()
    {
        var source = RecapSource.Create(Rows, Budget).Value;

        Assert.Equal((13, 6, 3, 2, 2), (source.MeasurementCount, source.IndicatorCount, source.UnitCount, source.KecamatanCount, source.BudgetCount));
        Assert.Equal("RecapSource: 13 measurements of 6 indicators in 3 units of 2 kecamatan, 2 budget rows", source.ToString());
    }

    [Fact]
    public void Build_FromTheSource_EqualsTheRecapOfTheRows_UnderEveryLevelAndPolicy()
    {
        var source = RecapSource.Create(Rows, Budget).Value;
        var policies = new[] { RecapPolicy.Default, RecapPolicy.Default with { AverageCap = 100m }, RecapPolicy.Default with { Scale = Kinerja.Core.Scales.CategoryScales.SakipGrades } };
        foreach (var policy in policies)
        {
            Assert.Equal(RecapCalculator.Build(Rows, Budget, policy).Value, RecapCalculator.Build(source, policy));
            foreach (var finest in new[] { RecapLevel.Sasaran, RecapLevel.Unit, RecapLevel.Kecamatan, RecapLevel.Kabupaten, RecapLevel.National })
            {
                var options = RecapOptions.Default with { FinestLevel = finest };
                Assert.Equal(RecapCalculator.Build(Rows, Budget, policy, options).Value, RecapCalculator.Build(source, policy, options));
            }
        }
    }

    [Fact]
    public void Create_ScatteredUnits_LaysThemOutByKecamatan()
    {
        // KRG's unit between two of BBS's, and one unit's rows split by another's.
        var scattered = new[] { Rows[0], Rows[8], Rows[6], Rows[1], Rows[9], Rows[7], Rows[2], Rows[3], Rows[4], Rows[5], Rows[10], Rows[11], Rows[12] };
        var source = RecapSource.Create(scattered, Budget).Value;

        Assert.Equal(RecapCalculator.Build(Rows, Budget, RecapPolicy.Default).Value, RecapCalculator.Build(source, RecapPolicy.Default));
        Assert.Equal(RecapCalculator.Build(Rows, Budget, RecapPolicy.Default).Value, RecapCalculator.Build(source, RecapPolicy.Default, RecapOptions.Default with { MaxDegreeOfParallelism = 2 }, minRowsPerWorker: 1));
    }

    [Fact]
    public void Create_BadRows_ReportsWhatTheRecapReports()
    {
        IndicatorMeasurement[] rows =
        [
            Row("BBS", "PEM", "IK1", 1, 10m, 8m),
            Row("BBS", "PEM", "IK1", 1, 10m, 9m),
            Row("BBS", "PEM", "IK1", 2, -1m, 9m),
            Row("BBS", "PEM", "IK1", 3, 10m, 9m, Polarity.Negative),
            null!,
        ];
        BudgetMeasurement[] budget = [Budget[0], Budget[0]];

        var source = RecapSource.Create(rows, budget);
        var recap = RecapCalculator.Build(rows, budget, RecapPolicy.Default);

        Assert.False(source.IsValid);
        Assert.Equal(
            new[]
            {
                (ProblemCodes.Duplicate, "indicators[1].triwulan"), (ProblemCodes.TargetNegative, "indicators[2].targetLower"),
                (ProblemCodes.Duplicate, "indicators[3].indicator"), (ProblemCodes.Required, "indicators[4]"), (ProblemCodes.Duplicate, "budget[1].program"),
            },
            source.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal(recap.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)), source.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
    }

    [Fact]
    public void Create_AndBuild_RefuseNull()
    {
        Assert.Equal("indicators", Assert.Throws<ArgumentNullException>(() => RecapSource.Create(null!, [])).ParamName);
        Assert.Equal("budget", Assert.Throws<ArgumentNullException>(() => RecapSource.Create([], null!)).ParamName);
        var source = RecapSource.Create([], []).Value;
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => RecapCalculator.Build(null!, RecapPolicy.Default)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => RecapCalculator.Build(source, null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => RecapCalculator.Build(source, RecapPolicy.Default, null!)).ParamName);
    }

    [Fact]
    public void Build_OfAnEmptySource_EqualsTheRecapOfNoRows()
    {
        var source = RecapSource.Create([], []).Value;
        Assert.Equal((0, 0, 0, 0), (source.MeasurementCount, source.IndicatorCount, source.UnitCount, source.KecamatanCount));
        Assert.Equal(RecapCalculator.Build([], [], RecapPolicy.Default).Value, RecapCalculator.Build(source, RecapPolicy.Default));
    }

    [Fact]
    public void Build_AKecamatanOfMoreIndicatorsThanTheLanesHold_EqualsTheRecapOfEveryLevel()
    {
        // 5,000 indicators in one kecamatan: the lanes that add a kecamatan's figures are emptied every 4,096.
        var rows = new List<IndicatorMeasurement>();
        for (var u = 0; u < 5; u++)
        {
            for (var i = 0; i < 1000; i++)
            {
                for (var q = 1; q <= 4; q++)
                {
                    var target = 10m + (i % 7);
                    rows.Add(new IndicatorMeasurement("3303", "BBS", "U" + u, "S1", "IK" + i, (Polarity)(i % 3), (AggregationMethod)(i % 5), q, target, target, target * (60 + ((i * 7) + q) % 50) / 100m));
                }
            }
        }

        var everyLevel = RecapCalculator.Build(rows, [], RecapPolicy.Default).Value;
        var national = RecapCalculator.Build(RecapSource.Create(rows, []).Value, RecapPolicy.Default, RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan });

        Assert.Equal(
            everyLevel.Rows.Where(r => r.Key.Level >= RecapLevel.Kecamatan).Select(r => (r.Key, r.Period, r.Figures)),
            national.Rows.Select(r => (r.Key, r.Period, r.Figures)));
        Assert.Equal(5000, national.Find(new RecapKey(RecapLevel.Kecamatan, "3303", "BBS"), RecapPeriod.All[0])!.IndicatorCount);
    }
}
