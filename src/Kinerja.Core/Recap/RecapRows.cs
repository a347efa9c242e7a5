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
    public static IReadOnlyList<IndicatorMeasurement> Indicators(PerjanjianKinerja pk, MeasurementSet? measurements, string kabupaten, string kecamatan)
    {
        Check(pk, measurements, kabupaten, kecamatan);
        var rows = new List<IndicatorMeasurement>();
        foreach (var sasaran in pk.Sasaran)
        {
            foreach (var indicator in sasaran.Indicators)
            {
                foreach (var q in Triwulan.All)
                {
                    rows.Add(Row(pk, measurements, kabupaten, kecamatan, sasaran, indicator, q));
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
    public static IReadOnlyList<BudgetMeasurement> Budget(PerjanjianKinerja pk, MeasurementSet? measurements, string kabupaten, string kecamatan)
    {
        Check(pk, measurements, kabupaten, kecamatan);
        return pk.Programs
            .Select(p => new BudgetMeasurement(
                kabupaten,
                kecamatan,
                pk.Unit.Code,
                p.Id,
                p.Pagu,
                measurements?.FindBudget(p.Id, Triwulan.I)?.Amount,
                measurements?.FindBudget(p.Id, Triwulan.II)?.Amount,
                measurements?.FindBudget(p.Id, Triwulan.III)?.Amount,
                measurements?.FindBudget(p.Id, Triwulan.IV)?.Amount))
            .ToArray();
    }

    private static IndicatorMeasurement Row(PerjanjianKinerja pk, MeasurementSet? measurements, string kabupaten, string kecamatan, Sasaran sasaran, Indicator indicator, Triwulan q)
    {
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

    private static void Check(PerjanjianKinerja pk, MeasurementSet? measurements, string kabupaten, string kecamatan)
    {
        if (pk is null)
        {
            throw new ArgumentNullException(nameof(pk));
        }

        if (kabupaten is null)
        {
            throw new ArgumentNullException(nameof(kabupaten));
        }

        if (kecamatan is null)
        {
            throw new ArgumentNullException(nameof(kecamatan));
        }

        if (measurements is not null && !measurements.Key.Equals(pk.Key))
        {
            throw new ArgumentException("The measurement set is of the PK " + measurements.Key + ", not of " + pk.Key + ".", nameof(measurements));
        }
    }
}
