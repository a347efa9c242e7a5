using Kinerja.Core.Capaian;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Recap;

/// <summary>
/// Builds a recap (rekapitulasi) from flat measurements: a pure function of the rows and the policy.
/// Every indicator's capaian per quarter and cumulative to each quarter follows the same rules as
/// <see cref="CapaianEvaluator"/> (its polarity, its aggregation method, missing is not zero), then
/// adds into its sasaran, unit, kecamatan, kabupaten and the total.
/// </summary>
/// <remarks>
/// How it runs (see <c>docs/recap.md</c>): the rows are read once, in runs of consecutive rows of one
/// unit; each unit's indicators are checked, computed (in exact 64-bit integer arithmetic where that
/// gives the decimal rules' figures, in decimals otherwise) and added into their groups, and the
/// unit's working memory is reused for the next unit. Memory then grows with the number of groups,
/// not of rows. Rows whose units are scattered through the input are first ordered by unit, which
/// takes memory for one index per row.
/// </remarks>
public static class Rekapitulasi
{
    private const int Periods = 8;

    /// <summary>Builds a recap of every level, down to each indicator.</summary>
    /// <param name="indicators">The indicator rows: at most one per indicator and quarter.</param>
    /// <param name="budget">The budget rows: at most one per program of a unit.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The recap, or every problem in the rows (duplicates, an indicator whose rows disagree, negative figures).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<RecapTable> Build(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget, RecapPolicy policy) =>
        Build(indicators, budget, policy, RecapLevel.Indicator);

    /// <summary>
    /// Builds a recap of the levels from <paramref name="finest"/> up: a kabupaten or national recap
    /// asks for <see cref="RecapLevel.Kecamatan"/> and skips holding millions of indicator figures.
    /// Every row is still checked and every indicator still computed; the figures of the levels kept
    /// are the same as in a recap of every level.
    /// </summary>
    /// <param name="indicators">The indicator rows: at most one per indicator and quarter.</param>
    /// <param name="budget">The budget rows: at most one per program of a unit.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="finest">The finest level kept: <see cref="RecapLevel.Indicator"/>, <see cref="RecapLevel.Sasaran"/>
    /// (which also keeps <see cref="RecapLevel.Program"/>), <see cref="RecapLevel.Unit"/>, <see cref="RecapLevel.Kecamatan"/>,
    /// <see cref="RecapLevel.Kabupaten"/> or <see cref="RecapLevel.National"/>.</param>
    /// <returns>The recap, or every problem in the rows (duplicates, an indicator whose rows disagree, negative figures).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="finest"/> is <see cref="RecapLevel.Program"/> or not a level.</exception>
    public static ValidationResult<RecapTable> Build(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget, RecapPolicy policy, RecapLevel finest)
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

        if (finest is < RecapLevel.Indicator or > RecapLevel.National)
        {
            throw new ArgumentOutOfRangeException(nameof(finest), finest, "Value should be a level from Indicator to National (Program is kept with Sasaran).");
        }

        var rows = indicators as IndicatorMeasurement[] ?? indicators.ToArray();
        var found = new List<(int Row, ValidationProblem Problem)>();
        var places = new Places(rows, found);
        var bands = policy.Scale.Bands.Count;
        var sink = new GroupSink(bands, finest);
        var run = new UnitRun(places, policy, bands, finest, sink, found);
        foreach (var (start, end, unit) in places.Runs)
        {
            run.Process(start, end, unit);
        }

        var problems = new Problems();
        if (found.Count > 0)
        {
            // Reported in row order, each row's problems in the order they were found.
            foreach (var (_, problem) in found.Select((f, i) => (f, i)).OrderBy(x => x.f.Row).ThenBy(x => x.i).Select(x => x.f))
            {
                problems.AddRange([problem]);
            }
        }

        var programs = new HashSet<(string, string, string, string)>();
        var budgetRows = new List<BudgetMeasurement>();
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
            else
            {
                budgetRows.Add(row);
            }
        }

        if (problems.HasErrors)
        {
            return problems.Result<RecapTable>(() => null!);
        }

        run.Finish();
        var money = new Dictionary<(RecapKey, int), (int Programs, int NotReported, decimal Pagu, decimal ReportedPagu, decimal Realisasi)>();
        foreach (var row in budgetRows)
        {
            AddProgram(row, money, finest);
        }

        return problems.Result(() => sink.ToTable(
            policy.Scale.Name,
            money.ToDictionary(p => p.Key, p => new BudgetFigures(p.Value.Programs, p.Value.NotReported, p.Value.Pagu, p.Value.ReportedPagu, p.Value.Realisasi))));
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
            var amount = row.Quarters[q.Index];
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
    /// The places of the rows: kabupaten, kecamatan and units numbered once each (consecutive rows of
    /// one place skip the look-ups), and the runs of consecutive rows of one unit. When a unit comes
    /// back after another, the rows are ordered by unit (stably) so each unit is one run.
    /// </summary>
    private sealed class Places
    {
        private readonly Dictionary<string, int> _kabupaten = new(StringComparer.Ordinal);
        private readonly Dictionary<(int, string), int> _kecamatan = new();
        private readonly Dictionary<(int, string), int> _unit = new();

        public Places(IndicatorMeasurement[] rows, List<(int Row, ValidationProblem Problem)> found)
        {
            Rows = rows;
            IndicatorMeasurement? previous = null;
            var unit = -1;
            var start = 0;
            var scattered = false;
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                if (row is null)
                {
                    found.Add((i, new ValidationProblem(ProblemCodes.Required, Text.Index("indicators", i), null, Severity.Error, [])));
                    continue;
                }

                if (previous is not null && Same(row.Unit, previous.Unit) && Same(row.Kecamatan, previous.Kecamatan) && Same(row.Kabupaten, previous.Kabupaten))
                {
                    previous = row;
                    continue;
                }

                if (unit >= 0)
                {
                    Runs.Add((start, i, unit));
                }

                var known = UnitCount;
                unit = UnitOf(row, previous);
                scattered |= unit < known;
                start = i;
                previous = row;
            }

            if (unit >= 0)
            {
                Runs.Add((start, rows.Length, unit));
            }

            if (scattered)
            {
                ByUnit();
            }
        }

        /// <summary>The rows, ordered by unit when the input scattered them.</summary>
        public IndicatorMeasurement[] Rows { get; private set; }

        /// <summary>Each row's index in the input, when <see cref="Rows"/> was reordered.</summary>
        public int[]? InputIndex { get; private set; }

        /// <summary>The runs of one unit: [start, end) in <see cref="Rows"/>.</summary>
        public List<(int Start, int End, int Unit)> Runs { get; } = [];

        public List<string> KabupatenCode { get; } = [];

        public List<(int Kabupaten, string Code)> Kecamatan { get; } = [];

        public List<(int Kecamatan, IndicatorMeasurement First)> Unit { get; } = [];

        public int UnitCount => Unit.Count;

        private static bool Same(string a, string b) => ReferenceEquals(a, b) || string.Equals(a, b, StringComparison.Ordinal);

        private int UnitOf(IndicatorMeasurement row, IndicatorMeasurement? previous)
        {
            if (!_kabupaten.TryGetValue(row.Kabupaten, out var kab))
            {
                kab = KabupatenCode.Count;
                _kabupaten.Add(row.Kabupaten, kab);
                KabupatenCode.Add(row.Kabupaten);
            }

            if (!_kecamatan.TryGetValue((kab, row.Kecamatan), out var kec))
            {
                kec = Kecamatan.Count;
                _kecamatan.Add((kab, row.Kecamatan), kec);
                Kecamatan.Add((kab, row.Kecamatan));
            }

            if (!_unit.TryGetValue((kec, row.Unit), out var unit))
            {
                unit = Unit.Count;
                _unit.Add((kec, row.Unit), unit);
                Unit.Add((kec, row));
            }

            return unit;
        }

        private void ByUnit()
        {
            var counts = new int[UnitCount + 1];
            foreach (var (start, end, unit) in Runs)
            {
                counts[unit + 1] += end - start;
            }

            for (var u = 0; u < UnitCount; u++)
            {
                counts[u + 1] += counts[u];
            }

            var sorted = new IndicatorMeasurement[counts[UnitCount]];
            var input = new int[sorted.Length];
            var next = (int[])counts.Clone();
            foreach (var (start, end, unit) in Runs)
            {
                for (var i = start; i < end; i++)
                {
                    if (Rows[i] is { } row)
                    {
                        var at = next[unit]++;
                        sorted[at] = row;
                        input[at] = i;
                    }
                }
            }

            Runs.Clear();
            for (var u = 0; u < UnitCount; u++)
            {
                Runs.Add((counts[u], next[u], u));
            }

            Rows = sorted;
            InputIndex = input;
        }
    }

    /// <summary>
    /// The working memory for one unit at a time: its indicators numbered as met, their rows per quarter
    /// (four slots each), the unit's and its sasaran's running figures; and the running figures of every
    /// kecamatan, which a unit adds into when it is done.
    /// </summary>
    private sealed class UnitRun
    {
        private readonly Places _places;
        private readonly RecapPolicy _policy;
#if NET
        private readonly IntegerRules? _integer;
#endif
        private readonly int _bands;
        private readonly RecapLevel _finest;
        private readonly GroupSink _sink;
        private readonly List<(int Row, ValidationProblem Problem)> _found;
        private readonly IndicatorPeriods _periods = new();
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _sasaran = [];
        private readonly RecapTally[] _kecamatan;
        private readonly int[] _kecamatanCategories;
        private readonly RecapTally[] _unit = new RecapTally[Periods];
        private readonly int[] _unitCategories;
        private IndicatorMeasurement?[] _slots = new IndicatorMeasurement?[64];
        private int[] _rowIndex = new int[64];
        private RecapTally[] _sasaranTallies = new RecapTally[4 * Periods];
        private int[] _sasaranCategories;
        private RecapTally[] _own = new RecapTally[Periods];

        public UnitRun(Places places, RecapPolicy policy, int bands, RecapLevel finest, GroupSink sink, List<(int Row, ValidationProblem Problem)> found)
        {
            _places = places;
            _policy = policy;
#if NET
            _integer = IntegerRules.From(policy);
#endif
            _bands = bands;
            _finest = finest;
            _sink = sink;
            _found = found;
            _kecamatan = new RecapTally[places.Kecamatan.Count * Periods];
            _kecamatanCategories = new int[places.Kecamatan.Count * Periods * bands];
            _unitCategories = new int[Periods * bands];
            _sasaranCategories = new int[4 * Periods * bands];
        }

        /// <summary>Checks, computes and adds up the rows [start, end) of one unit.</summary>
        public void Process(int start, int end, int unit)
        {
            var rows = _places.Rows;
            var inputIndex = _places.InputIndex;
            var ids = _ids;
            ids.Clear();
            var count = 0;
            string? lastCode = null;
            var id = -1;
            var valid = true;
            for (var k = start; k < end; k++)
            {
                var row = rows[k];
                if (row is null)
                {
                    continue;
                }

                var rowIndex = inputIndex is null ? k : inputIndex[k];
                var code = row.Indicator;
                if (lastCode is null || !(ReferenceEquals(code, lastCode) || string.Equals(code, lastCode, StringComparison.Ordinal)))
                {
                    if (!ids.TryGetValue(code, out id))
                    {
                        id = count++;
                        ids.Add(code, id);
                        if ((id * 4) + 4 > _slots.Length)
                        {
                            Array.Resize(ref _slots, _slots.Length * 2);
                            Array.Resize(ref _rowIndex, _rowIndex.Length * 2);
                        }

                        _slots[id * 4] = null;
                        _slots[(id * 4) + 1] = null;
                        _slots[(id * 4) + 2] = null;
                        _slots[(id * 4) + 3] = null;
                    }

                    lastCode = code;
                }

                var slot = (id * 4) + row.Triwulan - 1;
                var first = _slots[slot];
                if (first is not null)
                {
                    Error(rowIndex, ProblemCodes.Duplicate, Text.Index("indicators", rowIndex) + ".triwulan", Text.Of(row.Triwulan), Text.Index("indicators", _rowIndex[slot]));
                    valid = false;
                    continue;
                }

                if (row.TargetLower < 0m)
                {
                    Error(rowIndex, ProblemCodes.TargetNegative, Text.Index("indicators", rowIndex) + ".targetLower", Text.Of(row.TargetLower));
                    valid = false;
                }

                if (row.Realisasi < 0m)
                {
                    Error(rowIndex, ProblemCodes.RealisasiNegative, Text.Index("indicators", rowIndex) + ".realisasi", Text.Of(row.Realisasi));
                    valid = false;
                }

                var baseSlot = id * 4;
                for (var s = baseSlot; s < baseSlot + 4; s++)
                {
                    if (_slots[s] is { } sibling)
                    {
                        if (sibling.Polarity != row.Polarity || sibling.Aggregation != row.Aggregation || sibling.Sasaran != row.Sasaran)
                        {
                            Error(rowIndex, ProblemCodes.Duplicate, Text.Index("indicators", rowIndex) + ".indicator", row.Indicator, "polarity, aggregation and sasaran of " + Text.Index("indicators", _rowIndex[s]));
                            valid = false;
                        }

                        break;
                    }
                }

                _slots[slot] = row;
                _rowIndex[slot] = rowIndex;
            }

            if (valid && _found.Count == 0)
            {
                AddUp(count, unit);
            }
        }

        /// <summary>Adds the kecamatan into their kabupaten and the total, and hands the levels kept to the sink.</summary>
        public void Finish()
        {
            var places = _places;
            var bands = _bands;
            var kabupaten = new RecapTally[places.KabupatenCode.Count * Periods];
            var kabupatenCategories = new int[places.KabupatenCode.Count * Periods * bands];
            var national = new RecapTally[Periods];
            var nationalCategories = new int[Periods * bands];
            var keepKecamatan = Keeps(_finest, RecapLevel.Kecamatan);
            for (var kec = 0; kec < places.Kecamatan.Count; kec++)
            {
                var (kab, code) = places.Kecamatan[kec];
                if (_kecamatan[kec * Periods].Indicators == 0)
                {
                    continue;
                }

                AddInto(_kecamatan, _kecamatanCategories, kec, kabupaten, kabupatenCategories, kab);
                if (keepKecamatan)
                {
                    _sink.Add(new RecapKey(RecapLevel.Kecamatan, places.KabupatenCode[kab], code), _kecamatan, _kecamatanCategories, kec);
                }
            }

            var any = false;
            for (var kab = 0; kab < places.KabupatenCode.Count; kab++)
            {
                if (kabupaten[kab * Periods].Indicators == 0)
                {
                    continue;
                }

                any = true;
                AddInto(kabupaten, kabupatenCategories, kab, national, nationalCategories, 0);
                if (Keeps(_finest, RecapLevel.Kabupaten))
                {
                    _sink.Add(new RecapKey(RecapLevel.Kabupaten, places.KabupatenCode[kab]), kabupaten, kabupatenCategories, kab);
                }
            }

            if (any)
            {
                _sink.Add(new RecapKey(RecapLevel.National), national, nationalCategories, 0);
            }
        }

        private void AddInto(RecapTally[] from, int[] fromCategories, int group, RecapTally[] into, int[] intoCategories, int target)
        {
            for (var p = 0; p < Periods; p++)
            {
                into[(target * Periods) + p].Add(from[(group * Periods) + p]);
            }

            var width = Periods * _bands;
            for (var c = 0; c < width; c++)
            {
                intoCategories[(target * width) + c] += fromCategories[(group * width) + c];
            }
        }

        private void Error(int row, string code, string path, string? value, params string[] arguments) =>
            _found.Add((row, new ValidationProblem(code, path, value, Severity.Error, arguments)));

        private void AddUp(int count, int unit)
        {
            var bands = _bands;
            var periods = _periods;
            var keepIndicators = _finest == RecapLevel.Indicator;
            var keepSasaran = Keeps(_finest, RecapLevel.Sasaran);
            Array.Clear(_unit, 0, Periods);
            Array.Clear(_unitCategories, 0, _unitCategories.Length);
            _sasaran.Clear();
            IndicatorMeasurement? unitRow = null;
            for (var i = 0; i < count; i++)
            {
                var baseSlot = i * 4;
                var any = _slots[baseSlot] ?? _slots[baseSlot + 1] ?? _slots[baseSlot + 2] ?? _slots[baseSlot + 3]!;
                unitRow ??= any;
#if NET
                if (!periods.TryEvaluateInteger(_slots, baseSlot, any.Polarity, any.Aggregation, _integer))
#endif
                {
                    periods.EvaluateDecimal(_slots, baseSlot, any.Polarity, any.Aggregation, _policy);
                }

                var sasaran = -1;
                if (keepSasaran)
                {
                    sasaran = SasaranOf(any.Sasaran);
                }

                if (keepIndicators)
                {
                    Array.Clear(_own, 0, Periods);
                }

                var kinds = periods.Kinds;
                for (var p = 0; p < Periods; p++)
                {
                    var kind = kinds[p];
                    ref var u = ref _unit[p];
                    Count(ref u, kind, periods, p);
                    if (kind == IndicatorPeriods.Computed)
                    {
                        _unitCategories[(p * bands) + periods.Bands[p]]++;
                    }

                    if (sasaran >= 0)
                    {
                        Count(ref _sasaranTallies[(sasaran * Periods) + p], kind, periods, p);
                        if (kind == IndicatorPeriods.Computed)
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
                    _sink.AddIndicator(new RecapKey(RecapLevel.Indicator, any.Kabupaten, any.Kecamatan, any.Unit, any.Indicator), _own, periods);
                }
            }

            if (unitRow is null)
            {
                return;
            }

            for (var s = 0; s < _sasaran.Count; s++)
            {
                _sink.Add(new RecapKey(RecapLevel.Sasaran, unitRow.Kabupaten, unitRow.Kecamatan, unitRow.Unit, _sasaran[s]), _sasaranTallies, _sasaranCategories, s);
            }

            if (Keeps(_finest, RecapLevel.Unit))
            {
                _sink.Add(new RecapKey(RecapLevel.Unit, unitRow.Kabupaten, unitRow.Kecamatan, unitRow.Unit), _unit, _unitCategories, 0);
            }

            AddInto(_unit, _unitCategories, 0, _kecamatan, _kecamatanCategories, _places.Unit[unit].Kecamatan);
        }

        private static void Count(ref RecapTally tally, int kind, IndicatorPeriods periods, int p)
        {
            tally.Indicators++;
            switch (kind)
            {
                case IndicatorPeriods.Computed:
                    tally.Computed++;
                    if (periods.IsLarge[p])
                    {
                        tally.Carry += periods.LargeQuanta[p];
                    }
                    else
                    {
                        tally.AddQuanta(periods.Quanta[p]);
                    }

                    break;
                case IndicatorPeriods.NotReported:
                    tally.NotReported++;
                    break;
                case IndicatorPeriods.ZeroTarget:
                    tally.ZeroTarget++;
                    break;
                case IndicatorPeriods.TargetMissing:
                    tally.TargetMissing++;
                    break;
                case IndicatorPeriods.ZeroRealisasi:
                    tally.ZeroRealisasi++;
                    break;
                default:
                    tally.Other++;
                    break;
            }
        }

        private int SasaranOf(string code)
        {
            for (var s = 0; s < _sasaran.Count; s++)
            {
                if (ReferenceEquals(_sasaran[s], code) || string.Equals(_sasaran[s], code, StringComparison.Ordinal))
                {
                    return s;
                }
            }

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

    /// <summary>The groups kept, in growing flat arrays: keys, eight tallies each and their category counts.</summary>
    private sealed class GroupSink(int bands, RecapLevel finest)
    {
        private readonly List<RecapKey> _keys = [];
        private RecapTally[] _tallies = new RecapTally[64 * Periods];
        private int[] _categories = new int[64 * Periods * bands];

        public void Add(RecapKey key, RecapTally[] tallies, int[] categories, int group)
        {
            var g = Next(key);
            Array.Copy(tallies, group * Periods, _tallies, g * Periods, Periods);
            Array.Copy(categories, group * Periods * bands, _categories, g * Periods * bands, Periods * bands);
        }

        public void AddIndicator(RecapKey key, RecapTally[] tallies, IndicatorPeriods periods)
        {
            var g = Next(key);
            Array.Copy(tallies, 0, _tallies, g * Periods, Periods);
            for (var p = 0; p < Periods; p++)
            {
                if (periods.Kinds[p] == IndicatorPeriods.Computed)
                {
                    _categories[(((g * Periods) + p) * bands) + periods.Bands[p]] = 1;
                }
            }
        }

        public RecapTable ToTable(string scaleName, Dictionary<(RecapKey, int), BudgetFigures> budget)
        {
            var n = _keys.Count;
            Array.Resize(ref _tallies, n * Periods);
            Array.Resize(ref _categories, n * Periods * bands);
            return new RecapTable(scaleName, bands, finest, [.. _keys], _tallies, _categories, budget);
        }

        private int Next(RecapKey key)
        {
            var g = _keys.Count;
            _keys.Add(key);
            if ((g + 1) * Periods > _tallies.Length)
            {
                Array.Resize(ref _tallies, _tallies.Length * 2);
                Array.Resize(ref _categories, _categories.Length * 2);
            }

            return g;
        }
    }
}
