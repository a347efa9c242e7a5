using Kinerja.Core.Agreements;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>
/// Why a person may act in an SOP role at a moment: the roster entry (<see cref="Role"/>) that grants
/// it, definitive or acting (Plt, Plh) for someone, and the letter it rests on. Returned by
/// <see cref="OfficeRoster.Grant(string, SopRole, Instant)"/>; made once, when the roster is built.
/// </summary>
public sealed class RosterGrant
{
    private readonly Instant _first;
    private readonly Instant _last;

    internal RosterGrant(RosterPerson person, RosterRole role, int rank, Instant first, Instant last)
    {
        Person = person;
        Role = role;
        Rank = rank;
        _first = first;
        _last = last;
    }

    /// <summary>The person granted the role.</summary>
    public RosterPerson Person { get; }

    /// <summary>The person's roster entry that grants it.</summary>
    public RosterRole Role { get; }

    /// <summary>Whether the person holds the entry definitively or acts in it (Plt, Plh).</summary>
    public ActingStatus Acting => Role.Acting;

    /// <summary>For an acting entry, the official stood in for; <see langword="null"/> for a definitive one.</summary>
    public string? StandsInFor => Role.StandsInFor;

    /// <summary>The letter or decree an acting entry rests on, if recorded.</summary>
    public string? Assignment => Role.Assignment;

    /// <summary>The entry's place in the person's order of preference: definitive entries first, then acting ones, each in roster order.</summary>
    internal int Rank { get; }

    /// <summary>Whether the entry grants at <paramref name="at"/>: always for a definitive one, on the days of its period for an acting one.</summary>
    internal bool Covers(Instant at) => _first <= at && at <= _last;

    /// <summary>The person and the entry, with whom an acting entry stands in for.</summary>
    /// <returns>The text, such as <c>Siti Rahmah (sekcam): Plh. Camat for camat</c>.</returns>
    public override string ToString() => Person + ": " + Role + (StandsInFor is { } absent ? " for " + absent : string.Empty);
}
