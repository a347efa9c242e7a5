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
public static partial class RecapCalculator
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
        UnitRuns Create() => new(new Worker(policy, bands, finest));
        var runs = (threads > 1 ? InParts(rows, threads, Create) : null) ?? [OneThread(rows, Create)];
        var problems = Check(runs, budget, out var budgetRows);
        return problems.Result(() => Assemble(runs, bands, finest, policy.Scale.Name, Money(budgetRows, finest)).Under(policy));
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
        UnitRuns Create()
        {
            var room = first ? rows.Length / 4 : rows.Length / 4 / threads;
            first = false;
            return new UnitRuns(new RecapSource.Builder(room));
        }

        var runs = (threads > 1 ? InParts(rows, threads, Create) : null) ?? [OneThread(rows, () => new UnitRuns(new RecapSource.Builder(rows.Length / 4)))];
        var problems = Check(runs, budget, out var budgetRows);
        return problems.Result(() =>
        {
            var builder = runs[0].Collector!;
            foreach (var part in runs.Skip(1))
            {
                builder.Append(part.Collector!);
            }

            return builder.Finish(budgetRows);
        });
    }

    /// <summary>The rows recapped on one thread: in input order, or ordered by unit first when a unit comes back after another.</summary>
    private static UnitRuns OneThread(IndicatorMeasurement[] rows, Func<UnitRuns> create)
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

    /// <summary>The rows' problems in row order, then the budget rows' (null rows, programs twice); the budget rows accepted.</summary>
    internal static Problems Check(UnitRuns[] runs, IEnumerable<BudgetMeasurement> budget, out List<BudgetMeasurement> budgetRows)
    {
        var problems = new Problems();
        var found = runs.SelectMany(r => r.Found).ToList();
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
            else if (!programs.Add((row.KabupatenCode, row.KecamatanCode, row.UnitCode, row.ProgramId)))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".program", row.ProgramId, "budget");
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
            new RecapKey(RecapLevel.Program, row.KabupatenCode, row.KecamatanCode, row.UnitCode, row.ProgramId),
            new RecapKey(RecapLevel.Unit, row.KabupatenCode, row.KecamatanCode, row.UnitCode),
            new RecapKey(RecapLevel.Kecamatan, row.KabupatenCode, row.KecamatanCode),
            new RecapKey(RecapLevel.Kabupaten, row.KabupatenCode),
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

    /// <summary>
    /// The rows cut at unit boundaries into about equal parts, each read by its own runs on its own thread;
    /// <see langword="null"/> when a unit turned out to be in more than one part (the rows scatter it), so the
    /// caller reads them on one thread instead.
    /// </summary>
    private static UnitRuns[]? InParts(IndicatorMeasurement[] rows, int parts, Func<UnitRuns> create)
    {
        var bounds = new int[parts + 1];
        bounds[parts] = rows.Length;
        for (var k = 1; k < parts; k++)
        {
            var b = Math.Max(bounds[k - 1], (int)((long)rows.Length * k / parts));
            while (b > 0 && b < rows.Length && rows[b] is { } here && rows[b - 1] is { } before && UnitRuns.SameUnit(here, before))
            {
                b++;
            }

            bounds[k] = b;
        }

        var workers = new UnitRuns[parts];
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
                    if (kecamatan >= 0 && workers[v].KecamatanUnits[kecamatan].Exists(u => worker.KecamatanUnits[k].Exists(x => UnitRuns.Same(x, u))))
                    {
                        return null;
                    }
                }
            }
        }

        return workers;
    }

    /// <summary>
    /// The rows ordered by unit (stably: each unit's rows in input order), with each row's index in the input; null
    /// rows first, in input order, so that each is still reported as missing.
    /// </summary>
    private static (IndicatorMeasurement[] Rows, int[] InputIndex) ByUnit(IndicatorMeasurement[] rows)
    {
        var units = new Dictionary<(string, string, string), int>();
        var unitOf = new int[rows.Length];
        var counts = new List<int>();
        IndicatorMeasurement? previous = null;
        var unit = -1;
        var nulls = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row is null)
            {
                unitOf[i] = -1;
                nulls++;
                continue;
            }

            if (previous is null || !UnitRuns.SameUnit(row, previous))
            {
                if (!units.TryGetValue((row.KabupatenCode, row.KecamatanCode, row.UnitCode), out unit))
                {
                    unit = counts.Count;
                    units.Add((row.KabupatenCode, row.KecamatanCode, row.UnitCode), unit);
                    counts.Add(0);
                }

                previous = row;
            }

            unitOf[i] = unit;
            counts[unit]++;
        }

        var next = new int[counts.Count];
        for (var u = 0; u < counts.Count; u++)
        {
            next[u] = u == 0 ? nulls : next[u - 1] + counts[u - 1];
        }

        var sorted = new IndicatorMeasurement[rows.Length];
        var inputIndex = new int[rows.Length];
        var nullAt = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var at = unitOf[i] >= 0 ? next[unitOf[i]]++ : nullAt++;
            sorted[at] = rows[i];
            inputIndex[at] = i;
        }

        return (sorted, inputIndex);
    }

    /// <summary>
    /// The table: the workers' groups below the kecamatan (their chunks taken over, not copied), then
    /// each kecamatan added up over the workers, then the kabupaten and the total.
    /// </summary>
    private static RecapTable Assemble(UnitRuns[] workers, int bands, RecapLevel finest, string scaleName, Dictionary<(RecapKey, int), BudgetFigures> budget)
    {
        var store = new RecapStore(bands);
        foreach (var worker in workers)
        {
            store.Append(worker.Recap!.Sink);
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
                AddInto(kecamatanLevel.TargetOf(kecamatan[worker.Kecamatan[k]]), worker.Recap!.KecamatanTarget(k), bands);
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
}
