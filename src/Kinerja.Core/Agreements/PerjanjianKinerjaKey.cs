namespace Kinerja.Core.Agreements;

/// <summary>Identifies a PK across its versions: the office unit's code and the year.</summary>
public readonly struct PerjanjianKinerjaKey : IEquatable<PerjanjianKinerjaKey>
{
    /// <summary>Creates a key.</summary>
    /// <param name="unitCode">The office unit's code.</param>
    /// <param name="year">The PK's year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unitCode"/> is null.</exception>
    public PerjanjianKinerjaKey(string unitCode, int year)
    {
        UnitCode = unitCode ?? throw new ArgumentNullException(nameof(unitCode));
        Year = year;
    }

    /// <summary>The office unit's code.</summary>
    public string UnitCode { get; }

    /// <summary>The PK's year.</summary>
    public int Year { get; }

    /// <summary>The key as <c>unit/year</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => UnitCode + "/" + Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(PerjanjianKinerjaKey other) => string.Equals(UnitCode, other.UnitCode, StringComparison.Ordinal) && Year == other.Year;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PerjanjianKinerjaKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (UnitCode is null ? 0 : StringComparer.Ordinal.GetHashCode(UnitCode)) ^ Year;

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PerjanjianKinerjaKey left, PerjanjianKinerjaKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PerjanjianKinerjaKey left, PerjanjianKinerjaKey right) => !left.Equals(right);
}
