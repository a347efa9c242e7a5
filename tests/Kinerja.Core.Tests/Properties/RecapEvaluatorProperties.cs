using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests.Properties;

/// <summary>One indicator of a unit's PK: its codes, rules and four quarters (target bounds and realisasi, each possibly missing).</summary>
/// <param name="Id">The indicator's id.</param>
/// <param name="Sasaran">The sasaran's id.</param>
/// <param name="Polarity">The polarity.</param>
/// <param name="Method">The aggregation method.</param>
/// <param name="Quarters">TW I to TW IV: target lower and upper bound (both null: no target) and realisasi (null: not reported).</param>
public sealed record EvaluatorIndicator(string Id, string Sasaran, Polarity Polarity, AggregationMethod Method, IReadOnlyList<(decimal? Lower, decimal? Upper, decimal? R)> Quarters)
{
    /// <summary>A readable summary for a failing case.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Id + " " + Sasaran + " " + Polarity + " " + Method + " [" + string.Join("; ", Quarters.Select(q => "T=" + q.Lower + (q.Upper != q.Lower ? "-" + q.Upper : string.Empty) + " R=" + q.R)) + "]";
}

/// <summary>A unit (one PK) and its indicators.</summary>
/// <param name="Kabupaten">The kabupaten's code.</param>
/// <param name="Kecamatan">The kecamatan's code.</param>
/// <param name="Unit">The unit's code (the PK's office unit).</param>
/// <param name="Indicators">The indicators.</param>
public sealed record EvaluatorUnit(string Kabupaten, string Kecamatan, string Unit, IReadOnlyList<EvaluatorIndicator> Indicators)
{
    /// <summary>A readable summary for a failing case.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kabupaten + "/" + Kecamatan + "/" + Unit + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", Indicators);
}

/// <summary>Units and a policy drawn from every combination of the options of <see cref="CapaianPolicy"/> and <see cref="RecapPolicy"/>.</summary>
/// <param name="Units">The units.</param>
/// <param name="Policy">The policy.</param>
public sealed record EvaluatorInput(IReadOnlyList<EvaluatorUnit> Units, RecapPolicy Policy)
{
    /// <summary>A readable summary for a failing case.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "capaian: " + Policy.Capaian + "; scale " + Policy.Scale.Name + " (" + Policy.Scale.Basis + "); averageCap " + Policy.AverageCap + Environment.NewLine + string.Join(Environment.NewLine, Units);
}

/// <summary>
/// Generators for <see cref="RecapEvaluatorProperties"/>: each option of the policies drawn on its own
/// (the negative formula, the floor, the zero-target rule, the figure for R = 0, the cap, the scale,
/// the scale's basis, printed or exact, and the average cap), so every combination can occur; values of many
/// scales and sizes, realisasi on the band bounds and on the half-cents where a printed figure changes band, realisasi
/// within a quantum of those bounds (<see cref="NearBound"/>), ranges, zero and missing figures, every polarity and method.
/// </summary>
public static class EvaluatorArbitraries
{
    private static readonly Polarity[] Polarities = [Polarity.Positive, Polarity.Negative, Polarity.KeepStable];
    private static readonly AggregationMethod[] Methods = [AggregationMethod.CumulativeSum, AggregationMethod.LastValue, AggregationMethod.Average, AggregationMethod.Maximum, AggregationMethod.Minimum];
    private static readonly decimal[] Bounds = [51m, 66m, 76m, 91m, 100m, 110m, 120m, 50.5m, 91.125m, 90.995m, 90.005m, 75.995m, 50.495m, 91.115m];

    /// <summary>The bounds <see cref="NextToABound"/> draws: mostly those printing moves (x.995, x.495, x.005), whose fractions have the large denominators that bring a whole R/T within half a quantum.</summary>
    private static readonly decimal[] PrintedBounds = [90.995m, 75.995m, 65.995m, 50.995m, 50.495m, 90.005m, 91.115m, 91.125m, 50.5m, 91m, 100m];

    private static CategoryScale FractionalScale { get; } = CategoryScale.Create("fractional", [
        new CategoryBand("low", null, false, 50.5m, false),
        new CategoryBand("mid", 50.5m, true, 91.125m, true),
        new CategoryBand("high", 91.125m, false, null, false)]).Value!;

    /// <summary>The inputs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EvaluatorInput> Inputs() => Arb.From(InputGen);

    /// <summary>A policy with each option drawn independently of the others.</summary>
    public static Gen<RecapPolicy> PolicyGen { get; } =
        from negative in Gen.Elements(NegativePolarityFormula.TwoMinusRatio, NegativePolarityFormula.InverseRatio)
        from floor in Gen.Elements(true, false)
        from zeroTarget in Gen.Elements(ZeroTargetRule.NotComputable, ZeroTargetRule.Zero, ZeroTargetRule.HundredWhenMet)
        from realisasiZero in Gen.Elements<decimal?>(null, 0m, 100m, 120m, 37.5m)
        from cap in Gen.Elements<decimal?>(null, 100m, 110m, 120m, 150m, 91m, 100.0000000005m)
        from scale in Gen.Elements(CategoryScales.Permendagri86, CategoryScales.SakipGrades, CategoryScales.Permendagri86Baik, FractionalScale)
        from averageCap in Gen.Elements<decimal?>(null, 120m, 100m, 150m, 66m, 100.0000000005m)
        from basis in Gen.Elements(CategoryBasis.Printed, CategoryBasis.Exact)
        select new RecapPolicy
        {
            Capaian = new CapaianPolicy { NegativeFormula = negative, FloorAtZero = floor, ZeroTarget = zeroTarget, CapaianWhenRealisasiZero = realisasiZero, Cap = cap },
            Scale = scale.WithBasis(basis),
            AverageCap = averageCap,
        };

    private static Gen<(decimal? Lower, decimal? Upper, decimal? R)> Quarter(Gen<decimal> value) =>
        Gen.Frequency((10, Drawn(value)), (2, NextToABound));

    private static Gen<(decimal? Lower, decimal? Upper, decimal? R)> Drawn(Gen<decimal> value) =>
        from target in Gen.Frequency((1, Gen.Constant((decimal?)null)), (1, Gen.Constant((decimal?)0m)), (12, value.Select(v => (decimal?)v)))
        from shape in Gen.Choose(0, 9)
        from other in value
        from bound in Gen.Elements(Bounds)
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

    /// <summary>
    /// A whole target T of 10⁷ to about 2 × 10⁹ (up to 6 × 10⁷ mostly, where the vector lanes take the figure in one
    /// division; above, one figure at a time in two) and a realisasi R as near a bound b as whole numbers come:
    /// R/T = b/100 ± 1/(qT), where b/100 = p/q in lowest terms. For the bounds that printing moves (90.995 is 18199/20000),
    /// the figure is then within half a quantum (10⁻⁹ %) of the bound, below or above it, where each band comparison is
    /// nearest equal. The mirrored R (2T − R) puts the 2 − R/T figure there instead.
    /// </summary>
    private static Gen<(decimal? Lower, decimal? Upper, decimal? R)> NextToABound { get; } =
        from bound in Gen.Elements(PrintedBounds)
        from side in Gen.Elements(-1, 1)
        from start in Gen.Frequency((3, Gen.Choose(10_000_000, 60_000_000)), (1, Gen.Choose(60_000_000, 2_000_000_000)))
        from mirrored in Gen.Elements(false, true)
        let pair = NearBound(bound, side, start)
        select ((decimal?)pair.T, (decimal?)pair.T, (decimal?)(mirrored ? (2m * pair.T) - pair.R : pair.R));

    /// <summary>The first T from <paramref name="start"/> with p·T + <paramref name="side"/> a multiple of q, and R = (p·T + side) / q.</summary>
    internal static (decimal T, decimal R) NearBound(decimal bound, int side, long start)
    {
        var (p, q) = Fraction(bound / 100m);
        for (var t = start; ; t++)
        {
            var n = (p * t) + side;
            if (n % q == 0)
            {
                return (t, n / q);
            }
        }
    }

    /// <summary>A decimal as a fraction in lowest terms.</summary>
    private static (long P, long Q) Fraction(decimal value)
    {
        long q = 1;
        while (value != decimal.Truncate(value))
        {
            value *= 10m;
            q *= 10;
        }

        var p = (long)value;
        var (a, b) = (p, q);
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return (p / a, q / a);
    }

    private static Gen<EvaluatorIndicator> IndicatorGen(string id) =>
        from polarity in Gen.Elements(Polarities)
        from method in Gen.Elements(Methods)
        from sasaran in Gen.Elements("S1", "S2")
        from tiny in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from quarters in Gen.ArrayOf(Quarter(tiny ? Gen.Choose(1, 2000).Select(n => n / 1_000_000_000_000m) : OracleArbitraries.Value), 4)
        select new EvaluatorIndicator(id, sasaran, polarity, method, quarters);

    private static Gen<EvaluatorInput> InputGen { get; } =
        from kecamatan in Gen.Choose(1, 2)
        from units in Gen.Choose(1, 2)
        from indicators in Gen.Choose(1, 6)
        let slots = (from c in Enumerable.Range(1, kecamatan) from u in Enumerable.Range(1, units) select ("KEC" + c, "U" + u)).ToArray()
        from unitList in Gen.CollectToArray(slots.Select(s =>
            Gen.CollectToArray(Enumerable.Range(1, indicators).Select(i => IndicatorGen("IK" + i)))
                .Select(list => new EvaluatorUnit("KAB1", s.Item1, s.Item1 + "-" + s.Item2, list))))
        from policy in PolicyGen
        select new EvaluatorInput(unitList, policy);
}

/// <summary>
/// The recap against <see cref="CapaianEvaluator"/>, not against a copy of its rules: for a unit's PK
/// and its realisasi, each indicator row of the recap holds exactly the figure the evaluator gives
/// (counted by status and reason, its band on the policy's scale, its quanta after the average cap),
/// and each sasaran, unit and kecamatan row the sum of its indicators' figures, both in a recap down to
/// that level (a unit's figures through the vector lanes, a kecamatan's through the columns) and in the
/// recap of every level, under random policies, on every path the recap has: vector lanes, integers one figure at a time, and decimals
/// (each forced in turn; the netstandard2.0 build has only the decimal path).
/// </summary>
public class RecapEvaluatorProperties
{
    private static readonly RecapPath[] Paths = [RecapPath.Vector, RecapPath.Scalar, RecapPath.Decimal];

    [EvaluatorProperty]
    public void Build_RowsOfEveryLevel_EqualTheEvaluatorsResults(EvaluatorInput input)
    {
        var expected = Expected(input);
        var rows = Rows(input).ToArray();
        var source = RecapSource.Create(rows, []).Value;
        var disagreements = new List<string>();
        foreach (var path in Paths)
        {
            RecapTable all;
            RecapTable national;
            RecapTable sasaran;
            RecapTable units;
            using (RecapPaths.Force(path))
            {
                all = RecapCalculator.Build(rows, [], input.Policy, RecapOptions.Default with { MaxDegreeOfParallelism = 1 }).Value;
                national = RecapCalculator.Build(source, input.Policy, RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan, MaxDegreeOfParallelism = 1 });

                // Down to the sasaran and down to the unit (where the unit's figures go through the vector lanes).
                sasaran = RecapCalculator.Build(rows, [], input.Policy, RecapOptions.Default with { FinestLevel = RecapLevel.Sasaran, MaxDegreeOfParallelism = 1 }).Value;
                units = RecapCalculator.Build(rows, [], input.Policy, RecapOptions.Default with { FinestLevel = RecapLevel.Unit, MaxDegreeOfParallelism = 1 }).Value;
            }

            foreach (var ((key, period), figures) in expected)
            {
                var table = key.Level switch
                {
                    RecapLevel.Indicator => all,
                    RecapLevel.Sasaran => sasaran,
                    RecapLevel.Unit => units,
                    _ => national,
                };
                if (!figures.Equals(table.Find(key, period)) || (key.Level != RecapLevel.Indicator && !figures.Equals(all.Find(key, period))))
                {
                    // Every path is tried before failing, so a failure names each path that disagrees.
                    disagreements.Add($"{path} path, {key} {period}: the evaluator's {figures}, the recap's {table.Find(key, period)} (all levels: {all.Find(key, period)})");
                    break;
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    /// <summary>The figures the evaluator's results make, per indicator and per kecamatan.</summary>
    private static Dictionary<(RecapKey, RecapPeriod), RecapFigures> Expected(EvaluatorInput input)
    {
        var bands = input.Policy.Scale.Bands.Count;
        var figures = new Dictionary<(RecapKey, RecapPeriod), RecapFigures>();
        foreach (var unit in input.Units)
        {
            var (pk, measurements) = Pk(unit);
            var results = CapaianEvaluator.Evaluate(pk, measurements, input.Policy.Capaian);
            var kecamatan = new RecapKey(RecapLevel.Kecamatan, unit.Kabupaten, unit.Kecamatan);
            var unitKey = new RecapKey(RecapLevel.Unit, unit.Kabupaten, unit.Kecamatan, unit.Unit);
            foreach (var result in results)
            {
                var key = new RecapKey(RecapLevel.Indicator, unit.Kabupaten, unit.Kecamatan, unit.Unit, result.Indicator.Id);
                var sasaranKey = new RecapKey(RecapLevel.Sasaran, unit.Kabupaten, unit.Kecamatan, unit.Unit, unit.Indicators.Single(i => i.Id == result.Indicator.Id).Sasaran);
                foreach (var period in RecapPeriod.All)
                {
                    var quarter = result[period.Triwulan];
                    var one = Figure(period.IsCumulative ? quarter.CumulativeCapaian : quarter.Capaian, input.Policy);
                    figures[(key, period)] = one;
                    foreach (var group in new[] { sasaranKey, unitKey, kecamatan })
                    {
                        figures[(group, period)] = figures.TryGetValue((group, period), out var sum) ? Add(sum, one) : one;
                    }
                }
            }
        }

        return figures;

        static RecapFigures Add(RecapFigures a, RecapFigures b) => new(
            a.IndicatorCount + b.IndicatorCount, a.Computed + b.Computed, a.NotReported + b.NotReported, a.ZeroTarget + b.ZeroTarget,
            a.TargetMissing + b.TargetMissing, a.ZeroRealisasi + b.ZeroRealisasi, a.OtherNotComputable + b.OtherNotComputable,
            a.CapaianSum + b.CapaianSum, [.. a.Categories.Zip(b.Categories, (x, y) => x + y)]);
    }

    /// <summary>
    /// One indicator's figure in a recap, as docs/recap.md defines it from the evaluator's result: a
    /// computed capaian counts in its band (on the capaian itself) and enters the sum as quanta of
    /// 10⁻⁹ % after the average cap, rounded half to even, unless beyond 10¹² % (then not computable);
    /// a figure not computed counts by its reason.
    /// </summary>
    private static RecapFigures Figure(CapaianResult result, RecapPolicy policy)
    {
        var categories = new int[policy.Scale.Bands.Count];
        if (result.Status == CapaianStatus.NotReported)
        {
            return new RecapFigures(1, 0, 1, 0, 0, 0, 0, 0m, categories);
        }

        if (result.Status == CapaianStatus.Computed)
        {
            var value = result.Value!.Value;
            var averaged = policy.AverageCap is { } cap && value > cap ? cap : value;
            if (Math.Abs(averaged) <= RecapFigures.MaxCapaian)
            {
                var band = result.Classify(policy.Scale)!;
                categories[policy.Scale.Bands.ToList().IndexOf(band)] = 1;
                return new RecapFigures(1, 1, 0, 0, 0, 0, 0, Math.Round(averaged * RecapFigures.QuantaPerPercent, MidpointRounding.ToEven), categories);
            }

            return new RecapFigures(1, 0, 0, 0, 0, 0, 1, 0m, categories);
        }

        return result.Reason switch
        {
            CapaianReason.ZeroTarget => new RecapFigures(1, 0, 0, 1, 0, 0, 0, 0m, categories),
            CapaianReason.TargetMissing => new RecapFigures(1, 0, 0, 0, 1, 0, 0, 0m, categories),
            CapaianReason.ZeroRealisasi => new RecapFigures(1, 0, 0, 0, 0, 1, 0, 0m, categories),
            _ => new RecapFigures(1, 0, 0, 0, 0, 0, 1, 0m, categories),
        };
    }

    /// <summary>The unit's PK (one sasaran per sasaran code, the indicators' quarterly targets) and its realisasi.</summary>
    private static (PerjanjianKinerja Pk, MeasurementSet Measurements) Pk(EvaluatorUnit unit)
    {
        var builder = PerjanjianKinerja.CreateBuilder(new OfficeUnit(unit.Unit, "Unit " + unit.Unit), 2026)
            .WithPihakPertama("Demo Camat", "Camat", SamplePk.CamatNip)
            .WithPihakKedua("Demo Bupati", "Bupati", null);
        foreach (var sasaran in unit.Indicators.GroupBy(i => i.Sasaran))
        {
            builder.AddSasaran(sasaran.Key, "Sasaran " + sasaran.Key, s =>
            {
                foreach (var indicator in sasaran)
                {
                    s.AddIndicator(indicator.Id, "Indikator " + indicator.Id, i =>
                    {
                        i.WithSatuan("Unit").WithPolarity(indicator.Polarity).WithAggregation(indicator.Method).WithAnnualTarget(1m);
                        for (var q = 0; q < 4; q++)
                        {
                            if (indicator.Quarters[q] is { Lower: { } lower, Upper: { } upper })
                            {
                                i.WithTriwulanTarget(q + 1, lower == upper ? Target.Of(lower) : Target.Between(lower, upper));
                            }
                        }
                    });
                }
            });
        }

        var built = builder.Build();
        Assert.True(built.IsValid, built.ToString());
        var measurements = MeasurementSet.CreateBuilder(built.Value);
        foreach (var indicator in unit.Indicators)
        {
            for (var q = 0; q < 4; q++)
            {
                if (indicator.Quarters[q].R is { } r)
                {
                    measurements.AddRealisasi(indicator.Id, q + 1, r);
                }
            }
        }

        var set = measurements.Build();
        Assert.True(set.IsValid, set.ToString());
        return (built.Value, set.Value);
    }

    /// <summary>The recap's rows of the same PKs: one per quarter with a target or a realisasi (TW I always).</summary>
    private static IEnumerable<IndicatorMeasurement> Rows(EvaluatorInput input) =>
        from unit in input.Units
        from indicator in unit.Indicators
        from q in Enumerable.Range(0, 4)
        let quarter = indicator.Quarters[q]
        where q == 0 || quarter.Lower is not null || quarter.R is not null
        select new IndicatorMeasurement(unit.Kabupaten, unit.Kecamatan, unit.Unit, indicator.Sasaran, indicator.Id, indicator.Polarity, indicator.Method, q + 1, quarter.Lower, quarter.Upper, quarter.R);
}

/// <summary>[Property] with <see cref="EvaluatorArbitraries"/> and the configured number of cases.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EvaluatorPropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Uses <see cref="EvaluatorArbitraries"/> and <see cref="PropertyRuns.Count"/> cases, replaying <see cref="PropertyRuns.Replay"/> when set.</summary>
    public EvaluatorPropertyAttribute()
    {
        MaxTest = PropertyRuns.Count;
        Arbitrary = [typeof(EvaluatorArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}
