using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;
using static Kinerja.Core.Tests.Recap.RecapCalculatorTests;

namespace Kinerja.Core.Tests.Recap;

public class RecapSourceBuilderTests
{
    private static readonly IndicatorMeasurement[] Rows =
    [
        Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "PEM", "IK1", 2, 20m, 22m), Row("BBS", "PEM", "IK1", 3, 30m, 31m), Row("BBS", "PEM", "IK1", 4, 40m, 35m),
        Row("BBS", "PEM", "IK2", 1, 5m, 6m, Polarity.Negative, AggregationMethod.LastValue), Row("BBS", "PEM", "IK2", 2, 5m, null, Polarity.Negative, AggregationMethod.LastValue),
        Row("BBS", "TRA", "IK3", 1, 0m, 3m, sasaran: "S2"), Row("BBS", "TRA", "IK3", 2, null, 3m, sasaran: "S2"),
        Row("KRG", "PEM", "IK1", 1, 100m, 45m, sasaran: "S2"),
        Row("KRG", "PEM", "IK4", 1, 1e20m, 1e20m, method: AggregationMethod.Average),
        Row("KRG", "PEM", "IK5", 1, 10m, 11m, method: AggregationMethod.Average), Row("KRG", "PEM", "IK5", 2, 10m, 12m, method: AggregationMethod.Average), Row("KRG", "PEM", "IK5", 3, 11m, 11m, method: AggregationMethod.Average),
        new("3303", "KRG", "PEM", "S1", "IK6", Polarity.KeepStable, AggregationMethod.LastValue, 1, 10m, 12m, 11m),
    ];

    private static readonly BudgetMeasurement[] Budget =
    [
        new("3303", "BBS", "PEM", "P1", 400m, 100m, 50m, null, null),
        new("3303", "BBS", "TRA", "P2", 100m, 10m, 40m, 25m, 25m),
    ];

    private static RecapSourceBuilder Builder(IEnumerable<IndicatorMeasurement> rows, IEnumerable<BudgetMeasurement> budget, int maxProblems = int.MaxValue, bool scattered = false)
    {
        var builder = scattered ? RecapSourceBuilder.ForScatteredUnits(maxProblems) : new RecapSourceBuilder(maxProblems);
        foreach (var r in rows)
        {
            // New strings each time: the builder interns them.
            builder.Add(new string(r.KabupatenCode), new string(r.KecamatanCode), new string(r.UnitCode), new string(r.SasaranId), new string(r.IndicatorId), r.Polarity, r.Aggregation, r.Triwulan, r.TargetLower, r.TargetUpper, r.Realisasi);
        }

        foreach (var b in budget)
        {
            builder.AddBudget(b);
        }

        return builder;
    }

    /// <summary>Units together into a builder, or the rows sorted by quarter (every unit comes back) into one for scattered units.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_GivesTheSourceCreateGives(bool sortedByQuarter)
    {
        var rows = sortedByQuarter ? Rows.OrderBy(r => r.Triwulan).ToArray() : Rows;
        var builder = Builder(rows, Budget, scattered: sortedByQuarter);
        var built = builder.Build();
        var created = RecapSource.Create(rows, Budget).Value;

        Assert.False(builder.HasScatteredUnit);
        Assert.True(built.IsValid);
        Assert.Equal(created.ToString(), built.Value.ToString());
        foreach (var finest in new[] { RecapLevel.Indicator, RecapLevel.Sasaran, RecapLevel.Unit, RecapLevel.Kecamatan, RecapLevel.National })
        {
            var options = RecapOptions.Default with { FinestLevel = finest };
            Assert.Equal(RecapCalculator.Build(created, RecapPolicy.Default, options), RecapCalculator.Build(built.Value, RecapPolicy.Default, options));
            Assert.Equal(RecapCalculator.Build(Rows, Budget, RecapPolicy.Default, options).Value, RecapCalculator.Build(built.Value, RecapPolicy.Default, options));
        }
    }

    [Fact]
    public void Build_BadRows_ReportsTheProblemsCreateReports()
    {
        IndicatorMeasurement[] bad =
        [
            Row("BBS", "PEM", "IK1", 1, 10m, -8m),
            Row("BBS", "PEM", "IK1", 1, 10m, 8m),
            Row("BBS", "PEM", "IK2", 1, -1m, 8m),
            Row("BBS", "PEM", "IK2", 2, 1m, 8m, Polarity.Negative),
            Row("BBS", "TRA", "IK1", 1, 10m, 8m),
            Row("BBS", "TRA", "IK1", 2, 10m, 8m, method: AggregationMethod.Average),
        ];

        var built = Builder(bad, []).Build();
        var created = RecapSource.Create(bad, []);

        Assert.False(built.IsValid);
        Assert.Equal(created.Problems, built.Problems);
    }

    [Fact]
    public void Add_QuarterOrTargetBoundsWrong_IsAProblemNotAnException()
    {
        var builder = new RecapSourceBuilder();
        builder.Add("K", "C", "U", "S", "I", Polarity.Positive, AggregationMethod.LastValue, 5, 1m, 1m, 1m);
        builder.Add("K", "C", "U", "S", "I", Polarity.Positive, AggregationMethod.LastValue, 1, 1m, null, 1m);
        builder.Add("K", "C", "U", "S", "I", Polarity.Positive, AggregationMethod.LastValue, 2, 3m, 2m, 1m);

        var result = builder.Build();

        Assert.Equal(
            [(ProblemCodes.TriwulanOutOfRange, "indicators[0].triwulan", "5"), (ProblemCodes.Required, "indicators[1].targetUpper", null), (ProblemCodes.TargetRangeUnordered, "indicators[2].targetUpper", "2")],
            result.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)).ToArray());
    }

    [Fact]
    public void Add_ARowRefusedForItsQuarterOrBounds_HasItsOwnValuesCheckedInTheSamePass()
    {
        var builder = new RecapSourceBuilder();
        builder.Add("K", "C", "U", "S", "I", Polarity.Positive, AggregationMethod.LastValue, 5, 1m, 1m, -1m);
        builder.Add("K", "C", "U", "S", "I", Polarity.Positive, AggregationMethod.LastValue, 1, -2m, null, 1m);
        builder.Add("K", "C", "U", "S", "I", (Polarity)99, AggregationMethod.LastValue, 2, 3m, 2m, 1m);

        var result = builder.Build();

        Assert.Equal(
            [
                (ProblemCodes.TriwulanOutOfRange, "indicators[0].triwulan", "5"), (ProblemCodes.RealisasiNegative, "indicators[0].realisasi", "-1"),
                (ProblemCodes.Required, "indicators[1].targetUpper", null), (ProblemCodes.TargetNegative, "indicators[1].targetLower", "-2"),
                (ProblemCodes.TargetRangeUnordered, "indicators[2].targetUpper", "2"), (ProblemCodes.OutOfRange, "indicators[2].polarity", "99"),
            ],
            result.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)).ToArray());
    }

    [Fact]
    public void Add_AUnitComesBackAfterAnother_HasItsOwnValuesCheckedToo()
    {
        var builder = new RecapSourceBuilder();
        builder.Add("K", "C", "U1", "S", "I", Polarity.Positive, AggregationMethod.LastValue, 1, 1m, 1m, 1m);
        builder.Add("K", "C", "U2", "S", "I", Polarity.Positive, AggregationMethod.LastValue, 1, 1m, 1m, 1m);
        builder.Add("K", "C", "U1", "S", "I2", Polarity.Positive, AggregationMethod.LastValue, 1, 1m, 1m, -3m);

        var result = builder.Build();

        Assert.Equal(
            [(ProblemCodes.Duplicate, "indicators[2].unit", "U1"), (ProblemCodes.RealisasiNegative, "indicators[2].realisasi", "-3")],
            result.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)).ToArray());
    }

    [Fact]
    public void Add_AUnitComesBackAfterAnother_IsADuplicateNamingItsFirstRow()
    {
        var builder = Builder([Rows[0], Rows[6], Rows[1]], []);

        var result = builder.Build();

        Assert.True(builder.HasScatteredUnit);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.Duplicate, "indicators[2].unit", "PEM"), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Contains("indicators[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForScatteredUnits_BadRowsScattered_ReportsWhatCreateReports_TheFirstListedAndAllCounted()
    {
        IndicatorMeasurement[] bad =
        [
            Row("BBS", "PEM", "IK1", 1, 10m, -8m),
            Row("BBS", "TRA", "IK1", 1, 10m, 8m),
            Row("BBS", "PEM", "IK1", 1, 10m, 8m),
            Row("BBS", "TRA", "IK1", 2, 10m, 8m, method: AggregationMethod.Average),
            Row("BBS", "PEM", "IK2", 1, -1m, 8m),
        ];

        var created = RecapSource.Create(bad, []);
        var all = Builder(bad, [], scattered: true).Build();
        var capped = Builder(bad, [], maxProblems: 2, scattered: true);
        var first = capped.Build();

        Assert.False(all.IsValid);
        Assert.Equal(created.Problems, all.Problems);
        Assert.Equal(created.Problems.Take(2), first.Problems);
        Assert.Equal(created.Problems.Count, capped.ProblemCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => RecapSourceBuilder.ForScatteredUnits(0));
    }

    [Fact]
    public void ForScatteredUnits_FiguresAndRulesAsGiven_AreCheckedAndLaidOutAsCreateDoes()
    {
        // Figures are kept packed until the build: a negative zero, trailing zeros, the largest decimal, mantissas past
        // 63 bits, and negatives with decimals (named as given).
        IndicatorMeasurement[] good =
        [
            Row("BBS", "PEM", "IK1", 1, 12.3400m, -0.0m),
            Row("BBS", "TRA", "IK1", 1, decimal.MaxValue, 79228162514264337593543950.335m),
            Row("BBS", "PEM", "IK1", 2, 10.50m, 5.250m),
            Row("BBS", "TRA", "IK1", 2, 9_300_000_000_000_000_000.5m, 0.000001m),
        ];
        IndicatorMeasurement[] bad = [.. good, Row("BBS", "PEM", "IK1", 3, 10m, -5.25m), Row("BBS", "TRA", "IK1", 3, -0.10m, 1m)];

        var built = Builder(good, [], scattered: true).Build();
        Assert.True(built.IsValid, string.Join("; ", built.Problems));
        var options = RecapOptions.Default with { FinestLevel = RecapLevel.Indicator };
        Assert.Equal(RecapCalculator.Build(good, [], RecapPolicy.Default, options).Value, RecapCalculator.Build(built.Value, RecapPolicy.Default, options));

        var refused = Builder(bad, [], scattered: true).Build();
        Assert.Equal(RecapSource.Create(bad, []).Problems, refused.Problems);
        Assert.Equal(["-5.25", "-0.10"], refused.Problems.Select(p => p.AttemptedValue));

        // A polarity and a method outside their enums are named as they came, as the builder of units together names them.
        var together = new RecapSourceBuilder();
        var scattered = RecapSourceBuilder.ForScatteredUnits(int.MaxValue);
        foreach (var builder in new[] { together, scattered })
        {
            builder.Add("3303", "BBS", "PEM", "S1", "IK1", (Polarity)300, AggregationMethod.CumulativeSum, 1, 1m, 1m, 1m);
            builder.Add("3303", "BBS", "PEM", "S1", "IK2", Polarity.Positive, (AggregationMethod)(-7), 1, 1m, 1m, 1m);
        }

        var named = scattered.Build().Problems;
        Assert.Equal(together.Build().Problems, named);
        Assert.Equal(["300", "-7"], named.Select(p => p.AttemptedValue));
    }

    [Fact]
    public void Build_ManyProblems_ListsTheFirstAndCountsAll()
    {
        var rows = Enumerable.Range(0, 50).Select(i => Row("BBS", "U" + i, "IK1", 1, 10m, -1m)).ToArray();

        var builder = Builder(rows, [], maxProblems: 10);
        var result = builder.Build();

        Assert.Equal(10, result.Problems.Count);
        Assert.Equal(50, builder.ProblemCount);
        Assert.Equal(RecapSource.Create(rows, []).Problems.Take(10), result.Problems);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1_000)]
    [InlineData(5, 3)]
    [InlineData(9, 100_000)]
    [InlineData(14, 14)]
    public void EnsureCapacity_AnyHintAtAnyRow_GivesTheSameSource(int after, int rows)
    {
        var builder = new RecapSourceBuilder();
        for (var i = 0; i < Rows.Length; i++)
        {
            if (i == after)
            {
                builder.EnsureCapacity(rows);
            }

            var r = Rows[i];
            builder.Add(r.KabupatenCode, r.KecamatanCode, r.UnitCode, r.SasaranId, r.IndicatorId, r.Polarity, r.Aggregation, r.Triwulan, r.TargetLower, r.TargetUpper, r.Realisasi);
        }

        if (after == Rows.Length)
        {
            builder.EnsureCapacity(rows);
        }

        var built = builder.Build().Value;
        var created = RecapSource.Create(Rows, []).Value;
        Assert.Equal(created.ToString(), built.ToString());
        var options = RecapOptions.Default with { FinestLevel = RecapLevel.Indicator };
        Assert.Equal(RecapCalculator.Build(created, RecapPolicy.Default, options), RecapCalculator.Build(built, RecapPolicy.Default, options));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecapSourceBuilder().EnsureCapacity(-1));
        Assert.Throws<InvalidOperationException>(() => builder.EnsureCapacity(10));
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        var builder = Builder(Rows, Budget);
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Throws<InvalidOperationException>(() => builder.AddBudget(Budget[0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecapSourceBuilder(0));
    }
}
