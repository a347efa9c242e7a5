namespace Kinerja.Core.Recap;

/// <summary>Adds budget figures when recaps are merged or updated.</summary>
internal static class RecapAccumulator
{
    /// <summary>a + sign × b; <see langword="null"/> when the result holds no program.</summary>
    public static BudgetFigures? Add(BudgetFigures? a, BudgetFigures b, int sign)
    {
        var programs = (a?.Programs ?? 0) + (sign * b.Programs);
        return programs == 0
            ? null
            : new BudgetFigures(
                programs,
                (a?.NotReported ?? 0) + (sign * b.NotReported),
                (a?.Pagu ?? 0m) + (sign * b.Pagu),
                (a?.ReportedPagu ?? 0m) + (sign * b.ReportedPagu),
                (a?.Realisasi ?? 0m) + (sign * b.Realisasi));
    }
}
