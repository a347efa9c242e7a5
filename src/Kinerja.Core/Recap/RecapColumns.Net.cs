#if NET
using System.Runtime.Intrinsics;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;

namespace Kinerja.Core.Recap;

/// <summary>
/// A <see cref="RecapSource"/>'s values laid out in columns for recaps at the kecamatan level and above: per kecamatan,
/// runs of the (realisasi, target) comparisons that go to the same periods (docs/recap.md, "How it runs"). Data only:
/// what a policy must do for the runs to apply is recorded as <see cref="Needs"/>; the recap computes.
/// </summary>
/// <remarks>
/// <para>
/// A figure X = N × 10¹¹ / T in 10⁻⁹ % quanta (N the polarity's numerator) is kept in the lanes as
/// E = 4W + 2·past + up, on which bands and caps are comparisons (the proof:
/// <see cref="IntegerCapaian.Encode(long, long, long)"/>). Capping X at c passes bound b exactly when X passes b and c passes b (bounds the cap does not pass are dropped),
/// and the capped, rounded quanta are min(W + up, c): W + up is at least c when X &gt; c and at most c
/// otherwise. The average cap is a second min. <see cref="IndicatorPeriods"/>' <c>Integer</c> computes
/// the same figures one at a time; properties check that the two agree.
/// </para>
/// <para>
/// Kept out, per indicator (in <see cref="Rest"/>): values not loaded as integers, a target beyond 9 × 10⁹ scaled
/// units or a capaian beyond 10⁶ %, a mean of three at more than 12 decimals. The <see cref="Needs"/> are negative
/// polarity (2 − R/T), a zero target (not computable) and a negative numerator (the floor at 0). A mean of three whose
/// decimal form rounds is in a guarded run: on a half-quantum, a bound or a cap it is computed on decimals.
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

    /// <summary>A run of means of three whose decimal form rounds.</summary>
    public const int Guarded = 1;

    /// <summary>A run of numerators beyond <see cref="OneDivision"/> (two divisions each, one figure at a time).</summary>
    public const int Wide = 2;

    /// <summary>Per kecamatan: the indicators in runs, then per period its counts of the <see cref="FixedKinds"/>.</summary>
    public const int FixedWidth = 1 + (8 * 3);

    /// <summary>The kinds of figure a kecamatan's layout counts whatever the policy (a zero target is one only where the policy needs it not computable).</summary>
    public static readonly FigureKind[] FixedKinds = [FigureKind.NotReported, FigureKind.TargetMissing, FigureKind.ZeroTarget];

    /// <summary>The most figures in one run: 4,096 × 10¹⁵ quanta stays below 2⁶³.</summary>
    public const int MaxRun = 4096;

    /// <summary>The largest figure in quanta (capaian 10⁶ %).</summary>
    public const long MaxQuanta = 1_000_000_000_000_000L;

    /// <summary>The largest numerator whose × 10¹¹ stays below 2⁶³.</summary>
    public const long OneDivision = IndicatorPeriods.MaxOneDivision;

    /// <summary>The bits of a packed target that hold the target (the scale is above them, then the polarity).</summary>
    public const long TargetBits = (1L << 40) - 1;

    private const long MaxTarget = IndicatorPeriods.MaxTarget;

    /// <summary>The indicators per thread below which <see cref="Build(RecapSource.Entry[], long[], int[], int[])"/> stays on one thread.</summary>
    private const int MinIndicatorsPerPart = 12_500;

    /// <summary>The keys of comparisons: the periods they go to (8 bits) and the run flags (2 bits).</summary>
    private const int Keys = 1024;
    private const long MaxRatio = IndicatorPeriods.MaxRatio;

    private RecapColumns(long[] realisasi, long[] targets, int[] runStart, byte[] runMask, byte[] runFlags, int[] kecamatanRuns, int[] fix, byte[] needs, int[] rest, int[] kecamatanRest)
    {
        Realisasi = realisasi;
        Targets = targets;
        RunStart = runStart;
        RunMask = runMask;
        RunFlags = runFlags;
        KecamatanRuns = kecamatanRuns;
        Fixed = fix;
        Needs = needs;
        Rest = rest;
        KecamatanRest = kecamatanRest;
    }

    /// <summary>Per comparison, the realisasi (scaled), kecamatan after kecamatan and run after run; then 8 zeros of padding, then the room not used (zeros).</summary>
    public long[] Realisasi { get; }

    /// <summary>Per comparison, <see cref="Pack"/>ed: the target (scaled), the indicator's scale and polarity; then 8 targets of 1 as padding, then the room not used (zeros).</summary>
    public long[] Targets { get; }

    /// <summary>Run r's comparisons are [RunStart[r], RunStart[r + 1]).</summary>
    public int[] RunStart { get; }

    /// <summary>The periods each run's figures go to, one bit per period.</summary>
    public byte[] RunMask { get; }

    /// <summary>Each run's <see cref="Guarded"/> and <see cref="Wide"/> flags.</summary>
    public byte[] RunFlags { get; }

    /// <summary>Kecamatan k's runs are [KecamatanRuns[k], KecamatanRuns[k + 1]).</summary>
    public int[] KecamatanRuns { get; }

    /// <summary><see cref="FixedWidth"/> counts per kecamatan of the indicators in its runs.</summary>
    public int[] Fixed { get; }

    /// <summary>Per kecamatan: what the policy must do for its runs to apply (the Needs flags).</summary>
    public byte[] Needs { get; }

    /// <summary>The indicators kept out of the runs, recapped one by one; kecamatan k's are Rest[KecamatanRest[k] .. KecamatanRest[k + 1]).</summary>
    public int[] Rest { get; }

    /// <summary>Offsets into <see cref="Rest"/> per kecamatan.</summary>
    public int[] KecamatanRest { get; }

    /// <summary>Where in <see cref="Fixed"/> the count of <paramref name="kind"/> (one of <see cref="FixedKinds"/>) in period <paramref name="p"/> is, for the kecamatan whose counts start at <paramref name="at"/>.</summary>
    public static int FixedAt(int at, int p, FigureKind kind) => at + 1 + (p * 3) + kind switch
    {
        FigureKind.NotReported => 0,
        FigureKind.TargetMissing => 1,
        FigureKind.ZeroTarget => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only the fixed kinds are counted in the layout."),
    };

    /// <summary>A target (below 2⁴⁰), its indicator's scale and polarity in one long.</summary>
    public static long Pack(long target, int scale, Polarity polarity) => target | ((long)scale << 40) | ((long)polarity << 48);

    /// <summary>The scale of a packed target.</summary>
    public static int ScaleOf(long packed) => (int)((packed >> 40) & 0xFF);

    /// <summary>The polarity of a packed target.</summary>
    public static Polarity PolarityOf(long packed) => (Polarity)(packed >> 48);

    /// <summary>The figure of numerator / target in quanta as 4W + 2·past + up (numerator at least 0, target above 0), exactly.</summary>
    public static long Encode(long numerator, long target, out long remainder)
    {
        var whole = IntegerCapaian.DivideExactly(numerator, target, out remainder);
        return IntegerCapaian.Encode(whole, remainder, IntegerCapaian.RoundsUp(whole, remainder, target));
    }

    /// <summary>Lays out the runs of a source's indicators (in their final order), on every core for a large source.</summary>
    public static RecapColumns Build(RecapSource.Entry[] entries, long[] values, int[] kecamatanUnits, int[] unitIndicators) =>
        Build(entries, values, kecamatanUnits, unitIndicators, Math.Max(1, Math.Min(Environment.ProcessorCount, unitIndicators[unitIndicators.Length - 1] / MinIndicatorsPerPart)));

    /// <summary>
    /// Lays out the runs of a source's indicators (in their final order), on up to <paramref name="parts"/> threads, each
    /// a range of whole kecamatan (the result is the same for any count). Each indicator is planned once: the two columns
    /// (most of a source's memory) are allocated once, with room for the most comparisons the indicators' quarters can
    /// make (<see cref="RoomOf"/>, read from what each has, not its values); each part fills its room, and the parts are then
    /// moved together. The room left over (a quarter's own figure taken as the greatest or least to date, a zero target,
    /// an indicator kept out) stays at the end.
    /// </summary>
    public static RecapColumns Build(RecapSource.Entry[] entries, long[] values, int[] kecamatanUnits, int[] unitIndicators, int parts)
    {
        var kecamatanCount = kecamatanUnits.Length - 1;
        var indicators = unitIndicators[kecamatanUnits[kecamatanCount]];
        var cuts = new List<int> { 0 };
        for (var k = 0; k < kecamatanCount; k++)
        {
            // A part ends at the first kecamatan boundary past its share of the indicators.
            if (unitIndicators[kecamatanUnits[k]] >= (long)indicators * cuts.Count / Math.Max(1, parts) && k > cuts[cuts.Count - 1])
            {
                cuts.Add(k);
            }
        }

        cuts.Add(kecamatanCount);
        var work = new ColumnPart[cuts.Count - 1];
        var fix = new int[kecamatanCount * FixedWidth];
        var needs = new byte[kecamatanCount];
        InParallel(work.Length, w => work[w] = new ColumnPart(cuts[w], cuts[w + 1], entries, values, kecamatanUnits, unitIndicators));
        var room = new int[work.Length + 1];
        for (var w = 0; w < work.Length; w++)
        {
            room[w + 1] = checked(room[w] + work[w].Room);
        }

        // One planning of each indicator: each part fills its room, then the parts are moved together.
        var realisasi = new long[room[work.Length] + 8];
        var targets = new long[room[work.Length] + 8];
        InParallel(work.Length, w => work[w].Fill(room[w], room[w + 1], realisasi, targets, fix, needs));
        return Join(work, room, realisasi, targets, fix, needs);
    }

    /// <summary>
    /// The filled parts (<paramref name="work"/>, whose rooms start at <paramref name="room"/>) one after the other: their
    /// runs and rests, whose indexes move by those of the parts before, and their comparisons, each part's moved down to
    /// the end of the part before's.
    /// </summary>
    private static RecapColumns Join(ColumnPart[] work, int[] room, long[] realisasi, long[] targets, int[] fix, byte[] needs)
    {
        var kecamatanCount = needs.Length;
        var runs = work.Sum(p => p.RunMask.Count);
        var runStart = new int[runs + 1];
        var runMask = new byte[runs];
        var runFlags = new byte[runs];
        var rest = new int[work.Sum(p => p.Rest.Count)];
        var kecamatanRuns = new int[kecamatanCount + 1];
        var kecamatanRest = new int[kecamatanCount + 1];
        var comparisons = 0;
        var runAt = 0;
        var restAt = 0;
        for (var w = 0; w < work.Length; w++)
        {
            var part = work[w];
            var count = part.Filled - room[w];
            if (room[w] != comparisons)
            {
                Array.Copy(realisasi, room[w], realisasi, comparisons, count);
                Array.Copy(targets, room[w], targets, comparisons, count);
            }

            for (var k = part.From; k < part.To; k++)
            {
                kecamatanRuns[k + 1] = runAt + part.KecamatanRuns[k - part.From + 1];
                kecamatanRest[k + 1] = restAt + part.KecamatanRest[k - part.From + 1];
            }

            var shift = comparisons - room[w];
            for (var r = 0; r < part.RunMask.Count; r++)
            {
                runStart[runAt + r + 1] = part.RunStart[r + 1] + shift;
            }

            part.RunMask.CopyTo(runMask, runAt);
            part.RunFlags.CopyTo(runFlags, runAt);
            part.Rest.CopyTo(rest, restAt);
            runAt += part.RunMask.Count;
            restAt += part.Rest.Count;
            comparisons += count;
        }

        // What the parts moved down leaves copies behind, up to where the last part wrote (beyond, nothing was written):
        // the columns end in their padding (8 realisasi of 0 and 8 targets of 1), then zeros.
        var stale = Math.Max(0, work[work.Length - 1].Filled - comparisons);
        Array.Clear(realisasi, comparisons, stale);
        Array.Clear(targets, comparisons, stale);
        targets.AsSpan(comparisons, 8).Fill(1L);
        return new RecapColumns(realisasi, targets, runStart, runMask, runFlags, kecamatanRuns, fix, needs, rest, kecamatanRest);
    }

    private static void InParallel(int count, Action<int> body)
    {
        if (count == 1)
        {
            body(0);
        }
        else
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, body);
        }
    }

    /// <summary>One thread's share of <see cref="Build(RecapSource.Entry[], long[], int[], int[], int)"/>: kecamatan [<see cref="From"/>, <see cref="To"/>), its runs and rests numbered from 0.</summary>
    private sealed class ColumnPart
    {
        private readonly RecapSource.Entry[] _entries;
        private readonly long[] _values;
        private readonly int[] _kecamatanUnits;
        private readonly int[] _unitIndicators;
        private readonly IndicatorPeriods _periods = new();
        private readonly (int Key, long Realisasi, long Target)[] _mine = new (int, long, long)[8];
        private readonly int[] _jobOf = new int[8];

        public ColumnPart(int from, int to, RecapSource.Entry[] entries, long[] values, int[] kecamatanUnits, int[] unitIndicators)
        {
            (From, To, _entries, _values, _kecamatanUnits, _unitIndicators) = (from, to, entries, values, kecamatanUnits, unitIndicators);
            KecamatanRuns = new int[to - from + 1];
            KecamatanRest = new int[to - from + 1];
            var room = 0L;
            for (var i = unitIndicators[kecamatanUnits[from]]; i < unitIndicators[kecamatanUnits[to]]; i++)
            {
                room += entries[i].Loaded ? RoomOf(entries[i].Present, entries[i].Aggregation, EqualTargets(values, i * 8, entries[i].Present)) : 0;
            }

            Room = checked((int)room);
        }

        public int From { get; }

        public int To { get; }

        /// <summary>The most comparisons its indicators can make: its share of the columns.</summary>
        public int Room { get; }

        /// <summary>Where its comparisons end in the columns, once filled.</summary>
        public int Filled { get; private set; }

        public List<int> RunStart { get; } = [];

        public List<byte> RunMask { get; } = [];

        public List<byte> RunFlags { get; } = [];

        public List<int> Rest { get; } = [];

        public int[] KecamatanRuns { get; }

        public int[] KecamatanRest { get; }

        /// <summary>Writes its comparisons into the columns from <paramref name="filled"/> on (before <paramref name="end"/>, its room's end), its counts and needs into the shared arrays (its own kecamatan's places).</summary>
        public void Fill(int filled, int end, long[] realisasi, long[] targets, int[] fix, byte[] needs)
        {
            RunStart.Add(filled);

            // One kecamatan's comparisons before they are put in runs: key (periods | flags << 8), realisasi, packed target.
            var pending = new List<(int Key, long Realisasi, long Target)>();
            var counts = new int[Keys];
            var keys = new List<int>();
            var sorted = new (int Key, long Realisasi, long Target)[64];
            for (var k = From; k < To; k++)
            {
                pending.Clear();
                needs[k] = (byte)PlanKecamatan(_entries, _values, _unitIndicators[_kecamatanUnits[k]], _unitIndicators[_kecamatanUnits[k + 1]], _periods, _mine, _jobOf, fix, k * FixedWidth, pending, Rest);
                if (pending.Count > end - filled)
                {
                    throw new InvalidOperationException("The comparisons of kecamatan " + k.ToString(System.Globalization.CultureInfo.InvariantCulture) + " exceed the room planned for them: RoomOf is not an upper bound.");
                }

                AddRuns(pending, ref sorted, counts, keys, realisasi, targets, ref filled, RunStart, RunMask, RunFlags);
                KecamatanRuns[k - From + 1] = RunMask.Count;
                KecamatanRest[k - From + 1] = Rest.Count;
            }

            Filled = filled;
        }
    }

    /// <summary>
    /// The most comparisons an indicator with these quarters (<see cref="RecapSource.Entry.Present"/>) and this method can
    /// make, whatever its values but whether its targets are all equal: what <see cref="IndicatorPeriods.Plan"/> plans for
    /// realisasi that rise, and targets that fall or are equal, all multiples of 3. A greatest or least to date is then a
    /// quarter's own figure only where the targets are equal (as it is for any realisasi then), and every mean of three
    /// divides (one that does not is still at most one division). Made by that planner (one home for the plan), once per
    /// process; a property tries it against the planner on any values.
    /// </summary>
    internal static int RoomOf(int present, AggregationMethod method, bool equalTargets) =>
        RoomTable[(equalTargets ? 1 << 11 : 0) | (present << 3) | (int)method];

    /// <summary>Whether an indicator's targets (those it has) are all equal.</summary>
    internal static bool EqualTargets(long[] values, int at, int present)
    {
        var first = -1L;
        for (var t = 0; t < 4; t++)
        {
            if ((present & (1 << (t + 4))) != 0)
            {
                if (first >= 0 && values[at + 4 + t] != first)
                {
                    return false;
                }

                first = values[at + 4 + t];
            }
        }

        return true;
    }

    private static readonly byte[] RoomTable = MakeRoomTable();

    private static byte[] MakeRoomTable()
    {
        var periods = new IndicatorPeriods();
        var table = new byte[2 << 11];
        for (var equal = 0; equal < 2; equal++)
        {
            long[] values = equal == 1 ? [3, 6, 9, 12, 6, 6, 6, 6] : [3, 6, 9, 12, 12, 9, 6, 3];
            for (var present = 0; present < 256; present++)
            {
                for (var method = AggregationMethod.CumulativeSum; method <= AggregationMethod.Minimum; method++)
                {
                    periods.Plan(values, 0, present, 0, method);
                    table[(equal << 11) | (present << 3) | (int)method] = (byte)periods.JobCount;
                }
            }
        }

        return table;
    }

    /// <summary>
    /// Plans one kecamatan's indicators [<paramref name="from"/>, <paramref name="to"/>): each one's comparisons into
    /// <paramref name="pending"/> and fixed kinds into <paramref name="fix"/> from <paramref name="at"/>, or the
    /// indicator into <paramref name="rest"/>. Returns the kecamatan's needs.
    /// </summary>
    private static int PlanKecamatan(RecapSource.Entry[] entries, long[] values, int from, int to, IndicatorPeriods periods, (int Key, long Realisasi, long Target)[] mine, int[] jobOf, int[] fix, int at, List<(int Key, long Realisasi, long Target)> pending, List<int> rest)
    {
        var need = 0;
        for (var i = from; i < to; i++)
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
                if (jobOf[p] < 0)
                {
                    // Not a comparison: not reported or no target (the planner's kind).
                    fix[FixedAt(at, p, periods.Kinds[p])]++;
                }
            }

            for (var j = 0; j < jobs; j++)
            {
                var job = mine[j];
                if ((job.Target & TargetBits) == 0)
                {
                    // A zero target: not computable in each of its periods.
                    for (var p = 0; p < 8; p++)
                    {
                        if ((job.Key & (1 << p)) != 0)
                        {
                            fix[FixedAt(at, p, FigureKind.ZeroTarget)]++;
                        }
                    }

                    continue;
                }

                pending.Add(job);
            }
        }

        return need;
    }

    /// <summary>
    /// One kecamatan's comparisons (<paramref name="pending"/>) into runs by key, ascending, in a counting sort over the
    /// keys it has (<paramref name="counts"/>, all 0 between calls, <paramref name="keys"/> and <paramref name="sorted"/> are
    /// scratch), each run cut at <see cref="MaxRun"/> comparisons, written into the columns from <paramref name="filled"/> on.
    /// </summary>
    private static void AddRuns(List<(int Key, long Realisasi, long Target)> pending, ref (int Key, long Realisasi, long Target)[] sorted, int[] counts, List<int> keys, long[] realisasi, long[] targets, ref int filled, List<int> runStart, List<byte> runMask, List<byte> runFlags)
    {
        keys.Clear();
        foreach (var job in pending)
        {
            if (counts[job.Key]++ == 0)
            {
                keys.Add(job.Key);
            }
        }

        if (sorted.Length < pending.Count)
        {
            sorted = new (int Key, long Realisasi, long Target)[Math.Max(pending.Count, sorted.Length * 2)];
        }

        // A kecamatan has a few keys of the 1,024: their offsets in ascending order, the counts back to 0.
        keys.Sort();
        for (int n = 0, sum = 0; n < keys.Count; n++)
        {
            var count = counts[keys[n]];
            counts[keys[n]] = sum;
            sum += count;
        }

        foreach (var job in pending)
        {
            sorted[counts[job.Key]++] = job;
        }

        foreach (var key in keys)
        {
            counts[key] = 0;
        }

        for (var n = 0; n < pending.Count; n++)
        {
            var job = sorted[n];
            if (n == 0 || job.Key != sorted[n - 1].Key || filled - runStart[runStart.Count - 1] == MaxRun)
            {
                if (n > 0)
                {
                    runStart.Add(filled);
                }

                runMask.Add((byte)(job.Key & 0xFF));
                runFlags.Add((byte)(job.Key >> 8));
            }

            realisasi[filled] = job.Realisasi;
            targets[filled++] = job.Target;
        }

        if (pending.Count > 0)
        {
            runStart.Add(filled);
        }
    }

    /// <summary>
    /// Whether the policy's rules allow kecamatan <paramref name="k"/>'s runs (else it is recapped one
    /// indicator at a time).
    /// </summary>
    public bool Applies(int k, ColumnRules rules) => (Needs[k] & ~rules.Provides) == 0;

    /// <summary>
    /// Plans one loaded indicator: its comparisons with the periods each goes to
    /// (<paramref name="mine"/>[..<paramref name="jobs"/>]; a target of 0 is not computable there),
    /// <paramref name="jobOf"/>[p] ≥ 0 where period p is one of them, else its fixed kind in the
    /// planner's kinds. <see langword="false"/> where the indicator must be recapped one by one.
    /// </summary>
    private static bool TryPlan(IndicatorPeriods periods, long[] values, int i, in RecapSource.Entry entry, (int Key, long Realisasi, long Target)[] mine, int[] jobOf, out int needs, out int jobs)
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
                mine[j] = (key, total, 0);
                continue;
            }

            if (target > MaxTarget)
            {
                return false;
            }

            // Where the figure will fall is the recap's to compute; here only whether the lanes can.
            var numerator = PolarityNumerator.Of(entry.Polarity, target, total);
            if (numerator < 0)
            {
                needs |= NeedsFloorAtZero;
                numerator = 0;
            }

            if (numerator > target * MaxRatio)
            {
                return false;
            }

            key |= (periods.IsGuarded(j) ? Guarded << 8 : 0) | (numerator > OneDivision ? Wide << 8 : 0);
            mine[j] = (key, total, Pack(target, entry.Scale, entry.Polarity));
        }

        // A cumulative period that takes a quarter's own figure: that comparison's periods, or that quarter's kind.
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
    private readonly Vector256<long>? _vector;
    private readonly Vector512<long> _limit;
    private readonly Vector512<long> _t0;
    private readonly Vector512<long> _t1;
    private readonly Vector512<long> _t2;
    private readonly Vector512<long> _t3;

    private ColumnRules(long[] thresholds, Vector256<long>? vector, long limit, long[] marks, int provides)
    {
        Thresholds = thresholds;
        _vector = vector;
        Limit = limit;
        Marks = marks;
        Provides = provides;
        Lanes = RecapPaths.Current == RecapPath.Vector;
        _limit = Vector512.Create(limit);
        _t0 = Vector512.Create(thresholds.Length > 0 ? thresholds[0] : long.MaxValue);
        _t1 = Vector512.Create(thresholds.Length > 1 ? thresholds[1] : long.MaxValue);
        _t2 = Vector512.Create(thresholds.Length > 2 ? thresholds[2] : long.MaxValue);
        _t3 = Vector512.Create(thresholds.Length > 3 ? thresholds[3] : long.MaxValue);
    }

    /// <summary>Per bound the cap passes, ascending: an encoded figure above it is past the bound (<see cref="IntegerRules.Thresholds"/>).</summary>
    public long[] Thresholds { get; }

    /// <summary>The cap and the average cap, the lesser, in quanta (<see cref="long.MaxValue"/> when neither).</summary>
    public long Limit { get; }

    /// <summary>The bounds and caps in quanta, where a guarded figure is computed on decimals.</summary>
    public long[] Marks { get; }

    /// <summary>The needs (<see cref="RecapColumns"/> flags) the policy meets.</summary>
    public int Provides { get; }

    /// <summary>Whether runs may be tallied in vector lanes (<see cref="RecapPath.Vector"/>, read when made).</summary>
    public bool Lanes { get; }

    /// <summary>The policy's rules as thresholds, or <see langword="null"/> when a cap, or a bound the cap passes, is beyond ±10⁶ %.</summary>
    public static ColumnRules? From(IntegerRules rules)
    {
        // The caps and the bounds the cap passes (those with a threshold) within ±10⁶ %; a bound beyond the cap never counts.
        var limits = new[] { rules.Cap, rules.AverageCap }.Where(c => c.HasValue).Select(c => c!.Value);
        if (limits.Concat(rules.Upper.Take(rules.Thresholds.Length)).Any(q => Math.Abs(q) > RecapColumns.MaxQuanta))
        {
            return null;
        }

        var provides = (rules.NegativeTwoMinusRatio ? RecapColumns.NeedsTwoMinusRatio : 0)
            | (rules.ZeroTargetNotComputable ? RecapColumns.NeedsZeroTargetNotComputable : 0)
            | (rules.FloorAtZero ? RecapColumns.NeedsFloorAtZero : 0);
        return new ColumnRules(rules.Thresholds, rules.ThresholdVector, rules.Limit, rules.Marks, provides);
    }

    /// <summary>
    /// Computes and adds up the figures of one run of <paramref name="count"/> comparisons (at most
    /// <see cref="RecapColumns.MaxRun"/>; the spans hold 8 more to read past the end): their capped
    /// quanta, and per threshold how many are past it. In a guarded run, a figure exactly on a
    /// half-quantum, or exactly on a mark, is left out and its position put in <paramref name="marked"/>.
    /// </summary>
    /// <param name="realisasi">The run's realisasi, and 8 more.</param>
    /// <param name="targets">The run's packed targets, and 8 more.</param>
    /// <param name="count">The run's length.</param>
    /// <param name="flags">The run's flags (<see cref="RecapColumns.Guarded"/>, <see cref="RecapColumns.Wide"/>).</param>
    /// <param name="passed">Per threshold, the figures past it.</param>
    /// <param name="sum">The capped quanta of the figures not left out.</param>
    /// <param name="marked">The positions of the figures left out.</param>
    /// <param name="lanes">Whether vector lanes may be used (tests compare both ways).</param>
    /// <returns>The number of figures left out.</returns>
    public int Tally(ReadOnlySpan<long> realisasi, ReadOnlySpan<long> targets, int count, int flags, Span<long> passed, out long sum, Span<int> marked, bool lanes = true)
    {
        passed.Clear();
        var guarded = (flags & RecapColumns.Guarded) != 0;
        if (lanes && LanesApply(flags))
        {
            var taken = InLanes(realisasi, targets, count, guarded, out var sums, marked);
            sum = Vector512.Sum(sums.Sum);
            sums.CopyPassed(passed);
            return taken;
        }

        var thresholds = Thresholds;
        var left = 0;
        sum = 0;
        for (var i = 0; i < count; i++)
        {
            var packed = targets[i];
            var target = packed & RecapColumns.TargetBits;
            var numerator = IntegerCapaian.Floored(PolarityNumerator.Of(RecapColumns.PolarityOf(packed), target, realisasi[i]));
            var whole = IntegerCapaian.DivideExactly(numerator, target, out var remainder);
            if (guarded && IntegerCapaian.NeedsDecimals(whole, remainder, target, Marks))
            {
                marked[left++] = i;
                continue;
            }

            var up = IntegerCapaian.RoundsUp(whole, remainder, target);
            var e = IntegerCapaian.Encode(whole, remainder, up);
            sum += IntegerCapaian.CappedQuanta(whole, up, Limit);
            for (var b = IntegerCapaian.Band(e, thresholds, _vector) - 1; b >= 0; b--)
            {
                passed[b]++;
            }
        }

        return left;
    }

    /// <summary>Whether a run with these flags can be tallied in vector lanes on this machine under these rules.</summary>
    public bool LanesApply(int flags) =>
        Lanes && Thresholds.Length <= 4 && (flags & RecapColumns.Wide) == 0 && ((flags & RecapColumns.Guarded) == 0 || Marks.Length <= 8);

    /// <summary>
    /// <see cref="Tally"/> eight comparisons at a time (where <see cref="LanesApply"/>): the same steps,
    /// with masks for the polarities and the run's end, the sums and counts left in the lanes.
    /// </summary>
    public int InLanes(ReadOnlySpan<long> realisasi, ReadOnlySpan<long> targets, int count, bool guarded, out LaneSums sums, Span<int> marked)
    {
        var left = 0;
        var limit = _limit;
        var t0 = _t0;
        var t1 = _t1;
        var t2 = _t2;
        var t3 = _t3;
        var c0 = Vector512<long>.Zero;
        var c1 = Vector512<long>.Zero;
        var c2 = Vector512<long>.Zero;
        var c3 = Vector512<long>.Zero;
        var total = Vector512<long>.Zero;
        var zero = Vector512<long>.Zero;
        var bits = Vector512.Create(RecapColumns.TargetBits);
        ref var r0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(realisasi);
        ref var p0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(targets);
        for (var i = 0; i < count; i += 8)
        {
            var r = Vector512.LoadUnsafe(ref r0, (nuint)i);
            var packed = Vector512.LoadUnsafe(ref p0, (nuint)i);
            var t = packed & bits;
            var numerator = PolarityNumerator.Of(Vector512.ShiftRightArithmetic(packed, 48), t, r);

            var whole = IntegerCapaian.Divide(IntegerCapaian.Floored(numerator), t, out var remainder);
            var up = IntegerCapaian.RoundsUp(whole, remainder, t);
            var e = IntegerCapaian.Encode(whole, remainder, up);
            var active = Vector512.LessThan(Vector512<long>.Indices, Vector512.Create((long)(count - i)));
            if (guarded)
            {
                var on = active & IntegerCapaian.NeedsDecimals(whole, remainder, t, Marks);
                if (on != zero)
                {
                    for (var m = Vector512.ExtractMostSignificantBits(on); m != 0; m &= m - 1)
                    {
                        marked[left++] = i + System.Numerics.BitOperations.TrailingZeroCount(m);
                    }

                    active &= ~on;
                }
            }

            total += IntegerCapaian.CappedQuanta(whole, up, limit) & active;
            c0 -= IntegerCapaian.Past(e, t0) & active;
            c1 -= IntegerCapaian.Past(e, t1) & active;
            c2 -= IntegerCapaian.Past(e, t2) & active;
            c3 -= IntegerCapaian.Past(e, t3) & active;
        }

        sums.Sum = total;
        sums.C0 = c0;
        sums.C1 = c1;
        sums.C2 = c2;
        sums.C3 = c3;
        sums.Thresholds = Thresholds.Length;
        return left;
    }

    /// <summary>Adds <paramref name="computed"/> figures into bands from the counts past each threshold: band b has those past b − 1 but not past b.</summary>
    public static void AddBands(int[] categories, int at, int computed, ReadOnlySpan<long> passed, int kept)
    {
        var below = (long)computed;
        for (var b = 0; b < kept; b++)
        {
            categories[at + b] += (int)(below - passed[b]);
            below = passed[b];
        }

        categories[at + kept] += (int)below;
    }
}

/// <summary>
/// What <see cref="ColumnRules.InLanes"/> leaves in the lanes of one run: the capped quanta and, per
/// threshold (up to four), the figures past it, each summed per lane.
/// </summary>
internal struct LaneSums
{
    /// <summary>The capped quanta per lane.</summary>
    public Vector512<long> Sum;

    /// <summary>Per lane, the figures past threshold 0.</summary>
    public Vector512<long> C0;

    /// <summary>Per lane, the figures past threshold 1.</summary>
    public Vector512<long> C1;

    /// <summary>Per lane, the figures past threshold 2.</summary>
    public Vector512<long> C2;

    /// <summary>Per lane, the figures past threshold 3.</summary>
    public Vector512<long> C3;

    /// <summary>How many thresholds count.</summary>
    public int Thresholds;

    /// <summary>Adds another run's lanes.</summary>
    public void Add(in LaneSums other)
    {
        Sum += other.Sum;
        C0 += other.C0;
        C1 += other.C1;
        C2 += other.C2;
        C3 += other.C3;
    }

    /// <summary>The figures past each threshold, summed over the lanes.</summary>
    public readonly void CopyPassed(Span<long> passed)
    {
        switch (Thresholds)
        {
            case 4:
                passed[3] = Vector512.Sum(C3);
                goto case 3;
            case 3:
                passed[2] = Vector512.Sum(C2);
                goto case 2;
            case 2:
                passed[1] = Vector512.Sum(C1);
                goto case 1;
            case 1:
                passed[0] = Vector512.Sum(C0);
                break;
        }
    }
}

/// <summary>
/// The lanes of many runs added up per period, so that a kecamatan's runs are summed across lanes
/// once per period instead of once per run. A period's lanes are flushed before they hold more than
/// <see cref="MaxLoad"/> figures, so their sum across lanes (of quanta at most 10¹⁵ each) cannot overflow.
/// </summary>
internal sealed class ColumnLanes
{
    /// <summary>The most figures a period's lanes add up between flushes: 8,192 × 10¹⁵ stays below 2⁶³.</summary>
    public const int MaxLoad = 8192;

    private readonly LaneSums[] _sums = new LaneSums[8];
    private readonly int[] _computed = new int[8];
    private readonly int[] _load = new int[8];
    private readonly long[] _passed = new long[4];
    private int _touched;

    /// <summary>Adds one run's lanes (<paramref name="computed"/> figures in <paramref name="count"/> comparisons) into period <paramref name="p"/>, flushing it first when full.</summary>
    public void Add(int p, in LaneSums sums, int computed, int count, RecapTally[] tallies, int tallyAt, int[] categories, int categoryAt, int bands)
    {
        var load = count;
        var bit = 1 << p;
        if ((_touched & bit) == 0)
        {
            _sums[p] = sums;
            _computed[p] = computed;
            _load[p] = load;
            _touched |= bit;
            return;
        }

        if (_load[p] + load > MaxLoad)
        {
            Flush(p, tallies, tallyAt, categories, categoryAt, bands);
            Add(p, sums, computed, count, tallies, tallyAt, categories, categoryAt, bands);
            return;
        }

        _sums[p].Add(sums);
        _computed[p] += computed;
        _load[p] += load;
    }

    /// <summary>Adds every period's lanes into its tally and category counts, and empties them.</summary>
    public void FlushInto(RecapTally[] tallies, int tallyAt, int[] categories, int categoryAt, int bands)
    {
        for (var touched = _touched; touched != 0; touched &= touched - 1)
        {
            Flush(System.Numerics.BitOperations.TrailingZeroCount(touched), tallies, tallyAt, categories, categoryAt, bands);
        }
    }

    private void Flush(int p, RecapTally[] tallies, int tallyAt, int[] categories, int categoryAt, int bands)
    {
        ref readonly var sums = ref _sums[p];
        ref var tally = ref tallies[tallyAt + p];
        var computed = _computed[p];
        FigureKinds.Count(ref tally, FigureKind.Computed, computed);
        tally.AddQuanta(Vector512.Sum(sums.Sum));
        var passed = _passed;
        sums.CopyPassed(passed);
        ColumnRules.AddBands(categories, categoryAt + (p * bands), computed, passed, sums.Thresholds);
        _touched &= ~(1 << p);
    }
}
#endif
