using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using static Kinerja.Core.Tests.Recap.RecapCalculatorTests;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// What the recap-table Stryker run of 6 December 2026 left in <see cref="RecapTable"/> and its neighbours: the rows'
/// texts and order, one level's rows, equality part by part, the arguments and messages of <see cref="RecapTable.Merge"/>
/// and <see cref="RecapTable.Replace"/>, budgets added where both recaps hold a group, the canonical policy text's
/// less common lines, and forcing a recap path (docs/mutation.md, "recap-table").
/// </summary>
public class RecapTableEdgeTests
{
    private static readonly IndicatorMeasurement[] Rows =
    [
        Row("KRG", "PEM", "IK1", 1, 100m, 45m, sasaran: "S2"),
        Row("BBS", "TRA", "IK3", 1, 10m, 3m),
        Row("BBS", "PEM", "IK1", 1, 10m, 8m), Row("BBS", "PEM", "IK1", 2, 20m, 22m),
        Row("BBS", "PEM", "IK2", 1, 5m, 6m, Polarity.Negative, AggregationMethod.LastValue),
    ];

    private static readonly BudgetMeasurement[] Budget =
    [
        new("3303", "BBS", "PEM", "P1", 400m, 100m, 50m, null, null),
        new("3303", "KRG", "PEM", "P1", 200m, 20m, 30m, 40m, null),
    ];

    private static RecapPeriod Tw(int q, bool cumulative = false) => new(new Triwulan(q), cumulative);

    private static RecapTable Table(IEnumerable<IndicatorMeasurement>? rows = null, IEnumerable<BudgetMeasurement>? budget = null) =>
        RecapCalculator.Build(rows ?? Rows, budget ?? Budget, RecapPolicy.Default).Value;

    [Fact]
    public void RowTexts_NameTheGroupThePeriodAndTheFigures()
    {
        var table = Table();
        var unit = new RecapKey(RecapLevel.Unit, "3303", "BBS", "TRA");

        Assert.Equal("Unit 3303/BBS/TRA TW I: n=1 computed=1 avg=30 notReported=0 notComputable=0 categories=[1,0,0,0,0]", table.At(RecapLevel.Unit, Tw(1)).Single(r => r.Key == unit).ToString());
        Assert.Equal("Kecamatan 3303/KRG s.d. TW II: programs=1 pagu=200 realisasi=50 serapan=25 notReported=0", table.BudgetRows.Single(r => r.Key == new RecapKey(RecapLevel.Kecamatan, "3303", "KRG") && r.Period == Tw(2, true)).ToString());
        Assert.Equal("RecapTable: 112 capaian rows, 64 budget rows (Permendagri 86/2017)", table.ToString());
    }

    [Fact]
    public void Rows_AreOrderedByLevelThenTheKeysTextThenPeriod_WhateverTheInputOrder()
    {
        var table = Table();

        Assert.Equal(
            ["Unit 3303/BBS/PEM", "Unit 3303/BBS/TRA", "Unit 3303/KRG/PEM"],
            table.At(RecapLevel.Unit, Tw(1)).Select(r => r.Key.ToString()));
        Assert.Equal(
            ["Indicator 3303/BBS/PEM/IK1", "Indicator 3303/BBS/PEM/IK2", "Indicator 3303/BBS/TRA/IK3", "Indicator 3303/KRG/PEM/IK1"],
            table.Rows.Where(r => r.Key.Level == RecapLevel.Indicator).Select(r => r.Key.ToString()).Distinct());
        var rows = table.Rows.Select(r => (r.Key.Level, Text: r.Key.ToString(), r.Period.Index)).ToArray();
        Assert.Equal(rows.OrderBy(r => r.Level).ThenBy(r => r.Text, StringComparer.Ordinal).ThenBy(r => r.Index), rows);
        Assert.Equal(RecapLevel.Indicator, rows[0].Level);
        Assert.Equal(RecapLevel.National, rows[^1].Level);
        Assert.Equal(Enumerable.Range(0, 8), rows.Take(8).Select(r => r.Index));

        var budget = table.BudgetRows.Select(r => (r.Key.Level, Text: r.Key.ToString(), r.Period.Index)).ToArray();
        Assert.Equal(budget.OrderBy(r => r.Level).ThenBy(r => r.Text, StringComparer.Ordinal).ThenBy(r => r.Index), budget);
        Assert.Equal(
            ["Unit 3303/BBS/PEM", "Unit 3303/KRG/PEM", "Kecamatan 3303/BBS", "Kecamatan 3303/KRG"],
            budget.Take(32).Select(r => r.Text).Distinct());
        Assert.Equal(Enumerable.Range(0, 8), budget.Take(8).Select(r => r.Index));
    }

    [Fact]
    public void At_GivesOnlyThatLevelsGroups_WithThatPeriodsFigures()
    {
        var table = Table();
        var period = Tw(2, cumulative: true);

        var rows = table.At(RecapLevel.Kecamatan, period).ToArray();

        Assert.Equal(["Kecamatan 3303/BBS", "Kecamatan 3303/KRG"], rows.Select(r => r.Key.ToString()));
        Assert.All(rows, r => Assert.Equal(period, r.Period));
        Assert.All(rows, r => Assert.Equal(table.Find(r.Key, period), r.Figures));
        Assert.NotEqual(table.Find(rows[0].Key, Tw(1)), rows[0].Figures);
    }

    public static TheoryData<string> Parts => ["fingerprint", "basis", "scale", "bands", "level", "group", "key", "tally", "categories", "budget row", "budget figures"];

    [Theory]
    [MemberData(nameof(Parts))]
    public void Equals_TablesDifferingInOnePart_AreNotEqual(string part)
    {
        var table = Table();
        var capaian = table.Rows.ToDictionary(r => (r.Key, r.Period.Index), r => r.Figures);
        var budget = table.BudgetRows.ToDictionary(r => (r.Key, r.Period.Index), r => r.Figures);
        RecapTable Copy(string? fingerprint = "same", CategoryBasis? basis = CategoryBasis.Printed, string scale = "Permendagri 86/2017", int bands = 5, RecapLevel level = RecapLevel.Indicator) =>
            RecapTable.FromFigures(scale, bands, level, capaian, new(budget), fingerprint == "same" ? table.PolicyFingerprint : fingerprint, basis);
        var national = new RecapKey(RecapLevel.National);
        var unit = new RecapKey(RecapLevel.Unit, "3303", "BBS", "PEM");
        var same = Copy();

        switch (part)
        {
            case "group":
                capaian = capaian.Concat(Enumerable.Range(0, 8).Select(p => KeyValuePair.Create((new RecapKey(RecapLevel.Kecamatan, "3303", "XYZ"), p), capaian[(national, p)]))).ToDictionary();
                break;
            case "key":
                capaian = capaian.Select(c => KeyValuePair.Create(c.Key.Key == national ? (new RecapKey(RecapLevel.Kabupaten, "9999"), c.Key.Index) : c.Key, c.Value)).ToDictionary();
                break;
            case "tally":
                var f = capaian[(unit, 0)];
                capaian[(unit, 0)] = new RecapFigures(f.IndicatorCount, f.Computed, f.NotReported, f.ZeroTarget, f.TargetMissing, f.ZeroRealisasi, f.OtherNotComputable, f.CapaianSum + 1m, f.Categories.ToArray());
                break;
            case "categories":
                var g = capaian[(unit, 0)];
                capaian[(unit, 0)] = new RecapFigures(g.IndicatorCount, g.Computed, g.NotReported, g.ZeroTarget, g.TargetMissing, g.ZeroRealisasi, g.OtherNotComputable, g.CapaianSum, g.Categories.Reverse().ToArray());
                break;
            case "budget row":
                budget.Remove((unit, 0));
                break;
            case "budget figures":
                var b = budget[(unit, 0)];
                budget[(unit, 0)] = new BudgetFigures(b.ProgramCount, b.NotReported, b.Pagu, b.ReportedPagu, b.Realisasi + 1m);
                break;
        }

        var changed = part switch
        {
            "fingerprint" => Copy(fingerprint: "0000000000000000"),
            "basis" => Copy(basis: CategoryBasis.Exact),
            "scale" => Copy(scale: "SAKIP"),
            "bands" => Copy(bands: 4),
            "level" => Copy(level: RecapLevel.Unit),
            _ => Copy(),
        };

        Assert.Equal(table, same);
        Assert.True(table.Equals((object)same));
        Assert.NotEqual(table, changed);
        Assert.NotEqual(changed, table);
        Assert.False(table.Equals((object?)null));
        Assert.False(table.Equals("RecapTable"));
    }

    [Fact]
    public void MergeAndReplace_NullArguments_AreNamed()
    {
        var table = Table();

        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => table.Merge(null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => table.Replace(Rows, Rows, null!)).ParamName);
        Assert.Equal("before", Assert.Throws<ArgumentNullException>(() => table.Replace(null!, Rows, RecapPolicy.Default)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentNullException>(() => table.Replace(Rows, null!, RecapPolicy.Default)).ParamName);
    }

    [Fact]
    public void Replace_RowsBeforeThatAreNoValidInput_OrWereNeverAdded_IsRefusedSayingWhich()
    {
        var table = Table();
        var invalid = new[] { Row("BBS", "PEM", "IK1", 1, -10m, 8m) };
        var neverAdded = new[] { Row("BBS", "PEM", "IK9", 1, 10m, 8m) };

        var e1 = Assert.Throws<ArgumentException>(() => table.Replace(invalid, Rows.Take(1), RecapPolicy.Default));
        var e2 = Assert.Throws<ArgumentException>(() => table.Replace(neverAdded, Rows.Take(1), RecapPolicy.Default));

        Assert.Equal("before", e1.ParamName);
        Assert.StartsWith("The rows before the change are not a valid recap input: ", e1.Message, StringComparison.Ordinal);
        Assert.Equal("Cannot subtract figures that were never added (the rows before a change must be the rows that were recapped).", e2.Message);
        Assert.Equal(Table(), table);
    }

    [Fact]
    public void Replace_RowsAfterThatAreNoValidInput_GivesTheirProblems_AndChangesNothing()
    {
        var table = Table();
        var after = new[] { Row("BBS", "TRA", "IK3", 1, -10m, 9m) };

        var result = table.Replace(Rows.Where(r => r.IndicatorId == "IK3"), after, RecapPolicy.Default);

        Assert.False(result.IsValid);
        Assert.Equal("indicators[0].targetLower", Assert.Single(result.Problems).Path);
        Assert.Equal(Table(), table);
    }

    [Fact]
    public void Replace_UnderAnotherPolicy_SaysBothFingerprintsAndTheOtherPolicysChoices()
    {
        var table = Table();
        var other = RecapPolicy.Default with { AverageCap = 120m };

        var e = Assert.Throws<ArgumentException>(() => table.Replace(Rows.Take(1), Rows.Take(1), other));

        Assert.StartsWith(
            $"This recap was computed under the policy {RecapPolicy.Default.Fingerprint}, not under {other.Fingerprint} ({other.Capaian}, scale 'Permendagri 86/2017', average cap 120); recap the rows again under that policy instead.",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_Refusals_SayWhatDiffers()
    {
        var table = Table();
        var capaian = table.Rows.ToDictionary(r => (r.Key, r.Period.Index), r => r.Figures);
        RecapTable Other(string scale, int bands, string? fingerprint, RecapLevel level = RecapLevel.Indicator) =>
            RecapTable.FromFigures(scale, bands, level, capaian, [], fingerprint, CategoryBasis.Printed);
        var unknown = Other("Permendagri 86/2017", 5, null);

        var policy = Assert.Throws<ArgumentException>(() => table.Merge(unknown));
        var policyBack = Assert.Throws<ArgumentException>(() => unknown.Merge(table));
        var name = Assert.Throws<ArgumentException>(() => table.Merge(Other("Permendagri 86 (Baik)", 5, table.PolicyFingerprint)));
        var bands = Assert.Throws<ArgumentException>(() => table.Merge(Other("Permendagri 86/2017", 4, table.PolicyFingerprint)));
        var level = Assert.Throws<ArgumentException>(() => table.Merge(Other("Permendagri 86/2017", 5, table.PolicyFingerprint, RecapLevel.Kecamatan)));

        Assert.StartsWith($"Cannot combine a recap computed under the policy (unknown: a version-1 document) with one computed under {table.PolicyFingerprint}; recap both under one policy.", policy.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Cannot combine a recap computed under the policy {table.PolicyFingerprint} with one computed under (unknown: a version-1 document);", policyBack.Message, StringComparison.Ordinal);
        Assert.StartsWith("Cannot combine a recap on scale 'Permendagri 86 (Baik)' with one on 'Permendagri 86/2017'.", name.Message, StringComparison.Ordinal);
        Assert.StartsWith("Cannot combine a recap on scale 'Permendagri 86/2017' with one on 'Permendagri 86/2017'.", bands.Message, StringComparison.Ordinal);
        Assert.StartsWith("Cannot combine a recap down to Kecamatan with one down to Indicator.", level.Message, StringComparison.Ordinal);
        Assert.All(new[] { policy, name, bands, level }, e => Assert.Equal("other", e.ParamName));
        Assert.Equal(Table(), table);
    }

    [Fact]
    public void Merge_CapaianSumBeyondDecimal_IsAnErrorNamingTheGroupAndPeriod()
    {
        // Each table holds a unit whose TW I capaian sum is 5 × 10²⁸ quanta; together they are beyond decimal.
        var unit = new RecapKey(RecapLevel.Unit, "3303", "BBS", "PEM");
        RecapTable Huge(string fingerprint) => RecapTable.FromFigures(
            "Permendagri 86/2017",
            5,
            RecapLevel.Unit,
            Enumerable.Range(0, 8).ToDictionary(p => (unit, p), _ => new RecapFigures(1, 1, 0, 0, 0, 0, 0, 50_000_000_000_000_000_000_000_000_000m, [0, 0, 0, 0, 1])),
            [],
            fingerprint);
        var table = Huge("a");

        var e = Assert.Throws<ArgumentException>(() => table.Merge(Huge("a")));

        Assert.StartsWith("Combining the recaps takes the capaian sum of Unit 3303/BBS/PEM in TW I beyond the range of decimal (±7.9 × 10²⁸ quanta); nothing was combined.", e.Message, StringComparison.Ordinal);
        Assert.Equal("other", e.ParamName);
        Assert.Equal(Huge("a"), table);
    }

    [Fact]
    public void Merge_BudgetsOfAGroupInBoth_AreAdded_AndEqualTheWholeRecap()
    {
        var whole = Table();
        var bbs = Table(Rows.Where(r => r.KecamatanCode == "BBS"), Budget.Where(b => b.KecamatanCode == "BBS"));
        var krg = Table(Rows.Where(r => r.KecamatanCode == "KRG"), Budget.Where(b => b.KecamatanCode == "KRG"));

        var merged = bbs.Merge(krg);

        Assert.Equal(whole, merged);
        var kabupaten = merged.FindBudget(new RecapKey(RecapLevel.Kabupaten, "3303"), Tw(3, cumulative: true))!;
        Assert.Equal((2, 1, 600m, 200m, 90m), (kabupaten.ProgramCount, kabupaten.NotReported, kabupaten.Pagu, kabupaten.ReportedPagu, kabupaten.Realisasi));
        Assert.Equal(whole.BudgetRows.Select(r => (r.Key, r.Period, r.Figures)), merged.BudgetRows.Select(r => (r.Key, r.Period, r.Figures)));
    }

    [Fact]
    public void Replace_LeavesTheBudgetAsItWas()
    {
        var table = Table();
        var after = new[] { Row("BBS", "TRA", "IK3", 1, 10m, 9m) };

        var updated = table.Replace(Rows.Where(r => r.IndicatorId == "IK3"), after, RecapPolicy.Default).Value;

        Assert.Equal(table.BudgetRows.Select(r => (r.Key, r.Period, r.Figures)), updated.BudgetRows.Select(r => (r.Key, r.Period, r.Figures)));
        Assert.Equal(Table(Rows.Where(r => r.IndicatorId != "IK3").Concat(after)), updated);
    }

    [Fact]
    public void Canonical_WritesAFloorLeftOff_AndABandClosedAbove()
    {
        var scale = CategoryScale.Create("Dua", [new CategoryBand("Kurang", null, false, 50m, true, "K"), new CategoryBand("Baik", 50m, false, null, false, "B")]).Value;
        var policy = new RecapPolicy { Capaian = CapaianPolicy.Default with { FloorAtZero = false }, Scale = scale.WithBasis(CategoryBasis.Exact) };

        var text = PolicyFingerprint.Canonical(policy);

        Assert.Contains("\nfloorAtZero=false\n", text, StringComparison.Ordinal);
        Assert.Contains("\nband=K(,50]\nband=B(50,)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RecapPaths_Force_TakesThePathUntilDisposed_ThenThePreviousOne()
    {
        var fastest = RecapPaths.Current;
        using (RecapPaths.Force(RecapPath.Decimal))
        {
            Assert.Equal(RecapPath.Decimal, RecapPaths.Current);
            using (RecapPaths.Force(RecapPath.Vector))
            {
#if KINERJA_NETSTANDARD_ASSET
                Assert.Equal(RecapPath.Decimal, RecapPaths.Current); // the netstandard2.0 build has decimals only
#else
                Assert.Equal(RecapPath.Vector, RecapPaths.Current);
#endif
            }

            Assert.Equal(RecapPath.Decimal, RecapPaths.Current);
        }

        Assert.Equal(fastest, RecapPaths.Current);
#if !KINERJA_NETSTANDARD_ASSET
        Assert.NotEqual(RecapPath.Decimal, fastest);
#endif
    }
}
