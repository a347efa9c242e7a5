#if !KINERJA_NETSTANDARD_ASSET
using System.Runtime.Intrinsics;
#endif
using Kinerja.Core.Agreements;
#if !KINERJA_NETSTANDARD_ASSET
using Kinerja.Core.Capaian;
#endif
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
#if !KINERJA_NETSTANDARD_ASSET
using Kinerja.Core.Scales;
#endif
using Kinerja.Core.Validation;
using static Kinerja.Core.Tests.Recap.RecapCalculatorTests;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// What the recap-source Stryker run of 7 December 2026 left in <see cref="RecapSource"/>, <see cref="RecapSourceBuilder"/>,
/// <see cref="RecapRows"/> and the columns of a source (<c>RecapColumns</c>, <c>ColumnRules</c>, <c>ColumnLanes</c>):
/// the arguments and their messages, the room a builder makes, units longer than its first buffers, interning, the
/// first row named for a scattered unit, the cap on listed problems, and the columns' layout, thresholds and lanes
/// (docs/mutation-recap-source.md).
/// </summary>
public class RecapSourceSurvivorTests
{
    private const string Kabupaten = "3303";

    private static RecapSource Source(params IndicatorMeasurement[] rows) => RecapSource.Create(rows, []).Value;

    private static IndicatorMeasurement[] OneUnit(int indicators, int quarters = 1) =>
        [.. Enumerable.Range(0, indicators).SelectMany(i => Enumerable.Range(1, quarters).Select(q => Row("BBS", "PEM", $"IK{i:D4}", q, 10m * q, 8m * q)))];

    private static void AddTo(RecapSourceBuilder builder, IndicatorMeasurement r) =>
        builder.Add(r.KabupatenCode, r.KecamatanCode, r.UnitCode, r.SasaranId, r.IndicatorId, r.Polarity, r.Aggregation, r.Triwulan, r.TargetLower, r.TargetUpper, r.Realisasi);

    private static RecapSourceBuilder BuilderOf(IEnumerable<IndicatorMeasurement> rows)
    {
        var builder = new RecapSourceBuilder();
        foreach (var r in rows)
        {
            AddTo(builder, r);
        }

        return builder;
    }

    private static void AssertSameSource(RecapSource expected, RecapSource actual)
    {
        var n = expected.IndicatorCount;
        Assert.Equal(n, actual.IndicatorCount);
        Assert.Equal(expected.IndicatorCodes.Take(n), actual.IndicatorCodes.Take(n));
        Assert.Equal(expected.Kecamatan, actual.Kecamatan);
        Assert.Equal(expected.UnitRows.Select(r => (r.KabupatenCode, r.KecamatanCode, r.UnitCode)), actual.UnitRows.Select(r => (r.KabupatenCode, r.KecamatanCode, r.UnitCode)));
        Assert.Equal(expected.SasaranCodes, actual.SasaranCodes);
        Assert.Equal(RecapCalculator.Build(expected, RecapPolicy.Default), RecapCalculator.Build(actual, RecapPolicy.Default));
    }

    // ---- RecapSourceBuilder: arguments and messages ----

    /// <summary>A builder may list a single problem (1 is the least allowed); below that the message says so.</summary>
    [Fact]
    public void Constructor_OneProblem_IsAllowed_ZeroIsRefusedWithItsMessage()
    {
        var builder = new RecapSourceBuilder(1);
        AddTo(builder, Row("BBS", "PEM", "IK1", 1, 10m, 8m));
        Assert.True(builder.Build().IsValid);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RecapSourceBuilder(0));
        Assert.Equal("maxProblems", e.ParamName);
        Assert.StartsWith("Value should be at least 1.", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A negative row count for <see cref="RecapSourceBuilder.EnsureCapacity"/> is refused with its message.</summary>
    [Fact]
    public void EnsureCapacity_Negative_IsRefusedWithItsMessage()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RecapSourceBuilder().EnsureCapacity(-1));
        Assert.Equal("rows", e.ParamName);
        Assert.StartsWith("Value should be at least 0.", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Each null code of <see cref="RecapSourceBuilder.Add"/> is an <see cref="ArgumentNullException"/> naming it, not a problem.</summary>
    [Fact]
    public void Add_ANullCode_NamesIt()
    {
        var builder = new RecapSourceBuilder();
        void Add(string kab, string kec, string unit, string sasaran, string indicator) =>
            builder.Add(kab, kec, unit, sasaran, indicator, Polarity.Positive, AggregationMethod.CumulativeSum, 1, 10m, 10m, 8m);

        Assert.Equal("kabupaten", Assert.Throws<ArgumentNullException>(() => Add(null!, "BBS", "PEM", "S1", "IK1")).ParamName);
        Assert.Equal("kecamatan", Assert.Throws<ArgumentNullException>(() => Add(Kabupaten, null!, "PEM", "S1", "IK1")).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => Add(Kabupaten, "BBS", null!, "S1", "IK1")).ParamName);
        Assert.Equal("sasaran", Assert.Throws<ArgumentNullException>(() => Add(Kabupaten, "BBS", "PEM", null!, "IK1")).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => Add(Kabupaten, "BBS", "PEM", "S1", null!)).ParamName);
        Assert.Equal(0, builder.RowCount);
    }

    /// <summary>Once built, a builder takes no more rows (nor hints), with a message saying to make a new one.</summary>
    [Fact]
    public void Add_AfterBuild_IsRefusedWithItsMessage()
    {
        var builder = BuilderOf([Row("BBS", "PEM", "IK1", 1, 10m, 8m)]);
        Assert.True(builder.Build().IsValid);

        var e = Assert.Throws<InvalidOperationException>(() => AddTo(builder, Row("BBS", "PEM", "IK2", 1, 10m, 8m)));
        Assert.Equal("This builder has already built its source; make a new builder for new rows.", e.Message);
        Assert.Throws<InvalidOperationException>(() => builder.EnsureCapacity(10));
        Assert.Equal(1, builder.RowCount);
    }

    // ---- RecapSourceBuilder: problems ----

    /// <summary>
    /// <see cref="RecapSourceBuilder.ProblemCount"/> counts a refused row at once, and after <see cref="RecapSourceBuilder.Build"/>
    /// the budget rows' problems too; the cap lists only the first (the row's), before the budget's.
    /// </summary>
    [Fact]
    public void Build_CappedAtOne_ListsTheRowsProblem_AndCountsTheBudgetsToo()
    {
        var builder = new RecapSourceBuilder(1);
        builder.Add(Kabupaten, "BBS", "PEM", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 5, 10m, 10m, 8m);
        AddTo(builder, Row("BBS", "PEM", "IK1", 1, 10m, 8m));
        builder.AddBudget(new BudgetMeasurement(Kabupaten, "BBS", "PEM", "P1", 100m, 10m, null, null, null));
        builder.AddBudget(new BudgetMeasurement(Kabupaten, "BBS", "PEM", "P1", 50m, null, null, null, null));
        Assert.Equal(1, builder.ProblemCount);

        var result = builder.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.TriwulanOutOfRange, "indicators[0].triwulan"), (problem.Code, problem.Path));
        Assert.Equal(2, builder.ProblemCount);
    }

    /// <summary>A row with only its upper target bound names the missing lower one, and is refused: a later row of the same quarter is no duplicate of it.</summary>
    [Fact]
    public void Add_OnlyTheUpperBound_NamesTargetLower_AndTheRowIsNotKept()
    {
        var builder = new RecapSourceBuilder();
        builder.Add(Kabupaten, "BBS", "PEM", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 1, null, 10m, 8m);
        builder.Add(Kabupaten, "BBS", "PEM", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 1, 10m, null, 8m);
        AddTo(builder, Row("BBS", "PEM", "IK1", 1, 10m, 8m));

        var result = builder.Build();

        Assert.Equal(
            [(ProblemCodes.Required, "indicators[0].targetLower"), (ProblemCodes.Required, "indicators[1].targetUpper")],
            result.Problems.Select(p => (p.Code, p.Path)));
    }

    /// <summary>A unit that comes back after another names its own first row, also when it is not the input's first unit and has several rows.</summary>
    [Fact]
    public void Add_ASecondUnitComesBack_NamesItsFirstRow()
    {
        var builder = BuilderOf(
        [
            Row("BBS", "PEM", "IK1", 1, 10m, 8m),
            Row("BBS", "TRA", "IK1", 1, 10m, 8m),
            Row("BBS", "TRA", "IK1", 2, 10m, 8m),
            Row("BBS", "PEM", "IK2", 1, 10m, 8m),
            Row("BBS", "TRA", "IK2", 1, 10m, 8m),
        ]);

        var result = builder.Build();

        Assert.Equal(["indicators[3].unit", "indicators[4].unit"], result.Problems.Select(p => p.Path));
        Assert.Equal(["indicators[0]"], result.Problems[0].Arguments);
        Assert.Equal(["indicators[1]"], result.Problems[1].Arguments);
    }

    // ---- RecapSourceBuilder: interning, long units, room ----

    /// <summary>The builder lays out the codes it was given (interned, never lost): its source is the one <see cref="RecapSource.Create"/> makes.</summary>
    [Fact]
    public void Build_CodesOfSeveralUnitsAndKecamatan_AreTheRowsCodes()
    {
        IndicatorMeasurement[] rows =
        [
            Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "PEM", "IK2", 1, 10m, 8m, sasaran: "S2"),
            Row("BBS", "TRA", "IK1", 1, 10m, 9m), Row("KRG", "PEM", "IK3", 1, 10m, 7m),
        ];

        var source = BuilderOf(rows).Build().Value;

        AssertSameSource(Source(rows), source);
        Assert.Equal(["IK1", "IK2", "IK1", "IK3"], source.IndicatorCodes.Take(4));
        Assert.Equal([(Kabupaten, "BBS"), (Kabupaten, "KRG")], source.Kecamatan);
    }

    /// <summary>
    /// A code given first as one string, then twice as another equal string, is one unit: the second string is not
    /// remembered as interned (else its next use would not match the unit's first row and the unit would seem scattered).
    /// </summary>
    [Fact]
    public void Add_AnEqualStringGivenTwice_StaysTheSameUnit()
    {
        var builder = new RecapSourceBuilder();
        var other = new string("PEM".AsSpan());
        builder.Add(Kabupaten, "BBS", "PEM", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 1, 10m, 10m, 8m);
        builder.Add(Kabupaten, "BBS", other, "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 2, 10m, 10m, 8m);
        builder.Add(Kabupaten, "BBS", other, "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 3, 10m, 10m, 8m);

        var result = builder.Build();

        Assert.True(result.IsValid);
        Assert.False(builder.HasScatteredUnit);
        Assert.Equal((3, 1), (result.Value.MeasurementCount, result.Value.UnitCount));
    }

    /// <summary>A unit of more rows and indicators than the builder's first buffers hold (64) is laid out whole.</summary>
    [Fact]
    public void Build_AUnitOf200Indicators_IsLaidOutWhole()
    {
        var rows = OneUnit(200);

        var source = BuilderOf(rows).Build().Value;

        AssertSameSource(Source(rows), source);
    }

    /// <summary>A hint below what is laid out already (<see cref="RecapSourceBuilder.EnsureCapacity"/>(0)) loses nothing.</summary>
    [Fact]
    public void EnsureCapacity_BelowWhatIsLaidOut_KeepsIt()
    {
        var rows = OneUnit(20).Append(Row("BBS", "TRA", "IK1", 1, 10m, 9m)).ToArray();
        var builder = BuilderOf(rows);
        builder.EnsureCapacity(0);

        AssertSameSource(Source(rows), builder.Build().Value);
    }

    /// <summary>Before any row, <see cref="RecapSourceBuilder.EnsureCapacity"/> makes room for a quarter of the rows as indicators, and one more.</summary>
    [Fact]
    public void EnsureCapacity_BeforeAnyRow_ReservesAQuarterOfTheRowsAndOne()
    {
        var builder = new RecapSourceBuilder();
        builder.EnsureCapacity(400);
        AddTo(builder, Row("BBS", "PEM", "IK1", 1, 10m, 8m));

        var source = builder.Build().Value;

        Assert.Equal(101, source.Entries.Length);
    }

    /// <summary>After some units, <see cref="RecapSourceBuilder.EnsureCapacity"/> turns rows into indicators by the ratio laid out so far (here 2 of 6), and one more.</summary>
    [Fact]
    public void EnsureCapacity_AfterAUnit_ReservesByTheRatioLaidOut()
    {
        var builder = BuilderOf([.. OneUnit(2, quarters: 3), Row("BBS", "TRA", "IK1", 1, 10m, 9m)]);
        builder.EnsureCapacity(600);

        var source = builder.Build().Value;

        Assert.Equal(3, source.IndicatorCount);
        Assert.Equal(201, source.Entries.Length);
    }

    // ---- RecapRows: arguments ----

    /// <summary><see cref="RecapRows.Indicators"/> and <see cref="RecapRows.Budget"/> name a null PK, kabupaten or kecamatan, even for a PK without programs.</summary>
    [Fact]
    public void RecapRows_NullArguments_AreNamed()
    {
        var pk = SamplePk.Build();
        var noPrograms = SamplePk.Builder(2027).AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("Dokumen").WithAnnualTarget(1m))).Build().Value;
        Assert.Empty(RecapRows.Budget(noPrograms, null, Kabupaten, "BBS"));

        Assert.Equal("pk", Assert.Throws<ArgumentNullException>(() => RecapRows.Indicators(null!, null, Kabupaten, "BBS")).ParamName);
        Assert.Equal("kabupaten", Assert.Throws<ArgumentNullException>(() => RecapRows.Indicators(pk, null, null!, "BBS")).ParamName);
        Assert.Equal("kecamatan", Assert.Throws<ArgumentNullException>(() => RecapRows.Indicators(pk, null, Kabupaten, null!)).ParamName);
        Assert.Equal("pk", Assert.Throws<ArgumentNullException>(() => RecapRows.Budget(null!, null, Kabupaten, "BBS")).ParamName);
        Assert.Equal("kabupaten", Assert.Throws<ArgumentNullException>(() => RecapRows.Budget(noPrograms, null, null!, "BBS")).ParamName);
        Assert.Equal("kecamatan", Assert.Throws<ArgumentNullException>(() => RecapRows.Budget(noPrograms, null, Kabupaten, null!)).ParamName);
    }

    /// <summary>The measurement set of another PK is refused by <see cref="RecapRows.Budget"/> as by <see cref="RecapRows.Indicators"/>, the message naming both PKs.</summary>
    [Fact]
    public void RecapRows_TheSetOfAnotherPk_IsRefusedNamingBoth()
    {
        var pk = SamplePk.Build();
        var other = SamplePk.Builder(2027).AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("Dokumen").WithAnnualTarget(1m))).Build().Value;
        var set = MeasurementSet.CreateBuilder(other).Build().Value;

        foreach (var call in new Action[] { () => RecapRows.Budget(pk, set, Kabupaten, "BBS"), () => RecapRows.Indicators(pk, set, Kabupaten, "BBS") })
        {
            var e = Assert.Throws<ArgumentException>(call);
            Assert.Equal("measurements", e.ParamName);
            Assert.StartsWith($"The measurement set is of the PK {set.Key}, not of {pk.Key}.", e.Message, StringComparison.Ordinal);
        }
    }

#if !KINERJA_NETSTANDARD_ASSET
    // ---- RecapSource.SlotsOf ----

    /// <summary>The rows made again from a loaded indicator's values hold its figures, and a quarter without a row stays empty (null).</summary>
    [Fact]
    public void SlotsOf_ALoadedIndicator_LeavesQuartersWithoutARowEmpty()
    {
        var source = Source(Row("BBS", "PEM", "IK1", 1, 10.5m, 8m), Row("BBS", "PEM", "IK1", 3, 30m, null));
        Assert.True(source.Entries[0].Loaded);

        var slots = source.SlotsOf(0, new IndicatorMeasurement?[4], out var at);

        Assert.Equal(0, at);
        Assert.Equal((10.5m, 10.5m, 8m), (slots[0]!.TargetLower, slots[0]!.TargetUpper, slots[0]!.Realisasi));
        Assert.Null(slots[1]);
        Assert.Equal((30m, (decimal?)null), (slots[2]!.TargetLower, slots[2]!.Realisasi));
        Assert.Null(slots[3]);
    }

    // ---- RecapColumns: packing and layout ----

    /// <summary>Only the fixed kinds have a place in the layout; another kind is refused with its message.</summary>
    [Fact]
    public void FixedAt_AnotherKind_IsRefusedWithItsMessage()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RecapColumns.FixedAt(0, 0, FigureKind.Computed));
        Assert.Equal("kind", e.ParamName);
        Assert.StartsWith("Only the fixed kinds are counted in the layout.", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A packed target gives back its target, scale and polarity.</summary>
    [Fact]
    public void Pack_GivesBackTargetScaleAndPolarity()
    {
        foreach (var (target, scale, polarity) in new[] { (RecapColumns.TargetBits, 28, Polarity.Negative), (1L, 1, Polarity.KeepStable), (123_456L, 7, Polarity.Positive) })
        {
            var packed = RecapColumns.Pack(target, scale, polarity);
            Assert.Equal((target, scale, polarity), (packed & RecapColumns.TargetBits, RecapColumns.ScaleOf(packed), RecapColumns.PolarityOf(packed)));
        }
    }

    /// <summary>
    /// Plain positive indicators of the same shape are laid out in the runs (none kept out), one run per set of
    /// periods holding all three, with no needs (a realisasi of 0 needs no floor) and no flags.
    /// </summary>
    [Fact]
    public void Columns_PlainIndicators_AreInRunsOfAllThree_WithoutNeedsOrFlags()
    {
        var source = Source(
            Row("BBS", "PEM", "IK1", 1, 10m, 8m, method: AggregationMethod.LastValue),
            Row("BBS", "PEM", "IK2", 1, 20m, 0m, method: AggregationMethod.LastValue),
            Row("BBS", "PEM", "IK3", 1, 30m, 31m, method: AggregationMethod.LastValue));
        var columns = source.Columns;

        Assert.Empty(columns.Rest);
        Assert.Equal(3, columns.Fixed[0]);
        Assert.Equal(0, columns.Needs[0]);
        Assert.All(columns.RunFlags, f => Assert.Equal(0, f));
        Assert.NotEmpty(columns.RunMask);
        Assert.All(Enumerable.Range(0, columns.RunMask.Length), r => Assert.Equal(3, columns.RunStart[r + 1] - columns.RunStart[r]));
    }

    /// <summary>
    /// A kecamatan with more comparisons of one key than <see cref="RecapColumns.MaxRun"/> has them cut into runs of at
    /// most that many, counted from the run's own start (here after a run of one comparison of another key).
    /// </summary>
    [Fact]
    public void Columns_MoreThanMaxRunComparisons_AreCutAtMaxRun()
    {
        var rows = Enumerable.Range(0, RecapColumns.MaxRun + 1).Select(i => Row("BBS", "PEM", $"IK{i:D5}", 1, 10m, 8m, method: AggregationMethod.LastValue))
            .Append(Row("BBS", "PEM", "Q2", 2, 10m, 8m, method: AggregationMethod.LastValue))
            .ToArray();
        var columns = Source(rows).Columns;

        Assert.Equal([1, RecapColumns.MaxRun, 1], Enumerable.Range(0, columns.RunMask.Length).Select(r => columns.RunStart[r + 1] - columns.RunStart[r]));
    }

    /// <summary>Zero targets in two quarters with a realisasi are in the runs (counted as zero targets), and the kecamatan needs them not computable.</summary>
    [Fact]
    public void Columns_ZeroTargetsInTwoQuarters_NeedZeroTargetNotComputable()
    {
        var columns = Source(
            Row("BBS", "PEM", "IK1", 1, 0m, 3m, method: AggregationMethod.LastValue),
            Row("BBS", "PEM", "IK1", 2, 0m, 3m, method: AggregationMethod.LastValue)).Columns;

        Assert.Empty(columns.Rest);
        Assert.Equal(RecapColumns.NeedsZeroTargetNotComputable, columns.Needs[0]);
        Assert.Equal(1, columns.Fixed[RecapColumns.FixedAt(0, 0, FigureKind.ZeroTarget)]);
        Assert.Equal(1, columns.Fixed[RecapColumns.FixedAt(0, 1, FigureKind.ZeroTarget)]);
    }

    /// <summary>A target of exactly 9 × 10⁹ scaled units and a capaian of exactly 10⁶ % are still in the runs (only beyond them is an indicator kept out).</summary>
    [Fact]
    public void Columns_TheLargestTargetAndRatio_AreInTheRuns()
    {
        Assert.Empty(Source(Row("BBS", "PEM", "IK1", 1, 9_000_000_000m, 9_000_000_000m)).Columns.Rest);
        Assert.Empty(Source(Row("BBS", "PEM", "IK1", 1, 1m, 10_000m)).Columns.Rest);
        Assert.Equal([0], Source(Row("BBS", "PEM", "IK1", 1, 1m, 10_001m)).Columns.Rest);
    }

    /// <summary>A numerator of exactly <see cref="RecapColumns.OneDivision"/> takes one division (no <see cref="RecapColumns.Wide"/> flag); one more does.</summary>
    [Fact]
    public void Columns_ANumeratorOfOneDivision_IsNotWide_OneMoreIs()
    {
        Assert.Equal(RecapColumns.OneDivision, 92_233_720L);
        Assert.All(Source(Row("BBS", "PEM", "IK1", 1, 10_000m, 92_233_720m)).Columns.RunFlags, f => Assert.Equal(0, f));
        Assert.All(Source(Row("BBS", "PEM", "IK1", 1, 10_000m, 92_233_721m)).Columns.RunFlags, f => Assert.Equal(RecapColumns.Wide, f));
    }

    /// <summary>A kecamatan's runs apply when the policy provides every need: none needed; negative polarity needs the 2 − R/T formula.</summary>
    [Fact]
    public void Applies_WhenThePolicyProvidesTheNeeds()
    {
        var source = Source(Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("KRG", "PEM", "IK1", 1, 10m, 8m, Polarity.Negative));
        var twoMinus = ColumnRules.From(IntegerRules.From(RecapPolicy.Default)!)!;
        var inverse = ColumnRules.From(IntegerRules.From(RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { NegativeFormula = NegativePolarityFormula.InverseRatio } })!)!;

        Assert.Equal((true, true, true, false), (source.Columns.Applies(0, twoMinus), source.Columns.Applies(1, twoMinus), source.Columns.Applies(0, inverse), source.Columns.Applies(1, inverse)));
    }

    // ---- ColumnRules ----

    private static CategoryScale Scale(params decimal[] bounds) =>
        CategoryScale.Create("Test", Enumerable.Range(0, bounds.Length + 1).Select(i => new CategoryBand($"B{i}", i == 0 ? null : bounds[i - 1], true, i == bounds.Length ? null : bounds[i], false))).Value.WithBasis(CategoryBasis.Exact);

    private static ColumnRules? RulesOf(RecapPolicy policy) => ColumnRules.From(IntegerRules.From(policy)!);

    private static RecapPolicy Capped(decimal? cap, CategoryScale? scale = null) =>
        RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { Cap = cap }, Scale = scale ?? CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) };

    /// <summary>
    /// Thresholds are kept for the bounds the cap passes: an exclusive bound equal to the cap is passed (a capped figure is on it),
    /// an inclusive one is not; a cap below every bound keeps none.
    /// </summary>
    [Fact]
    public void From_KeepsTheBoundsTheCapPasses()
    {
        Assert.Equal(4, RulesOf(Capped(null))!.Thresholds.Length);
        Assert.Equal(3, RulesOf(Capped(76m))!.Thresholds.Length);
        Assert.Equal(2, RulesOf(Capped(70m))!.Thresholds.Length);
        Assert.Empty(RulesOf(Capped(50m))!.Thresholds);
        Assert.Equal(50_000_000_000L, RulesOf(Capped(50m))!.Limit);
        Assert.Equal(2, RulesOf(Capped(60m, CategoryScales.SakipGrades.WithBasis(CategoryBasis.Exact)))!.Thresholds.Length);
    }

    /// <summary>Caps and bounds up to 10⁶ % are thresholds; beyond, the policy has no column rules.</summary>
    [Fact]
    public void From_CapsAndBoundsUpTo10To6Percent()
    {
        Assert.NotNull(RulesOf(Capped(120m)));
        Assert.NotNull(RulesOf(Capped(1_000_000m)));
        Assert.Null(RulesOf(Capped(1_000_001m)));
        Assert.NotNull(RulesOf(RecapPolicy.Default with { AverageCap = 1_000_000m }));
        Assert.Null(RulesOf(RecapPolicy.Default with { AverageCap = 1_000_001m }));
        Assert.NotNull(RulesOf(Capped(null, Scale(1_000_000m))));
        Assert.Null(RulesOf(Capped(null, Scale(1_000_001m))));

        // A bound beyond 10⁶ % that the cap does not pass has no threshold: it does not keep the policy from the columns.
        Assert.NotNull(RulesOf(Capped(150m, Scale(100m, 2_000_000m))));
        Assert.Null(RulesOf(Capped(null, Scale(100m, 2_000_000m))));
    }

    /// <summary>The needs a policy provides are exactly its rules: the 2 − R/T formula, zero targets not computable, the floor at 0.</summary>
    [Fact]
    public void From_ProvidesExactlyThePolicysRules()
    {
        foreach (var two in new[] { false, true })
        {
            foreach (var zero in new[] { false, true })
            {
                foreach (var floor in new[] { false, true })
                {
                    var capaian = CapaianPolicy.Default with
                    {
                        NegativeFormula = two ? NegativePolarityFormula.TwoMinusRatio : NegativePolarityFormula.InverseRatio,
                        ZeroTarget = zero ? ZeroTargetRule.NotComputable : ZeroTargetRule.Zero,
                        FloorAtZero = floor,
                    };
                    var expected = (two ? RecapColumns.NeedsTwoMinusRatio : 0) | (zero ? RecapColumns.NeedsZeroTargetNotComputable : 0) | (floor ? RecapColumns.NeedsFloorAtZero : 0);
                    Assert.Equal(expected, RulesOf(RecapPolicy.Default with { Capaian = capaian })!.Provides);
                }
            }
        }
    }

    /// <summary>Rules take the vector lanes only where the vector path is taken when they are made.</summary>
    [Fact]
    public void Lanes_FollowThePathWhenMade()
    {
        using (RecapPaths.Force(RecapPath.Vector))
        {
            Assert.True(RulesOf(RecapPolicy.Default)!.Lanes);
        }

        using (RecapPaths.Force(RecapPath.Scalar))
        {
            Assert.False(RulesOf(RecapPolicy.Default)!.Lanes);
        }
    }

    /// <summary>
    /// Runs go to the lanes with at most four thresholds, not when wide, and when guarded only with at most eight marks
    /// (four bounds: yes; seven bounds and a cap, eight marks: yes; nine bounds and a cap: only unguarded).
    /// </summary>
    [Fact]
    public void LanesApply_UpToFourThresholds_NotWide_GuardedWithUpToEightMarks()
    {
        using var path = RecapPaths.Force(RecapPath.Vector);
        var four = RulesOf(Capped(null))!;
        var eightMarks = RulesOf(Capped(45m, Scale(10m, 20m, 30m, 40m, 50m, 60m, 70m)))!;
        var tenMarks = RulesOf(Capped(45m, Scale(10m, 20m, 30m, 40m, 50m, 60m, 70m, 80m, 90m)))!;
        var six = RulesOf(Capped(null, CategoryScales.SakipGrades))!;
        Assert.Equal((4, 8, 4, 10), (eightMarks.Thresholds.Length, eightMarks.Marks.Length, tenMarks.Thresholds.Length, tenMarks.Marks.Length));

        Assert.Equal((true, false, true), (four.LanesApply(0), four.LanesApply(RecapColumns.Wide), four.LanesApply(RecapColumns.Guarded)));
        Assert.True(eightMarks.LanesApply(RecapColumns.Guarded));
        Assert.Equal((true, false), (tenMarks.LanesApply(0), tenMarks.LanesApply(RecapColumns.Guarded)));
        Assert.False(six.LanesApply(0));
    }

    /// <summary><see cref="ColumnRules.Tally"/> in lanes gives the counts past each threshold (and the sum) it gives one figure at a time.</summary>
    [Fact]
    public void Tally_InLanes_PassesWhatOneAtATimeDoes()
    {
        using var path = RecapPaths.Force(RecapPath.Vector);
        var rules = RulesOf(Capped(null))!;
        long[] realisasi = [40, 60, 70, 80, 95, 51, 100, 0, 0, 0, 0, 0, 0, 0, 0];
        var targets = Enumerable.Repeat(RecapColumns.Pack(100, 0, Polarity.Positive), 7).Concat(Enumerable.Repeat(1L, 8)).ToArray();
        var lanes = new long[4];
        var one = new long[4];

        Assert.Equal(0, rules.Tally(realisasi, targets, 7, 0, lanes, out var laneSum, new int[8]));
        Assert.Equal(0, rules.Tally(realisasi, targets, 7, 0, one, out var oneSum, new int[8], lanes: false));

        Assert.Equal([6L, 4L, 3L, 2L], one);
        Assert.Equal(one, lanes);
        Assert.Equal(oneSum, laneSum);
    }

    /// <summary>
    /// One figure at a time, a figure just below an exclusive bound (rounding up onto it, as a wide run's
    /// 1,020,000,026 / 2,000,000,051 does onto 51 %) is not past it; one exactly on it is.
    /// </summary>
    [Fact]
    public void Tally_OneAtATime_JustBelowAnExclusiveBound_IsNotPastIt()
    {
        var rules = RulesOf(Capped(null))!;
        long[] realisasi = [1_020_000_026, 51, 0, 0, 0, 0, 0, 0, 0, 0];
        long[] targets = [RecapColumns.Pack(2_000_000_051, 0, Polarity.Positive), RecapColumns.Pack(100, 0, Polarity.Positive), 1, 1, 1, 1, 1, 1, 1, 1];
        var passed = new long[4];

        rules.Tally(realisasi, targets, 2, RecapColumns.Wide, passed, out var sum, new int[8], lanes: false);

        Assert.Equal([1L, 0L, 0L, 0L], passed);
        Assert.Equal(2 * 51_000_000_000L, sum);
    }

    /// <summary>The same figure in a source's wide run is in the band below 51 % at the kecamatan level, as the rows' recap has it.</summary>
    [Fact]
    public void Build_AWideRunJustBelowAnExclusiveBound_IsTheRowsRecap()
    {
        IndicatorMeasurement[] rows = [Row("BBS", "PEM", "IK1", 1, 2_000_000_051m, 1_020_000_026m, method: AggregationMethod.LastValue)];
        var policy = RecapPolicy.Default with { Scale = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) };
        var options = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan };

        Assert.Equal(RecapCalculator.Build(rows, [], policy, options).Value, RecapCalculator.Build(Source(rows), policy, options));
    }

    /// <summary>In a guarded run in lanes, a figure exactly on a mark (50.995 %, a printed bound) is left out for the decimals, its position given.</summary>
    [Fact]
    public void InLanes_Guarded_AFigureOnAMark_IsLeftOut()
    {
        var rules = RulesOf(RecapPolicy.Default)!;
        Assert.Contains(50_995_000_000L, rules.Marks);
        long[] realisasi = [10_000, 50_995, 0, 0, 0, 0, 0, 0, 0, 0];
        var packed = RecapColumns.Pack(100_000, 0, Polarity.Positive);
        long[] targets = [packed, packed, 1, 1, 1, 1, 1, 1, 1, 1];
        var marked = new int[8];

        var left = rules.InLanes(realisasi, targets, 2, guarded: true, out var sums, marked);

        Assert.Equal(1, left);
        Assert.Equal(1, marked[0]);
        Assert.Equal(10_000_000_000L, Vector512.Sum(sums.Sum));
    }

    // ---- LaneSums, ColumnLanes ----

    /// <summary>Adding lanes adds every one of them: the sum and the counts past each of four thresholds.</summary>
    [Fact]
    public void LaneSums_Add_AddsEveryLane()
    {
        var a = new LaneSums { Sum = Vector512.Create(1L), C0 = Vector512.Create(2L), C1 = Vector512.Create(3L), C2 = Vector512.Create(4L), C3 = Vector512.Create(5L), Thresholds = 4 };
        var b = new LaneSums { Sum = Vector512.Create(10L), C0 = Vector512.Create(20L), C1 = Vector512.Create(30L), C2 = Vector512.Create(40L), C3 = Vector512.Create(50L), Thresholds = 4 };

        a.Add(b);

        Assert.Equal((11L, 22L, 33L, 44L, 55L), (a.Sum[0], a.C0[7], a.C1[3], a.C2[5], a.C3[1]));
    }

    private static LaneSums Lanes(long quanta) => new() { Sum = Vector512.Create(quanta) };

    /// <summary>A period's lanes are flushed into its tally before they would hold more than <see cref="ColumnLanes.MaxLoad"/> figures (not at exactly that many).</summary>
    [Fact]
    public void ColumnLanes_FlushBeforePassingMaxLoad()
    {
        foreach (var (loads, before) in new[] { (new[] { 5000, 5000 }, 5000), (new[] { 4096, 4096 }, 0), (new[] { 3000, 3000, 3000 }, 6000) })
        {
            var lanes = new ColumnLanes();
            var tallies = new RecapTally[8];
            var categories = new int[8];
            foreach (var load in loads)
            {
                lanes.Add(2, Lanes(1), load, load, tallies, 0, categories, 0, 1);
            }

            Assert.Equal(before, tallies[2].Computed);
            lanes.FlushInto(tallies, 0, categories, 0, 1);
            Assert.Equal(loads.Sum(), tallies[2].Computed);
            Assert.Equal(loads.Sum(), categories[2]);
            Assert.Equal(8L * loads.Length, tallies[2].Sum);
        }
    }

    /// <summary>A flushed period's lanes start empty: figures added after a flush are not added twice.</summary>
    [Fact]
    public void ColumnLanes_AfterAFlush_StartEmpty()
    {
        var lanes = new ColumnLanes();
        var tallies = new RecapTally[8];
        var categories = new int[8];

        lanes.Add(0, Lanes(1), 5, 5, tallies, 0, categories, 0, 1);
        lanes.FlushInto(tallies, 0, categories, 0, 1);
        lanes.Add(0, Lanes(2), 7, 7, tallies, 0, categories, 0, 1);
        lanes.FlushInto(tallies, 0, categories, 0, 1);

        Assert.Equal((12, 24L), (tallies[0].Computed, tallies[0].Sum));
    }
#endif
}
