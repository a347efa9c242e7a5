using Kinerja.Core.Internal;

namespace Kinerja.Core.Budget;

/// <summary>Whether a serapan figure was computed.</summary>
public enum SerapanStatus
{
    /// <summary>Computed: <see cref="SerapanResult.Value"/> has the figure.</summary>
    Computed = 0,

    /// <summary>The realisasi anggaran (of the quarter, or of a quarter to date) was not reported; not the same as Rp 0.</summary>
    NotReported = 1,

    /// <summary>The pagu is 0, so no share of it can be computed.</summary>
    ZeroPagu = 2,
}

/// <summary>A serapan (budget absorption) figure in percent at full precision, or why there is none.</summary>
public readonly struct SerapanResult : IEquatable<SerapanResult>
{
    private SerapanResult(SerapanStatus status, decimal? value)
    {
        Status = status;
        Value = value;
    }

    /// <summary>Whether the figure was computed.</summary>
    public SerapanStatus Status { get; }

    /// <summary>The serapan in percent, or <see langword="null"/>.</summary>
    public decimal? Value { get; }

    /// <summary>A computed figure.</summary>
    /// <param name="value">The serapan in percent.</param>
    /// <returns>The result.</returns>
    public static SerapanResult Computed(decimal value) => new(SerapanStatus.Computed, value);

    /// <summary>A result with no figure.</summary>
    /// <param name="status">Why: <see cref="SerapanStatus.NotReported"/> or <see cref="SerapanStatus.ZeroPagu"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is <see cref="SerapanStatus.Computed"/> or not defined.</exception>
    public static SerapanResult None(SerapanStatus status) =>
        status is SerapanStatus.NotReported or SerapanStatus.ZeroPagu
            ? new SerapanResult(status, null)
            : throw new ArgumentOutOfRangeException(nameof(status), status, "Value should be NotReported or ZeroPagu.");

    /// <summary>The figure at full precision, or the status.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is { } v ? Text.Of(v) : Status.ToString();

    /// <inheritdoc />
    public bool Equals(SerapanResult other) => Status == other.Status && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SerapanResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Status * 31) ^ Value.GetHashCode();

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SerapanResult left, SerapanResult right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SerapanResult left, SerapanResult right) => !left.Equals(right);
}
