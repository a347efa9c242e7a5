using Kinerja.Core.Internal;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Budget;

/// <summary>How capaian compares with serapan (tingkat efisiensi).</summary>
public enum Efficiency
{
    /// <summary>Efisien: capaian exceeds serapan by more than the threshold.</summary>
    Efisien = 0,

    /// <summary>Cukup efisien: capaian and serapan are within the threshold of each other.</summary>
    CukupEfisien = 1,

    /// <summary>Tidak efisien: serapan exceeds capaian by more than the threshold.</summary>
    TidakEfisien = 2,
}

/// <summary>
/// The efficiency policy: d = capaian − serapan (percentage points); d &gt; threshold is
/// <see cref="Efficiency.Efisien"/>, −threshold ≤ d ≤ threshold <see cref="Efficiency.CukupEfisien"/>,
/// and d &lt; −threshold <see cref="Efficiency.TidakEfisien"/>. Default threshold 5 points, as
/// offices commonly use; no regulation fixes it. By default d is taken between the two figures as printed
/// (<see cref="Basis"/>, decision D47), so the efficiency follows from the numbers on the report.
/// </summary>
public sealed record EfficiencyPolicy
{
    private readonly decimal _threshold = 5m;

    /// <summary>The default policy: a threshold of 5 points.</summary>
    public static EfficiencyPolicy Default { get; } = new();

    /// <summary>The threshold in percentage points.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal Threshold
    {
        get => _threshold;
        init => _threshold = value < 0m
            ? throw new ArgumentOutOfRangeException(nameof(Threshold), value, "Value should be 0 or more.")
            : value;
    }

    /// <summary>Which figures d is taken between: the capaian and serapan as printed (default,
    /// <see cref="Presentation.CapaianFormat.Round"/>: 90.004 − 84.999 reads 90,00 − 85,00, d = 5, cukup efisien) or the exact ones
    /// (d = 5.005, efisien).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="CategoryBasis"/>.</exception>
    public CategoryBasis Basis
    {
        get;
        init => field = value is CategoryBasis.Printed or CategoryBasis.Exact
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Basis), value, "Value should be Printed or Exact.");
    }

    /// <summary>Classifies a pair of figures.</summary>
    /// <param name="capaian">The capaian in percent.</param>
    /// <param name="serapan">The serapan in percent.</param>
    /// <returns>The efficiency.</returns>
    public Efficiency Classify(decimal capaian, decimal serapan)
    {
        var d = Basis.Figure(capaian) - Basis.Figure(serapan);
        return d > Threshold ? Efficiency.Efisien : d < -Threshold ? Efficiency.TidakEfisien : Efficiency.CukupEfisien;
    }

    /// <summary>The threshold as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "threshold=" + Text.Of(Threshold) + (Basis == CategoryBasis.Exact ? ", basis=exact" : string.Empty);
}
