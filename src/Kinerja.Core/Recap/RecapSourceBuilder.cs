using Kinerja.Core.Agreements;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Recap;

/// <summary>
/// Builds a <see cref="RecapSource"/> one row at a time, as a reader meets the rows of a file: the same checks,
/// problems and source as <see cref="RecapSource.Create"/>, without a list of every row.
/// </summary>
/// <remarks>
/// Memory, units that must come together, how problems name rows, one thread: docs/recap.md, "One row at a time".
/// </remarks>
public sealed class RecapSourceBuilder
{
    private readonly RecapSource.Builder _collector = new();
    private readonly UnitRuns _worker;
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly string?[] _last = new string?[5];
    private readonly Dictionary<(string, string, string), int> _finished = new();
    private readonly List<BudgetMeasurement> _budget = [];
    private readonly int _maxProblems;
    private readonly Gathered? _gathered;
    private MeasurementRow _first;
    private int _count;
    private int _unitFirst;
    private int _dropped;
    private int _total;
    private bool _built;

    /// <summary>Creates a builder that lists every problem.</summary>
    public RecapSourceBuilder()
        : this(int.MaxValue)
    {
    }

    /// <summary>Creates a builder that lists at most <paramref name="maxProblems"/> problems (the first, in row order) and counts the rest.</summary>
    /// <param name="maxProblems">The most problems kept, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxProblems"/> is below 1.</exception>
    public RecapSourceBuilder(int maxProblems)
    {
        _maxProblems = maxProblems >= 1 ? maxProblems : throw new ArgumentOutOfRangeException(nameof(maxProblems), maxProblems, "Value should be at least 1.");
        _worker = new UnitRuns(_collector);
    }

    private RecapSourceBuilder(int maxProblems, bool scattered)
        : this(maxProblems)
    {
        _gathered = scattered ? new Gathered() : null;
    }

    /// <summary>
    /// Creates a builder that takes a unit's rows wherever they come (a file sorted by quarter, or files of several
    /// quarters one after another): it keeps every row, as a value, until <see cref="Build"/>, and there orders them by
    /// unit as <see cref="RecapSource.Create"/> does, with the same checks, problems and source. Memory grows with the
    /// rows until the source is built (docs/recap.md, "One row at a time").
    /// </summary>
    /// <param name="maxProblems">The most problems kept, at least 1.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxProblems"/> is below 1.</exception>
    public static RecapSourceBuilder ForScatteredUnits(int maxProblems) => new(maxProblems, scattered: true);

    /// <summary>The number of indicator rows added, refused ones included (the next row's index).</summary>
    public int RowCount { get; private set; }

    /// <summary>
    /// The number of problems found so far, listed or not (a row is checked as it is added, but in a builder
    /// <see cref="ForScatteredUnits"/> only for its quarter and target bounds, the rest when it builds; <see cref="Build"/>
    /// checks the budget rows, whose problems count from then on).
    /// </summary>
    public int ProblemCount => _built ? _total : _worker.Found.Count + _dropped;

    /// <summary>Whether a row was refused because its unit had ended before it (the unit's rows are not together).</summary>
    public bool HasScatteredUnit { get; private set; }

    /// <summary>
    /// Adds one indicator row: the fields of <see cref="IndicatorMeasurement"/>; what it refuses is a problem of the
    /// row, not an exception (docs/recap.md, "One row at a time").
    /// </summary>
    /// <param name="kabupaten">The kabupaten's code.</param>
    /// <param name="kecamatan">The kecamatan's code.</param>
    /// <param name="unit">The unit's code.</param>
    /// <param name="sasaran">The sasaran's id.</param>
    /// <param name="indicator">The indicator's id, unique within the unit.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="aggregation">How the indicator's quarters add up.</param>
    /// <param name="triwulan">The quarter, 1 to 4.</param>
    /// <param name="targetLower">The quarter's target (a range's lower bound), or <see langword="null"/>.</param>
    /// <param name="targetUpper">A range's upper bound, equal to <paramref name="targetLower"/> for a single value.</param>
    /// <param name="realisasi">The realisasi, or <see langword="null"/> when not reported.</param>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its source.</exception>
    public void Add(
        string kabupaten,
        string kecamatan,
        string unit,
        string sasaran,
        string indicator,
        Polarity polarity,
        AggregationMethod aggregation,
        int triwulan,
        decimal? targetLower,
        decimal? targetUpper,
        decimal? realisasi)
    {
        ThrowIfAnyNull(kabupaten, kecamatan, unit, sasaran, indicator);
        ThrowIfBuilt();
        var index = RowCount++;
        if (!AreFieldsValid(index, triwulan, targetLower, targetUpper))
        {
            _worker.CheckOwnValues(index, targetLower, realisasi, polarity, aggregation);
            CapWhenMany();
            return;
        }

        // A value, not an object: the unit's rows are kept until it ends, then laid out (issue 14).
        var row = new MeasurementRow(Intern(kabupaten, 0), Intern(kecamatan, 1), Intern(unit, 2), Intern(sasaran, 3), Intern(indicator, 4), polarity, aggregation, triwulan, targetLower, targetUpper, realisasi);
        if (_gathered is not null)
        {
            _gathered.Add(row, index);
            return;
        }

        if (_count > 0 && !SameUnit(row, _first))
        {
            Flush();
        }

        if (_count == 0 && _finished.TryGetValue((row.KabupatenCode, row.KecamatanCode, row.UnitCode), out var first))
        {
            // The unit ended before: its rows are not together. Its first row is named.
            HasScatteredUnit = true;
            Refuse(index, ProblemCodes.Duplicate, Text.Index("indicators", index) + ".unit", row.UnitCode, Text.Index("indicators", first));
            _worker.CheckOwnValues(index, targetLower, realisasi, polarity, aggregation);
            CapWhenMany();
            return;
        }

        if (_count++ == 0)
        {
            _first = row;
            _unitFirst = index;
            _worker.BeginUnit();
        }

        _worker.PlaceRow(row, index);
    }

    /// <summary>
    /// Makes room for a source of about <paramref name="rows"/> indicator rows in all, so that its layout is not grown by
    /// doubling (which copies it and, at the end, can leave close to half of it unused). The rows are turned into
    /// indicators by the ratio of the rows laid out so far (four quarters an indicator before any). A hint only: a wrong
    /// one costs memory or a later copy, never a figure or a problem.
    /// </summary>
    /// <param name="rows">The expected number of rows in all (added so far included); nothing is done when there is room already.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its source.</exception>
    public void EnsureCapacity(int rows)
    {
        if (rows < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), rows, "Value should be at least 0.");
        }

        ThrowIfBuilt();
        var laidOut = _collector.Rows;
        var indicators = laidOut > 0 && _collector.Indicators > 0
            ? (long)rows * _collector.Indicators / laidOut
            : rows / 4L;
        _collector.Reserve((int)Math.Min(indicators + 1, int.MaxValue));
    }

    /// <summary>Adds one budget row (one program of a unit), checked as <see cref="RecapSource.Create"/> checks it when the source is built.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its source.</exception>
    public void AddBudget(BudgetMeasurement row)
    {
        ThrowIfBuilt();
        _budget.Add(row ?? throw new ArgumentNullException(nameof(row)));
    }

    /// <summary>
    /// Checks the last unit and the budget rows and builds the source: the source <see cref="RecapSource.Create"/>
    /// builds from the same rows, or every problem (the first ones, with the cap of the constructor) in row order,
    /// then the budget rows' problems.
    /// </summary>
    /// <returns>The source, or the problems.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its source.</exception>
    public ValidationResult<RecapSource> Build()
    {
        ThrowIfBuilt();
        Flush();
        _gathered?.RunUnits(_worker, Cap);
        _built = true;
        Cap();
        var problems = RecapCalculator.Check([_worker], _budget, out var budgetRows);
        _total = problems.List.Count + _dropped;
        if (problems.List.Count > _maxProblems)
        {
            var kept = new Problems();
            kept.AddRange(problems.List.Take(_maxProblems));
            problems = kept;
        }

        return problems.Result(() => _collector.Finish(budgetRows));
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its source; make a new builder for new rows.");
        }
    }

    private static void ThrowIfAnyNull(string kabupaten, string kecamatan, string unit, string sasaran, string indicator)
    {
        if (kabupaten is null)
        {
            throw new ArgumentNullException(nameof(kabupaten));
        }

        if (kecamatan is null)
        {
            throw new ArgumentNullException(nameof(kecamatan));
        }

        if (unit is null)
        {
            throw new ArgumentNullException(nameof(unit));
        }

        if (sasaran is null)
        {
            throw new ArgumentNullException(nameof(sasaran));
        }

        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }
    }

    /// <summary>Whether row <paramref name="index"/>'s quarter and target bounds hold; else each problem (<see cref="IndicatorMeasurement.CheckQuarterAndBounds"/>) is the row's.</summary>
    private bool AreFieldsValid(int index, int triwulan, decimal? targetLower, decimal? targetUpper)
    {
        if (IndicatorMeasurement.IsTriwulan(triwulan) && IndicatorMeasurement.AreTargetBounds(targetLower, targetUpper))
        {
            return true;
        }

        foreach (var problem in IndicatorMeasurement.CheckQuarterAndBounds(triwulan, targetLower, targetUpper, Text.Index("indicators", index)))
        {
            _worker.Found.Add((index, problem));
        }

        return false;
    }

    /// <summary>Lays out the unit being read, if any (its rows are checked as they come).</summary>
    private void Flush()
    {
        if (_count == 0)
        {
            return;
        }

        _finished.Add((_first.KabupatenCode, _first.KecamatanCode, _first.UnitCode), _unitFirst);
        _worker.EndUnit(_first);
        _count = 0;
        Cap();
    }

    /// <summary>
    /// <see cref="Cap"/> when the problems found are many more than kept: where rows are refused while no unit ends (a
    /// file sorted by quarter into a builder of units together, or bad rows into one for scattered units).
    /// </summary>
    private void CapWhenMany()
    {
        if (_worker.Found.Count > (2L * _maxProblems) + 1024)
        {
            Cap();
        }
    }

    /// <summary>Keeps the first problems in row order and counts the rest.</summary>
    private void Cap()
    {
        var found = _worker.Found;
        if (found.Count <= _maxProblems)
        {
            return;
        }

        var ordered = RecapCalculator.InRowOrder(found).ToList();
        _dropped += ordered.Count - _maxProblems;
        found.Clear();
        found.AddRange(ordered.Take(_maxProblems));
    }

    /// <summary>Whether two rows are of one unit (their codes are interned: the same strings).</summary>
    private static bool SameUnit(in MeasurementRow a, in MeasurementRow b) =>
        ReferenceEquals(a.UnitCode, b.UnitCode) && ReferenceEquals(a.KecamatanCode, b.KecamatanCode) && ReferenceEquals(a.KabupatenCode, b.KabupatenCode);

    private void Refuse(int row, string code, string path, string? value, params string[] arguments) =>
        _worker.Found.Add((row, new ValidationProblem(code, path, value, Severity.Error, arguments)));

    /// <summary>One string per distinct code; the same string as the previous row's <paramref name="field"/> (the common case) without a lookup.</summary>
    private string Intern(string code, int field)
    {
        if (ReferenceEquals(code, _last[field]))
        {
            return code;
        }

        if (!_codes.TryGetValue(code, out var known))
        {
            _codes.Add(code, code);
            known = code;
        }

        // The caller's string is remembered only when it is the interned one, so a reference match above is always interned.
        _last[field] = ReferenceEquals(known, code) ? code : null;
        return known;
    }

    /// <summary>
    /// Every row of a builder <see cref="ForScatteredUnits"/>, packed (<see cref="Packed"/>: 56 bytes, not the 136 of a
    /// <see cref="MeasurementRow"/>) in blocks (no copy as it grows), with its number and its unit (numbered as they
    /// first come); run unit by unit, as rows again, when the source is built.
    /// </summary>
    private sealed class Gathered
    {
        private const int BlockBits = 14;
        private const int BlockSize = 1 << BlockBits;
        private readonly List<Packed[]> _rows = [];
        private readonly Dictionary<(string, string, string), int> _unitIds = new();
        private readonly List<(string Kabupaten, string Kecamatan, string Unit)> _units = [];
        private readonly List<int> _sizes = [];
        private readonly List<decimal> _wide = [];

        // The sasaran and indicator codes by number: a packed row holds no reference, so the collector never scans the blocks.
        private readonly Dictionary<string, int> _codeIds = new(StringComparer.Ordinal);
        private readonly List<string> _codes = [];
        private string? _lastSasaran;
        private string? _lastIndicator;
        private int _lastSasaranId;
        private int _lastIndicatorId;
        private MeasurementRow _previous;
        private int _previousUnit = -1;
        private int _count;

        public void Add(in MeasurementRow row, int number)
        {
            if (_previousUnit < 0 || !SameUnit(row, _previous))
            {
                var key = (row.KabupatenCode, row.KecamatanCode, row.UnitCode);
                if (!_unitIds.TryGetValue(key, out _previousUnit))
                {
                    _previousUnit = _units.Count;
                    _unitIds.Add(key, _previousUnit);
                    _units.Add(key);
                    _sizes.Add(0);
                }

                _previous = row;
            }

            var at = _count & (BlockSize - 1);
            if (at == 0)
            {
                _rows.Add(new Packed[BlockSize]);
            }

            ref var kept = ref _rows[_count >> BlockBits][at];
            kept.Sasaran = CodeId(row.SasaranId, ref _lastSasaran, ref _lastSasaranId);
            kept.Indicator = CodeId(row.IndicatorId, ref _lastIndicator, ref _lastIndicatorId);
            kept.Number = number;
            kept.Unit = _previousUnit;
            kept.Polarity = row.Polarity;
            kept.Aggregation = row.Aggregation;
            kept.Scales = row.Triwulan << 24;
            kept.Lower = Pack(row.TargetLower, 0, ref kept.Scales);
            kept.Upper = Pack(row.TargetUpper, 1, ref kept.Scales);
            kept.Realisasi = Pack(row.Realisasi, 2, ref kept.Scales);
            _sizes[_previousUnit]++;
            _count++;
        }

        /// <summary>Hands each unit's rows, in the order they came, to <paramref name="worker"/>, units in the order they first came; <paramref name="cap"/> after each.</summary>
        public void RunUnits(UnitRuns worker, Action cap)
        {
            // A counting sort by unit: where each unit's rows start, then every row's place.
            var start = new int[_sizes.Count + 1];
            var largest = 0;
            for (var u = 0; u < _sizes.Count; u++)
            {
                start[u + 1] = start[u] + _sizes[u];
                largest = Math.Max(largest, _sizes[u]);
            }

            var order = new int[_count];
            var next = (int[])start.Clone();
            for (var i = 0; i < _count; i++)
            {
                order[next[_rows[i >> BlockBits][i & (BlockSize - 1)].Unit]++] = i;
            }

            var rows = new MeasurementRow[largest];
            var numbers = new int[largest];
            for (var u = 0; u < _sizes.Count; u++)
            {
                var (kabupaten, kecamatan, unit) = _units[u];
                var n = 0;
                for (var k = start[u]; k < start[u + 1]; k++)
                {
                    var i = order[k];
                    ref readonly var kept = ref _rows[i >> BlockBits][i & (BlockSize - 1)];
                    rows[n] = new MeasurementRow(
                        kabupaten,
                        kecamatan,
                        unit,
                        _codes[kept.Sasaran],
                        _codes[kept.Indicator],
                        kept.Polarity,
                        kept.Aggregation,
                        kept.Scales >>> 24,
                        Unpack(kept.Lower, kept.Scales, 0),
                        Unpack(kept.Upper, kept.Scales, 1),
                        Unpack(kept.Realisasi, kept.Scales, 2));
                    numbers[n++] = kept.Number;
                }

                worker.RunUnit(rows, numbers, n);
                cap();
            }

            _rows.Clear();
            _wide.Clear();
        }

        /// <summary>The number of a code: the previous row's (the same string: the builder interns codes) without a lookup.</summary>
        private int CodeId(string code, ref string? last, ref int lastId)
        {
            if (ReferenceEquals(code, last))
            {
                return lastId;
            }

            if (!_codeIds.TryGetValue(code, out lastId))
            {
                lastId = _codes.Count;
                _codeIds.Add(code, lastId);
                _codes.Add(code);
            }

            last = code;
            return lastId;
        }

        /// <summary>
        /// A figure as its mantissa, its scale (and whether there is one) in byte <paramref name="field"/> of
        /// <paramref name="scales"/>: bits 0-4 the scale, bit 5 present, bit 6 kept whole in <see cref="_wide"/> (a
        /// mantissa beyond 63 bits, or a negative zero), the figure then being its index there. Nothing is rounded.
        /// </summary>
        private long Pack(decimal? figure, int field, ref int scales)
        {
            if (figure is not { } value)
            {
                return 0;
            }

#if NET
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
#else
            var bits = decimal.GetBits(value);
#endif
            var scale = (bits[3] >> 16) & 0xFF;
            var negative = bits[3] < 0;
            var magnitude = ((long)(uint)bits[1] << 32) | (uint)bits[0];
            if (bits[2] != 0 || magnitude < 0 || (negative && magnitude == 0))
            {
                scales |= (0x20 | 0x40) << (field * 8);
                _wide.Add(value);
                return _wide.Count - 1;
            }

            scales |= (scale | 0x20) << (field * 8);
            return negative ? -magnitude : magnitude;
        }

        private decimal? Unpack(long packed, int scales, int field)
        {
            var flags = (scales >> (field * 8)) & 0xFF;
            if ((flags & 0x20) == 0)
            {
                return null;
            }

            if ((flags & 0x40) != 0)
            {
                return _wide[(int)packed];
            }

            var magnitude = Math.Abs(packed);
            return new decimal((int)magnitude, (int)(magnitude >> 32), 0, packed < 0, (byte)(flags & 0x1F));
        }
    }

    /// <summary>One row of <see cref="Gathered"/>: its codes within its unit (by number), its rules, its quarter and its figures packed; no reference.</summary>
    private struct Packed
    {
        public int Sasaran;
        public int Indicator;
        public long Lower;
        public long Upper;
        public long Realisasi;
        public int Number;
        public int Unit;

        /// <summary>The polarity as given (a value outside the enum is named as it came).</summary>
        public Polarity Polarity;

        /// <summary>The aggregation method as given.</summary>
        public AggregationMethod Aggregation;

        /// <summary>Per figure (bytes 0-2: lower, upper, realisasi) its scale and flags (see <see cref="Gathered"/>'s Pack); byte 3 the quarter, 1 to 4.</summary>
        public int Scales;
    }
}
