namespace Kinerja.Core;

/// <summary>
/// A quarter of the budget year (triwulan): TW I (January-March) to TW IV (October-December).
/// The default value is TW I.
/// </summary>
public readonly struct Triwulan : IEquatable<Triwulan>, IComparable<Triwulan>
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];
    private readonly byte _index;

    /// <summary>Creates a quarter from its number.</summary>
    /// <param name="number">The quarter's number, 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not in range [1-4].
    /// Input typed by a user is validated with <see cref="TryCreate"/> or by the builders, which report a problem instead.</exception>
    public Triwulan(int number)
    {
        if (number is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Value should be in range [1-4].");
        }

        _index = (byte)(number - 1);
    }

    /// <summary>TW I: January to March.</summary>
    public static Triwulan I => new(1);

    /// <summary>TW II: April to June.</summary>
    public static Triwulan II => new(2);

    /// <summary>TW III: July to September.</summary>
    public static Triwulan III => new(3);

    /// <summary>TW IV: October to December.</summary>
    public static Triwulan IV => new(4);

    /// <summary>The four quarters in order.</summary>
    public static IReadOnlyList<Triwulan> All { get; } = [I, II, III, IV];

    /// <summary>The quarters from TW I to each quarter, made once.</summary>
    private static readonly IEnumerable<Triwulan>[] ToDates = [Array.AsReadOnly(new[] { I }), Array.AsReadOnly(new[] { I, II }), Array.AsReadOnly(new[] { I, II, III }), Array.AsReadOnly(new[] { I, II, III, IV })];

    /// <summary>The quarter's number, 1 to 4.</summary>
    public int Number => _index + 1;

    /// <summary>The quarter's zero-based index, 0 to 3, for arrays of four.</summary>
    public int Index => _index;

    /// <summary>The quarters from TW I up to and including this one.</summary>
    public IEnumerable<Triwulan> ToDate => ToDates[_index];

    /// <summary>Tries to create a quarter from a number that may be out of range.</summary>
    /// <param name="number">The quarter's number.</param>
    /// <param name="triwulan">The quarter, or TW I when <paramref name="number"/> is out of range.</param>
    /// <returns><see langword="true"/> when <paramref name="number"/> is 1, 2, 3 or 4.</returns>
    public static bool TryCreate(int number, out Triwulan triwulan)
    {
        if (number is < 1 or > 4)
        {
            triwulan = default;
            return false;
        }

        triwulan = new Triwulan(number);
        return true;
    }

    /// <summary>The quarter as printed in reports: "TW I" to "TW IV".</summary>
    /// <returns>The quarter's label.</returns>
    public override string ToString() => "TW " + Roman[_index];

    /// <inheritdoc />
    public bool Equals(Triwulan other) => _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Triwulan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _index;

    /// <inheritdoc />
    public int CompareTo(Triwulan other) => Number.CompareTo(other.Number);

    /// <summary>Whether two quarters are the same.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when they are the same quarter.</returns>
    public static bool operator ==(Triwulan left, Triwulan right) => left.Equals(right);

    /// <summary>Whether two quarters differ.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Triwulan left, Triwulan right) => !left.Equals(right);

    /// <summary>Whether one quarter comes before another.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is earlier.</returns>
    public static bool operator <(Triwulan left, Triwulan right) => left._index < right._index;

    /// <summary>Whether one quarter comes after another.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is later.</returns>
    public static bool operator >(Triwulan left, Triwulan right) => left._index > right._index;

    /// <summary>Whether one quarter comes before or is another.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not later.</returns>
    public static bool operator <=(Triwulan left, Triwulan right) => left._index <= right._index;

    /// <summary>Whether one quarter comes after or is another.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(Triwulan left, Triwulan right) => left._index >= right._index;
}
