using Kinerja.Core.Capaian;

namespace Kinerja.Core.Recap;

public static partial class RecapCalculator
{
    /// <summary>
    /// The computing of the recap, on one thread: each unit's indicators (handed on whole by <see cref="UnitRuns"/>, or
    /// read from a <see cref="RecapSource"/>) computed and added up into their sasaran, unit and kecamatan
    /// (docs/recap.md, "How it runs").
    /// </summary>
    internal sealed partial class Worker
    {
        private readonly RecapPolicy _policy;
#if NET
        private readonly IntegerRules? _integer;
#endif
        private readonly int _bands;
        private readonly RecapLevel _finest;
        private readonly IndicatorPeriods _periods = new();
        private readonly List<string> _sasaran = [];
        private readonly RecapTally[] _unit = new RecapTally[Periods];
        private readonly int[] _unitCategories;
        private RecapTally[] _sasaranTallies = new RecapTally[4 * Periods];
        private int[] _sasaranCategories;
        private RecapTally[] _kecamatanTallies = new RecapTally[16 * Periods];
        private int[] _kecamatanCategories;
        private readonly RecapTally[] _own = new RecapTally[Periods];
        private readonly IndicatorMeasurement?[] _scratch = new IndicatorMeasurement?[4];

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

        /// <summary>The groups kept below the kecamatan.</summary>
        public RecapStore Sink { get; }

        /// <summary>Where the units of kecamatan <paramref name="k"/> (its number in <see cref="UnitRuns.Kecamatan"/>) add up: eight tallies and their category counts, made room for when first asked.</summary>
        public Target KecamatanTarget(int k)
        {
            while ((k + 1) * Periods > _kecamatanTallies.Length)
            {
                Array.Resize(ref _kecamatanTallies, _kecamatanTallies.Length * 2);
                Array.Resize(ref _kecamatanCategories, _kecamatanCategories.Length * 2);
            }

            return new Target(_kecamatanTallies, k * Periods, _kecamatanCategories, k * Periods * _bands);
        }

        /// <summary>Computes the <paramref name="indicators"/> indicators of one unit (four quarter slots each in <paramref name="slots"/>) and adds them up, into kecamatan <paramref name="kecamatan"/>.</summary>
        public void AddUnit(IndicatorMeasurement?[] slots, int indicators, IndicatorMeasurement unitRow, int kecamatan) =>
            AddUp(slots, 0, indicators, null, -1, unitRow, KecamatanTarget(kecamatan));

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
                Sink.Add(new RecapKey(RecapLevel.Sasaran, unitRow.KabupatenCode, unitRow.KecamatanCode, unitRow.UnitCode, _sasaran[s]), _sasaranTallies, _sasaranCategories, s);
            }

            if (keepUnit)
            {
                Sink.Add(new RecapKey(RecapLevel.Unit, unitRow.KabupatenCode, unitRow.KecamatanCode, unitRow.UnitCode), _unit, _unitCategories, 0);
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

                sasaran = keepSasaran ? SasaranOf(any.SasaranId) : -1;
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
                var code = source is null ? any.IndicatorId : source.IndicatorCodes[indicator];
                Sink.AddIndicator(new RecapKey(RecapLevel.Indicator, any.KabupatenCode, any.KecamatanCode, any.UnitCode, code), _own, periods);
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
                if (UnitRuns.Same(_sasaran[s], code))
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
