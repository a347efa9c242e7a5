namespace Kinerja.Core.Sop;

/// <summary>
/// Options of <see cref="SopInstance.Replay(SopDefinition, string, IEnumerable{SopEvent}, SopReplayOptions)"/>: strict
/// replay against a roster, the chain head kept by the host, and the events sealed at migration.
/// </summary>
public sealed record SopReplayOptions
{
    private readonly int _sealedAtMigration;

    /// <summary>The defaults: no roster (the log's own record of who held which role is trusted), no head, nothing sealed.</summary>
    public static SopReplayOptions Default { get; } = new();

    /// <summary>
    /// The office roster for strict replay: each event is performed again by the engine, with this roster and its clock
    /// at the event's moment, and the first event the engine would have refused gives the engine's own problem
    /// (<see cref="Validation.ProblemCodes.SopUnknownPerson"/>, <see cref="Validation.ProblemCodes.SopWrongRole"/> ...)
    /// under that event's path. <see langword="null"/> (the default) replays without it.
    /// </summary>
    public OfficeRoster? Roster { get; init; }

    /// <summary>The options the engine ran under (separation of duties, outputs), for strict replay; <see langword="null"/> for <see cref="SopEngineOptions.Default"/>.</summary>
    public SopEngineOptions? Engine { get; init; }

    /// <summary>The hash of the last event as the host kept it apart from the log (<see cref="SopInstance.ChainHead"/>); a log cut
    /// short or extended at its end is refused (<see cref="Validation.ProblemCodes.SopChainBroken"/> at <c>events</c>). <see langword="null"/> (the default) checks no head.</summary>
    public string? ExpectedHead { get; init; }

    /// <summary>How many leading events were hashed when an unchained log was read, as the document records it
    /// (<see cref="SopInstance.SealedAtMigration"/>); 0 or more, default 0. Events that carry no hash at the start of the log count too.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 0.</exception>
    public int SealedAtMigration
    {
        get => _sealedAtMigration;
        init => _sealedAtMigration = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Value should be 0 or more.");
    }
}
