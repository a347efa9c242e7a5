using NodaTime;

namespace Kinerja.Core.Calendar;

/// <summary>What kind of day off a <see cref="Holiday"/> is.</summary>
public enum HolidayKind
{
    /// <summary>Hari libur nasional: a national public holiday.</summary>
    National = 0,

    /// <summary>Cuti bersama: collective leave set by the yearly joint ministerial decree.</summary>
    CutiBersama = 1,

    /// <summary>A day off set by the region or the office itself.</summary>
    Local = 2,
}

/// <summary>A non-working date with its name, as data.</summary>
public sealed class Holiday : IEquatable<Holiday>
{
    /// <summary>Creates a holiday.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The name as printed in the decree.</param>
    /// <param name="kind">Libur nasional, cuti bersama or local.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Holiday(LocalDate date, string name, HolidayKind kind)
    {
        Date = date;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The name as printed.</summary>
    public string Name { get; }

    /// <summary>The kind of day off.</summary>
    public HolidayKind Kind { get; }

    /// <summary>The date and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + Name;

    /// <inheritdoc />
    public bool Equals(Holiday? other) => other is not null && Date == other.Date && Name == other.Name && Kind == other.Kind;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Holiday);

    /// <inheritdoc />
    public override int GetHashCode() => Date.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(Name);
}
