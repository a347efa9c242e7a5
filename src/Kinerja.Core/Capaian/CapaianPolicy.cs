using Kinerja.Core.Internal;

namespace Kinerja.Core.Capaian;

/// <summary>
/// The choices the regulations leave open when computing capaian, each with a documented
/// default (see <c>docs/decisions.md</c>). Immutable; change one choice with a <c>with</c> expression:
/// <c>CapaianPolicy.Default with { Cap = 120m }</c>. A setter given a value outside its range
/// throws at once, naming the range.
/// </summary>
public sealed record CapaianPolicy
{
    private readonly decimal? _cap;
    private readonly decimal? _capaianWhenRealisasiZero;

    /// <summary>The defaults: (2T − R)/T for negative polarity, floored at 0, no figure for a zero
    /// target or for R = 0 under T/R, and no cap.</summary>
    public static CapaianPolicy Default { get; } = new();

    /// <summary>The formula for lower-is-better indicators. Default <see cref="NegativePolarityFormula.TwoMinusRatio"/>.</summary>
    public NegativePolarityFormula NegativeFormula { get; init; } = NegativePolarityFormula.TwoMinusRatio;

    /// <summary>Whether a capaian below 0 (possible under (2T − R)/T and keep-stable when R is far
    /// off) is raised to 0. Default <see langword="true"/>: our policy; the regulation does not floor.</summary>
    public bool FloorAtZero { get; init; } = true;

    /// <summary>What a target of 0 gives. Default <see cref="ZeroTargetRule.NotComputable"/>.</summary>
    public ZeroTargetRule ZeroTarget { get; init; } = ZeroTargetRule.NotComputable;

    /// <summary>The capaian given when R = 0 under T / R; <see langword="null"/> (default) means not computable.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal? CapaianWhenRealisasiZero
    {
        get => _capaianWhenRealisasiZero;
        init => _capaianWhenRealisasiZero = value is < 0m
            ? throw new ArgumentOutOfRangeException(nameof(CapaianWhenRealisasiZero), value, "Value should be 0 or more.")
            : value;
    }

    /// <summary>The highest capaian reported (for example 120 or 150); <see langword="null"/> (default) means no cap.
    /// The figure before capping stays in <see cref="CapaianResult.UncappedValue"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not above 0.</exception>
    public decimal? Cap
    {
        get => _cap;
        init => _cap = value is <= 0m
            ? throw new ArgumentOutOfRangeException(nameof(Cap), value, "Value should be above 0.")
            : value;
    }

    /// <summary>The policy's choices as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"negative={NegativeFormula}, floorAtZero={FloorAtZero}, zeroTarget={ZeroTarget}, realisasiZero={Text.Of(CapaianWhenRealisasiZero)}, cap={Text.Of(Cap)}";
}
