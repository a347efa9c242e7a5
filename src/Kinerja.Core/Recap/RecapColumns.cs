#if NET
using System.Runtime.Intrinsics;
using Kinerja.Core.Agreements;

namespace Kinerja.Core.Recap;

/// <summary>
/// The divisions of a <see cref="RecapSource"/> done once, for recaps whose finest level is the
/// kecamatan or above: every figure of the integer way that needs no policy to compute, kept per
/// kecamatan in runs of figures that go to the same periods. A figure X = N × 10¹¹ / T in 10⁻⁹ %
/// quanta (N the polarity's numerator) is the same under every policy; only its cap, its band and its
/// average cap depend on the policy, and those are comparisons. Each figure is kept as one long,
/// <c>4W + 2·past + up</c> (W = ⌊X⌋, past = X &gt; W, up = whether X rounds half-even up), so a recap
/// of a kecamatan compares and adds runs of longs, many at once in vector lanes, and adds each run's
/// count, sum and bands into the periods of the run once.
/// </summary>
/// <remarks>
/// <para>
/// Why the comparisons are exact: with K = 2W + past, X is past a bound b (X &gt; b) exactly when
/// K &gt; 2b, and at or past it when K &gt; 2b − 1; with E = 2K + up, K &gt; B exactly when E &gt; 2B + 1.
/// Capping X at c (band and sum of min(X, c)) passes bound b exactly when X passes b and c passes b
/// (so bounds the cap does not pass are dropped), and the capped, half-even rounded quanta are
/// min(W + up, c) (W + up is at least c when X &gt; c, and at most c otherwise). The average cap is a
/// second min. <see cref="IndicatorPeriods"/>' <c>Integer</c> computes the same figures one at a time.
/// </para>
/// <para>
/// What is kept out, per indicator (it is then computed one by one as before, in <see cref="Rest"/>):
/// values not loaded as integers, a target beyond 9 × 10⁹ scaled units or a capaian beyond 10⁶ %,
/// a mean of three at more than 12 decimals or exactly on a half-quantum. What the policy decides is
/// recorded as needs per kecamatan (<see cref="Needs"/>): negative polarity (the 2 − R/T formula), a
/// zero target (not computable) and a negative numerator (the floor at 0); a policy without one of
/// them recaps that kecamatan one indicator at a time. A mean of three exactly on a whole quantum is
/// kept in a guarded run: where it also sits exactly on a bound or a cap of the policy, the recap
/// computes it on decimals, as the one-by-one way does.
/// </para>
/// </remarks>
internal sealed class RecapColumns
{
    /// <summary>A kecamatan needs the 2 − R/T formula for negative polarity.</summary>
    public const int NeedsTwoMinusRatio = 1;

    /// <summary>A kecamatan needs a zero target to be not computable.</summary>
    public const int NeedsZeroTargetNotComputable = 2;

    /// <summary>A kecamatan needs negative capaian raised to 0.</summary>
    public const int NeedsFloorAtZero = 4;

    /// <summary>Per kecamatan: the indicators in runs, then per period its not reported, target missing and zero target counts.</summary>
    public const int FixedWidth = 1 + (8 * 3);

    /// <summary>The most figures in one run: 4,096 × 10¹⁵ quanta stays below 2⁶³.</summary>
    public const int MaxRun = 4096;

    /// <summary>The largest figure in quanta (capaian 10⁶ %).</summary>
    public const long MaxQuanta = 1_000_000_000_000_000L;

    private const long MaxTarget = 9_000_000_000L;
    private const long MaxRatio = 10_000L;
    private const long OneDivision = long.MaxValue / 100_000_000_000L;

    private RecapColumns(long[] figures, int[] runStart, byte[] runMask, int[] runGuard, int[] kecamatanRuns, int[] fix, byte[] needs, int[] rest, int[] kecamatanRest, long[] guardedTotal, long[] guardedTarget, int[] guardedIndicator)
    {
        Figures = figures;
        RunStart = runStart;
        RunMask = runMask;
        RunGuard = runGuard;
        KecamatanRuns = kecamatanRuns;
        Fixed = fix;
        Needs = needs;
        Rest = rest;
        KecamatanRest = kecamatanRest;
        GuardedTotal = guardedTotal;
        GuardedTarget = guardedTarget;
        GuardedIndicator = guardedIndicator;
    }

    /// <summary>Every figure, 4W + 2·past + up, kecamatan after kecamatan and run after run (with 8 longs of padding at the end).</summary>
    public long[] Figures { get; }

    /// <summary>Run r's figures are <see cref="Figures"/>[RunStart[r] .. RunStart[r + 1]).</summary>
    public int[] RunStart { get; }

    /// <summary>The periods each run's figures go to, one bit per period.</summary>
    public byte[] RunMask { get; }

    /// <summary>-1, or for a guarded run the index in <see cref="GuardedTotal"/> of its first figure.</summary>
    public int[] RunGuard { get; }

    /// <summary>Kecamatan k's runs are [KecamatanRuns[k], KecamatanRuns[k + 1]).</summary>
    public int[] KecamatanRuns { get; }

    /// <summary><see cref="FixedWidth"/> counts per kecamatan of the indicators in its runs.</summary>
    public int[] Fixed { get; }

    /// <summary>Per kecamatan: what the policy must do for its runs to apply (the Needs flags).</summary>
    public byte[] Needs { get; }

    /// <summary>The indicators kept out of the runs, computed one by one; kecamatan k's are Rest[KecamatanRest[k] .. KecamatanRest[k + 1]).</summary>
    public int[] Rest { get; }

    /// <summary>Offsets into <see cref="Rest"/> per kecamatan.</summary>
    public int[] KecamatanRest { get; }

    /// <summary>Per figure of a guarded run: the sum of the three realisasi (scaled).</summary>
    public long[] GuardedTotal { get; }

    /// <summary>Per figure of a guarded run: the sum of the three targets (scaled).</summary>
    public long[] GuardedTarget { get; }

    /// <summary>Per figure of a guarded run: its indicator (for its scale and polarity).</summary>
    public int[] GuardedIndicator { get; }

    /// <summary>The figure of numerator / target in quanta as 4W + 2·past + up (numerator at least 0, target above 0).</summary>
    public static long Encode(long numerator, long target, out long remainder)
    {
        long whole;
        if (numerator <= OneDivision)
        {
            var scaled = numerator * 100_000_000_000L;
            whole = scaled / target;
            remainder = scaled - (whole * target);
        }
        else
        {
            var hundreds = numerator * 100;
            var percent = hundreds / target;
            var r = hundreds - (percent * target);
            var billionths = r * 1_000_000_000L;
            var fraction = billionths / target;
            remainder = billionths - (fraction * target);
            whole = (percent * 1_000_000_000L) + fraction;
        }

        var twice = 2 * remainder;
        var up = twice > target || (twice == target && (whole & 1) == 1) ? 1L : 0L;
        return (whole * 4) + (remainder > 0 ? 2 : 0) + up;
    }

    /// <summary>Lays out the runs of a source's indicators (in their final order).</summary>
    public static RecapColumns Build(RecapSource.Entry[] entries, long[] values, int[] kecamatanUnits, int[] unitIndicators)
    {
        var kecamatanCount = kecamatanUnits.Length - 1;
        var periods = new IndicatorPeriods();
        var figures = new List<long>((entries.Length * 8) + 8);
        var runStart = new List<int> { 0 };
        var runMask = new List<byte>();
        var runGuard = new List<int>();
        var kecamatanRuns = new int[kecamatanCount + 1];
        var fix = new int[kecamatanCount * FixedWidth];
        var needs = new byte[kecamatanCount];
        var rest = new List<int>();
        var kecamatanRest = new int[kecamatanCount + 1];
        var guardedTotal = new List<long>();
        var guardedTarget = new List<long>();
        var guardedIndicator = new List<int>();

        // One kecamatan's figures before they are put in runs: key (periods | 256 when guarded), figure, guard data.
        var pending = new List<(int Key, long Figure, long Total, long Target, int Indicator)>();
        var mine = new (int Key, long Figure, long Total, long Target)[8];
        var jobOf = new int[8];
        var counts = new int[512];
        var offsets = new int[512];
        var sorted = new (int Key, long Figure, long Total, long Target, int Indicator)[64];
        for (var k = 0; k < kecamatanCount; k++)
        {
            pending.Clear();
            var at = k * FixedWidth;
            var need = 0;
            for (var i = unitIndicators[kecamatanUnits[k]]; i < unitIndicators[kecamatanUnits[k + 1]]; i++)
            {
                var entry = entries[i];
                if (!entry.Loaded || !TryPlan(periods, values, i, entry, mine, jobOf, out var own, out var jobs))
                {
                    rest.Add(i);
                    continue;
                }

                need |= own;
                fix[at]++;
                for (var p = 0; p < 8; p++)
                {
                    var kind = jobOf[p] >= 0 ? -1 : periods.Kinds[p];
                    if (kind == IndicatorPeriods.NotReported)
                    {
                        fix[at + 1 + (p * 3)]++;
                    }
                    else if (kind == IndicatorPeriods.TargetMissing)
                    {
                        fix[at + 2 + (p * 3)]++;
                    }
                }

                for (var j = 0; j < jobs; j++)
                {
                    var (key, figure, total, target) = mine[j];
                    if (figure < 0)
                    {
                        // A zero target: not computable in each of its periods.
                        for (var p = 0; p < 8; p++)
                        {
                            if ((key & (1 << p)) != 0)
                            {
                                fix[at + 3 + (p * 3)]++;
                            }
                        }

                        continue;
                    }

                    pending.Add((key, figure, total, target, i));
                }
            }

            needs[k] = (byte)need;

            // Into runs by key (a counting sort), each cut at MaxRun figures.
            Array.Clear(counts, 0, counts.Length);
            foreach (var job in pending)
            {
                counts[job.Key]++;
            }

            if (sorted.Length < pending.Count)
            {
                sorted = new (int Key, long Figure, long Total, long Target, int Indicator)[Math.Max(pending.Count, sorted.Length * 2)];
            }

            offsets[0] = 0;
            for (int key = 1, sum = counts[0]; key < 512; key++)
            {
                offsets[key] = sum;
                sum += counts[key];
            }

            foreach (var job in pending)
            {
                sorted[offsets[job.Key]++] = job;
            }

            for (var n = 0; n < pending.Count; n++)
            {
                var job = sorted[n];
                if (n == 0 || job.Key != sorted[n - 1].Key || figures.Count - runStart[runStart.Count - 1] == MaxRun)
                {
                    if (n > 0)
                    {
                        runStart.Add(figures.Count);
                    }

                    runMask.Add((byte)(job.Key & 0xFF));
                    runGuard.Add((job.Key & 256) != 0 ? guardedTotal.Count : -1);
                }

                figures.Add(job.Figure);
                if ((job.Key & 256) != 0)
                {
                    guardedTotal.Add(job.Total);
                    guardedTarget.Add(job.Target);
                    guardedIndicator.Add(job.Indicator);
                }
            }

            if (pending.Count > 0)
            {
                runStart.Add(figures.Count);
            }

            kecamatanRuns[k + 1] = runMask.Count;
            kecamatanRest[k + 1] = rest.Count;
        }

        figures.AddRange(new long[8]);
        return new RecapColumns([.. figures], [.. runStart], [.. runMask], [.. runGuard], kecamatanRuns, fix, needs, [.. rest], kecamatanRest, [.. guardedTotal], [.. guardedTarget], [.. guardedIndicator]);
    }

    /// <summary>
    /// Whether the policy's rules allow kecamatan <paramref name="k"/>'s runs (else it is recapped one
    /// indicator at a time).
    /// </summary>
    public bool Applies(int k, ColumnRules rules) => (Needs[k] & ~rules.Provides) == 0;

    /// <summary>
    /// Plans one loaded indicator: its divisions as figures with the periods each goes to
    /// (<paramref name="mine"/>[..<paramref name="jobs"/>], a figure of -1 for a zero target),
    /// <paramref name="jobOf"/>[p] ≥ 0 where period p is one of them, else its fixed kind in the
    /// planner's kinds. <see langword="false"/> where the indicator must be computed one by one.
    /// </summary>
    private static bool TryPlan(IndicatorPeriods periods, long[] values, int i, in RecapSource.Entry entry, (int Key, long Figure, long Total, long Target)[] mine, int[] jobOf, out int needs, out int jobs)
    {
        needs = entry.Polarity == Polarity.Negative ? NeedsTwoMinusRatio : 0;
        jobs = 0;
        periods.Plan(values, i * 8, entry.Present, entry.Scale, entry.Aggregation);
        if (periods.DeferredCount > 0)
        {
            return false;
        }

        jobs = periods.JobCount;
        Array.Fill(jobOf, -1);
        for (var j = 0; j < jobs; j++)
        {
            var target = periods.JobTargets[j];
            var total = periods.JobTotals[j];
            var period = periods.JobPeriods[j];
            jobOf[period] = j;
            var key = 1 << period;
            if (target == 0)
            {
                needs |= NeedsZeroTargetNotComputable;
                mine[j] = (key, -1, total, target);
                continue;
            }

            if (target > MaxTarget)
            {
                return false;
            }

            var numerator = entry.Polarity switch
            {
                Polarity.Positive => total,
                Polarity.Negative => (2 * target) - total,
                _ => target - Math.Abs(target - total),
            };
            if (numerator < 0)
            {
                needs |= NeedsFloorAtZero;
                numerator = 0;
            }

            if (numerator > target * MaxRatio)
            {
                return false;
            }

            var figure = Encode(numerator, target, out var remainder);
            if (periods.IsGuarded(j))
            {
                if (2 * remainder == target)
                {
                    return false;
                }

                // Off a whole quantum the figure is exact; on one, only off the policy's bounds and caps.
                key |= remainder == 0 ? 256 : 0;
            }

            mine[j] = (key, figure, total, target);
        }

        // A cumulative period that takes a quarter's own figure: that figure's periods, or that quarter's kind.
        for (var p = 4; p < 8; p++)
        {
            var from = periods.Copies[p];
            if (from < 0)
            {
                continue;
            }

            if (jobOf[from] >= 0)
            {
                mine[jobOf[from]].Key |= 1 << p;
                jobOf[p] = jobOf[from];
            }
            else
            {
                periods.Kinds[p] = periods.Kinds[from];
            }
        }

        return true;
    }
}

/// <summary>A recap policy in the terms of <see cref="RecapColumns"/>: thresholds on the encoded figures.</summary>
internal sealed class ColumnRules
{
    private ColumnRules(long[] thresholds, long limit, long[] marks, int provides)
    {
        Thresholds = thresholds;
        Limit = limit;
        Marks = marks;
        Provides = provides;
    }

    /// <summary>Per bound the cap passes, ascending: an encoded figure above it is past the bound.</summary>
    public long[] Thresholds { get; }

    /// <summary>The cap and the average cap, the lesser, in quanta (<see cref="long.MaxValue"/> when neither).</summary>
    public long Limit { get; }

    /// <summary>The bounds and caps in quanta, where a guarded figure is computed on decimals.</summary>
    public long[] Marks { get; }

    /// <summary>The needs (<see cref="RecapColumns"/> flags) the policy meets.</summary>
    public int Provides { get; }

    /// <summary>The policy's rules as thresholds, or <see langword="null"/> when a bound or cap is beyond ±10⁶ %.</summary>
    public static ColumnRules? From(IntegerRules rules)
    {
        var limit = long.MaxValue;
        foreach (var cap in new[] { rules.Cap, rules.AverageCap })
        {
            if (cap is { } c)
            {
                if (Math.Abs(c) > RecapColumns.MaxQuanta)
                {
                    return null;
                }

                limit = Math.Min(limit, c);
            }
        }

        var thresholds = new List<long>();
        for (var i = 0; i < rules.Upper.Length; i++)
        {
            var bound = rules.Upper[i];
            if (Math.Abs(bound) > RecapColumns.MaxQuanta)
            {
                return null;
            }

            // In K = 2W + past: past the bound above 2b (inclusive bound) or 2b − 1 (exclusive).
            var k = (2 * bound) - rules.UpperExclusive[i];
            if (rules.Cap is { } cap && k >= 2 * cap)
            {
                break;
            }

            thresholds.Add((2 * k) + 1);
        }

        var provides = (rules.NegativeTwoMinusRatio ? RecapColumns.NeedsTwoMinusRatio : 0)
            | (rules.ZeroTargetNotComputable ? RecapColumns.NeedsZeroTargetNotComputable : 0)
            | (rules.FloorAtZero ? RecapColumns.NeedsFloorAtZero : 0);
        return new ColumnRules([.. thresholds], limit, rules.Marks, provides);
    }

    /// <summary>
    /// Adds up the figures <paramref name="figures"/>[..<paramref name="count"/>] (at most
    /// <see cref="RecapColumns.MaxRun"/>; the span holds 8 more to read past the end): how many,
    /// their capped quanta, and per threshold how many are past it. In a guarded run, figures exactly
    /// on a mark are left out and their positions put in <paramref name="marked"/>.
    /// </summary>
    /// <param name="figures">The run's figures, and 8 more.</param>
    /// <param name="count">The run's length.</param>
    /// <param name="guarded">Whether the run is guarded.</param>
    /// <param name="passed">Per threshold, the figures past it.</param>
    /// <param name="sum">The capped quanta of the figures not left out.</param>
    /// <param name="marked">The positions of the figures left out.</param>
    /// <param name="lanes">Whether vector lanes may be used (tests compare both ways).</param>
    /// <returns>The number of figures left out.</returns>
    public int Tally(ReadOnlySpan<long> figures, int count, bool guarded, Span<long> passed, out long sum, Span<int> marked, bool lanes = true)
    {
        passed.Clear();
        var thresholds = Thresholds;
        var left = 0;
        sum = 0;
        var i = 0;
        if (lanes && Vector512.IsHardwareAccelerated && thresholds.Length <= 4 && (!guarded || Marks.Length <= 8))
        {
            var limit = Vector512.Create(Limit);
            var t0 = Vector512.Create(thresholds.Length > 0 ? thresholds[0] : long.MaxValue);
            var t1 = Vector512.Create(thresholds.Length > 1 ? thresholds[1] : long.MaxValue);
            var t2 = Vector512.Create(thresholds.Length > 2 ? thresholds[2] : long.MaxValue);
            var t3 = Vector512.Create(thresholds.Length > 3 ? thresholds[3] : long.MaxValue);
            var c0 = Vector512<long>.Zero;
            var c1 = Vector512<long>.Zero;
            var c2 = Vector512<long>.Zero;
            var c3 = Vector512<long>.Zero;
            var total = Vector512<long>.Zero;
            ref var start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(figures);
            for (; i < count; i += 8)
            {
                var e = Vector512.LoadUnsafe(ref start, (nuint)i);
                var active = Vector512.LessThan(Vector512<long>.Indices, Vector512.Create((long)(count - i)));
                if (guarded)
                {
                    var whole = Vector512.ShiftRightArithmetic(e, 2);
                    var on = Vector512<long>.Zero;
                    foreach (var mark in Marks)
                    {
                        on |= Vector512.Equals(whole, Vector512.Create(mark));
                    }

                    on &= active;
                    if (on != Vector512<long>.Zero)
                    {
                        var bits = Vector512.ExtractMostSignificantBits(on);
                        for (; bits != 0; bits &= bits - 1)
                        {
                            marked[left++] = i + System.Numerics.BitOperations.TrailingZeroCount(bits);
                        }

                        active &= ~on;
                    }
                }

                var quanta = Vector512.Min(Vector512.ShiftRightArithmetic(e, 2) + (e & Vector512<long>.One), limit);
                total += quanta & active;
                c0 -= Vector512.GreaterThan(e, t0) & active;
                c1 -= Vector512.GreaterThan(e, t1) & active;
                c2 -= Vector512.GreaterThan(e, t2) & active;
                c3 -= Vector512.GreaterThan(e, t3) & active;
            }

            sum = Vector512.Sum(total);
            switch (thresholds.Length)
            {
                case 4:
                    passed[3] = Vector512.Sum(c3);
                    goto case 3;
                case 3:
                    passed[2] = Vector512.Sum(c2);
                    goto case 2;
                case 2:
                    passed[1] = Vector512.Sum(c1);
                    goto case 1;
                case 1:
                    passed[0] = Vector512.Sum(c0);
                    break;
            }

            return left;
        }

        for (; i < count; i++)
        {
            var e = figures[i];
            if (guarded && IsMark(e >> 2))
            {
                marked[left++] = i;
                continue;
            }

            sum += Math.Min((e >> 2) + (e & 1), Limit);
            for (var b = 0; b < thresholds.Length && e > thresholds[b]; b++)
            {
                passed[b]++;
            }
        }

        return left;
    }

    private bool IsMark(long whole)
    {
        foreach (var mark in Marks)
        {
            if (whole == mark)
            {
                return true;
            }
        }

        return false;
    }
}
#endif
