using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Tests.Capaian;

namespace Kinerja.Core.Tests.Properties;

/// <summary>Recap inputs: rows of a few kabupaten, kecamatan, units and indicators, with missing targets and realisasi, zero targets and every polarity and method.</summary>
/// <param name="Rows">The rows.</param>
/// <param name="Split">For each kecamatan code, whether it goes to the first part.</param>
/// <param name="Changed">The indicator whose measurements change, and its new rows.</param>
public sealed record RecapInput(IReadOnlyList<IndicatorMeasurement> Rows, IReadOnlyDictionary<string, bool> Split, IReadOnlyList<IndicatorMeasurement> Changed)
{
    /// <summary>A readable summary for a failing case.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Rows.Select(r => r.ToString())) + Environment.NewLine + "changed: " + string.Join("; ", Changed);
}

/// <summary>Generators for the recap properties.</summary>
public static class RecapArbitraries
{
    private static readonly Polarity[] Polarities = [Polarity.Positive, Polarity.Negative, Polarity.KeepStable];
    private static readonly AggregationMethod[] Methods = [AggregationMethod.CumulativeSum, AggregationMethod.LastValue, AggregationMethod.Average, AggregationMethod.Maximum, AggregationMethod.Minimum];

    /// <summary>Recap inputs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecapInput> Inputs() => Arb.From(InputGen);

    private static Gen<decimal?> Figure(int nullWeight, int zeroWeight) => Gen.Frequency(
        (nullWeight, Gen.Constant((decimal?)null)),
        (zeroWeight, Gen.Constant((decimal?)0m)),
        (20, Gen.Choose(1, 200_000).Select(n => (decimal?)(n / 100m))));

    private static Gen<IndicatorMeasurement[]> IndicatorGen(string kab, string kec, string unit, string indicator) =>
        from polarity in Gen.Elements(Polarities)
        from method in Gen.Elements(Methods)
        from sasaran in Gen.Elements("S1", "S2")
        from targets in Gen.ArrayOf(Figure(2, 1), 4)
        from values in Gen.ArrayOf(Figure(3, 1), 4)
        from present in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))), 4)
        select Enumerable.Range(0, 4).Where(q => present[q])
            .Select(q => new IndicatorMeasurement(kab, kec, unit, sasaran, indicator, polarity, method, q + 1, targets[q], targets[q], values[q]))
            .ToArray();

    private static Gen<RecapInput> InputGen { get; } =
        from kabupaten in Gen.Choose(1, 2)
        from kecamatan in Gen.Choose(1, 3)
        from units in Gen.Choose(1, 2)
        from indicators in Gen.Choose(1, 3)
        let slots = (from k in Enumerable.Range(1, kabupaten)
                     from c in Enumerable.Range(1, kecamatan)
                     from u in Enumerable.Range(1, units)
                     from i in Enumerable.Range(1, indicators)
                     select ("KAB" + k, "KEC" + k + c, "U" + u, "IK" + i)).ToArray()
        from groups in Gen.CollectToArray(slots.Select(s => IndicatorGen(s.Item1, s.Item2, s.Item3, s.Item4)))
        from split in Gen.ArrayOf(Gen.Elements(true, false), kabupaten * kecamatan)
        from changeAt in Gen.Choose(0, slots.Length - 1)
        from replacement in IndicatorGen(slots[changeAt].Item1, slots[changeAt].Item2, slots[changeAt].Item3, slots[changeAt].Item4)
        let kecCodes = slots.Select(s => s.Item2).Distinct().ToArray()
        select new RecapInput(
            groups.SelectMany(g => g).ToArray(),
            kecCodes.Select((code, i) => (code, split[i])).ToDictionary(p => p.code, p => p.Item2),
            replacement.Length == 0 ? groups[changeAt].Take(1).ToArray() : replacement);
}

/// <summary>Properties of <see cref="RecapCalculator"/> and <see cref="RecapTable"/>.</summary>
public class RecapProperties
{
    /// <summary>
    /// A builder <see cref="RecapSourceBuilder.ForScatteredUnits"/> given the rows in any order (with, in half the cases,
    /// an indicator's rows twice, which are problems) gives what <see cref="RecapSource.Create"/> gives for the same rows:
    /// the same problems, or a source with the same recap at every level.
    /// </summary>
    [RecapProperty]
    public void ScatteredUnitsBuilder_RowsInAnyOrder_GivesWhatCreateGives(RecapInput input, int seed)
    {
        var random = new Random(seed);
        var rows = input.Rows.Concat(seed % 2 == 0 ? input.Changed : []).OrderBy(_ => random.Next()).ToArray();
        var builder = RecapSourceBuilder.ForScatteredUnits(int.MaxValue);
        foreach (var r in rows)
        {
            builder.Add(new string(r.KabupatenCode), new string(r.KecamatanCode), new string(r.UnitCode), new string(r.SasaranId), new string(r.IndicatorId), r.Polarity, r.Aggregation, r.Triwulan, r.TargetLower, r.TargetUpper, r.Realisasi);
        }

        var built = builder.Build();
        var created = RecapSource.Create(rows, []);
        Assert.Equal(created.IsValid, built.IsValid);
        Assert.Equal(created.Problems, built.Problems);
        if (created.IsValid)
        {
            Assert.Equal(created.Value.ToString(), built.Value.ToString());
            var options = RecapOptions.Default with { FinestLevel = RecapLevel.Indicator };
            Assert.Equal(RecapCalculator.Build(created.Value, RecapPolicy.Default, options), RecapCalculator.Build(built.Value, RecapPolicy.Default, options));
        }
    }

    [RecapProperty]
    public void Merge_OfTwoDisjointParts_EqualsTheRecapOfTheWhole(RecapInput input)
    {
        var policy = RecapPolicy.Default;
        var first = input.Rows.Where(r => input.Split[r.KecamatanCode]).ToArray();
        var second = input.Rows.Where(r => !input.Split[r.KecamatanCode]).ToArray();
        var whole = RecapCalculator.Build(input.Rows, [], policy).Value;

        var merged = RecapCalculator.Build(first, [], policy).Value.Merge(RecapCalculator.Build(second, [], policy).Value);

        Assert.Equal(whole, merged);
    }

    [RecapProperty]
    public void Replace_ChangedIndicator_EqualsFullRecomputation(RecapInput input)
    {
        var policy = RecapPolicy.Default with { AverageCap = 150m };
        var changed = input.Changed[0];
        bool Same(IndicatorMeasurement r) => r.KecamatanCode == changed.KecamatanCode && r.UnitCode == changed.UnitCode && r.IndicatorId == changed.IndicatorId;
        var before = input.Rows.Where(Same).ToArray();
        var after = input.Changed.Select(r => new IndicatorMeasurement(
            r.KabupatenCode, r.KecamatanCode, r.UnitCode, before.Length > 0 ? before[0].SasaranId : r.SasaranId, r.IndicatorId,
            before.Length > 0 ? before[0].Polarity : r.Polarity, before.Length > 0 ? before[0].Aggregation : r.Aggregation,
            r.Triwulan, r.TargetLower, r.TargetUpper, r.Realisasi)).ToArray();
        var recap = RecapCalculator.Build(input.Rows, [], policy).Value;

        var updated = recap.Replace(before, after, policy).Value;

        Assert.Equal(RecapCalculator.Build(input.Rows.Where(r => !Same(r)).Concat(after), [], policy).Value, updated);
    }

    [RecapProperty]
    public void IndicatorFigures_AgreeWithTheCapaianRules(RecapInput input)
    {
        var policy = RecapPolicy.Default;
        var recap = RecapCalculator.Build(input.Rows, [], policy).Value;
        foreach (var row in input.Rows)
        {
            var figures = recap.Find(new RecapKey(RecapLevel.Indicator, row.KabupatenCode, row.KecamatanCode, row.UnitCode, row.IndicatorId), new RecapPeriod(new Triwulan(row.Triwulan), false))!;
            // The oracle is the regulation's formula written out in the test (ReferenceCapaian), not CapaianCalculator.
            ReferenceCapaian.Expected expected = row.Realisasi is not { } r ? new(CapaianStatus.NotReported, CapaianReason.NotReported, null, null)
                : row.TargetLower is not { } t ? new(CapaianStatus.NotComputable, CapaianReason.TargetMissing, null, null)
                : ReferenceCapaian.Of(row.Polarity, t, r, policy.Capaian);
            Assert.Equal(1, figures.IndicatorCount);
            Assert.Equal(expected.Status == CapaianStatus.Computed ? 1 : 0, figures.Computed);
            if (expected.Value is { } v)
            {
                // The oracle divides in another order, so the rounded quanta may differ by one.
                Assert.True(Math.Abs(Math.Round(v * RecapFigures.QuantaPerPercent, MidpointRounding.ToEven) - figures.CapaianSum) <= 1m, $"{v}: {figures.CapaianSum}");
                Assert.Equal(1, figures.Categories[policy.Scale.IndexOf(v)]);
                Assert.True(Math.Abs(figures.Average!.Value - v) <= 0.0000000005m);
            }
        }
    }

    [RecapProperty]
    public void Counts_AddUpAtEveryLevel(RecapInput input)
    {
        var recap = RecapCalculator.Build(input.Rows, [], RecapPolicy.Default).Value;
        foreach (var row in recap.Rows)
        {
            var f = row.Figures;
            Assert.Equal(f.IndicatorCount, f.Computed + f.NotReported + f.NotComputable);
            Assert.Equal(f.Computed, f.Categories.Sum());
        }
    }
}

/// <summary>[Property] with <see cref="RecapArbitraries"/> and the configured number of cases.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RecapPropertyAttribute : PropertyAttribute
{
    /// <summary>Uses <see cref="RecapArbitraries"/> and <see cref="PropertyRuns.Count"/> cases.</summary>
    public RecapPropertyAttribute()
    {
        MaxTest = PropertyRuns.Count;
        Arbitrary = [typeof(RecapArbitraries)];
    }
}

/// <summary>The recap table's JSON form.</summary>
public class RecapJsonProperties
{
    [RecapProperty]
    public void ReadRecapTable_Written_GivesAnEqualTable(RecapInput input)
    {
        var table = RecapCalculator.Build(input.Rows, [], RecapPolicy.Default with { AverageCap = 150m }).Value;

        var read = Kinerja.Core.Serialization.KinerjaJson.ReadRecapTable(Kinerja.Core.Serialization.KinerjaJson.Write(table));

        Assert.Empty(read.Problems);
        Assert.Equal(table, read.Value);
    }

    [SchemaProperty(Arbitrary = [typeof(RecapArbitraries)])]
    public void Write_RecapTable_MatchesItsSchema(RecapInput input) =>
        Assert.Null(Kinerja.Core.Tests.Serialization.DocumentSchemas.Errors(Kinerja.Core.Serialization.KinerjaJson.Write(RecapCalculator.Build(input.Rows, [], RecapPolicy.Default).Value)));
}
