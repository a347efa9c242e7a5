using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Capaian;

/// <summary>
/// The capaian of one indicator at one quarter: for the quarter alone, cumulative to the
/// quarter under the indicator's aggregation method, and against the annual target.
/// </summary>
public sealed class TriwulanCapaian
{
    internal TriwulanCapaian(
        Triwulan triwulan,
        Realisasi? realisasi,
        Target? target,
        CapaianResult capaian,
        decimal? cumulativeRealisasi,
        string? cumulativeGrade,
        Target? cumulativeTarget,
        CapaianResult cumulativeCapaian,
        CapaianResult annualCapaian,
        IReadOnlyList<Triwulan> missingQuarters)
    {
        Triwulan = triwulan;
        Realisasi = realisasi;
        Target = target;
        Capaian = capaian;
        CumulativeRealisasi = cumulativeRealisasi;
        CumulativeGrade = cumulativeGrade;
        CumulativeTarget = cumulativeTarget;
        CumulativeCapaian = cumulativeCapaian;
        AnnualCapaian = annualCapaian;
        MissingTriwulan = missingQuarters;
    }

    /// <summary>The quarter.</summary>
    public Triwulan Triwulan { get; }

    /// <summary>The quarter's realisasi, or <see langword="null"/> when not reported.</summary>
    public Realisasi? Realisasi { get; }

    /// <summary>The quarter's target from the rencana aksi, or <see langword="null"/> when none is set.</summary>
    public Target? Target { get; }

    /// <summary>Capaian of the quarter alone: its realisasi against its target.</summary>
    public CapaianResult Capaian { get; }

    /// <summary>The realisasi to date under the aggregation method (sum, last, mean, max or min), or <see langword="null"/>.</summary>
    public decimal? CumulativeRealisasi { get; }

    /// <summary>The grade to date of a qualitative indicator, or <see langword="null"/>.</summary>
    public string? CumulativeGrade { get; }

    /// <summary>The target to date under the aggregation method, or <see langword="null"/> when a needed quarterly target is missing.</summary>
    public Target? CumulativeTarget { get; }

    /// <summary>Capaian to date: the realisasi to date against the target to date.</summary>
    public CapaianResult CumulativeCapaian { get; }

    /// <summary>Capaian against the annual target: the realisasi to date against the year's target
    /// (the Permendagri 86/2017 evaluation column 13 at TW IV for a cumulative indicator).</summary>
    public CapaianResult AnnualCapaian { get; }

    /// <summary>The quarters up to this one that are not reported.</summary>
    public IReadOnlyList<Triwulan> MissingTriwulan { get; }
}
