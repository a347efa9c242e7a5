using Kinerja.Core.Internal;

namespace Kinerja.Core.Recap;

/// <summary>
/// The capaian figures of one recap group in one period: counts and a sum of 10⁻⁹ % quanta, so figures of disjoint
/// groups add up exactly (docs/recap.md, "Output" and "Exact, mergeable figures").
/// </summary>
public sealed class RecapFigures : IEquatable<RecapFigures>
{
    /// <summary>The quanta per percent in <see cref="CapaianSum"/>.</summary>
    public const decimal QuantaPerPercent = 1_000_000_000m;

    /// <summary>
    /// The largest capaian (in %, either sign, after <see cref="RecapPolicy.AverageCap"/>) a recap adds up: 10¹² %; one
    /// beyond counts in <see cref="OtherNotComputable"/> (docs/recap.md, "Output").
    /// </summary>
    public const decimal MaxCapaian = 1_000_000_000_000m;

    private readonly int[] _categories;

    internal RecapFigures(int indicators, int computed, int notReported, int zeroTarget, int targetMissing, int zeroRealisasi, int otherNotComputable, decimal capaianSum, int[] categories)
    {
        IndicatorCount = indicators;
        Computed = computed;
        NotReported = notReported;
        ZeroTarget = zeroTarget;
        TargetMissing = targetMissing;
        ZeroRealisasi = zeroRealisasi;
        OtherNotComputable = otherNotComputable;
        CapaianSum = capaianSum;
        _categories = categories;
    }

    /// <summary>The number of indicators in the group.</summary>
    public int IndicatorCount { get; }

    /// <summary>Indicators with a capaian.</summary>
    public int Computed { get; }

    /// <summary>Indicators whose realisasi is not reported.</summary>
    public int NotReported { get; }

    /// <summary>Indicators not computable because the target is 0.</summary>
    public int ZeroTarget { get; }

    /// <summary>Indicators not computable because the quarter has no target.</summary>
    public int TargetMissing { get; }

    /// <summary>Indicators not computable because R = 0 under T / R.</summary>
    public int ZeroRealisasi { get; }

    /// <summary>Indicators not computable for another reason.</summary>
    public int OtherNotComputable { get; }

    /// <summary>All indicators with a realisasi but no capaian.</summary>
    public int NotComputable => ZeroTarget + TargetMissing + ZeroRealisasi + OtherNotComputable;

    /// <summary>The sum of the computed capaian (capped by <see cref="RecapPolicy.AverageCap"/>) in 10⁻⁹ % quanta.</summary>
    public decimal CapaianSum { get; }

    /// <summary>The number of indicators in each band of the scale, lowest band first.</summary>
    public IReadOnlyList<int> Categories => _categories;

    /// <summary>The mean capaian of the computed indicators in percent, or <see langword="null"/> when none is computed.</summary>
    public decimal? Average => Computed == 0 ? null : CapaianSum / Computed / QuantaPerPercent;

    /// <summary>The counts and the average.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "n=" + Text.Of(IndicatorCount) + " computed=" + Text.Of(Computed) + " avg=" + Text.Of(Average) + " notReported=" + Text.Of(NotReported)
        + " notComputable=" + Text.Of(NotComputable) + " categories=[" + string.Join(",", _categories) + "]";

    /// <inheritdoc />
    public bool Equals(RecapFigures? other) =>
        other is not null && IndicatorCount == other.IndicatorCount && Computed == other.Computed && NotReported == other.NotReported
        && ZeroTarget == other.ZeroTarget && TargetMissing == other.TargetMissing && ZeroRealisasi == other.ZeroRealisasi
        && OtherNotComputable == other.OtherNotComputable && CapaianSum == other.CapaianSum && _categories.SequenceEqual(other._categories);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecapFigures);

    /// <inheritdoc />
    public override int GetHashCode() => (IndicatorCount * 397) ^ CapaianSum.GetHashCode();
}

/// <summary>
/// The budget figures of one recap group in one period: programs, pagu, money spent and serapan over the programs
/// that reported (docs/recap.md, "Output").
/// </summary>
public sealed class BudgetFigures : IEquatable<BudgetFigures>
{
    internal BudgetFigures(int programs, int notReported, decimal pagu, decimal reportedPagu, decimal realisasi)
    {
        ProgramCount = programs;
        NotReported = notReported;
        Pagu = pagu;
        ReportedPagu = reportedPagu;
        Realisasi = realisasi;
    }

    /// <summary>The number of programs.</summary>
    public int ProgramCount { get; }

    /// <summary>Programs whose realisasi anggaran for the period is not reported.</summary>
    public int NotReported { get; }

    /// <summary>The pagu of all programs.</summary>
    public decimal Pagu { get; }

    /// <summary>The pagu of the programs that reported.</summary>
    public decimal ReportedPagu { get; }

    /// <summary>The money spent by the programs that reported.</summary>
    public decimal Realisasi { get; }

    /// <summary>Serapan in percent over the programs that reported, or <see langword="null"/> when none did or their pagu is 0.</summary>
    public decimal? Serapan => ReportedPagu == 0m ? null : Realisasi * 100m / ReportedPagu;

    /// <summary>The figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "programs=" + Text.Of(ProgramCount) + " pagu=" + Text.Of(Pagu) + " realisasi=" + Text.Of(Realisasi) + " serapan=" + Text.Of(Serapan) + " notReported=" + Text.Of(NotReported);

    /// <inheritdoc />
    public bool Equals(BudgetFigures? other) =>
        other is not null && ProgramCount == other.ProgramCount && NotReported == other.NotReported && Pagu == other.Pagu
        && ReportedPagu == other.ReportedPagu && Realisasi == other.Realisasi;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BudgetFigures);

    /// <inheritdoc />
    public override int GetHashCode() => (ProgramCount * 397) ^ Pagu.GetHashCode() ^ Realisasi.GetHashCode();
}
