namespace Kinerja.Core.Recap;

/// <summary>Mutable sums and counts while a recap is built; frozen into <see cref="RecapFigures"/>.</summary>
internal sealed class RecapAccumulator(int bands)
{
    public int Indicators;
    public int Computed;
    public int NotReported;
    public int ZeroTarget;
    public int TargetMissing;
    public int ZeroRealisasi;
    public int Other;
    public decimal Sum;
    public readonly int[] Categories = new int[bands];

    public RecapFigures Freeze() => new(Indicators, Computed, NotReported, ZeroTarget, TargetMissing, ZeroRealisasi, Other, Sum, (int[])Categories.Clone());

    /// <summary>a + sign × b; <see langword="null"/> when the result holds no indicator.</summary>
    public static RecapFigures? Add(RecapFigures? a, RecapFigures b, int sign)
    {
        var categories = new int[b.Categories.Count];
        for (var i = 0; i < categories.Length; i++)
        {
            categories[i] = (a?.Categories[i] ?? 0) + (sign * b.Categories[i]);
        }

        var indicators = (a?.Indicators ?? 0) + (sign * b.Indicators);
        if (indicators < 0)
        {
            throw new ArgumentException("Cannot subtract figures that were never added (the rows before a change must be the rows that were recapped).");
        }

        return indicators == 0
            ? null
            : new RecapFigures(
                indicators,
                (a?.Computed ?? 0) + (sign * b.Computed),
                (a?.NotReported ?? 0) + (sign * b.NotReported),
                (a?.ZeroTarget ?? 0) + (sign * b.ZeroTarget),
                (a?.TargetMissing ?? 0) + (sign * b.TargetMissing),
                (a?.ZeroRealisasi ?? 0) + (sign * b.ZeroRealisasi),
                (a?.OtherNotComputable ?? 0) + (sign * b.OtherNotComputable),
                (a?.CapaianSum ?? 0m) + (sign * b.CapaianSum),
                categories);
    }

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
