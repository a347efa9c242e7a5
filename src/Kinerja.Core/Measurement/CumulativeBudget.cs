using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Measurement;

/// <summary>
/// The one place where budget amounts entered cumulatively (s.d. triwulan, <see cref="BudgetEntryMode.Cumulative"/>)
/// become each quarter's own amount, which every rule uses: the figure to a quarter less the figure to the quarter
/// before; and back (each quarter's figure to date, the sum of the own amounts). A figure that decreases, or that
/// follows an unreported quarter (its own amount cannot be told apart from the missing quarter's), is a problem naming
/// the program, both quarters and both figures; nothing is guessed.
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
            decimal? before = number == 1 ? 0m : at.TryGetValue((e.ProgramId, number - 1), out var previousIndex) ? entered[previousIndex].EnteredAmount : null;
            if (OwnAmount(e.ProgramId, number, e.EnteredAmount, before, Text.Index("anggaran", i) + ".amount", problems) is { } own)
            {
                result.Add(new BudgetRealisasi(e.ProgramId, e.Triwulan, own, e.EnteredAmount, e.Note));
            }
        }

        return result;
    }

    /// <summary>
    /// Each quarter's own amount from the four figures to date of one program (index 0 is TW I; <see langword="null"/>
    /// when not reported), problems at <c>{prefix}tw1</c> .. <c>{prefix}tw4</c>.
    /// </summary>
    /// <param name="program">The program, named in problems.</param>
    /// <param name="toQuarter">The figures from TW I to each quarter, each 0 or more.</param>
    /// <param name="prefix">Put before <c>tw1</c> .. <c>tw4</c> in the problems' paths.</param>
    /// <param name="problems">Where problems go.</param>
    /// <returns>The own amounts, <see langword="null"/> where not reported (meaningful only when no problem was added).</returns>
    public static decimal?[] ToQuarterAmounts(string program, IReadOnlyList<decimal?> toQuarter, string prefix, Problems problems)
    {
        var own = new decimal?[toQuarter.Count];
        for (var q = 0; q < toQuarter.Count; q++)
        {
            if (toQuarter[q] is { } figure)
            {
                own[q] = OwnAmount(program, q + 1, figure, q == 0 ? 0m : toQuarter[q - 1], prefix + "tw" + Text.Of(q + 1), problems);
            }
        }

        return own;
    }

    /// <summary>The figure from TW I to each quarter, the sum of the own amounts (index 0 is TW I).</summary>
    /// <param name="program">The program, named in the exception.</param>
    /// <param name="own">Each quarter's own amount, 0 or more; <see langword="null"/> when not reported.</param>
    /// <returns>The figures to date; <see langword="null"/> where the quarter is not reported.</returns>
    /// <exception cref="InvalidOperationException">A quarter is reported after one that is not (its figure to date is not
    /// known), or the sum exceeds <see cref="decimal.MaxValue"/>.</exception>
    public static decimal?[] ToCumulative(string program, IReadOnlyList<decimal?> own)
    {
        var result = new decimal?[own.Count];
        var total = 0m;
        for (var q = 0; q < own.Count; q++)
        {
            if (own[q] is not { } amount)
            {
                continue;
            }

            var name = new Triwulan(q + 1).ToString();
            if (q > 0 && own[q - 1] is null)
            {
                throw new InvalidOperationException($"Program {program}: {name} (Rp {Text.Of(amount)}) is reported after {new Triwulan(q)}, which is not, so the figure to {name} is not known.");
            }

            if (amount > decimal.MaxValue - total)
            {
                throw new InvalidOperationException($"Program {program}: the figure to {name} (Rp {Text.Of(total)} + Rp {Text.Of(amount)}) exceeds the largest decimal.");
            }

            total += amount;
            result[q] = total;
        }

        return result;
    }

    /// <summary>The own amount of quarter <paramref name="number"/>: the figure to it less <paramref name="before"/>, the
    /// figure to the quarter before (0 for TW I, <see langword="null"/> when that quarter is not reported).</summary>
    private static decimal? OwnAmount(string program, int number, decimal figure, decimal? before, string path, Problems problems)
    {
        var quarter = new Triwulan(number).ToString();
        if (before is not { } previous)
        {
            problems.Error(ProblemCodes.AmountCumulativeGap, path, Text.Of(figure), program, quarter, new Triwulan(number - 1).ToString());
            return null;
        }

        if (figure < previous)
        {
            problems.Error(ProblemCodes.AmountCumulativeDecreasing, path, Text.Of(figure), program, quarter, new Triwulan(number - 1).ToString(), Text.Of(previous));
            return null;
        }

        // Both figures are at least 0 and the later is not smaller: the difference is exact and cannot overflow.
        return figure - previous;
    }
}
