using Kinerja.Core.Agreements;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Recap;

/// <summary>
/// The measurements of a recap (rekapitulasi), checked once (<see cref="Create"/>) and laid out to be recapped as often as
/// needed with <see cref="RecapCalculator.Build(RecapSource, RecapPolicy, RecapOptions)"/>. Immutable and safe to share
/// between threads.
/// </summary>
/// <remarks>What it keeps per indicator and why: docs/recap.md, "Recapping the same data again".</remarks>
public sealed class RecapSource
{
    private RecapSource(Builder from, IReadOnlyList<BudgetMeasurement> budget)
    {
        Kept = from.KeptArray;
        IndicatorCodes = from.CodeArray;
#if NET
        Values = from.ValueArray;
#endif
        Entries = from.EntryArray;
        Kecamatan = from.KecamatanArray;
        KecamatanUnits = from.KecamatanUnitArray;
        UnitIndicators = from.UnitIndicatorArray;
        UnitRows = from.UnitRowArray;
        UnitSasaran = from.UnitSasaranArray;
        SasaranCodes = from.SasaranArray;
        MeasurementCount = from.Rows;
        Budget = budget;
#if NET
        Columns = RecapColumns.Build(Entries, Values, KecamatanUnits, UnitIndicators);
#endif
    }

    /// <summary>The number of indicator rows (one indicator in one quarter each).</summary>
    public int MeasurementCount { get; }

    /// <summary>The number of indicators (an indicator of a unit, with up to four quarter rows).</summary>
    public int IndicatorCount => UnitIndicators[UnitIndicators.Length - 1];

    /// <summary>The number of units.</summary>
    public int UnitCount => UnitRows.Length;

    /// <summary>The number of kecamatan.</summary>
    public int KecamatanCount => Kecamatan.Length;

    /// <summary>The number of budget rows (one program of a unit each).</summary>
    public int BudgetCount => Budget.Count;

    /// <summary>
    /// The rows of the indicators whose values are not in <c>Values</c> (<see cref="Entry.KeptAt"/>): four slots each,
    /// TW I to TW IV, the row of that quarter or null. On .NET most indicators' values are in <c>Values</c> and their
    /// rows are not kept; the netstandard2.0 build keeps every indicator's rows.
    /// </summary>
    internal IndicatorMeasurement?[] Kept { get; }

    /// <summary>Each indicator's code.</summary>
    internal string[] IndicatorCodes { get; }

#if NET
    /// <summary>Eight values per indicator as <c>IndicatorPeriods.TryLoad</c> lays them out, where <see cref="Entry.Loaded"/>.</summary>
    internal long[] Values { get; }
#endif

#if NET
    /// <summary>The figures done once for recaps at the kecamatan level and above.</summary>
    internal RecapColumns Columns { get; }

#endif
    /// <summary>Per indicator: its rules, what it has, its sasaran.</summary>
    internal Entry[] Entries { get; }

    /// <summary>The kecamatan, as kabupaten and kecamatan codes, in the order first met.</summary>
    internal (string, string)[] Kecamatan { get; }

    /// <summary>Kecamatan k's units are [KecamatanUnits[k], KecamatanUnits[k + 1]).</summary>
    internal int[] KecamatanUnits { get; }

    /// <summary>Unit u's indicators are [UnitIndicators[u], UnitIndicators[u + 1]).</summary>
    internal int[] UnitIndicators { get; }

    /// <summary>A row of each unit, for its codes.</summary>
    internal IndicatorMeasurement[] UnitRows { get; }

    /// <summary>Unit u's sasaran are <see cref="SasaranCodes"/>[UnitSasaran[u] .. UnitSasaran[u + 1]).</summary>
    internal int[] UnitSasaran { get; }

    /// <summary>The sasaran codes of every unit, in the order first met in the unit.</summary>
    internal string[] SasaranCodes { get; }

    /// <summary>The budget rows.</summary>
    internal IReadOnlyList<BudgetMeasurement> Budget { get; }

    /// <summary>
    /// Checks the rows as <see cref="RecapCalculator.Build(IEnumerable{IndicatorMeasurement}, IEnumerable{BudgetMeasurement}, RecapPolicy)"/>
    /// does and lays them out for recapping.
    /// </summary>
    /// <param name="indicators">The indicator rows: at most one per indicator and quarter, in any order (rows of one unit together are laid out fastest).</param>
    /// <param name="budget">The budget rows: at most one per program of a unit.</param>
    /// <returns>The source, or every problem in the rows (the same problems a recap of the rows reports).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<RecapSource> Create(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget) =>
        RecapCalculator.CreateSource(indicators, budget);

    /// <summary>
    /// The quarter rows of an indicator for the decimal way: its kept rows, or (for an indicator whose values are in
    /// <c>Values</c>) rows made again from those values into <paramref name="scratch"/> (four slots; their codes are
    /// empty: the decimal way reads only the figures, which are the same numbers).
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="scratch">Four slots to fill when the rows are not kept.</param>
    /// <param name="baseSlot">Where the indicator's four slots start in the array returned.</param>
    /// <returns>The array holding the four slots.</returns>
    internal IndicatorMeasurement?[] SlotsOf(int indicator, IndicatorMeasurement?[] scratch, out int baseSlot)
    {
        ref readonly var entry = ref Entries[indicator];
        if (entry.KeptAt >= 0)
        {
            baseSlot = entry.KeptAt;
            return Kept;
        }

        baseSlot = 0;
#if NET
        var at = indicator * 8;
        for (var t = 0; t < 4; t++)
        {
            var hasValue = (entry.Present & (1 << t)) != 0;
            var hasTarget = (entry.Present & (1 << (t + 4))) != 0;
            decimal? target = hasTarget ? Of(Values[at + 4 + t], entry.Scale) : null;
            scratch[t] = hasValue || hasTarget
                ? new IndicatorMeasurement(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, entry.Polarity, entry.Aggregation, t + 1, target, target, hasValue ? Of(Values[at + t], entry.Scale) : null)
                : null;
        }

        static decimal Of(long mantissa, int scale) => new((int)mantissa, (int)(mantissa >> 32), 0, mantissa < 0, (byte)scale);
#endif
        return scratch;
    }

    /// <summary>The index of kecamatan k's first indicator.</summary>
    internal int FirstIndicatorOfKecamatan(int k) => UnitIndicators[KecamatanUnits[k]];

    /// <summary>The counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"RecapSource: {MeasurementCount} measurements of {IndicatorCount} indicators in {UnitCount} units of {KecamatanCount} kecamatan, {BudgetCount} budget rows";

    /// <summary>
    /// One indicator laid out: what it has, its rules, its sasaran within its unit; 16 bytes (the small fields as
    /// bytes: a source holds one per indicator).
    /// </summary>
    internal readonly struct Entry
    {
        private readonly byte _present;
        private readonly byte _scale;
        private readonly byte _polarity;
        private readonly byte _aggregation;

        public Entry(int present, int scale, Polarity polarity, AggregationMethod aggregation, bool loaded, int sasaran, int keptAt)
        {
            // present is 8 bits, scale at most 28, and only checked rows (defined polarity and method) are laid out.
            KeptAt = keptAt;
            Sasaran = sasaran;
            _present = (byte)present;
            _scale = (byte)scale;
            _polarity = (byte)polarity;
            _aggregation = (byte)aggregation;
            Loaded = loaded;
        }

        /// <summary>Bit t: quarter t has a realisasi; bit t + 4: it has a target (as <c>IndicatorPeriods.TryLoad</c> gives it).</summary>
        public int Present => _present;

        /// <summary>The values' common scale (the number of decimals).</summary>
        public int Scale => _scale;

        /// <summary>The indicator's polarity.</summary>
        public Polarity Polarity => (Polarity)_polarity;

        /// <summary>How its quarters add up.</summary>
        public AggregationMethod Aggregation => (AggregationMethod)_aggregation;

        /// <summary>Whether its values are in <c>Values</c> (else a recap computes it on decimals from its rows).</summary>
        public bool Loaded { get; }

        /// <summary>Its sasaran's index among its unit's sasaran.</summary>
        public int Sasaran { get; }

        /// <summary>Where its four rows start in <see cref="Kept"/>, or -1 when they are not kept (its values are in <c>Values</c>).</summary>
        public int KeptAt { get; }
    }

    /// <summary>Lays out the valid units a checking worker hands over, in the order met.</summary>
    internal sealed class Builder
    {
#if NET
        private readonly IndicatorPeriods _periods = new();
#endif
        private readonly List<int> _unitIndicators = [0];
        private readonly List<IndicatorMeasurement> _unitRows = [];
        private readonly List<int> _unitKecamatan = [];
        private readonly List<int> _unitSasaran = [0];
        private readonly List<string> _sasaran = [];
        private readonly Dictionary<(string, string), int> _kecamatanIds = new();
        private readonly List<(string, string)> _kecamatan = [];
        private IndicatorMeasurement?[] _kept = new IndicatorMeasurement?[64];
        private int _keptCount;
        private string[] _codes;
#if NET
        private long[] _values;
#endif
        private Entry[] _entries;
        private int _indicators;

        /// <summary>A builder with room for <paramref name="indicators"/> indicators before it grows (a good guess saves copies).</summary>
        public Builder(int indicators = 64)
        {
            var size = Math.Max(16, indicators);
            _codes = new string[size];
#if NET
            _values = new long[size * 8];
#endif
            _entries = new Entry[size];
        }

        public int Rows { get; private set; }

        /// <summary>The indicators laid out so far.</summary>
        public int Indicators => _indicators;

        public IndicatorMeasurement?[] KeptArray => _kept;

        public string[] CodeArray => _codes;

#if NET
        public long[] ValueArray => _values;
#endif

        public Entry[] EntryArray => _entries;

        public (string, string)[] KecamatanArray { get; private set; } = [];

        public int[] KecamatanUnitArray { get; private set; } = [0];

        public int[] UnitIndicatorArray { get; private set; } = [0];

        public IndicatorMeasurement[] UnitRowArray { get; private set; } = [];

        public int[] UnitSasaranArray { get; private set; } = [0];

        public string[] SasaranArray { get; private set; } = [];

        /// <summary>Takes over a checked unit: <paramref name="count"/> indicators of four quarter slots each (<paramref name="marks"/> below 0 where a quarter has no row).</summary>
        public void AddUnit(MeasurementRow[] slots, int[] marks, int count, IndicatorMeasurement unitRow)
        {
            var code = (unitRow.KabupatenCode, unitRow.KecamatanCode);
            if (!_kecamatanIds.TryGetValue(code, out var kecamatan))
            {
                kecamatan = _kecamatan.Count;
                _kecamatanIds.Add(code, kecamatan);
                _kecamatan.Add(code);
            }

            _unitRows.Add(unitRow);
            _unitKecamatan.Add(kecamatan);
            var sasaranFirst = _sasaran.Count;
            Grow(_indicators + count, _entries.Length * 2);
            for (var i = 0; i < count; i++)
            {
                var baseSlot = i * 4;
                var anyAt = -1;
                for (var t = 3; t >= 0; t--)
                {
                    if (marks[baseSlot + t] >= 0)
                    {
                        anyAt = baseSlot + t;
                        Rows++;
                    }
                }

                ref readonly var any = ref slots[anyAt];
                var sasaran = sasaranFirst;
                while (sasaran < _sasaran.Count && !string.Equals(_sasaran[sasaran], any.SasaranId, StringComparison.Ordinal))
                {
                    sasaran++;
                }

                if (sasaran == _sasaran.Count)
                {
                    _sasaran.Add(any.SasaranId);
                }

                var present = 0;
                var scale = 0;
                var loaded = false;
#if NET
                loaded = _periods.TryLoad(slots, marks, baseSlot, _values, _indicators * 8, out present, out scale);
#endif
                var keptAt = -1;
                if (!loaded)
                {
                    // Only rows the integer way cannot hold (range targets, huge values) are kept.
                    if (_keptCount + 4 > _kept.Length)
                    {
                        Array.Resize(ref _kept, _kept.Length * 2);
                    }

                    keptAt = _keptCount;
                    for (var t = 0; t < 4; t++)
                    {
                        _kept[keptAt + t] = marks[baseSlot + t] >= 0 ? slots[baseSlot + t].ToMeasurement() : null;
                    }

                    _keptCount += 4;
                }

                _codes[_indicators] = any.IndicatorId;
                _entries[_indicators] = new Entry(present, scale, any.Polarity, any.Aggregation, loaded, sasaran - sasaranFirst, keptAt);
                _indicators++;
            }

            _unitIndicators.Add(_indicators);
            _unitSasaran.Add(_sasaran.Count);
        }

        /// <summary>Takes over the units of <paramref name="other"/> (a builder of the rows after this one's), as if this builder had laid them out after its own.</summary>
        public void Append(Builder other)
        {
            var kecamatanOf = new int[other._kecamatan.Count];
            for (var k = 0; k < kecamatanOf.Length; k++)
            {
                var code = other._kecamatan[k];
                if (!_kecamatanIds.TryGetValue(code, out kecamatanOf[k]))
                {
                    kecamatanOf[k] = _kecamatan.Count;
                    _kecamatanIds.Add(code, kecamatanOf[k]);
                    _kecamatan.Add(code);
                }
            }

            _unitKecamatan.AddRange(other._unitKecamatan.Select(k => kecamatanOf[k]));
            _unitRows.AddRange(other._unitRows);
            var sasaranAt = _sasaran.Count;
            _sasaran.AddRange(other._sasaran);
            _unitSasaran.AddRange(other._unitSasaran.Skip(1).Select(s => sasaranAt + s));
            _unitIndicators.AddRange(other._unitIndicators.Skip(1).Select(i => _indicators + i));
            Grow(_indicators + other._indicators, _indicators + other._indicators);
            Array.Copy(other._codes, 0, _codes, _indicators, other._indicators);
#if NET
            Array.Copy(other._values, 0, _values, _indicators * 8, other._indicators * 8);
#endif
            for (var i = 0; i < other._indicators; i++)
            {
                var e = other._entries[i];
                _entries[_indicators + i] = e.KeptAt < 0 ? e : new Entry(e.Present, e.Scale, e.Polarity, e.Aggregation, e.Loaded, e.Sasaran, _keptCount + e.KeptAt);
            }

            if (_keptCount + other._keptCount > _kept.Length)
            {
                Array.Resize(ref _kept, _keptCount + other._keptCount);
            }

            Array.Copy(other._kept, 0, _kept, _keptCount, other._keptCount);
            _keptCount += other._keptCount;
            _indicators += other._indicators;
            Rows += other.Rows;
        }

        /// <summary>The source: the units ordered by kecamatan (each kecamatan's in the order met).</summary>
        public RecapSource Finish(IReadOnlyList<BudgetMeasurement> budget)
        {
            var units = _unitRows.Count;
            var order = Enumerable.Range(0, units).ToArray();
            var sorted = true;
            for (var u = 1; u < units && sorted; u++)
            {
                sorted = _unitKecamatan[u - 1] <= _unitKecamatan[u];
            }

            if (!sorted)
            {
                order = [.. order.OrderBy(u => _unitKecamatan[u])];
                Reorder(order);
            }
            else
            {
                UnitIndicatorArray = [.. _unitIndicators];
                UnitSasaranArray = [.. _unitSasaran];
                SasaranArray = [.. _sasaran];
            }

            UnitRowArray = [.. order.Select(u => _unitRows[u])];
            KecamatanArray = [.. _kecamatan];
            var kecamatanUnits = new int[_kecamatan.Count + 1];
            foreach (var k in _unitKecamatan)
            {
                kecamatanUnits[k + 1]++;
            }

            for (var k = 1; k < kecamatanUnits.Length; k++)
            {
                kecamatanUnits[k] += kecamatanUnits[k - 1];
            }

            KecamatanUnitArray = kecamatanUnits;
            return new RecapSource(this, budget);
        }

        /// <summary>Lays the units' indicators and sasaran out again in the given order of units.</summary>
        private void Reorder(int[] order)
        {
            var codes = new string[_indicators];
#if NET
            var values = new long[_indicators * 8];
#endif
            var entries = new Entry[_indicators];
            var unitIndicators = new int[order.Length + 1];
            var unitSasaran = new int[order.Length + 1];
            var sasaran = new string[_sasaran.Count];
            var at = 0;
            var sasaranAt = 0;
            for (var n = 0; n < order.Length; n++)
            {
                var u = order[n];
                var first = _unitIndicators[u];
                var count = _unitIndicators[u + 1] - first;
                Array.Copy(_codes, first, codes, at, count);
#if NET
                Array.Copy(_values, first * 8, values, at * 8, count * 8);
#endif
                Array.Copy(_entries, first, entries, at, count);
                at += count;
                unitIndicators[n + 1] = at;
                for (var s = _unitSasaran[u]; s < _unitSasaran[u + 1]; s++)
                {
                    sasaran[sasaranAt++] = _sasaran[s];
                }

                unitSasaran[n + 1] = sasaranAt;
            }

            _codes = codes;
#if NET
            _values = values;
#endif
            _entries = entries;
            UnitIndicatorArray = unitIndicators;
            UnitSasaranArray = unitSasaran;
            SasaranArray = sasaran;
        }

        /// <summary>Room for <paramref name="indicators"/> indicators in all: doubling when growing past the room, exactly that when asked ahead (<see cref="RecapSourceBuilder.EnsureCapacity"/>).</summary>
        public void Reserve(int indicators) => Grow(indicators, indicators);

        private void Grow(int indicators, int atLeast)
        {
            if (indicators <= _entries.Length)
            {
                return;
            }

            var size = Math.Max(indicators, atLeast);
            Array.Resize(ref _codes, size);
#if NET
            Array.Resize(ref _values, size * 8);
#endif
            Array.Resize(ref _entries, size);
        }
    }
}
