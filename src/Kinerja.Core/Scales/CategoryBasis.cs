namespace Kinerja.Core.Scales;

/// <summary>
/// Which figure a <see cref="CategoryScale"/> puts into a band: the figure as printed (rounded by
/// <see cref="Presentation.CapaianFormat.Round"/>) or the exact one. The stored figure is exact either
/// way; only the banding differs. See decision D47 in <c>docs/decisions.md</c>.
/// </summary>
public enum CategoryBasis
{
    /// <summary>Default: the figure rounded as presented (two decimals, half away from zero), so the
    /// figure an officer reads and its category always agree: 90.996 prints 91,00 and is in the band of 91.</summary>
    Printed = 0,

    /// <summary>The exact figure at full precision: 90.996 is in the band of 90.996, even though it prints 91,00.</summary>
    Exact = 1,
}

/// <summary>The one home of "the figure a basis reads" (D47), for the scales, the nilai capaian and the efficiency rule.</summary>
internal static class CategoryBases
{
    /// <summary>The figure as printed (<see cref="Presentation.CapaianFormat.Round"/>), or exact under <see cref="CategoryBasis.Exact"/>.</summary>
    public static decimal Figure(this CategoryBasis basis, decimal value) =>
        basis == CategoryBasis.Exact ? value : Presentation.CapaianFormat.Round(value);
}
