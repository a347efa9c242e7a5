using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;
using static Kinerja.Core.Tests.Recap.RecapCalculatorTests;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// What the recap-calculator Stryker run of 7 December 2026 left in <see cref="RecapCalculator"/>, its worker and
/// <see cref="UnitRuns"/>: the arguments, null rows wherever they stand (scattered input included), the paths and
/// order of the rows' problems, units with more sasaran or indicators than the working arrays first hold, and a
/// guarded run of columns with figures on a band's bound (docs/mutation.md, "recap-calculator").
/// </summary>
public class RecapCalculatorSurvivorTests
{
    private static readonly RecapOptions Units = RecapOptions.Default with { FinestLevel = RecapLevel.Unit };

    private static readonly RecapOptions National = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan };

    [Fact]
    public void Build_FromRows_NamesTheNullArgument()
    {
        IndicatorMeasurement[] rows = [Row("BBS", "PEM", "IK1", 1, 10m, 8m)];
        Assert.Equal("indicators", Assert.Throws<ArgumentNullException>(() => RecapCalculator.Build(null!, [], RecapPolicy.Default)).ParamName);
        Assert.Equal("budget", Assert.Throws<ArgumentNullException>(() => RecapCalculator.Build(rows, null!, RecapPolicy.Default)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => RecapCalculator.Build(rows, [], null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => RecapCalculator.Build(rows, [], RecapPolicy.Default, null!)).ParamName);
    }

    [Fact]
    public void Build_ANullBudgetRow_AndAProgramTwice_AreProblemsOfTheBudget()
    {
        var result = RecapCalculator.Build(
            [Row("BBS", "PEM", "IK1", 1, 10m, 8m)],
            [null!, new BudgetMeasurement("3303", "BBS", "PEM", "P1", 100m, 10m, null, null, null), new BudgetMeasurement("3303", "BBS", "PEM", "P1", 50m, null, null, null, null)],
            RecapPolicy.Default);

        Assert.Equal([(ProblemCodes.Required, "budget[0]"), (ProblemCodes.Duplicate, "budget[2].program")], result.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal("budget[2].program: value 'P1' is already used at budget.", result.Problems[1].GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Build_ARowsProblems_ComeInTheOrderTheyWereFound_WithTheirPaths()
    {
        var result = RecapCalculator.Build(
            [
                Row("BBS", "PEM", "IK1", 1, 10m, 8m),
                Row("BBS", "PEM", "IK1", 2, -20m, -22m),
                Row("BBS", "PEM", "IK1", 3, 30m, 31m, Polarity.Negative),
            ],
            [],
            RecapPolicy.Default);

        Assert.Equal(
            [
                (ProblemCodes.TargetNegative, "indicators[1].targetLower"),
                (ProblemCodes.RealisasiNegative, "indicators[1].realisasi"),
                (ProblemCodes.Duplicate, "indicators[2].indicator"),
            ],
            result.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal(
            "indicators[2].indicator: value 'IK1' is already used at polarity, aggregation and sasaran of indicators[0].",
            result.Problems[2].GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Build_NullRows_AreEachMissing_AtTheStart_InAUnit_AndInScatteredRows()
    {
        // At the start of the input; inside a unit's run; and in rows whose unit comes back after another (ordered by unit first).
        IndicatorMeasurement[] inOrder = [null!, Row("BBS", "PEM", "IK1", 1, 10m, 8m), null!, Row("BBS", "PEM", "IK1", 2, 20m, 22m)];
        IndicatorMeasurement[] scattered = [null!, Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "TRA", "IK1", 1, 10m, 8m), null!, Row("BBS", "PEM", "IK2", 1, 10m, 8m)];

        foreach (var (rows, missing) in new[] { (inOrder, new[] { "indicators[0]", "indicators[2]" }), (scattered, new[] { "indicators[0]", "indicators[3]" }) })
        {
            var table = RecapCalculator.Build(rows, [], RecapPolicy.Default);
            Assert.Equal(missing, table.Problems.Select(p => p.Path));
            Assert.All(table.Problems, p => Assert.Equal(ProblemCodes.Required, p.Code));

            var source = RecapSource.Create(rows, []);
            Assert.Equal(missing, source.Problems.Select(p => p.Path));
        }
    }

    [Fact]
    public void Build_AUnitOfSixSasaran_RecapsEachSasaran_FromRowsAndFromASource()
    {
        var rows = Enumerable.Range(1, 6).SelectMany(s => new[]
        {
            Row("BBS", "PEM", "IK" + s, 1, 10m, 5m + s, sasaran: "S" + s),
            Row("BBS", "PEM", "IK" + s, 2, 10m, 6m + s, sasaran: "S" + s),
        }).ToArray();

        var table = RecapCalculator.Build(rows, [], RecapPolicy.Default).Value;
        var source = RecapSource.Create(rows, []).Value;
        Assert.Equal(table, RecapCalculator.Build(source, RecapPolicy.Default));
        for (var s = 1; s <= 6; s++)
        {
            var figures = table.Find(new RecapKey(RecapLevel.Sasaran, "3303", "BBS", "PEM", "S" + s), new RecapPeriod(Triwulan.II, true))!;
            Assert.Equal(1, figures.IndicatorCount);
            Assert.Equal((11m + (2 * s)) / 20m * 100m, figures.Average);
        }

        // Down to the unit, a source's indicators add up without their sasaran.
        Assert.Equal(RecapCalculator.Build(rows, [], RecapPolicy.Default, Units).Value, RecapCalculator.Build(source, RecapPolicy.Default, Units));
    }

#if !KINERJA_NETSTANDARD_ASSET
    [Fact]
    public void Build_AUnitOfMoreIndicatorsThanTheLanesHold_EqualsTheScalarWay()
    {
        // Every figure 500,000 % (5 × 10¹⁴ quanta, uncapped): more than 18,446 of them overflow a 64-bit lane, so the lanes
        // must be added up and emptied every LaneTally.Capacity indicators.
        var count = (5 * LaneTally.Capacity) + 100;
        var rows = Enumerable.Range(0, count)
            .Select(i => Row("BBS", "PEM", "IK" + i, 1, 1m, 5000m))
            .ToArray();

        RecapTable scalar;
        using (RecapPaths.Force(RecapPath.Scalar))
        {
            scalar = RecapCalculator.Build(rows, [], RecapPolicy.Default, Units).Value;
        }

        using (RecapPaths.Force(RecapPath.Vector))
        {
            Assert.Equal(scalar, RecapCalculator.Build(rows, [], RecapPolicy.Default, Units).Value);
        }

        var first = scalar.Find(new RecapKey(RecapLevel.Unit, "3303", "BBS", "PEM"), new RecapPeriod(Triwulan.I, false))!;
        Assert.Equal((count, 500_000m), (first.Computed, first.Average));
    }
#endif

    [Fact]
    public void Build_FromASource_ARunWithMeansOfThreeOnABound_CountsEachFigureOnce_OnEveryPath()
    {
        // Means of three quarters (cumulative TW III of an average) among plain figures, their sums not divisible by three
        // (a guarded run). Four of them are exactly 90.995 % (273.89495 / 301), the mark below Sangat Tinggi (a printed
        // 91,00), so the columns leave them, at positions 1, 4, 7 and 10 of their run, to the decimal way.
        var rows = Enumerable.Range(0, 12).SelectMany(i => Enumerable.Range(1, 3).Select(q =>
            Row("BBS", "PEM", "IK" + i, q, q == 3 ? 101m : 100m, i % 3 == 1 ? (q == 3 ? 91.89495m : 91m) : 70m + i + q, method: AggregationMethod.Average))).ToArray();
        var source = RecapSource.Create(rows, []).Value;
        var expected = RecapCalculator.Build(rows, [], RecapPolicy.Default, National).Value;

        foreach (var path in new[] { RecapPath.Vector, RecapPath.Scalar, RecapPath.Decimal })
        {
            using (RecapPaths.Force(path))
            {
                var table = RecapCalculator.Build(source, RecapPolicy.Default, National);
                Assert.Equal(expected, table);
                Assert.Equal(12, table.Find(new RecapKey(RecapLevel.Kecamatan, "3303", "BBS"), new RecapPeriod(Triwulan.III, true))!.Computed);
            }
        }
    }

    [Fact]
    public void Build_InParts_AUnitScatteredAcrossThePartsInALaterKecamatan_IsRecappedOnce()
    {
        // Two parts cut at a unit boundary; unit UMU of kecamatan KRG (the first part's second kecamatan) has rows in both.
        IndicatorMeasurement[] rows =
        [
            Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "PEM", "IK1", 2, 10m, 9m),
            Row("KRG", "UMU", "IK1", 1, 10m, 7m), Row("KRG", "UMU", "IK1", 2, 10m, 6m),
            Row("KRG", "UMU", "IK2", 1, 10m, 5m), Row("KRG", "KES", "IK1", 1, 10m, 4m),
            Row("KRG", "UMU", "IK3", 1, 10m, 3m), Row("BBS", "TRA", "IK1", 1, 10m, 2m),
        ];

        var two = OnOneAndTwoThreads(rows);
        Assert.Equal(3, two.Find(new RecapKey(RecapLevel.Unit, "3303", "KRG", "UMU"), new RecapPeriod(Triwulan.I, false))!.IndicatorCount);
    }

    [Fact]
    public void Build_InParts_AnIndicatorWhoseQuartersStandInBothParts_IsOneIndicator()
    {
        // Unit UMU's IK1 has TW I in the first part and TW II in the second: without the check of units across parts
        // (with the first part of each kecamatan not recorded, by hand) it counts as two indicators of one quarter each.
        IndicatorMeasurement[] rows =
        [
            Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "PEM", "IK1", 2, 10m, 9m),
            Row("KRG", "UMU", "IK1", 1, 10m, 7m), Row("KRG", "UMU", "IK2", 1, 10m, 6m),
            Row("KRG", "UMU", "IK2", 2, 10m, 5m), Row("KRG", "KES", "IK1", 1, 10m, 4m),
            Row("KRG", "UMU", "IK1", 2, 10m, 3m), Row("BBS", "TRA", "IK1", 1, 10m, 2m),
        ];

        var two = OnOneAndTwoThreads(rows);
        var umu = two.Find(new RecapKey(RecapLevel.Unit, "3303", "KRG", "UMU"), new RecapPeriod(Triwulan.II, true))!;
        Assert.Equal((2, 2), (umu.IndicatorCount, umu.Computed));
        Assert.Equal(((7m + 3m) / 20m * 100m + (6m + 5m) / 20m * 100m) / 2m, umu.Average);
    }

    [Fact]
    public void Build_AQuarterGivenThreeTimes_NamesTheFirstRowInEachDuplicate()
    {
        // Mutant UnitRuns.cs:239 (a duplicate row goes on to be checked and put in the slot): the third row would
        // then be named a duplicate of the second, and the second's negative realisasi reported as well.
        var result = RecapCalculator.Build(
            [Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "PEM", "IK1", 1, 10m, -9m), Row("BBS", "PEM", "IK1", 1, 10m, 7m)],
            [],
            RecapPolicy.Default);

        Assert.Equal(
            [(ProblemCodes.Duplicate, "indicators[1].triwulan", "indicators[0]"), (ProblemCodes.Duplicate, "indicators[2].triwulan", "indicators[0]")],
            result.Problems.Select(p => (p.Code, p.Path, p.Arguments[^1])));
    }

    [Fact]
    public void Build_IndicatorsOfOneUnit_WithOtherPolarities_AreEachCheckedAgainstTheirOwnRowsOnly()
    {
        // Mutant UnitRuns.cs:257 (the rows compared from slot id / 4): the second to fourth indicators of a unit would be
        // compared with the first indicator's rows, and their other polarity or method refused.
        IndicatorMeasurement[] rows =
        [
            Row("BBS", "PEM", "IK1", 1, 10m, 8m),
            Row("BBS", "PEM", "IK2", 1, 10m, 8m, Polarity.Negative), Row("BBS", "PEM", "IK2", 2, 10m, 9m, Polarity.Negative),
            Row("BBS", "PEM", "IK3", 1, 10m, 8m, method: AggregationMethod.LastValue), Row("BBS", "PEM", "IK3", 2, 10m, 9m, method: AggregationMethod.LastValue),
        ];

        var table = RecapCalculator.Build(rows, [], RecapPolicy.Default);
        Assert.Empty(table.Problems);
        Assert.Equal(3, table.Value.Find(new RecapKey(RecapLevel.Unit, "3303", "BBS", "PEM"), new RecapPeriod(Triwulan.I, false))!.Computed);
        Assert.Empty(RecapSource.Create(rows, []).Problems);
    }

    [Fact]
    public void Build_DownToTheKecamatan_KeepsNoProgram()
    {
        // Mutant RecapCalculator.cs:289 (a program ranked by its own number, above the national level): programs
        // would be kept at every finest level.
        BudgetMeasurement[] budget = [new("3303", "BBS", "PEM", "P1", 100m, 10m, null, null, null)];
        IndicatorMeasurement[] rows = [Row("BBS", "PEM", "IK1", 1, 10m, 8m)];
        var program = new RecapKey(RecapLevel.Program, "3303", "BBS", "PEM", "P1");

        foreach (var level in new[] { RecapLevel.Unit, RecapLevel.Kecamatan, RecapLevel.Kabupaten, RecapLevel.National })
        {
            var table = RecapCalculator.Build(rows, budget, RecapPolicy.Default, RecapOptions.Default with { FinestLevel = level }).Value;
            Assert.Null(table.FindBudget(program, new RecapPeriod(Triwulan.I, false)));
            Assert.DoesNotContain(table.BudgetRows, r => r.Key.Level == RecapLevel.Program);
        }

        var all = RecapCalculator.Build(rows, budget, RecapPolicy.Default, RecapOptions.Default with { FinestLevel = RecapLevel.Sasaran }).Value;
        Assert.Equal(100m, all.FindBudget(program, new RecapPeriod(Triwulan.I, false))!.Pagu);
    }

    [Fact]
    public void Build_OfNoRows_HasNoNationalRow()
    {
        // Mutant RecapCalculator.cs:523 (the national group opened without any kecamatan): a recap of nothing has no rows.
        var table = RecapCalculator.Build([], [], RecapPolicy.Default).Value;
        Assert.Empty(table.Rows);
        Assert.Null(table.Find(new RecapKey(RecapLevel.National), new RecapPeriod(Triwulan.I, false)));
        Assert.Empty(RecapCalculator.Build(RecapSource.Create([], []).Value, RecapPolicy.Default).Rows);
    }

#if !KINERJA_NETSTANDARD_ASSET
    [Fact]
    public void Build_DownToTheSasaran_OnTheVectorPath_CountsEachSasaran()
    {
        // Mutants RecapCalculator.Worker.cs:252 (`||` for `&&`, `keepSasaran` for `!keepSasaran`): the unit's lanes
        // would take the figures before their sasaran are counted, leaving the sasaran groups empty.
        IndicatorMeasurement[] rows =
        [
            Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "PEM", "IK2", 1, 10m, 9m, sasaran: "S2"), Row("BBS", "PEM", "IK3", 1, 10m, 11m, sasaran: "S2"),
        ];
        var sasaran = RecapOptions.Default with { FinestLevel = RecapLevel.Sasaran };
        RecapTable expected;
        using (RecapPaths.Force(RecapPath.Decimal))
        {
            expected = RecapCalculator.Build(rows, [], RecapPolicy.Default, sasaran).Value;
        }

        using (RecapPaths.Force(RecapPath.Vector))
        {
            var table = RecapCalculator.Build(rows, [], RecapPolicy.Default, sasaran).Value;
            Assert.Equal(expected, table);
            Assert.Equal(2, table.Find(new RecapKey(RecapLevel.Sasaran, "3303", "BBS", "PEM", "S2"), new RecapPeriod(Triwulan.I, false))!.Computed);
            Assert.Equal(1, table.Find(new RecapKey(RecapLevel.Sasaran, "3303", "BBS", "PEM", "S1"), new RecapPeriod(Triwulan.I, false))!.Computed);
        }
    }

    [Fact]
    public void Build_FromASource_ACumulativeRunExactlyOnABound_IsNotGuarded_OnTheVectorPath()
    {
        // Mutant RecapCalculator.Worker.cs:166 (`flags | Guarded`: every run in lanes guarded): a plain cumulative sum of
        // exactly 66 % (16 + 17 of 25 + 25), the lowest figure of Sedang on the Permendagri 86 scale taken exactly, would be
        // left to the decimal way for a mean of three, (33 / 3) × 100 / (50 / 3), which rounds to just below 66 %
        // (65.999...9 at the 26th decimal), and be counted in Rendah.
        var rows = Enumerable.Range(0, 8).SelectMany(i => new[]
        {
            Row("BBS", "PEM", "IK" + i, 1, i == 3 ? 25m : 100m, i == 3 ? 16m : 80m + i),
            Row("BBS", "PEM", "IK" + i, 2, i == 3 ? 25m : 100m, i == 3 ? 17m : 81m + i),
        }).ToArray();
        var exact = RecapPolicy.Default with { Scale = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) };
        Assert.True(33m / 3 * 100m / (50m / 3) < 66m);
        var source = RecapSource.Create(rows, []).Value;
        var expected = RecapCalculator.Build(rows, [], exact, National).Value;

        foreach (var path in new[] { RecapPath.Vector, RecapPath.Scalar, RecapPath.Decimal })
        {
            using (RecapPaths.Force(path))
            {
                var table = RecapCalculator.Build(source, exact, National);
                Assert.Equal(expected, table);
                var figures = table.Find(new RecapKey(RecapLevel.Kecamatan, "3303", "BBS"), new RecapPeriod(Triwulan.II, true))!;
                Assert.Equal(0, figures.Categories[CategoryScales.Permendagri86.BandIndex(65m)]);
                Assert.Equal(1, figures.Categories[CategoryScales.Permendagri86.BandIndex(66m)]);
            }
        }
    }
#endif

    /// <summary>The rows' recap in two parts (a part per row allowed), checked to equal the recap on one thread.</summary>
    private static RecapTable OnOneAndTwoThreads(IndicatorMeasurement[] rows)
    {
        var one = RecapCalculator.Build(rows, [], RecapPolicy.Default, RecapOptions.Default with { MaxDegreeOfParallelism = 1 }, minRowsPerWorker: 1).Value;
        var two = RecapCalculator.Build(rows, [], RecapPolicy.Default, RecapOptions.Default with { MaxDegreeOfParallelism = 2 }, minRowsPerWorker: 1).Value;
        Assert.Equal(one, two);
        return two;
    }

    [Fact]
    public void RecapStore_AGroupOutOfRange_IsNamed()
    {
        var store = new RecapStore(5);
        store.Add(new RecapKey(RecapLevel.National));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => store.SlotOf(1));
        Assert.Equal("group", e.ParamName);
        Assert.StartsWith("Value should be in range [0-0].", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => store.KeyAt(-1));
    }
}
