#if NET
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Quarter = Kinerja.Core.Capaian.TriwulanAggregation.Quarter;

namespace Kinerja.Core.Recap;

/// <summary>The integer way of <see cref="IndicatorPeriods"/>, on .NET only (the netstandard2.0 build has the decimal way alone).</summary>
internal sealed partial class IndicatorPeriods
{
    private readonly long[] _loaded = new long[8];
    private readonly int[] _copies = new int[8];
    private readonly int[] _jobPeriod = new int[8];
    private readonly long[] _jobTarget = new long[8];
    private readonly long[] _jobTotal = new long[8];
    private readonly long[] _jobEstimate = new long[8];
    private readonly long[] _jobGuardMask = new long[8];
    private readonly long[] _laneBand = new long[8];
    private readonly long[] _laneQuanta = new long[8];
    private int _jobs;
    private readonly int[] _deferredPeriod = new int[4];
    private readonly long[] _deferredTotal = new long[4];
    private readonly long[] _deferredTarget = new long[4];
    private int _deferred;
    private readonly long[] _mantissas = new long[8];
    private readonly int[] _scales = new int[8];

    /// <summary>Whether several divisions go in the lanes of one vector (<see cref="RecapPath.Vector"/>, read when made).</summary>
    private readonly bool _lanes = RecapPaths.Current == RecapPath.Vector;

    /// <summary>
    /// The same figures as <see cref="EvaluateDecimal"/> in 64-bit integers, or <see langword="false"/>
    /// (with the outputs unspecified) where this way does not apply: a range target, a value with more
    /// than 18 digits, a policy without integer bounds (<paramref name="rules"/> is null), a zero target
    /// under a rule that gives a figure, a negative figure not floored, or a capaian beyond 10⁶ %.
    /// </summary>
    public bool TryEvaluateInteger(IndicatorMeasurement?[] slots, int baseSlot, Polarity polarity, AggregationMethod method, IntegerRules? rules, RecapPolicy policy)
    {
        return rules is not null
            && TryLoad(slots, baseSlot, _loaded, 0, out var present, out var scale)
            && TryEvaluateLoaded(_loaded, 0, present, scale, polarity, method, rules, policy);
    }

    /// <summary>
    /// Every value of the indicator whose quarter rows are <paramref name="slots"/>[<paramref name="baseSlot"/> ..+4]
    /// as a mantissa at one common scale, into <paramref name="data"/>[<paramref name="at"/> ..+8]: realisasi of
    /// TW I to TW IV, then their targets. <paramref name="present"/> has bit t set where quarter t has a
    /// realisasi and bit t + 4 where it has a target; <paramref name="scale"/> is the common scale (the
    /// number of decimals). <see langword="false"/> where the integer way does not apply whatever the
    /// policy: a range target, a value with more than 18 digits, scales too far apart.
    /// </summary>
    public bool TryLoad(IndicatorMeasurement?[] slots, int baseSlot, long[] data, int at, out int present, out int scale)
    {
        scale = 0;
        present = 0;
        var mixed = false;
        for (var t = 0; t < 4; t++)
        {
            if (slots[baseSlot + t] is { } row && !TryLoadQuarter(t, row.Realisasi, row.TargetLower, row.TargetUpper, ref present, ref scale, ref mixed))
            {
                return false;
            }
        }

        return TryPack(data, at, present, scale, mixed);
    }

    /// <summary>As the other overload, for quarter rows held as fields (<paramref name="marks"/> below 0 where a quarter has no row).</summary>
    public bool TryLoad(MeasurementRow[] slots, int[] marks, int baseSlot, long[] data, int at, out int present, out int scale)
    {
        scale = 0;
        present = 0;
        var mixed = false;
        for (var t = 0; t < 4; t++)
        {
            if (marks[baseSlot + t] >= 0)
            {
                ref readonly var row = ref slots[baseSlot + t];
                if (!TryLoadQuarter(t, row.Realisasi, row.TargetLower, row.TargetUpper, ref present, ref scale, ref mixed))
                {
                    return false;
                }
            }
        }

        return TryPack(data, at, present, scale, mixed);
    }

    /// <summary>Quarter <paramref name="t"/>'s realisasi and target as mantissas and scales (one home for both overloads of <c>TryLoad</c>).</summary>
    private bool TryLoadQuarter(int t, decimal? realisasi, decimal? lower, decimal? targetUpper, ref int present, ref int scale, ref bool mixed)
    {
        var mantissas = _mantissas;
        var scales = _scales;
        if (realisasi.HasValue)
        {
            if (!TryMantissa(realisasi.GetValueOrDefault(), out mantissas[t], out scales[t]))
            {
                return false;
            }

            present |= 1 << t;
            mixed |= present != (1 << t) && scales[t] != scale;
            scale = Math.Max(scale, scales[t]);
        }

        if (lower.HasValue)
        {
            // A single value has equal bounds; the same mantissa and scale say so without a decimal comparison.
            if (!TryMantissa(lower.GetValueOrDefault(), out mantissas[t + 4], out scales[t + 4])
                || !TryMantissa(targetUpper.GetValueOrDefault(), out var upper, out var upperScale)
                || ((upper != mantissas[t + 4] || upperScale != scales[t + 4]) && lower.GetValueOrDefault() != targetUpper.GetValueOrDefault()))
            {
                return false;
            }

            present |= 1 << (t + 4);
            mixed |= present != (1 << (t + 4)) && scales[t + 4] != scale;
            scale = Math.Max(scale, scales[t + 4]);
        }

        return true;
    }

    /// <summary>The loaded mantissas at their common scale into <paramref name="data"/>, or <see langword="false"/> where they do not fit.</summary>
    private bool TryPack(long[] data, int at, int present, int scale, bool mixed)
    {
        var mantissas = _mantissas;
        var scales = _scales;

        // Averages divide by up to 4 (two more digits); keep every scale well inside a decimal's 28.
        if (scale > 20)
        {
            return false;
        }

        for (var i = 0; i < 8; i++)
        {
            long m = 0;
            if ((present & (1 << i)) != 0)
            {
                m = mantissas[i];
                var up = mixed ? scale - scales[i] : 0;
                if (up > 0)
                {
                    if (up > 18 || m > MaxMantissa / PowersOfTen[up])
                    {
                        return false;
                    }

                    m *= PowersOfTen[up];
                }
                else if (m > MaxMantissa)
                {
                    return false;
                }
            }

            data[at + i] = m;
        }

        return true;
    }

    /// <summary>
    /// The figures of one indicator from its values as <c>TryLoad</c> lays them out, or
    /// <see langword="false"/> where the integer way does not apply under this policy (see
    /// <see cref="TryEvaluateInteger"/>); <paramref name="scale"/> is the values' common scale.
    /// </summary>
    public bool TryEvaluateLoaded(long[] data, int at, int present, int scale, Polarity polarity, AggregationMethod method, IntegerRules rules, RecapPolicy policy)
    {
        if (polarity == Polarity.Negative && !rules.NegativeTwoMinusRatio)
        {
            return false;
        }

        UsedDecimals = false;
        Plan(data, at, present, scale, method);

        // Every division first, in a loop without branches (so their latencies overlap), then each
        // figure from its estimate at one call site (inlined), then the copies of quarters' own figures.
        if (_jobs > 1 && _lanes && InLanes(polarity, rules, scale, policy))
        {
            _jobs = 0;
        }
        else
        {
            Estimate(polarity);
        }

        for (var j = 0; j < _jobs; j++)
        {
            var p = _jobPeriod[j];
            var guarded = _jobGuardMask[j] != 0;
            if (!Integer(polarity, _jobTarget[j], _jobTotal[j], _jobEstimate[j], rules, p, guarded))
            {
                if (!guarded)
                {
                    return false;
                }

                AverageOfThree(_jobTotal[j], _jobTarget[j], scale, polarity, policy, p);
            }
        }

        for (var d = 0; d < _deferred; d++)
        {
            AverageOfThree(_deferredTotal[d], _deferredTarget[d], scale, polarity, policy, _deferredPeriod[d]);
        }

        var copies = _copies;
        for (var p = 4; p < 8; p++)
        {
            if (copies[p] >= 0)
            {
                Copy(p, copies[p]);
            }
        }

        return true;
    }

    /// <summary>The number of divisions <see cref="Plan"/> found.</summary>
    public int JobCount => _jobs;

    /// <summary>Each division's period (the first <see cref="JobCount"/>).</summary>
    public ReadOnlySpan<int> JobPeriods => _jobPeriod;

    /// <summary>Each division's target, scaled.</summary>
    public ReadOnlySpan<long> JobTargets => _jobTarget;

    /// <summary>Each division's realisasi (a quarter's, a sum, the greatest or least), scaled.</summary>
    public ReadOnlySpan<long> JobTotals => _jobTotal;

    /// <summary>Whether a division is a mean of three whose decimal form rounds (exact only off the half-quanta and marks).</summary>
    public bool IsGuarded(int job) => _jobGuardMask[job] != 0;

    /// <summary>The number of means of three <see cref="Plan"/> left to the decimal way (more than <see cref="MaxGuardedScale"/> decimals).</summary>
    public int DeferredCount => _deferred;

    /// <summary>For cumulative periods 4 to 7: the quarter whose own figure the period takes, or -1.</summary>
    public ReadOnlySpan<int> Copies => _copies;

    /// <summary>
    /// What each period of a loaded indicator needs, whatever the policy: the periods whose kind is
    /// fixed (<see cref="FigureKind.NotReported"/>, <see cref="FigureKind.TargetMissing"/>) get it in <see cref="Kinds"/>;
    /// the others are a division (<see cref="JobCount"/>: a period, target, realisasi and whether it is
    /// guarded), a copy of a quarter's own figure (<see cref="Copies"/>), or a mean of three deferred to
    /// the decimal way. Kinds of the other periods are left as they were.
    /// </summary>
    public void Plan(long[] data, int at, int present, int scale, AggregationMethod method)
    {
        var values = new ReadOnlySpan<long>(data, at, 4);
        var targets = new ReadOnlySpan<long>(data, at + 4, 4);
        var copies = _copies;
        copies[4] = -1;
        copies[5] = -1;
        copies[6] = -1;
        copies[7] = -1;
        _jobs = 0;
        _deferred = 0;
        var reportedAll = present & 0xF;
        var targetAll = present >> 4;
        for (var q = 0; q < 4; q++)
        {
            var bit = 1 << q;
            if ((reportedAll & bit) == 0)
            {
                Kinds[q] = FigureKind.NotReported;
            }
            else if ((targetAll & bit) == 0)
            {
                Kinds[q] = FigureKind.TargetMissing;
            }
            else
            {
                Job(q, targets[q], values[q], guarded: false);
            }

            PlanCumulative(q, values, targets, reportedAll, targetAll, scale, method);
        }
    }

    /// <summary>
    /// Plans cumulative period <paramref name="q"/> + 4: not reported, a copy of one quarter's own
    /// figure, no target, a division of the quarters' aggregate, or a mean of three for the guarded
    /// integer way or the decimal way.
    /// </summary>
    private void PlanCumulative(int q, ReadOnlySpan<long> values, ReadOnlySpan<long> targets, int reportedAll, int targetAll, int scale, AggregationMethod method)
    {
        var reported = TriwulanAggregation.Aggregated(method, reportedAll, q);
        var p = q + 4;
        if (reported == 0)
        {
            Kinds[p] = FigureKind.NotReported;
            return;
        }

        if ((reported & (reported - 1)) == 0)
        {
            // One quarter to date (the last value's is one): that quarter's own figure.
            _copies[p] = TriwulanAggregation.Last(reported);
            return;
        }

        if (!TriwulanAggregation.HasTarget(targetAll, reported))
        {
            Kinds[p] = FigureKind.TargetMissing;
            return;
        }

        long total = 0;
        long target = 0;
        if (method is AggregationMethod.CumulativeSum or AggregationMethod.Average)
        {
            for (var t = 0; t <= q; t++)
            {
                if ((reported & (1 << t)) != 0)
                {
                    total += values[t];
                    target += targets[t];
                }
            }

            // The decimal way divides both sums by the count first; a third is exact only when it divides,
            // so otherwise this one figure is guarded, or computed the decimal way.
            if (method == AggregationMethod.Average && System.Numerics.BitOperations.PopCount((uint)reported) == 3 && (total % 3 != 0 || target % 3 != 0))
            {
                MeanOfThree(p, total, target, scale);
                return;
            }
        }
        else
        {
            var greatest = method == AggregationMethod.Maximum;
            total = Extreme(values, reported, greatest);
            target = Extreme(targets, reported, greatest);
            if (SameQuarter(values, targets, reported, total, target) is var same && same >= 0)
            {
                // The greatest (or least) realisasi and target are one quarter's: its own figure.
                _copies[p] = same;
                return;
            }
        }

        Job(p, target, total, guarded: false);
    }

    /// <summary>A mean of three whose sums do not divide by three: a guarded division, or deferred to the decimal way beyond <see cref="MaxGuardedScale"/> decimals.</summary>
    private void MeanOfThree(int p, long total, long target, int scale)
    {
        if (scale > MaxGuardedScale)
        {
            var d = _deferred++;
            _deferredPeriod[d] = p;
            _deferredTotal[d] = total;
            _deferredTarget[d] = target;
        }
        else
        {
            Job(p, target, total, guarded: true);
        }
    }

    /// <summary>The greatest (or least) of the values in the mask.</summary>
    private static long Extreme(ReadOnlySpan<long> values, int mask, bool greatest)
    {
        var value = -1L;
        for (var t = 0; t < 4; t++)
        {
            if ((mask & (1 << t)) != 0 && (value < 0 || (greatest ? values[t] > value : values[t] < value)))
            {
                value = values[t];
            }
        }

        return value;
    }

    /// <summary>
    /// Every job's figure at once, one job per lane of a 512-bit vector: the same steps as
    /// <see cref="Integer"/> (numerator, the double estimate and its correction, the guard, the cap,
    /// the band, the average cap and half-even rounding) with masks instead of branches.
    /// <see langword="false"/> (nothing written) when a job needs a step the lanes do not take: a zero
    /// or too large target, a numerator below 0 without the floor, a capaian beyond 10⁶ %, or one
    /// past a single division; the caller then takes the jobs one by one.
    /// </summary>
    private bool InLanes(Polarity polarity, IntegerRules rules, int scale, RecapPolicy policy)
    {
        var active = System.Runtime.Intrinsics.Vector512.LessThan(System.Runtime.Intrinsics.Vector512<long>.Indices, System.Runtime.Intrinsics.Vector512.Create((long)_jobs));
        var t = System.Runtime.Intrinsics.Vector512.Create(_jobTarget);
        var r = System.Runtime.Intrinsics.Vector512.Create(_jobTotal);
        var zero = System.Runtime.Intrinsics.Vector512<long>.Zero;
        var numerator = PolarityNumerator.Of(polarity, t, r);
        var bad = System.Runtime.Intrinsics.Vector512.Equals(t, zero)
            | System.Runtime.Intrinsics.Vector512.GreaterThan(t, System.Runtime.Intrinsics.Vector512.Create(MaxTarget))
            | System.Runtime.Intrinsics.Vector512.GreaterThan(numerator, t * MaxRatio)
            | System.Runtime.Intrinsics.Vector512.GreaterThan(numerator, System.Runtime.Intrinsics.Vector512.Create(MaxOneDivision));
        if (!rules.FloorAtZero)
        {
            bad |= System.Runtime.Intrinsics.Vector512.LessThan(numerator, zero);
        }

        if ((bad & active) != zero)
        {
            return false;
        }

        // A numerator at or below 0 (floored) gives 0: whole 0, remainder 0.
        var whole = IntegerCapaian.Divide(IntegerCapaian.Floored(numerator), t, out var remainder);
        var fallback = System.Runtime.Intrinsics.Vector512.Create(_jobGuardMask) & active & IntegerCapaian.NeedsDecimals(whole, remainder, t, rules.Marks);
        var up = IntegerCapaian.RoundsUp(whole, remainder, t);
        var band = IntegerCapaian.Band(IntegerCapaian.Encode(whole, remainder, up), rules.Thresholds);
        var quanta = IntegerCapaian.CappedQuanta(whole, up, System.Runtime.Intrinsics.Vector512.Create(rules.Limit));

        System.Runtime.Intrinsics.Vector512.CopyTo(band, _laneBand);
        System.Runtime.Intrinsics.Vector512.CopyTo(quanta, _laneQuanta);
        var decimals = System.Runtime.Intrinsics.Vector512.ExtractMostSignificantBits(fallback);
        for (var j = 0; j < _jobs; j++)
        {
            var p = _jobPeriod[j];
            if ((decimals & (1UL << j)) != 0)
            {
                AverageOfThree(_jobTotal[j], _jobTarget[j], scale, polarity, policy, p);
                continue;
            }

            Kinds[p] = FigureKind.Computed;
            Bands[p] = (int)_laneBand[j];
            Quanta[p] = _laneQuanta[j];
            IsLarge[p] = false;
        }

        return true;
    }

    /// <summary>
    /// For each job, numerator × 10¹¹ / target estimated in double (truncated), as <see cref="Integer"/>
    /// uses it where the numerator is positive and at most <see cref="MaxOneDivision"/>; anything where not.
    /// </summary>
    private void Estimate(Polarity polarity)
    {
        var targets = _jobTarget;
        var totals = _jobTotal;
        var estimates = _jobEstimate;
        var jobs = Math.Min(_jobs, estimates.Length);
        for (var j = 0; j < jobs; j++)
        {
            var target = targets[j];
            var total = totals[j];
            var numerator = PolarityNumerator.Of(polarity, target, total);
            var quotient = (double)(numerator * 100_000_000_000L) / Math.Max(target, 1L);
#if NET9_0_OR_GREATER
            estimates[j] = double.ConvertToIntegerNative<long>(quotient);
#else
            estimates[j] = (long)quotient;
#endif
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Job(int period, long target, long total, bool guarded)
    {
        var j = _jobs++;
        _jobPeriod[j] = period;
        _jobTarget[j] = target;
        _jobTotal[j] = total;
        _jobGuardMask[j] = guarded ? -1L : 0L;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Copy(int period, int from)
    {
        Kinds[period] = Kinds[from];
        Bands[period] = Bands[from];
        Quanta[period] = Quanta[from];
        IsLarge[period] = IsLarge[from];
        LargeQuanta[period] = LargeQuanta[from];
    }

    /// <summary>The quarter in the mask whose realisasi and target are both the given ones, or -1.</summary>
    private static int SameQuarter(ReadOnlySpan<long> values, ReadOnlySpan<long> targets, int mask, long total, long target)
    {
        for (var t = 0; t < 4; t++)
        {
            if ((mask & (1 << t)) != 0 && values[t] == total && targets[t] == target)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// The cumulative figure of an average over three reported quarters whose sums do not divide by
    /// three, as <see cref="EvaluateDecimal"/> computes it: the mean realisasi against the mean target,
    /// each a decimal division rounded to 28 digits. The sums are the decimals' exact sums, made from
    /// the integer sums at the indicator's scale (the same values; a decimal division depends on its
    /// operands' values only).
    /// </summary>
    public void AverageOfThree(long total, long target, int scale, Polarity polarity, RecapPolicy policy, int p)
    {
        UsedDecimals = true;
        var r = new decimal((int)total, (int)(total >> 32), 0, false, (byte)scale);
        var t = new decimal((int)target, (int)(target >> 32), 0, false, (byte)scale);
        Record(CapaianCalculator.Calculate(polarity, t / 3, r / 3, policy.Capaian), p, policy);
    }

    /// <summary>
    /// One capaian N / T × 100 (N the polarity's numerator) into period <paramref name="p"/>, exactly as
    /// <see cref="CapaianCalculator.Calculate(Polarity, decimal, decimal, CapaianPolicy)"/> and <see cref="Record"/>
    /// give it (why: docs/recap.md, "How it runs").
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Integer(Polarity polarity, long target, long realisasi, long estimate, IntegerRules rules, int p, bool guarded)
    {
        if (target == 0)
        {
            if (!rules.ZeroTargetNotComputable)
            {
                return false;
            }

            Kinds[p] = FigureKind.ZeroTarget;
            return true;
        }

        var numerator = PolarityNumerator.Of(polarity, target, realisasi);
        if (target > MaxTarget || numerator > target * MaxRatio || (numerator < 0 && !rules.FloorAtZero))
        {
            return false;
        }

        // A numerator at or below 0 (floored) gives 0: whole 0, remainder 0.
        long remainder = 0;
        numerator = IntegerCapaian.Floored(numerator);
        var whole = numerator == 0 ? 0
            : numerator <= MaxOneDivision ? IntegerCapaian.Divide(numerator, target, estimate, out remainder)
            : IntegerCapaian.DivideExactly(numerator, target, out remainder);
        if (guarded && IntegerCapaian.NeedsDecimals(whole, remainder, target, rules.Marks))
        {
            return false;
        }

        var up = IntegerCapaian.RoundsUp(whole, remainder, target);
        Kinds[p] = FigureKind.Computed;
        Bands[p] = IntegerCapaian.Band(IntegerCapaian.Encode(whole, remainder, up), rules.Thresholds, rules.ThresholdVector);
        Quanta[p] = IntegerCapaian.CappedQuanta(whole, up, rules.Limit);
        IsLarge[p] = false;
        return true;
    }

    /// <summary>Whether this runtime lays a decimal out as flags, high 32 bits, low 64 bits (every .NET since Core 3.0), checked once.</summary>
    internal static readonly bool KnownLayout = CheckLayout();

    /// <summary>A non-negative decimal as mantissa and scale, when the mantissa fits 63 bits.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool TryMantissa(decimal value, out long mantissa, out int scale)
    {
        int flags;
        uint high;
        ulong low;
        if (KnownLayout)
        {
            ref var at = ref System.Runtime.CompilerServices.Unsafe.As<decimal, byte>(ref value);
            flags = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<int>(ref at);
            high = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(ref System.Runtime.CompilerServices.Unsafe.Add(ref at, 4));
            low = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref at, 8));
        }
        else
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            flags = bits[3];
            high = (uint)bits[2];
            low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        }

        mantissa = (long)low;
        scale = (flags >> 16) & 0xFF;
        return high == 0 && low <= long.MaxValue && (flags >= 0 || low == 0);
    }

    private static bool CheckLayout()
    {
        var value = -12345678901234.5678m;
        ref var at = ref System.Runtime.CompilerServices.Unsafe.As<decimal, byte>(ref value);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return System.Runtime.CompilerServices.Unsafe.ReadUnaligned<int>(ref at) == bits[3]
            && System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(ref System.Runtime.CompilerServices.Unsafe.Add(ref at, 4)) == (uint)bits[2]
            && System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref at, 8)) == (((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
    }
}
#endif
