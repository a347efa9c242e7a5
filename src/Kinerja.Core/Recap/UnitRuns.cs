using Kinerja.Core.Agreements;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Recap;

/// <summary>
/// The checking and grouping of the recap's input: reads rows in runs of one unit, checks each row and puts it in its
/// indicator's quarter slot, and hands each unit none of whose rows is refused to the job that takes it, computing
/// (<see cref="RecapCalculator.Worker"/>) or laying out (<see cref="RecapSource.Builder"/>). Problems are kept with the
/// input row each belongs to. One per thread (docs/recap.md, "How it runs").
/// </summary>
internal sealed class UnitRuns
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _kecamatanIds = new();
    private IndicatorMeasurement?[] _slots = new IndicatorMeasurement?[64];
    private MeasurementRow[] _rows = [];
    private int[] _rowIndex = new int[64];
    private int _indicators;
    private string? _lastCode;
    private int _lastId;

    /// <summary>Runs whose units are computed and added up by <paramref name="recap"/>.</summary>
    public UnitRuns(RecapCalculator.Worker recap) => Recap = recap;

    /// <summary>Runs whose units are laid out by <paramref name="collector"/> instead of recapped.</summary>
    public UnitRuns(RecapSource.Builder collector) => Collector = collector;

    /// <summary>Where valid units are computed, when they are recapped.</summary>
    public RecapCalculator.Worker? Recap { get; }

    /// <summary>Where valid units go when they are laid out rather than recapped.</summary>
    public RecapSource.Builder? Collector { get; }

    /// <summary>The problems found, with the input row each belongs to.</summary>
    public List<(int Row, ValidationProblem Problem)> Found { get; } = [];

    /// <summary>The kecamatan met, as kabupaten and kecamatan codes, in the order of their numbers.</summary>
    public List<(string, string)> Kecamatan { get; } = [];

    /// <summary>The units met in each kecamatan, in the order of <see cref="Kecamatan"/>.</summary>
    public List<List<string>> KecamatanUnits { get; } = [];

    /// <summary>The index of a kecamatan in <see cref="Kecamatan"/>, or -1.</summary>
    public int KecamatanIndex((string, string) code) => _kecamatanIds.TryGetValue(code, out var k) ? k : -1;

    /// <summary>
    /// Checks rows [from, to) and hands on each unit's run. Returns <see langword="false"/> as soon as a unit comes
    /// back after another unit (the rows must then be ordered by unit first); these runs are then spent.
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
            if (Contains(units, row.UnitCode))
            {
                return false;
            }

            units.Add(row.UnitCode);
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
        BeginUnit();
        for (var k = 0; k < count; k++)
        {
            PlaceRow(rows[k], inputIndex[k]);
        }

        EndUnit(rows[0]);
    }

    /// <summary>Starts a unit whose rows, held as fields, come one at a time (<see cref="PlaceRow"/>, then <see cref="EndUnit"/>).</summary>
    public void BeginUnit()
    {
        _ids.Clear();
        _indicators = 0;
        _lastCode = null;
    }

    /// <summary>Checks row <paramref name="index"/> of the unit begun and puts it in its indicator's quarter slot (<see cref="Place{TRow}"/>).</summary>
    public void PlaceRow(in MeasurementRow row, int index)
    {
        if (_lastCode is null || !Same(row.IndicatorId, _lastCode))
        {
            _lastId = IndicatorOf(row.IndicatorId);
            _lastCode = row.IndicatorId;
        }

        Place(_rows, row, index, _lastId);
    }

    /// <summary>Hands the unit begun, whose codes are <paramref name="first"/>'s (its first row), to <see cref="Collector"/> when none of its rows is refused.</summary>
    public void EndUnit(in MeasurementRow first)
    {
        // Every refusal is a problem found: a unit goes on only while none has been found (only then is a row an object).
        if (Found.Count == 0)
        {
            Collector!.AddUnit(_rows, _rowIndex, _indicators, first.ToMeasurement());
        }
    }

    private void Missing(int[]? inputIndex, int i)
    {
        var at = inputIndex is null ? i : inputIndex[i];
        Found.Add((at, new ValidationProblem(ProblemCodes.Required, Text.Index("indicators", at), null, Severity.Error, [])));
    }

    /// <summary>The number of a row's kecamatan in <see cref="Kecamatan"/>; a new one is added.</summary>
    private int KecamatanOf(IndicatorMeasurement row)
    {
        var code = (row.KabupatenCode, row.KecamatanCode);
        if (!_kecamatanIds.TryGetValue(code, out var kecamatan))
        {
            kecamatan = Kecamatan.Count;
            _kecamatanIds.Add(code, kecamatan);
            Kecamatan.Add(code);
            KecamatanUnits.Add([]);
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

            if (lastCode is null || !Same(row.IndicatorId, lastCode))
            {
                id = IndicatorOf(row.IndicatorId);
                lastCode = row.IndicatorId;
            }

            Place<IndicatorMeasurement>(_slots!, row, inputIndex is null ? k : inputIndex[k], id);
        }

        // Every refusal is a problem found: a unit goes on only while none has been found.
        if (Found.Count == 0)
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
                Recap!.AddUnit(_slots, _indicators, unitRow, kecamatan);
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
    /// quarter; each refusal is a problem in <see cref="Found"/>.
    /// </summary>
    private void Place<TRow>(TRow[] slots, TRow row, int rowIndex, int id)
        where TRow : IMeasurementFields
    {
        var slot = (id * 4) + row.Triwulan - 1;
        if (_rowIndex[slot] >= 0)
        {
            Error(rowIndex, ProblemCodes.Duplicate, Text.Index("indicators", rowIndex) + ".triwulan", Text.Of(row.Triwulan), Text.Index("indicators", _rowIndex[slot]));
            return;
        }

        CheckOwnValues(rowIndex, row.TargetLower, row.Realisasi, row.Polarity, row.Aggregation);
        for (var s = id * 4; s < (id * 4) + 4; s++)
        {
            if (_rowIndex[s] >= 0)
            {
                var sibling = slots[s];
                if (sibling.Polarity != row.Polarity || sibling.Aggregation != row.Aggregation || !Same(sibling.SasaranId, row.SasaranId))
                {
                    Error(rowIndex, ProblemCodes.Duplicate, Text.Index("indicators", rowIndex) + ".indicator", row.IndicatorId, "polarity, aggregation and sasaran of " + Text.Index("indicators", _rowIndex[s]));
                }

                break;
            }
        }

        slots[slot] = row;
        _rowIndex[slot] = rowIndex;
    }

    /// <summary>
    /// The checks of row <paramref name="rowIndex"/> that read no other row (<see cref="IndicatorMeasurement.CheckValues"/>:
    /// a negative target or realisasi, an undefined polarity or method). Also made for a row refused for its quarter or
    /// target bounds, so that its every problem is listed at once.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void CheckOwnValues(int rowIndex, in decimal? targetLower, in decimal? realisasi, Polarity polarity, AggregationMethod aggregation)
    {
        if (!IndicatorMeasurement.AreValuesValid(targetLower, realisasi, polarity, aggregation))
        {
            Refused(rowIndex, targetLower, realisasi, polarity, aggregation);
        }
    }

    /// <summary>Lists the problems of a row's values (kept out of the loop over rows: it makes a list).</summary>
    private void Refused(int rowIndex, decimal? targetLower, decimal? realisasi, Polarity polarity, AggregationMethod aggregation)
    {
        foreach (var problem in IndicatorMeasurement.CheckValues(targetLower, realisasi, polarity, aggregation, Text.Index("indicators", rowIndex)))
        {
            Found.Add((rowIndex, problem));
        }
    }

    private void Error(int row, string code, string path, string? value, params string[] arguments) =>
        Found.Add((row, new ValidationProblem(code, path, value, Severity.Error, arguments)));

    /// <summary>Whether <paramref name="units"/> holds <paramref name="code"/> (a loop: a lambda here would be made once per unit).</summary>
    private static bool Contains(List<string> units, string code)
    {
        foreach (var unit in units)
        {
            if (Same(unit, code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two codes are the same (the same string first: codes read from one file are interned).</summary>
    internal static bool Same(string a, string b) => ReferenceEquals(a, b) || string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>Whether two rows are of one unit.</summary>
    internal static bool SameUnit(IndicatorMeasurement a, IndicatorMeasurement b) =>
        Same(a.UnitCode, b.UnitCode) && Same(a.KecamatanCode, b.KecamatanCode) && Same(a.KabupatenCode, b.KabupatenCode);
}
