using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Tests.Recap;

namespace Kinerja.Core.Tests.Properties;

/// <summary>Rows and a policy for comparing the recap with its reference implementation.</summary>
/// <param name="Rows">The rows, in the order given to the recap.</param>
/// <param name="Policy">The policy.</param>
/// <param name="PolicyName">What the policy changes, for a failing case.</param>
public sealed record OracleInput(IReadOnlyList<IndicatorMeasurement> Rows, RecapPolicy Policy, string PolicyName)
{
    /// <summary>A readable summary for a failing case.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => PolicyName + Environment.NewLine + string.Join(Environment.NewLine, Rows.Select(r => r.ToString()));
}

/// <summary>
/// Generators for <see cref="RecapOracleProperties"/>: values of many scales and sizes (whole numbers,
/// cents, four, nine, 13 and 20 decimals, up to 10¹² and tiny ones, some indicators with every value
/// tiny and of one scale, targets with 2¹² in their mantissa so
/// that a capaian lands exactly on half a 10⁻⁹ % quantum), realisasi sitting exactly on the band
/// bounds of Permendagri 86 (R = b × T / 100), ranges, zero and missing figures, every polarity and
/// method, rows in input order or scattered, and policies that move every rule the integer way
/// depends on (caps, floors, zero targets, the negative formula, scales with fractional bounds).
/// </summary>
public static class OracleArbitraries
{
    private static readonly Polarity[] Polarities = [Polarity.Positive, Polarity.Negative, Polarity.KeepStable];
    private static readonly AggregationMethod[] Methods = [AggregationMethod.CumulativeSum, AggregationMethod.LastValue, AggregationMethod.Average, AggregationMethod.Maximum, AggregationMethod.Minimum];
    private static readonly decimal[] Bounds = [51m, 66m, 76m, 91m, 100m, 120m, 50.5m];

    /// <summary>Oracle inputs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OracleInput> Inputs() => Arb.From(InputGen);

    /// <summary>A value of one of many shapes.</summary>
    public static Gen<decimal> Value { get; } = Gen.OneOf(
        Gen.Choose(0, 1000).Select(n => (decimal)n),
        Gen.Choose(1, 2_000_000).Select(n => n / 100m),
        Gen.Choose(1, 2_000_000).Select(n => n / 10_000m),
        Gen.Choose(1, 999_999_999).Select(n => n / 1_000_000_000m),
        Gen.Choose(1, 1_000_000).Select(n => n * 1_000_000m),
        Gen.Choose(1, 1000).Select(n => n * 1_000_000_000m + 0.5m),
        Gen.Choose(0, 3).Select(n => n / 3m),
        Gen.Choose(1, 2000).Select(n => n / 100_000_000_000_000_000_000m),
        Gen.Choose(1, 2000).Select(n => n / 10_000_000_000_000m),
        Gen.Elements(40.96m, 4.096m, 0.4096m, 81.92m, 163.84m, 4096m, 0.04096m, 0.01m, 0.03m, 1.25m));

    /// <summary>
    /// Values of one scale only, for every figure of an indicator: tiny ones at 12, 13 and 20 decimals,
    /// where a decimal mean of three keeps fewer digits than the integers do.
    /// </summary>
    private static Gen<Gen<decimal>> ValuesOfOneIndicator { get; } = Gen.Frequency(
        (6, Gen.Constant(Value)),
        (1, Gen.Constant(Gen.Choose(1, 2000).Select(n => n / 1_000_000_000_000m))),
        (1, Gen.Constant(Gen.Choose(1, 2000).Select(n => n / 10_000_000_000_000m))),
        (1, Gen.Constant(Gen.Choose(1, 2000).Select(n => n / 100_000_000_000_000_000_000m))));

    /// <summary>
    /// One quarter's target and realisasi; a realisasi on a bound is often on the indicator's own bound,
    /// and every quarter of an aligned indicator is on it, so that sums and means of quarters (a mean of
    /// three whose decimal form rounds) sit on it too.
    /// </summary>
    private static Gen<(decimal? Lower, decimal? Upper, decimal? R)> Quarter(Gen<decimal> value, decimal indicatorBound, bool aligned) =>
        from target in aligned ? value.Select(v => (decimal?)v) : Gen.Frequency((1, Gen.Constant((decimal?)null)), (1, Gen.Constant((decimal?)0m)), (12, value.Select(v => (decimal?)v)))
        from shape in aligned ? Gen.Choose(2, 5) : Gen.Choose(0, 9)
        from other in value
        from bound in Gen.Frequency((1, Gen.Elements(Bounds)), (2, Gen.Constant(indicatorBound)))
        from width in value
        let r = shape switch
        {
            0 => (decimal?)null,
            1 => 0m,
            <= 4 when target is { } t => t * bound / 100m,
            5 when target is { } t => (2m * t) - (t * bound / 100m),
            _ => other,
        }
        let isRange = shape == 9 && target is not null && width > 0m
        select (target, isRange ? target + width : target, r);

    private static Gen<IndicatorMeasurement[]> IndicatorGen(string kab, string kec, string unit, string indicator) =>
        from polarity in Gen.Elements(Polarities)
        from aligned in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from method in aligned ? Gen.Frequency((1, Gen.Elements(Methods)), (1, Gen.Constant(AggregationMethod.Average))) : Gen.Elements(Methods)
        from sasaran in Gen.Elements("S1", "S2")
        from values in ValuesOfOneIndicator
        from bound in Gen.Elements(Bounds)
        from quarters in Gen.ArrayOf(Quarter(values, bound, aligned), 4)
        from present in Gen.ArrayOf(Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false))), 4)
        select Enumerable.Range(0, 4).Where(q => present[q] || q == 0)
            .Select(q => new IndicatorMeasurement(kab, kec, unit, sasaran, indicator, polarity, method, q + 1, quarters[q].Lower, quarters[q].Upper, quarters[q].R))
            .ToArray();

    private static CategoryScale FractionalScale { get; } = CategoryScale.Create("fractional", [
        new CategoryBand("low", null, false, 50.5m, false),
        new CategoryBand("mid", 50.5m, true, 91.125m, true),
        new CategoryBand("high", 91.125m, false, null, false)]).Value!;

    internal static Gen<(RecapPolicy, string)> PolicyGen { get; } = Gen.Elements(
        (RecapPolicy.Default, "default"),
        (RecapPolicy.Default with { AverageCap = 120m }, "average cap 120"),
        (RecapPolicy.Default with { AverageCap = 100.0000000005m }, "average cap off the quanta"),
        (RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { Cap = 110m } }, "cap 110"),
        (RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { FloorAtZero = false } }, "no floor"),
        (RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { ZeroTarget = ZeroTargetRule.HundredWhenMet } }, "zero target 100 when met"),
        (RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { ZeroTarget = ZeroTargetRule.Zero } }, "zero target 0"),
        (RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { NegativeFormula = NegativePolarityFormula.InverseRatio, CapaianWhenRealisasiZero = 100m } }, "inverse ratio"),
        (RecapPolicy.Default with { Scale = CategoryScales.SakipGrades }, "SAKIP grades"),
        (RecapPolicy.Default with { Scale = CategoryScales.Permendagri86Baik }, "Permendagri 86 baik"),
        (RecapPolicy.Default with { Scale = FractionalScale }, "fractional bounds"));

    /// <summary>
    /// Rows of mean-aggregated indicators whose every quarter is exactly on one bound (R = b × T / 100,
    /// or its negative and keep-stable forms), with targets of up to four decimals: the sums are on the
    /// bound too, while a decimal mean of three may round off it.
    /// </summary>
    public static Gen<OracleInput> MeansOnABound { get; } =
        from kecamatan in Gen.Choose(1, 2)
        from indicators in Gen.Choose(1, 4)
        let slots = (from c in Enumerable.Range(1, kecamatan) from i in Enumerable.Range(1, indicators) select ("KEC" + c, "IK" + i)).ToArray()
        from groups in Gen.CollectToArray(slots.Select(s => MeanOnABound(s.Item1, s.Item2)))
        from policy in PolicyGen
        select new OracleInput(groups.SelectMany(g => g).ToArray(), policy.Item1, policy.Item2 + ", means on a bound");

    private static Gen<IndicatorMeasurement[]> MeanOnABound(string kec, string indicator) =>
        from polarity in Gen.Elements(Polarities)
        from bound in Gen.Elements(Bounds)
        from scale in Gen.Choose(0, 4)
        from mantissas in Gen.ArrayOf(Gen.Choose(1, 100_000), 4)
        from quarters in Gen.Choose(3, 4)
        select Enumerable.Range(0, quarters).Select(q =>
        {
            var t = mantissas[q] / (decimal)Math.Pow(10, scale);
            var onBound = t * bound / 100m;
            var r = polarity == Polarity.Negative ? (2m * t) - onBound : onBound;
            return new IndicatorMeasurement("KAB1", kec, "U1", "S1", indicator, polarity, AggregationMethod.Average, q + 1, t, t, r);
        }).ToArray();

    private static Gen<OracleInput> InputGen { get; } =
        from kabupaten in Gen.Choose(1, 2)
        from kecamatan in Gen.Choose(1, 2)
        from units in Gen.Choose(1, 3)
        from indicators in Gen.Choose(1, 4)
        let slots = (from k in Enumerable.Range(1, kabupaten)
                     from c in Enumerable.Range(1, kecamatan)
                     from u in Enumerable.Range(1, units)
                     from i in Enumerable.Range(1, indicators)
                     select ("KAB" + k, "KEC" + c, "U" + u, "IK" + i)).ToArray()
        from groups in Gen.CollectToArray(slots.Select(s => IndicatorGen(s.Item1, s.Item2, s.Item3, s.Item4)))
        from policy in PolicyGen
        from scatter in Gen.Elements(false, true)
        from keys in Gen.ArrayOf(Gen.Choose(0, 1_000_000), groups.Sum(g => g.Length))
        let rows = groups.SelectMany(g => g).ToArray()
        select new OracleInput(scatter ? rows.Zip(keys).OrderBy(p => p.Second).Select(p => p.First).ToArray() : rows, policy.Item1, policy.Item2 + (scatter ? ", scattered" : string.Empty));
}

/// <summary>
/// The recap against its reference implementation (<see cref="ReferenceRecap"/>, every figure on
/// decimals): the same table, or the same problems, on any rows and policy; and the integer way of
/// computing one indicator against the decimal way wherever it takes the indicator.
/// </summary>
public class RecapOracleProperties
{
    /// <summary>
    /// Null rows anywhere (at the start, inside a unit's run, among rows whose units are scattered): each is reported as
    /// missing at its own input index, by the rows' recap and by a source alike, and none is dropped.
    /// </summary>
    /// <param name="input">The rows and policy.</param>
    /// <param name="seed">Where the null rows go, and whether the rows are shuffled first (scattering their units).</param>
    [OracleProperty]
    public void Build_NullRowsAnywhere_AreEachMissing_AtTheirIndex(OracleInput input, int seed)
    {
        var random = new Random(seed);
        var rows = input.Rows.ToList();
        if (random.Next(2) == 0)
        {
            rows = [.. rows.OrderBy(_ => random.Next())];
        }

        for (var k = 1 + random.Next(3); k > 0; k--)
        {
            rows.Insert(random.Next(rows.Count + 1), null!);
        }

        var missing = rows.Select((r, i) => (r, i)).Where(x => x.r is null).Select(x => "indicators[" + x.i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]").ToArray();
        var table = RecapCalculator.Build(rows, [], input.Policy);
        var source = RecapSource.Create(rows, []);

        Assert.False(table.IsValid);
        Assert.Equal(missing, table.Problems.Where(p => p.Code == Kinerja.Core.Validation.ProblemCodes.Required && missing.Contains(p.Path)).Select(p => p.Path));
        Assert.Equal(missing, source.Problems.Where(p => p.Code == Kinerja.Core.Validation.ProblemCodes.Required && missing.Contains(p.Path)).Select(p => p.Path));
    }

    [OracleProperty]
    public void Build_EqualsTheReferenceRecap(OracleInput input)
    {
        var fast = RecapCalculator.Build(input.Rows, [], input.Policy);
        var reference = ReferenceRecap.Build(input.Rows, [], input.Policy);

        Assert.Equal(reference.IsValid, fast.IsValid);
        if (reference.IsValid)
        {
            Assert.Equal(reference.Value, fast.Value);
        }
        else
        {
            Assert.Equal(reference.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)), fast.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
        }
    }

    [OracleProperty]
    public void Build_DownToALevel_KeepsExactlyThoseLevelsOfTheFullRecap(OracleInput input)
    {
        var full = RecapCalculator.Build(input.Rows, [], input.Policy).Value;
        foreach (var finest in new[] { RecapLevel.Sasaran, RecapLevel.Unit, RecapLevel.Kecamatan, RecapLevel.Kabupaten, RecapLevel.National })
        {
            var part = RecapCalculator.Build(input.Rows, [], input.Policy, RecapOptions.Default with { FinestLevel = finest }).Value;

            Assert.Equal(finest, part.FinestLevel);
            Assert.Equal(
                full.Rows.Where(r => r.Key.Level >= finest).Select(r => (r.Key, r.Period, r.Figures)),
                part.Rows.Select(r => (r.Key, r.Period, r.Figures)));
        }
    }

    [OracleProperty]
    public void Build_InParts_EqualsTheRecapOnOneThread(OracleInput input)
    {
        var one = RecapCalculator.Build(input.Rows, [], input.Policy, RecapOptions.Default with { MaxDegreeOfParallelism = 1 });
        foreach (var threads in new[] { 2, 3, 7 })
        {
            // One row per part is enough to cut the rows into parts, at unit boundaries.
            var parts = RecapCalculator.Build(input.Rows, [], input.Policy, RecapOptions.Default with { MaxDegreeOfParallelism = threads }, minRowsPerWorker: 1);

            Assert.Equal(one.IsValid, parts.IsValid);
            if (one.IsValid)
            {
                Assert.Equal(one.Value, parts.Value);
            }
            else
            {
                Assert.Equal(one.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)), parts.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
            }
        }
    }

    [OracleProperty]
    public void Build_FromASource_EqualsTheRecapOfTheRows(OracleInput input)
    {
        var source = RecapSource.Create(input.Rows, []).Value;
        foreach (var finest in new[] { RecapLevel.Indicator, RecapLevel.Unit, RecapLevel.Kecamatan, RecapLevel.Kabupaten })
        {
            var options = RecapOptions.Default with { FinestLevel = finest };
            var rows = RecapCalculator.Build(input.Rows, [], input.Policy, options).Value;

            Assert.Equal(rows, RecapCalculator.Build(source, input.Policy, options));
            foreach (var threads in new[] { 2, 3 })
            {
                Assert.Equal(rows, RecapCalculator.Build(source, input.Policy, options with { MaxDegreeOfParallelism = threads }, minRowsPerWorker: 1));
            }
        }
    }

    [OracleProperty]
    public Property Build_FromASource_MeansOfThreeOnABound_EqualTheRecapOfTheRows() =>
        Prop.ForAll(Arb.From(OracleArbitraries.MeansOnABound), input =>
        {
            var source = RecapSource.Create(input.Rows, []).Value;
            Assert.Equal(ReferenceRecap.Build(input.Rows, [], input.Policy).Value, RecapCalculator.Build(input.Rows, [], input.Policy).Value);
            foreach (var finest in new[] { RecapLevel.Indicator, RecapLevel.Kecamatan, RecapLevel.Kabupaten })
            {
                var options = RecapOptions.Default with { FinestLevel = finest };
                Assert.Equal(RecapCalculator.Build(input.Rows, [], input.Policy, options).Value, RecapCalculator.Build(source, input.Policy, options));
            }
        });

#if !KINERJA_NETSTANDARD_ASSET
    [OracleProperty]
    public void TryEvaluateInteger_WhereItApplies_GivesTheDecimalFigures(OracleInput input)
    {
        var rules = IntegerRules.From(input.Policy);
        var integer = new IndicatorPeriods();
        var exact = new IndicatorPeriods();
        foreach (var indicator in input.Rows.GroupBy(r => (r.KabupatenCode, r.KecamatanCode, r.UnitCode, r.IndicatorId)))
        {
            var slots = new IndicatorMeasurement?[4];
            foreach (var row in indicator)
            {
                slots[row.Triwulan - 1] = row;
            }

            var any = indicator.First();
            if (!integer.TryEvaluateInteger(slots, 0, any.Polarity, any.Aggregation, rules, input.Policy))
            {
                continue;
            }

            exact.EvaluateDecimal(slots, 0, any.Polarity, any.Aggregation, input.Policy);
            for (var p = 0; p < 8; p++)
            {
                Assert.Equal(exact.Kinds[p], integer.Kinds[p]);
                if (exact.Kinds[p] == FigureKind.Computed)
                {
                    Assert.Equal(exact.Bands[p], integer.Bands[p]);
                    Assert.Equal(exact.IsLarge[p], integer.IsLarge[p]);
                    Assert.Equal(exact.IsLarge[p] ? exact.LargeQuanta[p] : exact.Quanta[p], integer.IsLarge[p] ? integer.LargeQuanta[p] : integer.Quanta[p]);
                }
            }
        }
    }
#endif
}

/// <summary>[Property] with <see cref="OracleArbitraries"/> and the configured number of cases.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OraclePropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Uses <see cref="OracleArbitraries"/> and <see cref="PropertyRuns.Count"/> cases, replaying <see cref="PropertyRuns.Replay"/> when set.</summary>
    public OraclePropertyAttribute()
    {
        MaxTest = PropertyRuns.Count;
        Arbitrary = [typeof(OracleArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}
