using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Recap;

public class RecapCalculatorTests
{
    /// <summary>A row of kabupaten 3303 with a single-value target (the recap tests' shorthand).</summary>
    internal static IndicatorMeasurement Row(string kec, string unit, string indicator, int q, decimal? t, decimal? r, Polarity polarity = Polarity.Positive, AggregationMethod method = AggregationMethod.CumulativeSum, string sasaran = "S1") =>
        new("3303", kec, unit, sasaran, indicator, polarity, method, q, t, t, r);

    private static readonly IndicatorMeasurement[] Rows =
    [
        Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "PEM", "IK1", 2, 20m, 22m), Row("BBS", "PEM", "IK1", 3, 30m, 31m), Row("BBS", "PEM", "IK1", 4, 40m, 35m),
        Row("BBS", "PEM", "IK2", 1, 5m, 6m, Polarity.Negative, AggregationMethod.LastValue), Row("BBS", "PEM", "IK2", 2, 5m, null, Polarity.Negative, AggregationMethod.LastValue),
        Row("BBS", "TRA", "IK3", 1, 0m, 3m), Row("BBS", "TRA", "IK3", 2, null, 3m),
        Row("KRG", "PEM", "IK1", 1, 100m, 45m, sasaran: "S2"),
    ];

    private static readonly BudgetMeasurement[] Budget =
    [
        new("3303", "BBS", "PEM", "P1", 400m, 100m, 50m, null, null),
        new("3303", "BBS", "TRA", "P2", 100m, 10m, 40m, 25m, 25m),
    ];

    private static RecapPeriod Tw(int q, bool cumulative = false) => new(new Triwulan(q), cumulative);

    [Fact]
    public void Build_ComputesEveryLevelWithCountsAndReasons()
    {
        var recap = RecapCalculator.Build(Rows, Budget, RecapPolicy.Default).Value;

        var ik1 = recap.Find(new RecapKey(RecapLevel.Indicator, "3303", "BBS", "PEM", "IK1"), Tw(2, cumulative: true))!;
        Assert.Equal(100m, ik1.Average);                               // (8 + 22) / (10 + 20)

        var unitTw1 = recap.Find(new RecapKey(RecapLevel.Unit, "3303", "BBS", "PEM"), Tw(1))!;
        Assert.Equal(2, unitTw1.Computed);
        Assert.Equal(80m, unitTw1.Average);                            // IK1 80, IK2 (2×5 − 6)/5 = 80
        Assert.Equal(new[] { 0, 0, 0, 2, 0 }, unitTw1.Categories);     // both 80: Tinggi [76, 91)
        var kec = recap.Find(new RecapKey(RecapLevel.Kecamatan, "3303", "BBS"), Tw(2))!;
        Assert.Equal((3, 1, 1, 0, 1), (kec.IndicatorCount, kec.Computed, kec.NotReported, kec.ZeroTarget, kec.TargetMissing)); // IK1 computed, IK2 not reported, IK3 no TW II target

        var tra = recap.Find(new RecapKey(RecapLevel.Unit, "3303", "BBS", "TRA"), Tw(1))!;
        Assert.Equal((1, 0, 1), (tra.IndicatorCount, tra.Computed, tra.ZeroTarget));
        Assert.Null(tra.Average);

        var national = recap.Find(new RecapKey(RecapLevel.National), Tw(1))!;
        Assert.Equal(4, national.IndicatorCount);
        Assert.Equal(3, national.Computed);                             // 80, 80 and Kecamatan KRG's 45; IK3 has a zero target
        Assert.Equal("68,33", Kinerja.Core.Presentation.CapaianFormat.Format(national.Average!.Value));
    }

    [Fact]
    public void Build_Budget_SerapanOverReportingProgramsAndMissingNotZero()
    {
        var recap = RecapCalculator.Build(Rows, Budget, RecapPolicy.Default).Value;
        var kecTw3 = recap.FindBudget(new RecapKey(RecapLevel.Kecamatan, "3303", "BBS"), Tw(3, cumulative: true))!;
        Assert.Equal((2, 1, 500m, 100m, 75m), (kecTw3.ProgramCount, kecTw3.NotReported, kecTw3.Pagu, kecTw3.ReportedPagu, kecTw3.Realisasi));
        Assert.Equal(75m, kecTw3.Serapan);
        var p1 = recap.FindBudget(new RecapKey(RecapLevel.Program, "3303", "BBS", "PEM", "P1"), Tw(2, cumulative: true))!;
        Assert.Equal(37.5m, p1.Serapan);
    }

    [Fact]
    public void Merge_OfKecamatanRecaps_EqualsTheWholeRecap()
    {
        var whole = RecapCalculator.Build(Rows, Budget, RecapPolicy.Default).Value;
        var bbs = RecapCalculator.Build(Rows.Where(r => r.KecamatanCode == "BBS"), Budget, RecapPolicy.Default).Value;
        var krg = RecapCalculator.Build(Rows.Where(r => r.KecamatanCode == "KRG"), [], RecapPolicy.Default).Value;
        Assert.Equal(whole, bbs.Merge(krg));
        Assert.Equal(whole, krg.Merge(bbs));
    }

    [Fact]
    public void Replace_OneChangedMeasurement_EqualsFullRecomputation()
    {
        var recap = RecapCalculator.Build(Rows, Budget, RecapPolicy.Default).Value;
        var before = Rows.Where(r => r.IndicatorId == "IK2").ToArray();
        var after = before.Select(r => r.Triwulan == 2 ? Row("BBS", "PEM", "IK2", 2, 5m, 4m, Polarity.Negative, AggregationMethod.LastValue) : r).ToArray();
        var updated = recap.Replace(before, after, RecapPolicy.Default).Value;

        var changedRows = Rows.Where(r => r.IndicatorId != "IK2").Concat(after);
        Assert.Equal(RecapCalculator.Build(changedRows, Budget, RecapPolicy.Default).Value, updated);
        Assert.NotEqual(recap, updated);
    }

    [Fact]
    public void Build_BadRows_ReportsEveryProblem()
    {
        IndicatorMeasurement[] rows =
        [
            Row("BBS", "PEM", "IK1", 1, 10m, 8m),
            Row("BBS", "PEM", "IK1", 1, 10m, 9m),
            Row("BBS", "PEM", "IK1", 2, -1m, 9m),
            Row("BBS", "PEM", "IK1", 3, 10m, 9m, Polarity.Negative),
        ];
        var found = RecapCalculator.Build(rows, [], RecapPolicy.Default).Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Equal(
            new[] { (ProblemCodes.Duplicate, "indicators[1].triwulan"), (ProblemCodes.TargetNegative, "indicators[2].targetLower"), (ProblemCodes.Duplicate, "indicators[3].indicator") },
            found);
    }

    [Fact]
    public void AverageCap_CapsOnlyTheAverage()
    {
        IndicatorMeasurement[] rows = [Row("BBS", "PEM", "A", 1, 10m, 20m), Row("BBS", "PEM", "B", 1, 10m, 10m)];
        var recap = RecapCalculator.Build(rows, [], RecapPolicy.Default with { AverageCap = 120m }).Value;
        var unit = recap.Find(new RecapKey(RecapLevel.Unit, "3303", "BBS", "PEM"), Tw(1))!;
        Assert.Equal(110m, unit.Average);                              // (120 + 100) / 2, not (200 + 100) / 2
        Assert.Equal(2, unit.Categories[4]);                           // both Sangat Tinggi
    }

    [Fact]
    public void Build_RowOrderAndStringInstances_DoNotChangeTheRecap()
    {
        static string Copy(string s) => new(s.ToCharArray());
        var recap = RecapCalculator.Build(Rows, Budget, RecapPolicy.Default).Value;
        var reversed = Rows.Reverse().Select(r => new IndicatorMeasurement(
            Copy(r.KabupatenCode), Copy(r.KecamatanCode), Copy(r.UnitCode), Copy(r.SasaranId), Copy(r.IndicatorId), r.Polarity, r.Aggregation, r.Triwulan, r.TargetLower, r.TargetUpper, r.Realisasi)).ToArray();
        var interleaved = Rows.Where((_, i) => i % 2 == 0).Concat(Rows.Where((_, i) => i % 2 == 1)).ToArray();

        foreach (var rows in new[] { reversed, interleaved })
        {
            var other = RecapCalculator.Build(rows, Budget, RecapPolicy.Default).Value;
            Assert.Equal(recap, other);
            Assert.Equal(
                recap.Rows.Select(r => (r.Key, r.Period, r.Figures)),
                other.Rows.Select(r => (r.Key, r.Period, r.Figures)));
        }
    }

    [Fact]
    public void Build_DuplicateQuarterAfterOtherIndicators_NamesTheFirstRow()
    {
        var rows = new[]
        {
            Row("BBS", "PEM", "IK1", 1, 10m, 8m),
            Row("KRG", "PEM", "IK1", 1, 10m, 8m),
            Row("BBS", "TRA", "IK1", 1, 10m, 8m),
            Row("BBS", "PEM", "IK1", 2, 10m, 8m),
            Row("BBS", "PEM", "IK1", 1, 10m, 9m),
        };

        var problems = RecapCalculator.Build(rows, [], RecapPolicy.Default).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.Duplicate, "indicators[4].triwulan"), (problem.Code, problem.Path));
        Assert.Equal("indicators[0]", problem.Arguments[0]);
    }

    [Fact]
    public void Merge_WhoseBudgetSumIsBeyondDecimal_IsAnErrorNamingTheGroupAndLeavesBothRecaps()
    {
        // Each recap holds one program of 5 × 10²⁸ Rupiah (a decimal holds up to 7.9 × 10²⁸); their
        // kabupaten's sum is beyond decimal: an error naming the group, not an OverflowException.
        const decimal Huge = 50_000_000_000_000_000_000_000_000_000m;
        var bbs = RecapCalculator.Build(Rows.Where(r => r.KecamatanCode == "BBS"), [new("3303", "BBS", "PEM", "P1", Huge, 1m, null, null, null)], RecapPolicy.Default).Value;
        var krg = RecapCalculator.Build(Rows.Where(r => r.KecamatanCode == "KRG"), [new("3303", "KRG", "PEM", "P1", Huge, 1m, null, null, null)], RecapPolicy.Default).Value;
        var before = (bbs.FindBudget(new RecapKey(RecapLevel.Kabupaten, "3303"), Tw(1)), krg.FindBudget(new RecapKey(RecapLevel.Kabupaten, "3303"), Tw(1)));

        var error = Assert.Throws<ArgumentException>(() => bbs.Merge(krg));

        Assert.Contains("budget of Kabupaten 3303 in TW I", error.Message, StringComparison.Ordinal);
        Assert.Equal("other", error.ParamName);
        Assert.Equal(before, (bbs.FindBudget(new RecapKey(RecapLevel.Kabupaten, "3303"), Tw(1)), krg.FindBudget(new RecapKey(RecapLevel.Kabupaten, "3303"), Tw(1))));
    }

    [Fact]
    public void Build_MeanOfThreeTinyValues_GivesTheDecimalRulesFigure()
    {
        // At 20 decimals a decimal mean of three keeps only a few digits: the recap must give what the
        // decimal rules give (found by the oracle properties; the integer way used to be 1 quantum off).
        IndicatorMeasurement Tiny(int q, decimal t, decimal r) => Row("BBS", "PEM", "IK1", q, t, r, method: AggregationMethod.Average);
        IndicatorMeasurement[] rows =
        [
            Tiny(1, 0.00000000000000000445m, 0.00000000000000000968m),
            Tiny(2, 0.00000000000000000539m, 0.00000000000000001416m),
            Tiny(3, 0.00000000000000000973m, 0.00000000000000000999m),
        ];
        var expected = CapaianCalculator.Calculate(Polarity.Positive, (rows[0].TargetLower!.Value + rows[1].TargetLower!.Value + rows[2].TargetLower!.Value) / 3, (rows[0].Realisasi!.Value + rows[1].Realisasi!.Value + rows[2].Realisasi!.Value) / 3, CapaianPolicy.Default).Value!.Value;

        foreach (var recap in new[] { RecapCalculator.Build(rows, [], RecapPolicy.Default).Value, RecapCalculator.Build(RecapSource.Create(rows, []).Value, RecapPolicy.Default) })
        {
            var figures = recap.Find(new RecapKey(RecapLevel.Indicator, "3303", "BBS", "PEM", "IK1"), Tw(3, cumulative: true))!;
            Assert.Equal(Math.Round(expected * RecapFigures.QuantaPerPercent, MidpointRounding.ToEven), figures.CapaianSum);
            Assert.Equal(172_866_632_602m, figures.CapaianSum);
        }
    }

    [Fact]
    public void Build_MeanOfThreeExactlyOnABound_TakesTheCategoryOfTheDecimalRules()
    {
        // Every quarter is at 51 % exactly, and so are the sums (2.55 / 5); but the decimal mean target
        // 5 / 3 rounds up, so the decimal rules put TW III cumulative just below 51 %, in the lowest
        // band on the exact figure: every way of recapping, one indicator at a time or in runs, must do the same.
        // Printed (the default, D47), the figure reads 51,00 and every way puts it in Rendah.
        IndicatorMeasurement Ik(int q, decimal t, decimal r) => Row("BBS", "PEM", "IK1", q, t, r, method: AggregationMethod.Average);
        IndicatorMeasurement[] rows = [Ik(1, 1m, 0.51m), Ik(2, 2m, 1.02m), Ik(3, 2m, 1.02m), Row("BBS", "PEM", "IK2", 1, 10m, 9m, method: AggregationMethod.LastValue)];
        var expected = CapaianCalculator.Calculate(Polarity.Positive, 5m / 3, 2.55m / 3, CapaianPolicy.Default).Value!.Value;
        Assert.True(expected < 51m);
        var exact = RecapPolicy.Default with { Scale = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) };
        Assert.Equal(0, exact.Scale.BandIndex(expected));
        Assert.Equal(1, CategoryScales.Permendagri86.BandIndex(expected));

        var cumulative = Tw(3, cumulative: true);
        var rowsRecap = RecapCalculator.Build(rows, [], exact).Value;
        Assert.Equal(new[] { 1, 0, 0, 0, 0 }, rowsRecap.Find(new RecapKey(RecapLevel.Indicator, "3303", "BBS", "PEM", "IK1"), cumulative)!.Categories);
        var national = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan };
        var kecamatan = new RecapKey(RecapLevel.Kecamatan, "3303", "BBS");
        var expectedKecamatan = rowsRecap.Find(kecamatan, cumulative)!;
        Assert.Equal(new[] { 1, 0, 0, 1, 0 }, expectedKecamatan.Categories); // and IK2's 90 % (Tinggi)
        Assert.Equal(expectedKecamatan, RecapCalculator.Build(RecapSource.Create(rows, []).Value, exact, national).Find(kecamatan, cumulative));
        Assert.Equal(expectedKecamatan, RecapCalculator.Build(rows, [], exact, national).Value.Find(kecamatan, cumulative));

        var printed = RecapCalculator.Build(rows, [], RecapPolicy.Default).Value;
        Assert.Equal(new[] { 0, 1, 0, 0, 0 }, printed.Find(new RecapKey(RecapLevel.Indicator, "3303", "BBS", "PEM", "IK1"), cumulative)!.Categories);
        Assert.Equal(new[] { 0, 1, 0, 1, 0 }, printed.Find(kecamatan, cumulative)!.Categories);
        Assert.Equal(printed.Find(kecamatan, cumulative), RecapCalculator.Build(RecapSource.Create(rows, []).Value, RecapPolicy.Default, national).Find(kecamatan, cumulative));
        Assert.Equal(printed.Find(kecamatan, cumulative), RecapCalculator.Build(rows, [], RecapPolicy.Default, national).Value.Find(kecamatan, cumulative));
    }

    [Fact]
    public void Build_CapaianBeyondTheRecapsRange_CountsAsNotComputable()
    {
        // 10⁹ / 10⁻⁶ × 100 = 10¹⁷ %: a decimal holds it, a recap's sum of quanta would not stay exact.
        IndicatorMeasurement[] rows = [Row("BBS", "PEM", "IK1", 1, 0.000001m, 1_000_000_000m), Row("BBS", "PEM", "IK2", 1, 10m, 9m)];

        var unit = RecapCalculator.Build(rows, [], RecapPolicy.Default).Value.Find(new RecapKey(RecapLevel.Unit, "3303", "BBS", "PEM"), Tw(1))!;

        Assert.Equal((2, 1, 1), (unit.IndicatorCount, unit.Computed, unit.OtherNotComputable));
        Assert.Equal(90m, unit.Average);
    }

    [Fact]
    public void Build_DownToAUnit_KeepsAHugeMeanOfThreeExactly()
    {
        // Found by the oracle properties: a mean of three whose capaian (1.9 × 10¹⁰ %) is beyond the
        // integer way goes the decimal way, and its quanta do not fit a long; a recap that adds a unit's
        // figures in vector lanes must still take it exactly.
        IndicatorMeasurement Ik(int q, decimal t, decimal r) => Row("BBS", "PEM", "IK3", q, t, r, method: AggregationMethod.Average);
        IndicatorMeasurement[] rows = [Ik(1, 0m, 989846000000m), Ik(2, 0m, 0m), Ik(3, 5174.92m, 3415.4472m), Row("BBS", "PEM", "IK1", 3, 10m, 9m, method: AggregationMethod.LastValue)];

        var full = RecapCalculator.Build(rows, [], RecapPolicy.Default).Value;
        var units = RecapCalculator.Build(rows, [], RecapPolicy.Default, RecapOptions.Default with { FinestLevel = RecapLevel.Unit }).Value;
        var fromSource = RecapCalculator.Build(RecapSource.Create(rows, []).Value, RecapPolicy.Default, RecapOptions.Default with { FinestLevel = RecapLevel.Unit });

        var key = new RecapKey(RecapLevel.Unit, "3303", "BBS", "PEM");
        var expected = full.Find(key, Tw(3, cumulative: true))!;
        Assert.Equal(2, expected.Computed);
        Assert.True(expected.CapaianSum > long.MaxValue);
        Assert.Equal(expected, units.Find(key, Tw(3, cumulative: true)));
        Assert.Equal(expected, fromSource.Find(key, Tw(3, cumulative: true)));
    }

    [Fact]
    public void Build_QuartersAddingUpBeyondDecimal_AreNotComputableNotAnOverflow()
    {
        // Two quarters of 5 × 10²⁸ add up beyond a decimal (7.9 × 10²⁸): their cumulative figure is
        // not computable (out of range), the other figures stay, and nothing throws.
        IndicatorMeasurement[] rows =
        [
            Row("BBS", "PEM", "IK1", 1, 50_000_000_000_000_000_000_000_000_000m, 50_000_000_000_000_000_000_000_000_000m),
            Row("BBS", "PEM", "IK1", 2, 50_000_000_000_000_000_000_000_000_000m, 40_000_000_000_000_000_000_000_000_000m),
        ];

        foreach (var recap in new[] { RecapCalculator.Build(rows, [], RecapPolicy.Default).Value, RecapCalculator.Build(RecapSource.Create(rows, []).Value, RecapPolicy.Default) })
        {
            var key = new RecapKey(RecapLevel.Indicator, "3303", "BBS", "PEM", "IK1");
            Assert.Equal(100m, recap.Find(key, Tw(1))!.Average);
            Assert.Equal(80m, recap.Find(key, Tw(2))!.Average);
            var toDate = recap.Find(key, Tw(2, cumulative: true))!;
            Assert.Equal((1, 0, 1), (toDate.IndicatorCount, toDate.Computed, toDate.OtherNotComputable));
        }
    }

    [Fact]
    public void Build_BudgetAmountsAddingUpBeyondDecimal_AreAnErrorNamingTheAmount()
    {
        // Two pagu of 5 × 10²⁸ add up beyond a decimal (7.9 × 10²⁸): the second is refused by name.
        BudgetMeasurement[] budget =
        [
            new("3303", "BBS", "PEM", "P1", 50_000_000_000_000_000_000_000_000_000m, 1m, null, null, null),
            new("3303", "BBS", "PEM", "P2", 50_000_000_000_000_000_000_000_000_000m, null, null, null, null),
        ];

        var recap = RecapCalculator.Build(Rows, budget, RecapPolicy.Default);
        var source = RecapSource.Create(Rows, budget);

        var error = Assert.Single(recap.Problems);
        Assert.Equal((ProblemCodes.OutOfRange, "budget[1].pagu", "50000000000000000000000000000"), (error.Code, error.Path, error.AttemptedValue));
        Assert.Equal(["0", "29228162514264337593543950334"], error.Arguments);
        Assert.Equal(recap.Problems.Select(p => (p.Code, p.Path)), source.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void IndicatorMeasurement_UndefinedPolarityOrMethod_IsRefusedWhereItIsMade()
    {
        // An enum is any integer: 7 is no polarity and 9 no method. Refused where the measurement is made, so no
        // path of the recap (vector lanes, one at a time, decimals) has to guess what they mean.
        var polarity = Assert.Throws<ArgumentOutOfRangeException>(() => Row("BBS", "PEM", "IK2", 1, 10m, 9m, (Polarity)7));
        var method = Assert.Throws<ArgumentOutOfRangeException>(() => Row("BBS", "PEM", "IK3", 1, 10m, 9m, method: (AggregationMethod)9));

        Assert.Equal(("polarity", (object)(Polarity)7), (polarity.ParamName, polarity.ActualValue));
        Assert.StartsWith("Value should be in range [0-2]; 7 is no polarity.", polarity.Message, StringComparison.Ordinal);
        Assert.Equal(("aggregation", (object)(AggregationMethod)9), (method.ParamName, method.ActualValue));
        Assert.StartsWith("Value should be in range [0-4]; 9 is no aggregation method.", method.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecapSourceBuilder_UndefinedPolarityOrMethod_IsAProblemNamingTheFieldAndValueInBothLanguages()
    {
        // The builder takes the fields themselves: its refusals are problems of the row, never an exception.
        var builder = new RecapSourceBuilder();
        builder.Add("3303", "BBS", "PEM", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 1, 10m, 10m, 8m);
        builder.Add("3303", "BBS", "PEM", "S1", "IK2", (Polarity)7, AggregationMethod.CumulativeSum, 1, 10m, 10m, 9m);
        builder.Add("3303", "BBS", "PEM", "S1", "IK3", Polarity.Positive, (AggregationMethod)9, 1, 10m, 10m, 9m);

        var source = builder.Build();

        Assert.False(source.IsValid);
        Assert.Equal(
            new (string, string, string?)[] { (ProblemCodes.OutOfRange, "indicators[1].polarity", "7"), (ProblemCodes.OutOfRange, "indicators[2].aggregation", "9") },
            source.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)).ToArray());
        Assert.Equal(["0", "2"], source.Problems[0].Arguments);
        Assert.Equal(["0", "4"], source.Problems[1].Arguments);
        Assert.Equal("indicators[1].polarity: nilai 7 di luar rentang [0-2].", source.Problems[0].GetMessage(MessageLanguage.Indonesian));
        Assert.Equal("indicators[1].polarity: value 7 should be in range [0-2].", source.Problems[0].GetMessage(MessageLanguage.English));
    }
}
