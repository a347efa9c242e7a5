using Kinerja.Core.Internal;
using Kinerja.Core.Measurement;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Recap;

/// <summary>
/// One program's pagu and its realisasi anggaran per quarter (each quarter alone), flattened with where it belongs:
/// the budget row a recap reads (docs/recap.md, "Input"). Figures kept cumulatively (s.d. triwulan,
/// <see cref="BudgetEntryMode.Cumulative"/>) come in through <see cref="FromCumulative"/> and go out through
/// <see cref="ToCumulative"/>, the conversion of decision D48.
/// </summary>
public sealed class BudgetMeasurement
{
    /// <summary>Creates a row.</summary>
    /// <param name="kabupatenCode">The kabupaten's code.</param>
    /// <param name="kecamatanCode">The kecamatan's code.</param>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="programId">The program's id.</param>
    /// <param name="pagu">The pagu, 0 or more.</param>
    /// <param name="triwulan1">Money spent in TW I, or <see langword="null"/>.</param>
    /// <param name="triwulan2">Money spent in TW II, or <see langword="null"/>.</param>
    /// <param name="triwulan3">Money spent in TW III, or <see langword="null"/>.</param>
    /// <param name="triwulan4">Money spent in TW IV, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    public BudgetMeasurement(string kabupatenCode, string kecamatanCode, string unitCode, string programId, decimal pagu, decimal? triwulan1, decimal? triwulan2, decimal? triwulan3, decimal? triwulan4)
    {
        KabupatenCode = kabupatenCode ?? throw new ArgumentNullException(nameof(kabupatenCode));
        KecamatanCode = kecamatanCode ?? throw new ArgumentNullException(nameof(kecamatanCode));
        UnitCode = unitCode ?? throw new ArgumentNullException(nameof(unitCode));
        ProgramId = programId ?? throw new ArgumentNullException(nameof(programId));
        if (pagu < 0m || triwulan1 < 0m || triwulan2 < 0m || triwulan3 < 0m || triwulan4 < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(pagu), pagu, "Amounts should be 0 or more; got pagu " + Text.Of(pagu) + ", " + string.Join(", ", new[] { triwulan1, triwulan2, triwulan3, triwulan4 }.Select(Text.Of)) + ".");
        }

        Pagu = pagu;
        Realisasi = [triwulan1, triwulan2, triwulan3, triwulan4];
    }

    /// <summary>
    /// Creates a row from the money spent from TW I to each quarter (realisasi anggaran s.d. triwulan,
    /// <see cref="BudgetEntryMode.Cumulative"/>), each quarter's own amount being the figure to it less the figure to the
    /// quarter before (decision D48, <c>docs/budget.md</c>). This is the conversion a <see cref="MeasurementSet"/> of that
    /// mode makes, for hosts that read budget rows themselves (the CSV reader does).
    /// </summary>
    /// <param name="kabupatenCode">The kabupaten's code.</param>
    /// <param name="kecamatanCode">The kecamatan's code.</param>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="programId">The program's id.</param>
    /// <param name="pagu">The pagu, 0 or more.</param>
    /// <param name="toTriwulan1">Money spent in TW I, or <see langword="null"/>.</param>
    /// <param name="toTriwulan2">Money spent from TW I to TW II, or <see langword="null"/>.</param>
    /// <param name="toTriwulan3">Money spent from TW I to TW III, or <see langword="null"/>.</param>
    /// <param name="toTriwulan4">Money spent from TW I to TW IV, or <see langword="null"/>.</param>
    /// <returns>
    /// The row of own amounts, or every problem at once, each at path <c>pagu</c> or <c>tw1</c> .. <c>tw4</c> with the
    /// figure as attempted value: <see cref="ProblemCodes.AmountNegative"/>; <see cref="ProblemCodes.AmountCumulativeDecreasing"/>
    /// (a figure below the one before, naming the program, both quarters and both figures);
    /// <see cref="ProblemCodes.AmountCumulativeGap"/> (a figure after an unreported quarter).
    /// </returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    public static ValidationResult<BudgetMeasurement> FromCumulative(string kabupatenCode, string kecamatanCode, string unitCode, string programId, decimal pagu, decimal? toTriwulan1, decimal? toTriwulan2, decimal? toTriwulan3, decimal? toTriwulan4)
    {
        if (kabupatenCode is null || kecamatanCode is null || unitCode is null || programId is null)
        {
            throw new ArgumentNullException(kabupatenCode is null ? nameof(kabupatenCode) : kecamatanCode is null ? nameof(kecamatanCode) : unitCode is null ? nameof(unitCode) : nameof(programId));
        }

        var problems = new Problems();
        if (pagu < 0m)
        {
            problems.Error(ProblemCodes.AmountNegative, "pagu", Text.Of(pagu));
        }

        decimal?[] figures = [toTriwulan1, toTriwulan2, toTriwulan3, toTriwulan4];
        for (var q = 0; q < figures.Length; q++)
        {
            if (figures[q] < 0m)
            {
                problems.Error(ProblemCodes.AmountNegative, "tw" + Text.Of(q + 1), Text.Of(figures[q]));
            }
        }

        if (problems.HasErrors)
        {
            return new ValidationResult<BudgetMeasurement>(null, problems.List);
        }

        var own = CumulativeBudget.ToQuarterAmounts(programId, figures, string.Empty, problems);
        return problems.Result(() => new BudgetMeasurement(kabupatenCode, kecamatanCode, unitCode, programId, pagu, own[0], own[1], own[2], own[3]));
    }

    /// <summary>The kabupaten's code.</summary>
    public string KabupatenCode { get; }

    /// <summary>The kecamatan's code.</summary>
    public string KecamatanCode { get; }

    /// <summary>The unit's code.</summary>
    public string UnitCode { get; }

    /// <summary>The program's id.</summary>
    public string ProgramId { get; }

    /// <summary>The pagu.</summary>
    public decimal Pagu { get; }

    /// <summary>Money spent in TW I to TW IV, each quarter alone; <see langword="null"/> when not reported.</summary>
    public IReadOnlyList<decimal?> Realisasi { get; }

    /// <summary>
    /// The money spent from TW I to each quarter (s.d. triwulan), as a file kept cumulatively holds it: the sum of the
    /// own amounts to that quarter; the inverse of <see cref="FromCumulative"/>.
    /// </summary>
    /// <returns>TW I to TW IV; <see langword="null"/> where the quarter is not reported.</returns>
    /// <exception cref="InvalidOperationException">A quarter is reported after one that is not (its figure to date is
    /// not known: the message names the program and both quarters), or a figure to date exceeds <see cref="decimal.MaxValue"/>.</exception>
    public IReadOnlyList<decimal?> ToCumulative() => CumulativeBudget.ToCumulative(ProgramId, Realisasi);
}
