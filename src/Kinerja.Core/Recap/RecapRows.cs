using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Recap;

/// <summary>
/// A signed PK and its realisasi as the rows a recap reads: one <see cref="IndicatorMeasurement"/> per indicator
/// and quarter, one <see cref="BudgetMeasurement"/> per program.
/// </summary>
/// <remarks>How each field is filled, and why a grade's rows give the evaluator's capaian: docs/recap.md, "From a PK to recap rows".</remarks>
public static class RecapRows
{
    /// <summary>The PK's indicators, each in the four quarters, with the quarter's target and realisasi.</summary>
    /// <param name="pk">The PK.</param>
    /// <param name="measurements">Its measurement set, or <see langword="null"/> when nothing is reported yet (every row not reported).</param>
    /// <param name="kabupaten">The kabupaten's code, where the PK's unit sits.</param>
    /// <param name="kecamatan">The kecamatan's code; the unit's code is the PK's own (<see cref="OfficeUnit.Code"/>).</param>
    /// <returns>Four rows per indicator, in the PK's order of sasaran and indicators, then of quarters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pk"/>, <paramref name="kabupaten"/> or <paramref name="kecamatan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measurements"/> is the measurement set of another PK.</exception>
    public static IReadOnlyList<IndicatorMeasurement> Indicators(PerjanjianKinerja pk, MeasurementSet? measurements, string kabupaten, string kecamatan) =>
        Indicators([new PlacedPk(pk, measurements, kabupaten, kecamatan)]);

    /// <summary>
    /// The indicators of many PKs (a kecamatan's units, a kabupaten's kecamatan ...), each PK's rows as the other overload
    /// gives them, PK after PK: the rows one recap of them all reads. Two PKs of one unit are the recap's problem to name
    /// (a unit's indicator twice), not this method's.
    /// </summary>
    /// <param name="pks">The PKs, each placed in its kabupaten and kecamatan.</param>
    /// <returns>Four rows per indicator of each PK, in the order of <paramref name="pks"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pks"/> or one of them is null.</exception>
    public static IReadOnlyList<IndicatorMeasurement> Indicators(IEnumerable<PlacedPk> pks)
    {
        var rows = new List<IndicatorMeasurement>();
        foreach (var placed in Each(pks))
        {
            foreach (var sasaran in placed.Pk.Sasaran)
            {
                foreach (var indicator in sasaran.Indicators)
                {
                    foreach (var q in Triwulan.All)
                    {
                        rows.Add(Row(placed, sasaran, indicator, q));
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>The PK's programs, each with its pagu and the realisasi anggaran of the four quarters.</summary>
    /// <param name="pk">The PK.</param>
    /// <param name="measurements">Its measurement set, or <see langword="null"/> when nothing is reported yet.</param>
    /// <param name="kabupaten">The kabupaten's code.</param>
    /// <param name="kecamatan">The kecamatan's code.</param>
    /// <returns>One row per program, in the PK's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pk"/>, <paramref name="kabupaten"/> or <paramref name="kecamatan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measurements"/> is the measurement set of another PK.</exception>
    public static IReadOnlyList<BudgetMeasurement> Budget(PerjanjianKinerja pk, MeasurementSet? measurements, string kabupaten, string kecamatan) =>
        Budget([new PlacedPk(pk, measurements, kabupaten, kecamatan)]);

    /// <summary>The programs of many PKs, each PK's as the other overload gives them, PK after PK.</summary>
    /// <param name="pks">The PKs, each placed in its kabupaten and kecamatan.</param>
    /// <returns>One row per program of each PK, in the order of <paramref name="pks"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pks"/> or one of them is null.</exception>
    public static IReadOnlyList<BudgetMeasurement> Budget(IEnumerable<PlacedPk> pks) =>
        Each(pks).SelectMany(placed => placed.Pk.Programs.Select(p => new BudgetMeasurement(
                placed.Kabupaten,
                placed.Kecamatan,
                placed.Pk.Unit.Code,
                p.Id,
                p.Pagu,
                placed.Measurements?.FindBudget(p.Id, Triwulan.I)?.Amount,
                placed.Measurements?.FindBudget(p.Id, Triwulan.II)?.Amount,
                placed.Measurements?.FindBudget(p.Id, Triwulan.III)?.Amount,
                placed.Measurements?.FindBudget(p.Id, Triwulan.IV)?.Amount)))
            .ToArray();

    /// <summary>The PKs, each checked not null (before any row is made).</summary>
    private static PlacedPk[] Each(IEnumerable<PlacedPk> pks)
    {
        var all = (pks ?? throw new ArgumentNullException(nameof(pks))).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                throw new ArgumentNullException(nameof(pks), $"pks[{i}] is null.");
            }
        }

        return all;
    }

    private static IndicatorMeasurement Row(PlacedPk placed, Sasaran sasaran, Indicator indicator, Triwulan q)
    {
        var (pk, measurements, kabupaten, kecamatan) = (placed.Pk, placed.Measurements, placed.Kabupaten, placed.Kecamatan);
        var target = indicator.GetTriwulanTarget(q);
        var entry = measurements?.Find(indicator.Id, q);
        if (indicator.ValueKind == ValueKind.QualitativeGrade)
        {
            var scale = indicator.GradeScale!;
            var targetScore = Score(scale, target?.Grade);
            return new IndicatorMeasurement(
                kabupaten,
                kecamatan,
                pk.Unit.Code,
                sasaran.Id,
                indicator.Id,
                Polarity.Positive,
                indicator.Aggregation,
                q.Number,
                targetScore,
                targetScore,
                Score(scale, entry?.Grade));
        }

        return new IndicatorMeasurement(
            kabupaten, kecamatan, pk.Unit.Code, sasaran.Id, indicator.Id, indicator.Polarity, indicator.Aggregation, q.Number, target?.Lower, target?.Upper, entry?.Value);
    }

    /// <summary>A grade's score; none for no grade. A PK and a measurement set hold only grades of the scale (their builders check).</summary>
    private static decimal? Score(GradeScale scale, string? grade) => grade is not null && scale.TryGetScore(grade, out var score) ? score : null;
}
