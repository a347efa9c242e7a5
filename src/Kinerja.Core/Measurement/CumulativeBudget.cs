using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Measurement;

/// <summary>
/// The one place where budget amounts entered cumulatively (s.d. triwulan, <see cref="BudgetEntryMode.Cumulative"/>)
/// become each quarter's own amount, which every rule uses: the figure to a quarter less the figure to the quarter
/// before. A figure that decreases, or that follows an unreported quarter (its own amount cannot be told apart from
/// the missing quarter's), is a problem naming the program, both quarters and both figures; nothing is guessed.
/// </summary>
internal static class CumulativeBudget
{
    /// <summary>The entries with their quarter's own amounts, the figures entered kept; problems when not derivable.</summary>
    /// <param name="entered">Valid entries as entered (index i is <c>anggaran[i]</c>), amount = figure entered.</param>
    /// <param name="problems">Where problems go.</param>
    /// <returns>The entries in the same order (meaningful only when no problem was added).</returns>
    public static List<BudgetRealisasi> ToQuarterAmounts(List<BudgetRealisasi> entered, Problems problems)
    {
        var at = new Dictionary<(string, int), int>(entered.Count);
        for (var i = 0; i < entered.Count; i++)
        {
            at[(entered[i].ProgramId, entered[i].Triwulan.Number)] = i;
        }

        var result = new List<BudgetRealisasi>(entered.Count);
        for (var i = 0; i < entered.Count; i++)
        {
            var e = entered[i];
            var number = e.Triwulan.Number;
            if (number == 1)
            {
                result.Add(e);
                continue;
            }

            var path = Text.Index("anggaran", i) + ".amount";
            var before = new Triwulan(number - 1).ToString();
            if (!at.TryGetValue((e.ProgramId, number - 1), out var previousIndex))
            {
                problems.Error(ProblemCodes.AmountCumulativeGap, path, Text.Of(e.EnteredAmount), e.ProgramId, e.Triwulan.ToString(), before);
                continue;
            }

            var previous = entered[previousIndex].EnteredAmount;
            if (e.EnteredAmount < previous)
            {
                problems.Error(ProblemCodes.AmountCumulativeDecreasing, path, Text.Of(e.EnteredAmount), e.ProgramId, e.Triwulan.ToString(), before, Text.Of(previous));
                continue;
            }

            // Both figures are at least 0 and the later is not smaller: the difference is exact and cannot overflow.
            result.Add(new BudgetRealisasi(e.ProgramId, e.Triwulan, e.EnteredAmount - previous, e.EnteredAmount, e.Note));
        }

        return result;
    }
}
