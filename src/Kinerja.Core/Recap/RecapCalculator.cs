using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Recap;

/// <summary>
/// Builds a recap (rekapitulasi) from flat measurements: a pure function of the rows and the policy, each
/// indicator's capaian computed by the rules of <see cref="CapaianEvaluator"/>.
/// </summary>
/// <remarks>How it runs (runs of one unit, threads, scattered units): docs/recap.md, "How it runs".</remarks>
public static class RecapCalculator
{
    private const int Periods = 8;

    /// <summary>Inputs under this many rows per thread stay on one thread.</summary>
    private const int MinRowsPerWorker = 50_000;

    /// <summary>Builds a recap of every level, down to each indicator.</summary>
    /// <param name="indicators">The indicator rows: at most one per indicator and quarter.</param>
    /// <param name="budget">The budget rows: at most one per program of a unit.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The recap, or every problem in the rows (duplicates, an indicator whose rows disagree, negative figures).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<RecapTable> Build(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget, RecapPolicy policy) =>
        Build(indicators, budget, policy, RecapOptions.Default);

    /// <summary>Builds a recap of the levels from <see cref="RecapOptions.FinestLevel"/> up.</summary>
    /// <param name="indicators">The indicator rows: at most one per indicator and quarter.</param>
    /// <param name="budget">The budget rows: at most one per program of a unit.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="options">The finest level kept and the threads allowed.</param>
    /// <returns>The recap, or every problem in the rows (duplicates, an indicator whose rows disagree, negative figures).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<RecapTable> Build(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget, RecapPolicy policy, RecapOptions options) =>
        Build(indicators, budget, policy, options, MinRowsPerWorker);

    /// <summary>As the public overload, with the rows per thread below which the recap stays on one thread (tests lower it).</summary>
    internal static ValidationResult<RecapTable> Build(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget, RecapPolicy policy, RecapOptions options, int minRowsPerWorker)
    {
        if (indicators is null)
        {
            throw new ArgumentNullException(nameof(indicators));
        }

        if (budget is null)
        {
            throw new ArgumentNullException(nameof(budget));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var rows = indicators as IndicatorMeasurement[] ?? indicators.ToArray();
        var finest = options.FinestLevel;
        var bands = policy.Scale.Bands.Count;
        var threads = Math.Min(options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, rows.Length / Math.Max(1, minRowsPerWorker));
        Worker Create() => new(policy, bands, finest);
        var workers = (threads > 1 ? InParts(rows, threads, Create) : null) ?? [OneThread(rows, Create)];
        var problems = Check(workers, budget, out var budgetRows);
        return problems.Result(() => Assemble(workers, bands, finest, policy.Scale.Name, Money(budgetRows, finest)).Under(policy));
    }

    /// <summary>Builds a recap of every level, down to each indicator, from measurements checked and laid out once.</summary>
    /// <param name="source">The measurements (<see cref="RecapSource.Create"/>).</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The recap: the same as <see cref="Build(IEnumerable{IndicatorMeasurement}, IEnumerable{BudgetMeasurement}, RecapPolicy)"/> gives for the source's rows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RecapTable Build(RecapSource source, RecapPolicy policy) => Build(source, policy, RecapOptions.Default);

    /// <summary>Builds a recap of the levels from <see cref="RecapOptions.FinestLevel"/> up, from measurements checked and laid out once.</summary>
    /// <param name="source">The measurements (<see cref="RecapSource.Create"/>).</param>
    /// <param name="policy">The policy.</param>
    /// <param name="options">The finest level kept and the threads allowed.</param>
    /// <returns>The recap: the same as <see cref="Build(IEnumerable{IndicatorMeasurement}, IEnumerable{BudgetMeasurement}, RecapPolicy, RecapOptions)"/> gives for the source's rows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RecapTable Build(RecapSource source, RecapPolicy policy, RecapOptions options) => Build(source, policy, options, MinRowsPerWorker);

    /// <summary>As the public overload, with the rows per thread below which the recap stays on one thread (tests lower it).</summary>
    internal static RecapTable Build(RecapSource source, RecapPolicy policy, RecapOptions options, int minRowsPerWorker)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var finest = options.FinestLevel;
        var bands = policy.Scale.Bands.Count;
        var threads = Math.Min(options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, source.MeasurementCount / Math.Max(1, minRowsPerWorker));
        threads = Math.Max(1, Math.Min(threads, source.KecamatanCount));

        // Parts of whole kecamatan with about as many indicators each.
        var bounds = new int[threads + 1];
        bounds[threads] = source.KecamatanCount;
        for (var k = 1; k < threads; k++)
        {
            var b = bounds[k - 1];
            var wanted = (long)source.IndicatorCount * k / threads;
            while (b < source.KecamatanCount && source.FirstIndicatorOfKecamatan(b) < wanted)
            {
                b++;
            }

            bounds[k] = b;
        }

        // Each part opens its own kecamatan's groups (or scratch figures) and adds straight into them.
        var kecamatan = new Target[source.KecamatanCount];
        var workers = new Worker[threads];
        void Part(int k)
        {
            workers[k] = new Worker(policy, bands, finest);
            workers[k].Run(source, bounds[k], bounds[k + 1], kecamatan);
        }

        if (threads == 1)
        {
            Part(0);
        }
        else
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, Part);
        }

        var store = new RecapStore(bands);
        foreach (var worker in workers)
        {
            store.Append(worker.Sink);
        }

        return AddUpper(store, bands, finest, policy.Scale.Name, Money(source.Budget, finest), kecamatan, [.. source.Kecamatan.Select(k => k.Item1)]).Under(policy);
    }

    /// <summary>Checks the rows as <see cref="Build(IEnumerable{IndicatorMeasurement}, IEnumerable{BudgetMeasurement}, RecapPolicy)"/> does and lays them out for recapping.</summary>
    internal static ValidationResult<RecapSource> CreateSource(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget) =>
        CreateSource(indicators, budget, null);

    /// <summary>As <see cref="CreateSource(IEnumerable{IndicatorMeasurement}, IEnumerable{BudgetMeasurement})"/>, in <paramref name="parts"/> parts where given (tests force it).</summary>
    internal static ValidationResult<RecapSource> CreateSource(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget, int? parts)
    {
        if (indicators is null)
        {
            throw new ArgumentNullException(nameof(indicators));
        }

        if (budget is null)
        {
            throw new ArgumentNullException(nameof(budget));
        }

        // Rows in parts on every core, each part laid out by its own builder; the first builder, with room for all
        // (about four rows an indicator), takes the others' units over in order.
        var rows = indicators as IndicatorMeasurement[] ?? indicators.ToArray();
        var threads = Math.Min(parts ?? Environment.ProcessorCount, Math.Max(1, rows.Length / (parts is null ? MinRowsPerWorker : 1)));
        var first = true;
        Worker Create()
        {
            var room = first ? rows.Length / 4 : rows.Length / 4 / threads;
            first = false;
            return new Worker(new RecapSource.Builder(room));
        }

        var workers = (threads > 1 ? InParts(rows, threads, Create) : null) ?? [OneThread(rows, () => new Worker(new RecapSource.Builder(rows.Length / 4)))];
        var problems = Check(workers, budget, out var budgetRows);
        return problems.Result(() =>
        {
            var builder = workers[0].Collector!;
            foreach (var worker in workers.Skip(1))
            {
                builder.Append(worker.Collector!);
            }

            return builder.Finish(budgetRows);
        });
    }

    /// <summary>The rows recapped on one thread: in input order, or ordered by unit first when a unit comes back after another.</summary>
    private static Worker OneThread(IndicatorMeasurement[] rows, Func<Worker> create)
    {
        var single = create();
        if (!single.Run(rows, null, 0, rows.Length))
        {
            // A unit came back after another: order the rows by unit, then every unit is one run.
            var (sorted, inputIndex) = ByUnit(rows);
            single = create();
            single.Run(sorted, inputIndex, 0, sorted.Length);
        }

        return single;
    }

    /// <summary>The workers' problems in row order, then the budget rows' (null rows, programs twice); the budget rows accepted.</summary>
    internal static Problems Check(Worker[] workers, IEnumerable<BudgetMeasurement> budget, out List<BudgetMeasurement> budgetRows)
    {
        var problems = new Problems();
        var found = workers.SelectMany(w => w.Found).ToList();
        if (found.Count > 0)
        {
            problems.AddRange(InRowOrder(found).Select(f => f.Problem));
        }

        var programs = new HashSet<(string, string, string, string)>();
        var total = 0m;
        budgetRows = [];
        var index = 0;
        foreach (var row in budget)
        {
            var path = Text.Index("budget", index++);
            if (row is null)
            {
                problems.Error(ProblemCodes.Required, path, null);
            }
            else if (!programs.Add((row.Kabupaten, row.Kecamatan, row.Unit, row.Program)))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".program", row.Program, "budget");
            }
            else if (Fits(row, path, ref total, problems))
            {
                budgetRows.Add(row);
            }
        }

        return problems;
    }

    /// <summary>Problems found in row order, each row's problems in the order they were found.</summary>
    internal static IEnumerable<(int Row, ValidationProblem Problem)> InRowOrder(IEnumerable<(int Row, ValidationProblem Problem)> found) =>
        found.Select((f, i) => (f, i)).OrderBy(x => x.f.Row).ThenBy(x => x.i).Select(x => x.f);

    /// <summary>
    /// Whether a budget row's amounts still fit the running total of every amount (all are 0 or more,
    /// so every sum a recap makes of them is at most that total and stays within decimal); else an
    /// out-of-range error naming the amount that does not fit.
    /// </summary>
    private static bool Fits(BudgetMeasurement row, string path, ref decimal total, Problems problems)
    {
        var amounts = new[] { (row.Pagu, ".pagu"), (row.Realisasi[0], ".tw1"), (row.Realisasi[1], ".tw2"), (row.Realisasi[2], ".tw3"), (row.Realisasi[3], ".tw4") };
        foreach (var (amount, field) in amounts)
        {
            if (amount is not { } a)
            {
                continue;
            }

            if (a > decimal.MaxValue - total)
            {
                problems.Error(ProblemCodes.OutOfRange, path + field, Text.Of(a), "0", Text.Of(decimal.MaxValue - total));
                return false;
            }

            total += a;
        }

        return true;
    }

    private static Dictionary<(RecapKey, int), BudgetFigures> Money(IEnumerable<BudgetMeasurement> budgetRows, RecapLevel finest)
    {
        var money = new Dictionary<(RecapKey, int), (int Programs, int NotReported, decimal Pagu, decimal ReportedPagu, decimal Realisasi)>();
        foreach (var row in budgetRows)
        {
            AddProgram(row, money, finest);
        }

        return money.ToDictionary(p => p.Key, p => new BudgetFigures(p.Value.Programs, p.Value.NotReported, p.Value.Pagu, p.Value.ReportedPagu, p.Value.Realisasi));
    }

    /// <summary>Whether a recap down to <paramref name="finest"/> keeps groups of <paramref name="level"/>.</summary>
    internal static bool Keeps(RecapLevel finest, RecapLevel level) => Rank(level) >= Rank(finest);

    private static int Rank(RecapLevel level) => level == RecapLevel.Program ? (int)RecapLevel.Sasaran : (int)level;

    private static void AddProgram(BudgetMeasurement row, Dictionary<(RecapKey, int), (int Programs, int NotReported, decimal Pagu, decimal ReportedPagu, decimal Realisasi)> groups, RecapLevel finest)
    {
        var keys = new[]
        {
            new RecapKey(RecapLevel.Program, row.Kabupaten, row.Kecamatan, row.Unit, row.Program),
            new RecapKey(RecapLevel.Unit, row.Kabupaten, row.Kecamatan, row.Unit),
            new RecapKey(RecapLevel.Kecamatan, row.Kabupaten, row.Kecamatan),
            new RecapKey(RecapLevel.Kabupaten, row.Kabupaten),
            new RecapKey(RecapLevel.National),
        }.Where(k => Keeps(finest, k.Level)).ToArray();
        decimal? cumulative = 0m;
        foreach (var q in Triwulan.All)
        {
            var amount = row.Realisasi[q.Index];
            cumulative = amount is { } a && cumulative is { } c ? c + a : null;
            foreach (var (period, spent) in new[] { (new RecapPeriod(q, false).Index, amount), (new RecapPeriod(q, true).Index, cumulative) })
            {
                foreach (var key in keys)
                {
                    groups.TryGetValue((key, period), out var g);
                    groups[(key, period)] = spent is { } s
                        ? (g.Programs + 1, g.NotReported, g.Pagu + row.Pagu, g.ReportedPagu + row.Pagu, g.Realisasi + s)
                        : (g.Programs + 1, g.NotReported + 1, g.Pagu + row.Pagu, g.ReportedPagu, g.Realisasi);
                }
            }
        }
    }

    /// <summary>Whether a figure is below 0 (a decimal comparison only when the sign bit is set).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Negative(decimal? value) =>
#if NET
        value.HasValue && decimal.IsNegative(value.GetValueOrDefault()) && value.GetValueOrDefault() != 0m;
#else
        value < 0m;
#endif

    private static bool Same(string a, string b) => ReferenceEquals(a, b) || string.Equals(a, b, StringComparison.Ordinal);

    internal static bool SameUnit(IndicatorMeasurement a, IndicatorMeasurement b) =>
        Same(a.Unit, b.Unit) && Same(a.Kecamatan, b.Kecamatan) && Same(a.Kabupaten, b.Kabupaten);

    /// <summary>
    /// The rows cut at unit boundaries into about equal parts, each recapped by its own worker on its
    /// own thread; <see langword="null"/> when a unit turned out to be in more than one part (the rows
    /// scatter it), so the caller recaps on one thread instead.
    /// </summary>
    private static Worker[]? InParts(IndicatorMeasurement[] rows, int parts, Func<Worker> create)
    {
        var bounds = new int[parts + 1];
        bounds[parts] = rows.Length;
        for (var k = 1; k < parts; k++)
        {
            var b = Math.Max(bounds[k - 1], (int)((long)rows.Length * k / parts));
            while (b > 0 && b < rows.Length && rows[b] is { } here && rows[b - 1] is { } before && SameUnit(here, before))
            {
                b++;
            }

            bounds[k] = b;
        }

        var workers = new Worker[parts];
        for (var k = 0; k < parts; k++)
        {
            workers[k] = create();
        }

        var whole = new bool[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, k =>
        {
            whole[k] = workers[k].Run(rows, null, bounds[k], bounds[k + 1]);
        });
        if (Array.IndexOf(whole, false) >= 0)
        {
            return null;
        }

        // A unit in two parts would be scattered through the input. Parts are cut at unit boundaries, so
        // only a kecamatan met in more than one part can hold such a unit: compare the units of those.
        var first = new Dictionary<(string, string), (int Worker, int Kecamatan)>();
        var shared = 0;
        for (var w = 0; w < workers.Length; w++)
        {
            var worker = workers[w];
            for (var k = 0; k < worker.Kecamatan.Count; k++)
            {
                if (!first.TryGetValue(worker.Kecamatan[k], out var earlier))
                {
                    first.Add(worker.Kecamatan[k], (w, k));
                    continue;
                }

                // Many kecamatan across parts: the rows are not in kecamatan order; recap them on one thread.
                if (++shared > 2 * parts)
                {
                    return null;
                }

                for (var v = earlier.Worker; v < w; v++)
                {
                    var kecamatan = v == earlier.Worker ? earlier.Kecamatan : workers[v].KecamatanIndex(worker.Kecamatan[k]);
                    if (kecamatan >= 0 && workers[v].KecamatanUnits[kecamatan].Exists(u => worker.KecamatanUnits[k].Exists(x => Same(x, u))))
                    {
                        return null;
                    }
                }
            }
        }

        return workers;
    }

    /// <summary>The rows ordered by unit (stably: each unit's rows in input order), with each row's index in the input.</summary>
    private static (IndicatorMeasurement[] Rows, int[] InputIndex) ByUnit(IndicatorMeasurement[] rows)
    {
        var units = new Dictionary<(string, string, string), int>();
        var unitOf = new int[rows.Length];
        var counts = new List<int>();
        IndicatorMeasurement? previous = null;
        var unit = -1;
        var present = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row is null)
            {
                unitOf[i] = -1;
                continue;
            }

            if (previous is null || !SameUnit(row, previous))
            {
                if (!units.TryGetValue((row.Kabupaten, row.Kecamatan, row.Unit), out unit))
                {
                    unit = counts.Count;
                    units.Add((row.Kabupaten, row.Kecamatan, row.Unit), unit);
                    counts.Add(0);
                }

                previous = row;
            }

            unitOf[i] = unit;
            counts[unit]++;
            present++;
        }

        var next = new int[counts.Count];
        for (var u = 1; u < counts.Count; u++)
        {
            next[u] = next[u - 1] + counts[u - 1];
        }

        var sorted = new IndicatorMeasurement[present];
        var inputIndex = new int[present];
        for (var i = 0; i < rows.Length; i++)
        {
            if (unitOf[i] >= 0)
            {
                var at = next[unitOf[i]]++;
                sorted[at] = rows[i];
                inputIndex[at] = i;
            }
        }

        return (sorted, inputIndex);
    }

    /// <summary>
    /// The table: the workers' groups below the kecamatan (their chunks taken over, not copied), then
    /// each kecamatan added up over the workers, then the kabupaten and the total.
    /// </summary>
    private static RecapTable Assemble(Worker[] workers, int bands, RecapLevel finest, string scaleName, Dictionary<(RecapKey, int), BudgetFigures> budget)
    {
        var store = new RecapStore(bands);
        foreach (var worker in workers)
        {
            store.Append(worker.Sink);
        }

        var kecamatan = new Dictionary<(string, string), int>();
        var kecamatanKeys = new List<(string Kabupaten, string Kecamatan)>();
        foreach (var worker in workers)
        {
            foreach (var code in worker.Kecamatan)
            {
                if (!kecamatan.ContainsKey(code))
                {
                    kecamatan.Add(code, kecamatanKeys.Count);
                    kecamatanKeys.Add(code);
                }
            }
        }

        // Every kecamatan (kept or not, it adds into its kabupaten), then every kabupaten, then the total:
        // summed straight into the table's groups where the level is kept, else into scratch arrays.
        var kecamatanLevel = new Level(store, Keeps(finest, RecapLevel.Kecamatan), kecamatanKeys.Count, bands);
        for (var k = 0; k < kecamatanKeys.Count; k++)
        {
            kecamatanLevel.Open(k, new RecapKey(RecapLevel.Kecamatan, kecamatanKeys[k].Kabupaten, kecamatanKeys[k].Kecamatan));
        }

        foreach (var worker in workers)
        {
            for (var k = 0; k < worker.Kecamatan.Count; k++)
            {
                AddInto(kecamatanLevel.TargetOf(kecamatan[worker.Kecamatan[k]]), new Target(worker.KecamatanTallies, k * Periods, worker.KecamatanCategories, k * Periods * bands), bands);
            }
        }

        var targets = new Target[kecamatanKeys.Count];
        for (var k = 0; k < targets.Length; k++)
        {
            targets[k] = kecamatanLevel.TargetOf(k);
        }

        return AddUpper(store, bands, finest, scaleName, budget, targets, [.. kecamatanKeys.Select(k => k.Kabupaten)]);
    }

    /// <summary>The kabupaten (each the sum of its kecamatan) and the total into the table, which is then done.</summary>
    private static RecapTable AddUpper(RecapStore store, int bands, RecapLevel finest, string scaleName, Dictionary<(RecapKey, int), BudgetFigures> budget, Target[] kecamatan, string[] kabupatenOf)
    {
        var kabupaten = new Dictionary<string, int>(StringComparer.Ordinal);
        var kabupatenKeys = new List<string>();
        foreach (var code in kabupatenOf)
        {
            if (!kabupaten.ContainsKey(code))
            {
                kabupaten.Add(code, kabupatenKeys.Count);
                kabupatenKeys.Add(code);
            }
        }

        var kabupatenLevel = new Level(store, Keeps(finest, RecapLevel.Kabupaten), kabupatenKeys.Count, bands);
        for (var b = 0; b < kabupatenKeys.Count; b++)
        {
            kabupatenLevel.Open(b, new RecapKey(RecapLevel.Kabupaten, kabupatenKeys[b]));
        }

        for (var k = 0; k < kabupatenOf.Length; k++)
        {
            AddInto(kabupatenLevel.TargetOf(kabupaten[kabupatenOf[k]]), kecamatan[k], bands);
        }

        if (kabupatenOf.Length > 0)
        {
            var nationalLevel = new Level(store, true, 1, bands);
            nationalLevel.Open(0, new RecapKey(RecapLevel.National));
            var national = nationalLevel.TargetOf(0);
            for (var b = 0; b < kabupatenKeys.Count; b++)
            {
                AddInto(national, kabupatenLevel.TargetOf(b), bands);
            }
        }

        return new RecapTable(scaleName, finest, store, budget);
    }

    /// <summary>Adds a group's eight tallies and their category counts into another group's.</summary>
    private static void AddInto(in Target into, in Target from, int bands)
    {
        for (var p = 0; p < Periods; p++)
        {
            into.Tallies[into.TallyAt + p].Add(from.Tallies[from.TallyAt + p]);
        }

        var width = Periods * bands;
        for (var c = 0; c < width; c++)
        {
            into.Categories[into.CategoryAt + c] += from.Categories[from.CategoryAt + c];
        }
    }

    /// <summary>Where a unit's figures add into its kecamatan: eight tallies from <see cref="TallyAt"/>, 8 × bands counts from <see cref="CategoryAt"/>.</summary>
    internal readonly struct Target
    {
        public Target(RecapTally[] tallies, int tallyAt, int[] categories, int categoryAt)
        {
            Tallies = tallies;
            TallyAt = tallyAt;
            Categories = categories;
            CategoryAt = categoryAt;
        }

        public RecapTally[] Tallies { get; }

        public int TallyAt { get; }

        public int[] Categories { get; }

        public int CategoryAt { get; }
    }

    /// <summary>One level's groups while the table is assembled: groups of the table when the level is kept, else scratch figures.</summary>
    private readonly struct Level
    {
        private readonly RecapStore _store;
        private readonly int[] _group;
        private readonly RecapTally[]? _tallies;
        private readonly int[]? _categories;
        private readonly int _bands;

        public Level(RecapStore store, bool kept, int count, int bands)
        {
            _store = store;
            _bands = bands;
            _group = kept ? new int[count] : [];
            _tallies = kept ? null : new RecapTally[count * Periods];
            _categories = kept ? null : new int[count * Periods * bands];
        }

        public void Open(int i, RecapKey key)
        {
            if (_tallies is null)
            {
                _group[i] = _store.Add(key);
            }
        }

        /// <summary>Where figures add into group <paramref name="i"/>.</summary>
        public Target TargetOf(int i)
        {
            if (_tallies is null)
            {
                var (tallies, tallyAt, categories, categoryAt) = _store.SlotOf(_group[i]);
                return new Target(tallies, tallyAt, categories, categoryAt);
            }

            return new Target(_tallies, i * Periods, _categories!, i * Periods * _bands);
        }
    }

    /// <summary>
    /// Recaps one part of the rows on one thread, in runs of one unit, keeping each unit's rows in four
    /// quarter slots per indicator (docs/recap.md, "How it runs").
    /// </summary>
    internal sealed class Worker
    {
        private readonly RecapPolicy _policy;
#if NET
        private readonly IntegerRules? _integer;
#endif
        private readonly int _bands;
        private readonly RecapLevel _finest;
        private readonly IndicatorPeriods _periods = new();
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), int> _kecamatanIds = new();
        private readonly List<string> _sasaran = [];
        private readonly RecapTally[] _unit = new RecapTally[Periods];
        private readonly int[] _unitCategories;
        private IndicatorMeasurement?[] _slots = new IndicatorMeasurement?[64];
        private MeasurementRow[] _rows = [];
        private int[] _rowIndex = new int[64];
        private int _indicators;
        private RecapTally[] _sasaranTallies = new RecapTally[4 * Periods];
        private int[] _sasaranCategories;
        private RecapTally[] _kecamatanTallies = new RecapTally[16 * Periods];
        private int[] _kecamatanCategories;
        private readonly RecapTally[] _own = new RecapTally[Periods];
        private readonly IndicatorMeasurement?[] _scratch = new IndicatorMeasurement?[4];
#if NET
        private readonly LaneTally? _lanes;
        private ColumnRules? _columns;
        private long[] _passed = [];
        private int[] _marked = [];
        private ColumnLanes? _columnLanes;
#endif

        public Worker(RecapPolicy policy, int bands, RecapLevel finest)
        {
            _policy = policy;
#if NET
            _integer = RecapPaths.Current == RecapPath.Decimal ? null : IntegerRules.From(policy);
#endif
            _bands = bands;
            _finest = finest;
            _unitCategories = new int[Periods * bands];
            _sasaranCategories = new int[4 * Periods * bands];
            _kecamatanCategories = new int[16 * Periods * bands];
            Sink = new RecapStore(bands);
#if NET
            _lanes = LaneTally.Applies ? new LaneTally(bands) : null;
#endif
        }

        /// <summary>A worker that checks the rows and hands each valid unit to <paramref name="collector"/> instead of recapping it.</summary>
        public Worker(RecapSource.Builder collector)
            : this(RecapPolicy.Default, RecapPolicy.Default.Scale.Bands.Count, RecapLevel.Kecamatan) => Collector = collector;

        /// <summary>Where valid units go when the worker lays rows out rather than recapping them.</summary>
        public RecapSource.Builder? Collector { get; }

        /// <summary>The problems found, with the input row each belongs to.</summary>
        public List<(int Row, ValidationProblem Problem)> Found { get; } = [];

        /// <summary>The groups kept below the kecamatan.</summary>
        public RecapStore Sink { get; }

        /// <summary>The kecamatan met, as kabupaten and kecamatan codes, in the order of <see cref="KecamatanTallies"/>.</summary>
        public List<(string, string)> Kecamatan { get; } = [];

        /// <summary>The units met in each kecamatan, in the order of <see cref="Kecamatan"/>.</summary>
        public List<List<string>> KecamatanUnits { get; } = [];

        /// <summary>The index of a kecamatan in <see cref="Kecamatan"/>, or -1.</summary>
        public int KecamatanIndex((string, string) code) => _kecamatanIds.TryGetValue(code, out var k) ? k : -1;

        /// <summary>Eight tallies per kecamatan.</summary>
        public RecapTally[] KecamatanTallies => _kecamatanTallies;

        /// <summary>The category counts of those tallies.</summary>
        public int[] KecamatanCategories => _kecamatanCategories;

        /// <summary>
        /// Recaps rows [from, to). Returns <see langword="false"/> as soon as a unit comes back after
        /// another unit (the rows must then be ordered by unit first); the worker is then spent.
        /// </summary>
        public bool Run(IndicatorMeasurement[] rows, int[]? inputIndex, int from, int to)
        {
            var i = from;
            while (i < to)
            {
                var row = rows[i];
                if (row is null)
                {
                    Missing(inputIndex, i);
                    i++;
                    continue;
                }

                var kecamatan = KecamatanOf(row);
                var units = KecamatanUnits[kecamatan];
                if (units.Exists(u => Same(u, row.Unit)))
                {
                    return false;
                }

                units.Add(row.Unit);
                i = Process(rows, inputIndex, i, to, row, kecamatan);
            }

            return true;
        }

        /// <summary>
        /// Checks the <paramref name="count"/> rows of one unit held as fields (<see cref="RecapSourceBuilder"/>'s: a unit
        /// that came back after another is refused there) with the checks of <see cref="Run(IndicatorMeasurement[], int[], int, int)"/>,
        /// and hands the unit to <see cref="Collector"/> when none is refused. <paramref name="inputIndex"/> holds each row's number.
        /// </summary>
        public void RunUnit(MeasurementRow[] rows, int[] inputIndex, int count)
        {
            ref readonly var first = ref rows[0];
            var kecamatan = KecamatanOf((first.Kabupaten, first.Kecamatan));
            KecamatanUnits[kecamatan].Add(first.Unit);
            _ids.Clear();
            _indicators = 0;
            string? lastCode = null;
            var id = -1;
            var valid = true;
            for (var k = 0; k < count; k++)
            {
                ref readonly var row = ref rows[k];
                if (lastCode is null || !Same(row.Indicator, lastCode))
                {
                    id = IndicatorOf(row.Indicator);
                    lastCode = row.Indicator;
                }

                valid &= Place(_rows, row, inputIndex[k], id);
            }

            if (valid && Found.Count == 0)
            {
                Collector!.AddUnit(_rows, _rowIndex, _indicators, first.ToMeasurement());
            }
        }

        /// <summary>
        /// Recaps the kecamatan [from, to) of a source, unit by unit, each into its own group of
        /// <see cref="Sink"/> (or scratch figures when the kecamatan level is not kept), which it puts in
        /// <paramref name="kecamatan"/>.
        /// </summary>
        public void Run(RecapSource source, int from, int to, Target[] kecamatan)
        {
#if NET
            if (!Keeps(_finest, RecapLevel.Unit) && _integer is not null)
            {
                // Only a recap of a source at the kecamatan level or above uses the columns.
                _columns = ColumnRules.From(_integer);
                _passed = new long[_bands];
                _marked = new int[RecapColumns.MaxRun];
                _columnLanes = new ColumnLanes();
            }

#endif
            var kept = Keeps(_finest, RecapLevel.Kecamatan);
            var level = new Level(Sink, kept, to - from, _bands);
            for (var k = from; k < to; k++)
            {
                var (kab, kec) = source.Kecamatan[k];
                level.Open(k - from, new RecapKey(RecapLevel.Kecamatan, kab, kec));
                var target = level.TargetOf(k - from);
                kecamatan[k] = target;
                if (!Keeps(_finest, RecapLevel.Unit))
                {
#if NET
                    if (_columns is not null && source.Columns.Applies(k, _columns))
                    {
                        AddColumns(source, k, target);
                        continue;
                    }

#endif
                    // Units not kept: the kecamatan's indicators (consecutive in the source) in one run.
                    var firstOfKecamatan = source.UnitIndicators[source.KecamatanUnits[k]];
                    AddUp(source.Kept, firstOfKecamatan, source.UnitIndicators[source.KecamatanUnits[k + 1]] - firstOfKecamatan, source, -1, source.UnitRows[source.KecamatanUnits[k]], target);
                    continue;
                }

                for (var u = source.KecamatanUnits[k]; u < source.KecamatanUnits[k + 1]; u++)
                {
                    var first = source.UnitIndicators[u];
                    AddUp(source.Kept, first, source.UnitIndicators[u + 1] - first, source, u, source.UnitRows[u], target);
                }
            }
        }

#if NET
        /// <summary>
        /// Recaps kecamatan <paramref name="k"/> into <paramref name="target"/> from the source's columns
        /// (<see cref="RecapColumns"/>): its fixed counts, then each run's figures computed together and
        /// their count, capped sum and bands added into each of the run's periods (guarded figures on a
        /// half-quantum or a mark on decimals); then the indicators kept out of the runs one by one.
        /// </summary>
        private void AddColumns(RecapSource source, int k, in Target target)
        {
            var columns = source.Columns;
            var rules = _columns!;
            var bands = _bands;
            var tallies = target.Tallies;
            var tallyAt = target.TallyAt;
            var categories = target.Categories;
            var categoryAt = target.CategoryAt;
            var fix = columns.Fixed;
            var at = k * RecapColumns.FixedWidth;
            var indicators = fix[at];
            for (var p = 0; p < Periods; p++)
            {
                ref var tally = ref tallies[tallyAt + p];
                tally.Indicators += indicators;
                foreach (var kind in RecapColumns.FixedKinds)
                {
                    FigureKinds.Count(ref tally, kind, fix[RecapColumns.FixedAt(at, p, kind)]);
                }
            }

            var passed = _passed;
            var kept = rules.Thresholds.Length;
            var realisasi = columns.Realisasi;
            var targets = columns.Targets;
            for (var r = columns.KecamatanRuns[k]; r < columns.KecamatanRuns[k + 1]; r++)
            {
                var start = columns.RunStart[r];
                var count = columns.RunStart[r + 1] - start;
                var flags = columns.RunFlags[r];
                int left;
                if (rules.LanesApply(flags))
                {
                    // The run's lanes go into each of its periods' lanes, summed across lanes once per period.
                    left = rules.InLanes(realisasi.AsSpan(start), targets.AsSpan(start), count, (flags & RecapColumns.Guarded) != 0, out var sums, _marked);
                    for (var mask = (int)columns.RunMask[r]; mask != 0; mask &= mask - 1)
                    {
                        _columnLanes!.Add(System.Numerics.BitOperations.TrailingZeroCount(mask), sums, count - left, count, tallies, tallyAt, categories, categoryAt, bands);
                    }
                }
                else
                {
                    left = rules.Tally(realisasi.AsSpan(start), targets.AsSpan(start), count, flags, passed, out var sum, _marked);
                    for (var mask = (int)columns.RunMask[r]; mask != 0; mask &= mask - 1)
                    {
                        var p = System.Numerics.BitOperations.TrailingZeroCount(mask);
                        ref var tally = ref tallies[tallyAt + p];
                        tally.Computed += count - left;
                        tally.AddQuanta(sum);
                        ColumnRules.AddBands(categories, categoryAt + (p * bands), count - left, passed, kept);
                    }
                }

                CountMarked(columns, r, start, left, target);
            }

            _columnLanes!.FlushInto(tallies, tallyAt, categories, categoryAt, bands);
            var unitRow = source.UnitRows[source.KecamatanUnits[k]];
            for (var n = columns.KecamatanRest[k]; n < columns.KecamatanRest[k + 1]; n++)
            {
                AddUp(source.Kept, columns.Rest[n], 1, source, -1, unitRow, target);
            }
        }

        /// <summary>
        /// Counts into each of run <paramref name="r"/>'s periods the <paramref name="left"/> figures its tally left out
        /// (<see cref="_marked"/>: guarded figures on a half-quantum or a mark), each computed on decimals.
        /// </summary>
        private void CountMarked(RecapColumns columns, int r, int start, int left, in Target target)
        {
            for (var m = 0; m < left; m++)
            {
                var position = start + _marked[m];
                var packed = columns.Targets[position];
                _periods.AverageOfThree(columns.Realisasi[position], packed & RecapColumns.TargetBits, RecapColumns.ScaleOf(packed), RecapColumns.PolarityOf(packed), _policy, 0);
                var kind = _periods.Kinds[0];
                for (var mask = (int)columns.RunMask[r]; mask != 0; mask &= mask - 1)
                {
                    var p = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    CountKind(ref target.Tallies[target.TallyAt + p], kind, _periods, 0);
                    if (kind == FigureKind.Computed)
                    {
                        target.Categories[target.CategoryAt + (p * _bands) + _periods.Bands[0]]++;
                    }
                }
            }
        }

#endif
        private void Missing(int[]? inputIndex, int i)
        {
            var at = inputIndex is null ? i : inputIndex[i];
            Found.Add((at, new ValidationProblem(ProblemCodes.Required, Text.Index("indicators", at), null, Severity.Error, [])));
        }

        private int KecamatanOf(IndicatorMeasurement row) => KecamatanOf((row.Kabupaten, row.Kecamatan));

        private int KecamatanOf((string, string) code)
        {
            if (!_kecamatanIds.TryGetValue(code, out var kecamatan))
            {
                kecamatan = Kecamatan.Count;
                _kecamatanIds.Add(code, kecamatan);
                Kecamatan.Add(code);
                KecamatanUnits.Add([]);
                if ((kecamatan + 1) * Periods > _kecamatanTallies.Length)
                {
                    Array.Resize(ref _kecamatanTallies, _kecamatanTallies.Length * 2);
                    Array.Resize(ref _kecamatanCategories, _kecamatanCategories.Length * 2);
                }
            }

            return kecamatan;
        }

        /// <summary>
        /// The run of one unit from <paramref name="start"/>: each row checked and put in its indicator's
        /// quarter slot, then the unit handed on (to the collector, or computed and added up) when no row
        /// was refused. Returns where the next run starts.
        /// </summary>
        private int Process(IndicatorMeasurement[] rows, int[]? inputIndex, int start, int to, IndicatorMeasurement unitRow, int kecamatan)
        {
            _ids.Clear();
            _indicators = 0;
            string? lastCode = null;
            var id = -1;
            var valid = true;
            var k = start;
            for (; k < to; k++)
            {
                var row = rows[k];
                if (row is null)
                {
                    Missing(inputIndex, k);
                    continue;
                }

                if (!SameUnit(row, unitRow))
                {
                    break;
                }

                if (lastCode is null || !Same(row.Indicator, lastCode))
                {
                    id = IndicatorOf(row.Indicator);
                    lastCode = row.Indicator;
                }

                valid &= Place<IndicatorMeasurement>(_slots!, row, inputIndex is null ? k : inputIndex[k], id);
            }

            if (valid && Found.Count == 0)
            {
                if (Collector is { } collector)
                {
                    // The unit's rows as fields, as the builder's are (the objects are kept in them, to be kept as they are).
                    for (var s = 0; s < _indicators * 4; s++)
                    {
                        _rows[s] = _rowIndex[s] >= 0 ? new MeasurementRow(_slots[s]!) : default;
                    }

                    collector.AddUnit(_rows, _rowIndex, _indicators, unitRow);
                }
                else
                {
                    AddUp(_slots, 0, _indicators, null, -1, unitRow, new Target(_kecamatanTallies, kecamatan * Periods, _kecamatanCategories, kecamatan * Periods * _bands));
                }
            }

            return k;
        }

        /// <summary>The number of an indicator in the unit (as met); a new one gets four empty quarter slots.</summary>
        private int IndicatorOf(string code)
        {
            int id;
#if NET
            ref var known = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, code, out var exists);
            if (exists)
            {
                return known;
            }

            id = _indicators++;
            known = id;
#else
            if (_ids.TryGetValue(code, out id))
            {
                return id;
            }

            id = _indicators++;
            _ids.Add(code, id);
#endif
            if ((id * 4) + 4 > _slots.Length)
            {
                Array.Resize(ref _slots, _slots.Length * 2);
                Array.Resize(ref _rowIndex, _rowIndex.Length * 2);
            }

            if (Collector is not null && _rows.Length < _slots.Length)
            {
                // Rows as fields only where a unit is laid out into a source (a recap of rows reads the objects).
                Array.Resize(ref _rows, _slots.Length);
            }

            Array.Clear(_slots, id * 4, 4);
            for (var s = id * 4; s < (id * 4) + 4; s++)
            {
                _rowIndex[s] = -1;
            }
            return id;
        }

        /// <summary>
        /// Checks one row (a second row for its quarter, a negative, an undefined polarity or method, a row
        /// disagreeing with its indicator's other rows) and puts it in its quarter slot unless it repeats a
        /// quarter. <see langword="false"/> when it is refused.
        /// </summary>
        private bool Place<TRow>(TRow[] slots, TRow row, int rowIndex, int id)
            where TRow : IMeasurementFields
        {
            var slot = (id * 4) + row.Triwulan - 1;
            if (_rowIndex[slot] >= 0)
            {
                Error(rowIndex, ProblemCodes.Duplicate, Text.Index("indicators", rowIndex) + ".triwulan", Text.Of(row.Triwulan), Text.Index("indicators", _rowIndex[slot]));
                return false;
            }

            var valid = true;
            if (Negative(row.TargetLower))
            {
                Error(rowIndex, ProblemCodes.TargetNegative, Text.Index("indicators", rowIndex) + ".targetLower", Text.Of(row.TargetLower));
                valid = false;
            }

            if (Negative(row.Realisasi))
            {
                Error(rowIndex, ProblemCodes.RealisasiNegative, Text.Index("indicators", rowIndex) + ".realisasi", Text.Of(row.Realisasi));
                valid = false;
            }

            if (!EnumRanges.IsDefined(row.Polarity) || !EnumRanges.IsDefined(row.Aggregation))
            {
                Undefined(row.Polarity, row.Aggregation, rowIndex);
                valid = false;
            }

            for (var s = id * 4; s < (id * 4) + 4; s++)
            {
                if (_rowIndex[s] >= 0)
                {
                    var sibling = slots[s];
                    if (sibling.Polarity != row.Polarity || sibling.Aggregation != row.Aggregation || !Same(sibling.Sasaran, row.Sasaran))
                    {
                        Error(rowIndex, ProblemCodes.Duplicate, Text.Index("indicators", rowIndex) + ".indicator", row.Indicator, "polarity, aggregation and sasaran of " + Text.Index("indicators", _rowIndex[s]));
                        valid = false;
                    }

                    break;
                }
            }

            slots[slot] = row;
            _rowIndex[slot] = rowIndex;
            return valid;
        }

        /// <summary>Reports a row's undefined polarity or aggregation method (kept out of the loop over rows: its closure would be made per row).</summary>
        private void Undefined(Polarity polarity, AggregationMethod aggregation, int rowIndex) =>
            EnumRanges.Check(polarity, aggregation, Text.Index("indicators", rowIndex), (code, path, value, from, to) => Error(rowIndex, code, path, value, from, to));

        private void Error(int row, string code, string path, string? value, params string[] arguments) =>
            Found.Add((row, new ValidationProblem(code, path, value, Severity.Error, arguments)));

        /// <summary>
        /// Computes the <paramref name="count"/> indicators from <paramref name="first"/> (four quarter slots
        /// each in <paramref name="slots"/>) and adds them into their sasaran, their unit and its kecamatan.
        /// With a <paramref name="source"/>, the indicators' values, sasaran and rules come laid out from it
        /// (<paramref name="unit"/> is the unit's index there).
        /// </summary>
        private void AddUp(IndicatorMeasurement?[] slots, int first, int count, RecapSource? source, int unit, IndicatorMeasurement unitRow, in Target kecamatan)
        {
            var keepSasaran = Keeps(_finest, RecapLevel.Sasaran);
            var keepUnit = Keeps(_finest, RecapLevel.Unit);

            // A unit that is not kept adds its indicators straight into its kecamatan.
            var into = keepUnit ? new Target(_unit, 0, _unitCategories, 0) : kecamatan;
            if (keepUnit)
            {
                Array.Clear(_unit, 0, Periods);
                Array.Clear(_unitCategories, 0, _unitCategories.Length);
            }

            _sasaran.Clear();
            if (source is not null && keepSasaran)
            {
                for (var s = source.UnitSasaran[unit]; s < source.UnitSasaran[unit + 1]; s++)
                {
                    AddSasaran(source.SasaranCodes[s]);
                }
            }

#if NET
            // Only the unit (or kecamatan) counts: whole periods at once in vector lanes.
            var lanes = !keepSasaran && _finest != RecapLevel.Indicator ? _lanes : null;
#endif
            for (var i = 0; i < count; i++)
            {
#if NET
                if (lanes is not null && lanes.Full)
                {
                    lanes.FlushInto(into.Tallies, into.TallyAt, into.Categories, into.CategoryAt);
                }

                if (Evaluate(slots, first + i, source, keepSasaran, out var sasaran) && lanes is not null && !_periods.UsedDecimals)
                {
                    // Quanta of the integer way are at most 10¹⁵ each: the lanes' sums cannot overflow.
                    lanes.Add(_periods);
                    continue;
                }
#else
                Evaluate(slots, first + i, source, keepSasaran, out var sasaran);
#endif
                Collect(slots, first + i, source, unitRow, into, sasaran);
            }

#if NET
            lanes?.FlushInto(into.Tallies, into.TallyAt, into.Categories, into.CategoryAt);
#endif
            for (var s = 0; s < _sasaran.Count; s++)
            {
                Sink.Add(new RecapKey(RecapLevel.Sasaran, unitRow.Kabupaten, unitRow.Kecamatan, unitRow.Unit, _sasaran[s]), _sasaranTallies, _sasaranCategories, s);
            }

            if (keepUnit)
            {
                Sink.Add(new RecapKey(RecapLevel.Unit, unitRow.Kabupaten, unitRow.Kecamatan, unitRow.Unit), _unit, _unitCategories, 0);
                AddInto(kecamatan, into, _bands);
            }
        }

        /// <summary>
        /// Computes one indicator's eight figures into <see cref="_periods"/>: the integer way where it
        /// applies (on .NET), else the decimal way. <see langword="true"/> when the integer way took it;
        /// <paramref name="sasaran"/> is its sasaran's number in the unit when sasaran are kept, else -1.
        /// </summary>
        private bool Evaluate(IndicatorMeasurement?[] slots, int indicator, RecapSource? source, bool keepSasaran, out int sasaran)
        {
            var periods = _periods;
            var baseSlot = indicator * 4;
            var integer = false;
            if (source is null)
            {
                var any = slots[baseSlot] ?? slots[baseSlot + 1] ?? slots[baseSlot + 2] ?? slots[baseSlot + 3]!;
#if NET
                integer = periods.TryEvaluateInteger(slots, baseSlot, any.Polarity, any.Aggregation, _integer, _policy);
#endif
                if (!integer)
                {
                    periods.EvaluateDecimal(slots, baseSlot, any.Polarity, any.Aggregation, _policy);
                }

                sasaran = keepSasaran ? SasaranOf(any.Sasaran) : -1;
                return integer;
            }

            ref readonly var entry = ref source.Entries[indicator];
#if NET
            integer = entry.Loaded && _integer is not null
                && periods.TryEvaluateLoaded(source.Values, indicator * 8, entry.Present, entry.Scale, entry.Polarity, entry.Aggregation, _integer, _policy);
#endif
            if (!integer)
            {
                var rows = source.SlotsOf(indicator, _scratch, out var at);
                periods.EvaluateDecimal(rows, at, entry.Polarity, entry.Aggregation, _policy);
            }

            sasaran = keepSasaran ? entry.Sasaran : -1;
            return integer;
        }

        /// <summary>
        /// Counts the figures in <see cref="_periods"/> of <paramref name="indicator"/> (four slots in <paramref name="slots"/>,
        /// or an indicator of <paramref name="source"/> in <paramref name="unitRow"/>'s unit) into its unit (or kecamatan), its
        /// sasaran, and its own group when indicators are kept.
        /// </summary>
        private void Collect(IndicatorMeasurement?[] slots, int indicator, RecapSource? source, IndicatorMeasurement unitRow, in Target into, int sasaran)
        {
            var baseSlot = indicator * 4;
            var periods = _periods;
            var bands = _bands;
            var keepIndicators = _finest == RecapLevel.Indicator;
            if (keepIndicators)
            {
                Array.Clear(_own, 0, Periods);
            }

            for (var p = 0; p < Periods; p++)
            {
                var kind = periods.Kinds[p];
                Count(ref into.Tallies[into.TallyAt + p], kind, periods, p);
                if (kind == FigureKind.Computed)
                {
                    into.Categories[into.CategoryAt + (p * bands) + periods.Bands[p]]++;
                }

                if (sasaran >= 0)
                {
                    Count(ref _sasaranTallies[(sasaran * Periods) + p], kind, periods, p);
                    if (kind == FigureKind.Computed)
                    {
                        _sasaranCategories[(((sasaran * Periods) + p) * bands) + periods.Bands[p]]++;
                    }
                }

                if (keepIndicators)
                {
                    Count(ref _own[p], kind, periods, p);
                }
            }

            if (keepIndicators)
            {
                var any = source is null ? slots[baseSlot] ?? slots[baseSlot + 1] ?? slots[baseSlot + 2] ?? slots[baseSlot + 3]! : unitRow;
                var code = source is null ? any.Indicator : source.IndicatorCodes[indicator];
                Sink.AddIndicator(new RecapKey(RecapLevel.Indicator, any.Kabupaten, any.Kecamatan, any.Unit, code), _own, periods);
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static void Count(ref RecapTally tally, FigureKind kind, IndicatorPeriods periods, int p)
        {
            tally.Indicators++;
            CountKind(ref tally, kind, periods, p);
        }

        /// <summary>Counts one figure of an indicator already counted in the tally's indicators: its kind, and a computed one's quanta.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static void CountKind(ref RecapTally tally, FigureKind kind, IndicatorPeriods periods, int p)
        {
            FigureKinds.Count(ref tally, kind, 1);
            if (kind != FigureKind.Computed)
            {
                return;
            }

            if (periods.IsLarge[p])
            {
                tally.Carry += periods.LargeQuanta[p];
            }
            else
            {
                tally.AddQuanta(periods.Quanta[p]);
            }
        }

        private int SasaranOf(string code)
        {
            for (var s = 0; s < _sasaran.Count; s++)
            {
                if (Same(_sasaran[s], code))
                {
                    return s;
                }
            }

            return AddSasaran(code);
        }

        private int AddSasaran(string code)
        {
            var at = _sasaran.Count;
            _sasaran.Add(code);
            if ((at + 1) * Periods > _sasaranTallies.Length)
            {
                Array.Resize(ref _sasaranTallies, _sasaranTallies.Length * 2);
                Array.Resize(ref _sasaranCategories, _sasaranCategories.Length * 2);
            }

            Array.Clear(_sasaranTallies, at * Periods, Periods);
            Array.Clear(_sasaranCategories, at * Periods * _bands, Periods * _bands);
            return at;
        }
    }
}
