using Kinerja.Core.Internal;
using Kinerja.Core.Presentation;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Capaian;

/// <summary>
/// The outcome of one capaian computation: a figure in percent at full decimal precision, or
/// the reason there is none. Round only when presenting (see <see cref="Presentation.CapaianFormat"/>).
/// </summary>
public readonly struct CapaianResult : IEquatable<CapaianResult>
{
    private CapaianResult(CapaianStatus status, decimal? value, decimal? uncapped, CapaianReason reason)
    {
        Status = status;
        Value = value;
        UncappedValue = uncapped;
        Reason = reason;
    }

    /// <summary>Whether a figure was computed.</summary>
    public CapaianStatus Status { get; }

    /// <summary>The capaian in percent (100 = target met), after any cap; <see langword="null"/> when not computed.</summary>
    public decimal? Value { get; }

    /// <summary>The capaian before the cap; equal to <see cref="Value"/> when no cap applied.</summary>
    public decimal? UncappedValue { get; }

    /// <summary>Why there is no figure, or which policy gave it; <see cref="CapaianReason.None"/> for the plain formula.</summary>
    public CapaianReason Reason { get; }

    /// <summary><see langword="true"/> when a figure was computed.</summary>
    public bool IsComputed => Status == CapaianStatus.Computed;

    /// <summary><see langword="true"/> when the cap lowered the figure.</summary>
    public bool IsCapped => IsComputed && Value != UncappedValue;

    /// <summary>A computed figure, capped by <paramref name="cap"/> when given.</summary>
    /// <param name="value">The figure in percent.</param>
    /// <param name="cap">The cap, or <see langword="null"/>.</param>
    /// <param name="reason">The policy that gave the figure, or <see cref="CapaianReason.None"/>.</param>
    /// <returns>The result.</returns>
    public static CapaianResult Computed(decimal value, decimal? cap = null, CapaianReason reason = CapaianReason.None) =>
        new(CapaianStatus.Computed, cap is { } c && value > c ? c : value, value, reason);

    /// <summary>The result for a realisasi that was not reported.</summary>
    public static CapaianResult NotReported { get; } = new(CapaianStatus.NotReported, null, null, CapaianReason.NotReported);

    /// <summary>A result with no figure for the given reason.</summary>
    /// <param name="reason">Why no figure can be computed.</param>
    /// <returns>The result.</returns>
    public static CapaianResult NotComputable(CapaianReason reason) => new(CapaianStatus.NotComputable, null, null, reason);

    /// <summary>The category of the figure on a scale.</summary>
    /// <param name="scale">The category scale.</param>
    /// <returns>The category band, or <see langword="null"/> when no figure was computed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public CategoryBand? Classify(CategoryScale scale)
    {
        if (scale is null)
        {
            throw new ArgumentNullException(nameof(scale));
        }

        return Value is { } v ? scale.Classify(v) : null;
    }

    /// <summary>Describes why there is no figure (or which policy gave it), for reports.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The description; empty for a plain computed figure.</returns>
    public string DescribeReason(MessageLanguage language = MessageLanguage.Indonesian)
    {
        return Reason == CapaianReason.None ? string.Empty : DisplayNames.Of(Reason, language);
    }

    /// <summary>The figure at full precision, or the status and reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsComputed ? Text.Of(Value) + (IsCapped ? " (capped from " + Text.Of(UncappedValue) + ")" : string.Empty) : Status + ": " + Reason;

    /// <inheritdoc />
    public bool Equals(CapaianResult other) =>
        Status == other.Status && Value == other.Value && UncappedValue == other.UncappedValue && Reason == other.Reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CapaianResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Status * 31) ^ Value.GetHashCode() ^ ((int)Reason << 8);

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CapaianResult left, CapaianResult right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CapaianResult left, CapaianResult right) => !left.Equals(right);
}
