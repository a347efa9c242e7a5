#if !KINERJA_NETSTANDARD_ASSET
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// The pieces of a recap in runs (<see cref="RecapColumns"/>): a figure's encoding against exact
/// big-integer arithmetic, and a run's tally in vector lanes (numerators, divisions, rounding, caps,
/// bands, and the guard of means of three) against the same tally one figure at a time, under every
/// policy of the oracle. That whole recaps in runs equal the recaps of the rows is
/// <see cref="RecapOracleProperties"/>' business.
/// </summary>
public class RecapColumnsProperties
{
    private static Gen<(long Numerator, long Target)> AnyDivision { get; } =
        from target in Gen.Frequency(
            (3, Gen.Choose(1, 100_000).Select(t => (long)t)),
            (1, Gen.Choose(1, 9_000).Select(t => t * 1_000_000L)),
            (1, Gen.Constant(9_000_000_000L)))
        from ratio in Gen.Frequency(
            (3, Gen.Choose(0, 3_000_000).Select(r => r * target / 1_000_000L)),
            (1, Gen.Choose(0, 10_000).Select(r => r * target)),
            (1, Gen.Choose(0, int.MaxValue).Select(r => (long)(r / (double)int.MaxValue * target * 10_000))))
        select (Math.Min(ratio, target * 10_000), target);

    private static Gen<(long Numerator, long Target)> Division { get; } = Gen.Frequency(
        (4, AnyDivision),

        // T = 4096m and N = mn with n odd: N × 10¹¹ / T = n × 5¹¹ / 2, exactly on half a quantum.
        (1, from m in Gen.Choose(1, 9) from n in Gen.Choose(0, 20_000) select ((long)m * ((2 * n) + 1), 4096L * m)));

    /// <summary>Comparisons a run holds: any, exactly on a bound (T = 100m, R = bm) or on a half-quantum, under each polarity.</summary>
    private static Gen<(long Realisasi, long Packed)> Comparison { get; } =
        from shape in Gen.Frequency<(long Numerator, long Target)>(
            (3, AnyDivision),
            (1, from m in Gen.Choose(1, 90_000) from b in Gen.Elements(0L, 50L, 51L, 66L, 76L, 91L, 100L, 110L, 120L) select (b * m, 100L * m)),
            (1, from m in Gen.Choose(1, 9) from n in Gen.Choose(0, 20_000) select ((long)m * ((2 * n) + 1), 4096L * m)))
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Negative, Polarity.KeepStable)
        from scale in Gen.Choose(0, 12)
        let r = polarity == Polarity.Negative ? Math.Max(0, (2 * shape.Target) - shape.Numerator) : shape.Numerator
        where Math.Max(0, PolarityNumerator.Of(polarity, shape.Target, r)) <= Math.Min(RecapColumns.OneDivision, shape.Target * 10_000)
        select (r, RecapColumns.Pack(shape.Target, scale, polarity));

    /// <summary>A source made from rows cut into parts (each laid out on its own thread, then taken over in order) is the source made on one thread.</summary>
    /// <param name="input">Rows of up to four kecamatan, in order or scattered.</param>
    [OracleProperty]
    public void CreateSource_InParts_LaysOutWhatOneThreadDoes(OracleInput input)
    {
        var one = RecapCalculator.CreateSource(input.Rows, [], 1);
        foreach (var parts in new[] { 2, 3, 7 })
        {
            var many = RecapCalculator.CreateSource(input.Rows, [], parts);
            Assert.Equal(one.IsValid, many.IsValid);
            if (!one.IsValid)
            {
                Assert.Equal(one.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)), many.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
                continue;
            }

            var (a, b) = (one.Value, many.Value);
            var n = a.IndicatorCount;
            Assert.Equal(n, b.IndicatorCount);
            Assert.Equal(a.MeasurementCount, b.MeasurementCount);
            Assert.Equal(a.IndicatorCodes.Take(n), b.IndicatorCodes.Take(n));
            Assert.Equal(a.Values.Take(n * 8), b.Values.Take(n * 8));
            Assert.Equal(a.Entries.Take(n), b.Entries.Take(n));
            var kept = a.Entries.Take(n).Select(e => e.KeptAt + 4).DefaultIfEmpty(0).Max();
            Assert.Equal(a.Kept.Take(kept), b.Kept.Take(kept));
            Assert.Equal(a.Kecamatan, b.Kecamatan);
            Assert.Equal(a.KecamatanUnits, b.KecamatanUnits);
            Assert.Equal(a.UnitIndicators, b.UnitIndicators);
            Assert.Equal(a.UnitRows, b.UnitRows);
            Assert.Equal(a.UnitSasaran, b.UnitSasaran);
            Assert.Equal(a.SasaranCodes, b.SasaranCodes);
            Assert.Equal(RecapCalculator.Build(a, input.Policy), RecapCalculator.Build(b, input.Policy));
        }
    }

    /// <summary>Columns laid out on several threads (whole kecamatan each) are those laid out on one, array by array.</summary>
    /// <param name="input">Rows of up to four kecamatan.</param>
    [OracleProperty]
    public void Build_OnAnyNumberOfThreads_LaysOutTheSameColumns(OracleInput input)
    {
        var created = RecapSource.Create(input.Rows, []);
        if (!created.IsValid)
        {
            return;
        }

        var s = created.Value;
        var one = RecapColumns.Build(s.Entries, s.Values, s.KecamatanUnits, s.UnitIndicators, 1);
        for (var parts = 2; parts <= 5; parts++)
        {
            var many = RecapColumns.Build(s.Entries, s.Values, s.KecamatanUnits, s.UnitIndicators, parts);
            Assert.Equal(one.Realisasi, many.Realisasi);
            Assert.Equal(one.Targets, many.Targets);
            Assert.Equal(one.RunStart, many.RunStart);
            Assert.Equal(one.RunMask, many.RunMask);
            Assert.Equal(one.RunFlags, many.RunFlags);
            Assert.Equal(one.KecamatanRuns, many.KecamatanRuns);
            Assert.Equal(one.Fixed, many.Fixed);
            Assert.Equal(one.Needs, many.Needs);
            Assert.Equal(one.Rest, many.Rest);
            Assert.Equal(one.KecamatanRest, many.KecamatanRest);
        }
    }

    /// <summary>
    /// The room the columns make for an indicator (from what it has, its method and whether its targets are equal) is
    /// never less than the comparisons the planner makes of any values: quarters equal or not, targets equal or not, means
    /// of three that do not divide, at any scale (a part that overran its room would write into the next part's).
    /// </summary>
    [KinerjaProperty]
    public Property RoomOf_IsAtLeastThePlansDivisions_ForAnyValues() =>
        Prop.ForAll(
            Arb.From(from present in Gen.Choose(0, 255)
                     from method in Gen.Elements(AggregationMethod.CumulativeSum, AggregationMethod.LastValue, AggregationMethod.Average, AggregationMethod.Maximum, AggregationMethod.Minimum)
                     from values in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 4)), (1, Gen.Choose(0, 1_000_000))), 8)
                     from scale in Gen.Choose(0, 20)
                     select (present, method, values, scale)),
            c =>
            {
                var periods = new IndicatorPeriods();
                long[] values = [.. c.values.Select(v => (long)v)];
                var room = RecapColumns.RoomOf(c.present, c.method, RecapColumns.EqualTargets(values, 0, c.present));
                periods.Plan(values, 0, c.present, c.scale, c.method);
                Assert.True(periods.JobCount <= room, $"{periods.JobCount} divisions, room {room}");
            });

    /// <summary>The room of each method with every quarter and target, and of a few other cases.</summary>
    [Fact]
    public void RoomOf_EveryQuarterAndTarget_IsTheDivisionsOfEachMethod()
    {
        // Quarters 4 (own) plus cumulative TW II-IV (TW I's is its own figure); the last value's cumulative periods are quarters' own.
        Assert.Equal(7, RecapColumns.RoomOf(0xFF, AggregationMethod.CumulativeSum, equalTargets: false));
        Assert.Equal(7, RecapColumns.RoomOf(0xFF, AggregationMethod.CumulativeSum, equalTargets: true));
        Assert.Equal(7, RecapColumns.RoomOf(0xFF, AggregationMethod.Average, equalTargets: true));
        Assert.Equal(4, RecapColumns.RoomOf(0xFF, AggregationMethod.LastValue, equalTargets: false));
        Assert.Equal(7, RecapColumns.RoomOf(0xFF, AggregationMethod.Maximum, equalTargets: false));

        // Equal targets: the greatest (least) to date is the quarter's own figure whose realisasi it is.
        Assert.Equal(4, RecapColumns.RoomOf(0xFF, AggregationMethod.Maximum, equalTargets: true));
        Assert.Equal(4, RecapColumns.RoomOf(0xFF, AggregationMethod.Minimum, equalTargets: true));
        Assert.Equal(0, RecapColumns.RoomOf(0x0F, AggregationMethod.CumulativeSum, equalTargets: true));
        Assert.Equal(1, RecapColumns.RoomOf(0x11, AggregationMethod.CumulativeSum, equalTargets: true));
    }

    [Fact]
    public void EqualTargets_ReadsOnlyTheTargetsPresent()
    {
        Assert.True(RecapColumns.EqualTargets([9, 9, 9, 9, 5, 5, 5, 5], 0, 0xF0));
        Assert.False(RecapColumns.EqualTargets([9, 9, 9, 9, 5, 6, 5, 5], 0, 0xF0));
        Assert.True(RecapColumns.EqualTargets([9, 9, 9, 9, 5, 0, 5, 0], 0, 0x50));
        Assert.True(RecapColumns.EqualTargets([1, 2, 3, 4, 5, 6, 7, 8], 0, 0x0F));
        Assert.False(RecapColumns.EqualTargets([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 4, 4, 4, 3], 8, 0xFF));
    }

    [KinerjaProperty]
    public Property Encode_IsTheExactQuotientItsSideAndItsHalfEvenRounding() =>
        Prop.ForAll(Arb.From(Division), d =>
        {
            var e = RecapColumns.Encode(d.Numerator, d.Target, out var remainder);
            var scaled = new BigInteger(d.Numerator) * 100_000_000_000L;
            var whole = BigInteger.DivRem(scaled, d.Target, out var exact);
            var up = 2 * exact > d.Target || (2 * exact == d.Target && !whole.IsEven) ? 1 : 0;
            Assert.Equal((long)exact, remainder);
            Assert.Equal(((long)whole * 4) + (exact > 0 ? 2 : 0) + up, e);
        });

    [KinerjaProperty]
    public Property Tally_InLanes_EqualsTheTallyOneFigureAtATime() =>
        Prop.ForAll(
            Arb.From(from policy in OracleArbitraries.PolicyGen
                     from run in Gen.ArrayOf(Comparison)
                     from guarded in Gen.Elements(false, true)
                     select (policy, run, guarded)),
            input =>
            {
                var rules = IntegerRules.From(input.policy.Item1) is { } integer ? ColumnRules.From(integer) : null;
                if (rules is null)
                {
                    return;
                }

                var realisasi = input.run.Select(c => c.Realisasi).Concat(new long[8]).ToArray();
                var targets = input.run.Select(c => c.Packed).Concat(Enumerable.Repeat(1L, 8)).ToArray();
                var count = input.run.Length;
                var flags = input.guarded ? RecapColumns.Guarded : 0;
                var passedLanes = new long[rules.Thresholds.Length];
                var passedOne = new long[rules.Thresholds.Length];
                var markedLanes = new int[count];
                var markedOne = new int[count];

                var leftLanes = rules.Tally(realisasi, targets, count, flags, passedLanes, out var sumLanes, markedLanes);
                var leftOne = rules.Tally(realisasi, targets, count, flags, passedOne, out var sumOne, markedOne, lanes: false);

                Assert.Equal(leftOne, leftLanes);
                Assert.Equal(markedOne.Take(leftOne), markedLanes.Take(leftLanes));
                Assert.Equal(sumOne, sumLanes);
                Assert.Equal(passedOne, passedLanes);
            });
}
#endif
