using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

using Kinerja.Core.Recap;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// The oracle for <see cref="RecapCalculator"/>: its first implementation (dictionaries of every group
/// and period, every figure on decimals through <see cref="CapaianCalculator"/>), kept verbatim but
/// for its name and the table it returns, so properties can check that the fast recap gives the
/// same table on any input.
/// </summary>
internal static class ReferenceRecap
{
    private const int Computed = 0;
    private const int NotReported = 1;
    private const int ZeroTarget = 2;
    private const int TargetMissing = 3;
    private const int ZeroRealisasi = 4;
    private const int Other = 5;

    /// <summary>Builds a recap.</summary>
    /// <param name="indicators">The indicator rows: at most one per indicator and quarter.</param>
    /// <param name="budget">The budget rows: at most one per program of a unit.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The recap, or every problem in the rows (duplicates, an indicator whose rows disagree, negative figures).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal static ValidationResult<RecapTable> Build(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget, RecapPolicy policy)
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

        var problems = new Problems();
        var rows = new IndicatorRows();
        var index = 0;
        foreach (var row in indicators)
        {
            var rowIndex = index++;
            if (row is null)
            {
                problems.Error(ProblemCodes.Required, Text.Index("indicators", rowIndex), null);
                continue;
            }

            var slot = (rows.IdOf(row) * 4) + row.Triwulan - 1;
            var first = rows.Slots[slot];
            if (first is not null)
            {
                problems.Error(ProblemCodes.Duplicate, Text.Index("indicators", rowIndex) + ".triwulan", Text.Of(row.Triwulan), Text.Index("indicators", rows.RowIndex[slot]));
                continue;
            }

            if (row.TargetLower < 0m)
            {
                problems.Error(ProblemCodes.TargetNegative, Text.Index("indicators", rowIndex) + ".targetLower", Text.Of(row.TargetLower));
            }

            if (row.Realisasi < 0m)
            {
                problems.Error(ProblemCodes.RealisasiNegative, Text.Index("indicators", rowIndex) + ".realisasi", Text.Of(row.Realisasi));
            }

            var baseSlot = slot - row.Triwulan + 1;
            for (var s = baseSlot; s < baseSlot + 4; s++)
            {
                if (rows.Slots[s] is { } sibling)
                {
                    if (sibling.Polarity != row.Polarity || sibling.Aggregation != row.Aggregation || sibling.SasaranId != row.SasaranId)
                    {
                        problems.Error(ProblemCodes.Duplicate, Text.Index("indicators", rowIndex) + ".indicator", row.IndicatorId, "polarity, aggregation and sasaran of " + Text.Index("indicators", rows.RowIndex[s]));
                    }

                    break;
                }
            }

            rows.Slots[slot] = row;
            rows.RowIndex[slot] = rowIndex;
        }

        var programs = new HashSet<(string, string, string, string)>();
        var budgetRows = new List<BudgetMeasurement>();
        index = 0;
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
            else
            {
                budgetRows.Add(row);
            }
        }

        if (problems.HasErrors)
        {
            return problems.Result<RecapTable>(() => null!);
        }

        var bands = policy.Scale.Bands.Count;
        var capaian = BuildCapaian(rows, policy, bands);

        var money = new Dictionary<(RecapKey, int), (int Programs, int NotReported, decimal Pagu, decimal ReportedPagu, decimal Realisasi)>();
        foreach (var row in budgetRows)
        {
            AddProgram(row, money);
        }

        return problems.Result(() => RecapTable.FromFigures(
            policy.Scale.Name,
            bands,
            RecapLevel.Indicator,
            capaian,
            money.ToDictionary(p => p.Key, p => new BudgetFigures(p.Value.Programs, p.Value.NotReported, p.Value.Pagu, p.Value.ReportedPagu, p.Value.Realisasi)),
            policy.Fingerprint,
            policy.Scale.Basis));
    }

    /// <summary>
    /// The capaian figures of every group. Groups are numbered once (an indicator's own figures are
    /// frozen at once; a sasaran, unit, kecamatan, kabupaten and the total accumulate into arrays) and
    /// entered into the table in the order the groups and periods were first met, indicator by
    /// indicator, periods TW I, s.d. TW I, TW II, s.d. TW II and so on.
    /// </summary>
    private static Dictionary<(RecapKey, int), RecapFigures> BuildCapaian(IndicatorRows rows, RecapPolicy policy, int bands)
    {
        var count = rows.Count;

        // Groups above the indicator: a sasaran, unit, kecamatan, kabupaten and the total, numbered as first met.
        var parents = new int[count * 5];
        var firstParent = new int[count + 1];
        var parentKeys = new List<RecapKey>();
        var sasaran = new Dictionary<(int, string), int>();
        var unitGroup = Filled(rows.UnitCount);
        var kecamatanGroup = Filled(rows.KecamatanCount);
        var kabupatenGroup = Filled(rows.KabupatenCount);
        var national = -1;
        for (var i = 0; i < count; i++)
        {
            firstParent[i] = parentKeys.Count;
            var any = rows.Any(i);
            var unit = rows.UnitOf[i];
            var kecamatan = rows.KecamatanOf[unit];
            var kabupaten = rows.KabupatenOf[kecamatan];
            if (!sasaran.TryGetValue((unit, any.SasaranId), out var s))
            {
                s = parentKeys.Count;
                parentKeys.Add(new RecapKey(RecapLevel.Sasaran, any.KabupatenCode, any.KecamatanCode, any.UnitCode, any.SasaranId));
                sasaran.Add((unit, any.SasaranId), s);
            }

            parents[i * 5] = s;
            parents[(i * 5) + 1] = GroupOf(ref unitGroup[unit], parentKeys, RecapLevel.Unit, any);
            parents[(i * 5) + 2] = GroupOf(ref kecamatanGroup[kecamatan], parentKeys, RecapLevel.Kecamatan, any);
            parents[(i * 5) + 3] = GroupOf(ref kabupatenGroup[kabupaten], parentKeys, RecapLevel.Kabupaten, any);
            parents[(i * 5) + 4] = GroupOf(ref national, parentKeys, RecapLevel.National, any);
        }

        firstParent[count] = parentKeys.Count;

        var sums = new Accumulator[parentKeys.Count * 8];
        var categories = new int[parentKeys.Count * 8 * bands];
        var own = new RecapFigures[count * 8];
        var noCategory = new int[bands];
        var oneCategory = new int[bands][];
        for (var b = 0; b < bands; b++)
        {
            oneCategory[b] = new int[bands];
            oneCategory[b][b] = 1;
        }

        var quarters = new Quarter[4];
        var kinds = new int[8];
        var band = new int[8];
        var quanta = new decimal[8];
        for (var i = 0; i < count; i++)
        {
            var any = rows.Any(i);
            Evaluate(rows.Slots, i * 4, any, policy, quarters, kinds, band, quanta);
            for (var p = 0; p < 8; p++)
            {
                var kind = kinds[p];
                var sum = 0m;
                if (kind == Computed)
                {
                    sum += quanta[p];
                }

                own[(i * 8) + p] = new RecapFigures(
                    1,
                    kind == Computed ? 1 : 0,
                    kind == NotReported ? 1 : 0,
                    kind == ZeroTarget ? 1 : 0,
                    kind == TargetMissing ? 1 : 0,
                    kind == ZeroRealisasi ? 1 : 0,
                    kind == Other ? 1 : 0,
                    sum,
                    kind == Computed ? oneCategory[band[p]] : noCategory);
            }

            for (var level = 0; level < 5; level++)
            {
                var group = parents[(i * 5) + level] * 8;
                for (var p = 0; p < 8; p++)
                {
                    ref var a = ref sums[group + p];
                    a.Indicators++;
                    switch (kinds[p])
                    {
                        case Computed:
                            a.Computed++;
                            a.Sum += quanta[p];
                            categories[((group + p) * bands) + band[p]]++;
                            break;
                        case NotReported:
                            a.NotReported++;
                            break;
                        case ZeroTarget:
                            a.ZeroTarget++;
                            break;
                        case TargetMissing:
                            a.TargetMissing++;
                            break;
                        case ZeroRealisasi:
                            a.ZeroRealisasi++;
                            break;
                        default:
                            a.Other++;
                            break;
                    }
                }
            }
        }

        var table = new Dictionary<(RecapKey, int), RecapFigures>((count + parentKeys.Count) * 8);
        for (var i = 0; i < count; i++)
        {
            var any = rows.Any(i);
            var key = new RecapKey(RecapLevel.Indicator, any.KabupatenCode, any.KecamatanCode, any.UnitCode, any.IndicatorId);
            for (var q = 0; q < 4; q++)
            {
                for (var p = q; p < 8; p += 4)
                {
                    table.Add((key, p), own[(i * 8) + p]);
                    for (var g = firstParent[i]; g < firstParent[i + 1]; g++)
                    {
                        var at = (g * 8) + p;
                        ref var a = ref sums[at];
                        var frozen = new int[bands];
                        Array.Copy(categories, at * bands, frozen, 0, bands);
                        table.Add((parentKeys[g], p), new RecapFigures(a.Indicators, a.Computed, a.NotReported, a.ZeroTarget, a.TargetMissing, a.ZeroRealisasi, a.Other, a.Sum, frozen));
                    }
                }
            }
        }

        return table;
    }

    private static int[] Filled(int length)
    {
        var array = new int[length];
        for (var i = 0; i < length; i++)
        {
            array[i] = -1;
        }

        return array;
    }

    private static int GroupOf(ref int group, List<RecapKey> keys, RecapLevel level, IndicatorMeasurement any)
    {
        if (group < 0)
        {
            group = keys.Count;
            keys.Add(new RecapKey(level, any.KabupatenCode, any.KecamatanCode, any.UnitCode));
        }

        return group;
    }

    /// <summary>
    /// One indicator's figure in each of the eight periods (by <see cref="RecapPeriod.Index"/>): the
    /// same rules as <see cref="CapaianCalculator"/> and <see cref="TriwulanAggregation"/> on the
    /// same decimals, without the target objects.
    /// </summary>
    private static void Evaluate(IndicatorMeasurement?[] slots, int baseSlot, IndicatorMeasurement any, RecapPolicy policy, Quarter[] quarters, int[] kinds, int[] band, decimal[] quanta)
    {
        for (var t = 0; t < 4; t++)
        {
            ref var quarter = ref quarters[t];
            var row = slots[baseSlot + t];
            quarter.HasValue = row?.Realisasi is not null;
            quarter.Value = row?.Realisasi ?? 0m;
            if (row?.TargetLower is { } lo)
            {
                quarter.HasTarget = true;
                quarter.IsRange = lo != row.TargetUpper;
                quarter.Lower = lo;
                quarter.Upper = quarter.IsRange ? row.TargetUpper!.Value : lo;
            }
            else
            {
                quarter.HasTarget = false;
                quarter.IsRange = false;
                quarter.Lower = 0m;
                quarter.Upper = 0m;
            }
        }

        var polarity = any.Polarity;
        var method = any.Aggregation;
        for (var q = 0; q < 4; q++)
        {
            ref var quarter = ref quarters[q];
            var alone = !quarter.HasValue ? CapaianResult.NotReported
                : !quarter.HasTarget ? CapaianResult.NotComputable(CapaianReason.TargetMissing)
                : Calculate(polarity, quarter.IsRange, quarter.Lower, quarter.Upper, quarter.Value, policy.Capaian);
            Record(alone, q, policy, kinds, band, quanta);

            var toDate = (1 << (q + 1)) - 1;
            var reported = 0;
            var missing = 0;
            for (var t = 0; t <= q; t++)
            {
                if (quarters[t].HasValue)
                {
                    reported |= 1 << t;
                }
                else
                {
                    missing++;
                }
            }

            bool hasTotal;
            decimal total = 0m;
            bool hasTarget;
            bool isRange;
            decimal lower;
            decimal upper;
            if (reported == 0)
            {
                hasTotal = false;
                hasTarget = TargetOf(method, quarters, toDate, out isRange, out lower, out upper);
            }
            else
            {
                switch (method)
                {
                    case AggregationMethod.CumulativeSum:
                        if (missing > 0)
                        {
                            hasTotal = false;
                            hasTarget = TargetOf(method, quarters, toDate, out isRange, out lower, out upper);
                        }
                        else
                        {
                            hasTotal = true;
                            total = Sum(quarters, reported);
                            hasTarget = TargetOf(method, quarters, reported, out isRange, out lower, out upper);
                        }

                        break;
                    case AggregationMethod.LastValue:
                        var last = q;
                        while ((reported & (1 << last)) == 0)
                        {
                            last--;
                        }

                        hasTotal = true;
                        total = quarters[last].Value;
                        hasTarget = quarters[last].HasTarget;
                        isRange = quarters[last].IsRange;
                        lower = quarters[last].Lower;
                        upper = quarters[last].Upper;
                        break;
                    case AggregationMethod.Average:
                        hasTotal = true;
                        total = Sum(quarters, reported) / Bits(reported);
                        hasTarget = TargetOf(method, quarters, reported, out isRange, out lower, out upper);
                        break;
                    case AggregationMethod.Maximum:
                        hasTotal = true;
                        total = Extreme(quarters, reported, true);
                        hasTarget = TargetOf(method, quarters, reported, out isRange, out lower, out upper);
                        break;
                    default:
                        hasTotal = true;
                        total = Extreme(quarters, reported, false);
                        hasTarget = TargetOf(method, quarters, reported, out isRange, out lower, out upper);
                        break;
                }
            }

            var cumulative = !hasTotal ? CapaianResult.NotReported
                : !hasTarget ? CapaianResult.NotComputable(CapaianReason.TargetMissing)
                : Calculate(polarity, isRange, lower, upper, total, policy.Capaian);
            Record(cumulative, q + 4, policy, kinds, band, quanta);
        }
    }

    private static CapaianResult Calculate(Polarity polarity, bool isRange, decimal lower, decimal upper, decimal realisasi, CapaianPolicy policy)
    {
        if (!isRange)
        {
            return CapaianCalculator.Calculate(polarity, lower, realisasi, policy);
        }

        return lower <= upper
            ? CapaianCalculator.CalculateRange(polarity, lower, upper, realisasi, policy)
            : throw new ArgumentException($"The range target {Text.Of(lower)} - {Text.Of(upper)} is unordered.");
    }

    private static void Record(CapaianResult result, int period, RecapPolicy policy, int[] kinds, int[] band, decimal[] quanta)
    {
        switch (result.Status)
        {
            case CapaianStatus.Computed when Math.Abs(policy.AverageCap is { } c && result.Value!.Value > c ? c : result.Value!.Value) > RecapFigures.MaxCapaian:
                // Added after the first implementation: a capaian beyond 10¹² % is not computable in a recap.
                kinds[period] = Other;
                break;
            case CapaianStatus.Computed:
                var value = result.Value!.Value;
                kinds[period] = Computed;
                band[period] = policy.Scale.BandIndex(value);
                quanta[period] = Math.Round((policy.AverageCap is { } cap && value > cap ? cap : value) * RecapFigures.QuantaPerPercent, MidpointRounding.ToEven);
                break;
            case CapaianStatus.NotReported:
                kinds[period] = NotReported;
                break;
            default:
                kinds[period] = result.Reason switch
                {
                    CapaianReason.ZeroTarget => ZeroTarget,
                    CapaianReason.TargetMissing => TargetMissing,
                    CapaianReason.ZeroRealisasi => ZeroRealisasi,
                    _ => Other,
                };
                break;
        }
    }

    private static int Bits(int mask)
    {
        var n = 0;
        for (; mask != 0; mask &= mask - 1)
        {
            n++;
        }

        return n;
    }

    /// <summary>The sum of the values in the mask, in quarter order from 0 (as <see cref="Enumerable.Sum(IEnumerable{decimal})"/>).</summary>
    private static decimal Sum(Quarter[] quarters, int mask)
    {
        var sum = 0m;
        for (var t = 0; t < 4; t++)
        {
            if ((mask & (1 << t)) != 0)
            {
                sum += quarters[t].Value;
            }
        }

        return sum;
    }

    /// <summary>The greatest (or least) value in the mask, the first of equals (as <see cref="Enumerable.Max(IEnumerable{decimal})"/>).</summary>
    private static decimal Extreme(Quarter[] quarters, int mask, bool greatest)
    {
        var found = false;
        var value = 0m;
        for (var t = 0; t < 4; t++)
        {
            if ((mask & (1 << t)) != 0)
            {
                var x = quarters[t].Value;
                if (!found || (greatest ? x > value : x < value))
                {
                    value = x;
                    found = true;
                }
            }
        }

        return value;
    }

    /// <summary>The target of the quarters in the mask under the method, as <see cref="TriwulanAggregation"/> computes it.</summary>
    private static bool TargetOf(AggregationMethod method, Quarter[] quarters, int mask, out bool isRange, out decimal lower, out decimal upper)
    {
        isRange = false;
        lower = 0m;
        upper = 0m;
        var n = 0;
        var allValues = true;
        var last = -1;
        for (var t = 0; t < 4; t++)
        {
            if ((mask & (1 << t)) != 0)
            {
                if (!quarters[t].HasTarget)
                {
                    return false;
                }

                n++;
                allValues &= !quarters[t].IsRange;
                last = t;
            }
        }

        if (n == 0)
        {
            return false;
        }

        switch (method)
        {
            case AggregationMethod.CumulativeSum:
            case AggregationMethod.Average:
                for (var t = 0; t < 4; t++)
                {
                    if ((mask & (1 << t)) != 0)
                    {
                        lower += quarters[t].Lower;
                    }
                }

                for (var t = 0; t < 4; t++)
                {
                    if ((mask & (1 << t)) != 0)
                    {
                        upper += quarters[t].Upper;
                    }
                }

                if (method == AggregationMethod.Average)
                {
                    lower /= n;
                    upper /= n;
                }

                break;
            case AggregationMethod.LastValue:
                isRange = quarters[last].IsRange;
                lower = quarters[last].Lower;
                upper = quarters[last].Upper;
                return true;
            default:
                var greatest = method == AggregationMethod.Maximum;
                var found = false;
                for (var t = 0; t < 4; t++)
                {
                    if ((mask & (1 << t)) != 0)
                    {
                        var x = quarters[t].Lower;
                        if (!found || (greatest ? x > lower : x < lower))
                        {
                            lower = x;
                            found = true;
                        }
                    }
                }

                found = false;
                for (var t = 0; t < 4; t++)
                {
                    if ((mask & (1 << t)) != 0)
                    {
                        var x = quarters[t].Upper;
                        if (!found || (greatest ? x > upper : x < upper))
                        {
                            upper = x;
                            found = true;
                        }
                    }
                }

                break;
        }

        isRange = !allValues;
        return true;
    }

    private static void AddProgram(BudgetMeasurement row, Dictionary<(RecapKey, int), (int Programs, int NotReported, decimal Pagu, decimal ReportedPagu, decimal Realisasi)> groups)
    {
        var keys = new[]
        {
            new RecapKey(RecapLevel.Program, row.KabupatenCode, row.KecamatanCode, row.UnitCode, row.ProgramId),
            new RecapKey(RecapLevel.Unit, row.KabupatenCode, row.KecamatanCode, row.UnitCode),
            new RecapKey(RecapLevel.Kecamatan, row.KabupatenCode, row.KecamatanCode),
            new RecapKey(RecapLevel.Kabupaten, row.KabupatenCode),
            new RecapKey(RecapLevel.National),
        };
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

    /// <summary>One quarter of one indicator: its realisasi and its target as decimals.</summary>
    private struct Quarter
    {
        public bool HasValue;
        public decimal Value;
        public bool HasTarget;
        public bool IsRange;
        public decimal Lower;
        public decimal Upper;
    }

    /// <summary>Sums and counts of one group in one period (categories are kept beside it).</summary>
    private struct Accumulator
    {
        public int Indicators;
        public int Computed;
        public int NotReported;
        public int ZeroTarget;
        public int TargetMissing;
        public int ZeroRealisasi;
        public int Other;
        public decimal Sum;
    }

    /// <summary>
    /// The indicators met so far, numbered in the order first met, with their rows per quarter
    /// (four slots each) and the row number of each. Codes are numbered once per kabupaten,
    /// kecamatan and unit; consecutive rows of the same place skip the lookups.
    /// </summary>
    private sealed class IndicatorRows
    {
        private readonly Dictionary<string, int> _kabupaten = new(StringComparer.Ordinal);
        private readonly Dictionary<(int, string), int> _kecamatan = new();
        private readonly Dictionary<(int, string), int> _unit = new();
        private readonly Dictionary<(int, string), int> _indicator = new();
        private readonly List<int> _kabupatenOf = new();
        private readonly List<int> _kecamatanOf = new();
        private readonly List<int> _unitOf = new();
        private string? _lastKabupaten;
        private string? _lastKecamatan;
        private string? _lastUnit;
        private string? _lastIndicator;
        private int _kab = -1;
        private int _kec = -1;
        private int _uni = -1;
        private int _ind = -1;

        public IndicatorMeasurement?[] Slots = new IndicatorMeasurement?[256];

        public int[] RowIndex = new int[256];

        public int Count => _unitOf.Count;

        public int KabupatenCount => _kabupaten.Count;

        public int KecamatanCount => _kabupatenOf.Count;

        public int UnitCount => _kecamatanOf.Count;

        public List<int> KabupatenOf => _kabupatenOf;

        public List<int> KecamatanOf => _kecamatanOf;

        public List<int> UnitOf => _unitOf;

        public IndicatorMeasurement Any(int indicator)
        {
            var s = indicator * 4;
            return Slots[s] ?? Slots[s + 1] ?? Slots[s + 2] ?? Slots[s + 3]!;
        }

        public int IdOf(IndicatorMeasurement row)
        {
            if (_lastKabupaten is null || !string.Equals(row.KabupatenCode, _lastKabupaten, StringComparison.Ordinal))
            {
                if (!_kabupaten.TryGetValue(row.KabupatenCode, out _kab))
                {
                    _kab = _kabupaten.Count;
                    _kabupaten.Add(row.KabupatenCode, _kab);
                }

                _lastKabupaten = row.KabupatenCode;
                _lastKecamatan = null;
            }

            if (_lastKecamatan is null || !string.Equals(row.KecamatanCode, _lastKecamatan, StringComparison.Ordinal))
            {
                if (!_kecamatan.TryGetValue((_kab, row.KecamatanCode), out _kec))
                {
                    _kec = _kabupatenOf.Count;
                    _kecamatan.Add((_kab, row.KecamatanCode), _kec);
                    _kabupatenOf.Add(_kab);
                }

                _lastKecamatan = row.KecamatanCode;
                _lastUnit = null;
            }

            if (_lastUnit is null || !string.Equals(row.UnitCode, _lastUnit, StringComparison.Ordinal))
            {
                if (!_unit.TryGetValue((_kec, row.UnitCode), out _uni))
                {
                    _uni = _unit.Count;
                    _unit.Add((_kec, row.UnitCode), _uni);
                    _kecamatanOf.Add(_kec);
                }

                _lastUnit = row.UnitCode;
                _lastIndicator = null;
            }

            if (_lastIndicator is null || !string.Equals(row.IndicatorId, _lastIndicator, StringComparison.Ordinal))
            {
                if (!_indicator.TryGetValue((_uni, row.IndicatorId), out _ind))
                {
                    _ind = _unitOf.Count;
                    _indicator.Add((_uni, row.IndicatorId), _ind);
                    _unitOf.Add(_uni);
                    if ((_ind * 4) + 4 > Slots.Length)
                    {
                        Array.Resize(ref Slots, Slots.Length * 2);
                        Array.Resize(ref RowIndex, RowIndex.Length * 2);
                    }
                }

                _lastIndicator = row.IndicatorId;
            }

            return _ind;
        }
    }
}
