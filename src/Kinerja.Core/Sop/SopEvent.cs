using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>What an <see cref="SopEvent"/> records.</summary>
public enum SopEventKind
{
    /// <summary>The instance was started; its note holds the subject.</summary>
    Started = 0,

    /// <summary>A process step was completed (by one of its actors, for a step done by each of several) with its attachments.</summary>
    Completed = 1,

    /// <summary>A decision step approved the work (ya, benar, lengkap).</summary>
    Approved = 2,

    /// <summary>A decision step returned the work for correction (tidak, salah); the note holds the reason.</summary>
    Returned = 3,

    /// <summary>The instance was cancelled; the note holds the reason.</summary>
    Cancelled = 4,

    /// <summary>The time standard of an open step was given by instruction ("disesuaikan dengan arahan pimpinan").</summary>
    Instructed = 5,
}

/// <summary>A document attached when a step is completed: which output of the step it is, and a reference to it.</summary>
/// <param name="Output">The step's output it stands for, as the definition names it; <see langword="null"/> for another document.</param>
/// <param name="Reference">The reference: a document number, a file id, a link.</param>
public sealed record SopAttachment(string? Output, string Reference);

/// <summary>
/// One action on an SOP instance: who, in which role, acting for whom, when, what, on which step, with
/// which attachments and note. The state of an instance is a fold over its events (see <c>SopInstance.Replay</c>).
/// </summary>
public sealed class SopEvent
{
    private static readonly SopAttachment[] NoAttachments = [];

    /// <summary>Creates an event, as the engine does, or as a host does when reading a stored log.</summary>
    /// <param name="sequence">The event's position in the log, from 1; the instance's version after it.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="step">The key of the step acted on (the first step for <see cref="SopEventKind.Started"/>).</param>
    /// <param name="personId">Who acted.</param>
    /// <param name="role">The id of the SOP role the person acted in.</param>
    /// <param name="at">When, from the engine's clock.</param>
    /// <param name="note">The subject (Started), the reason (Returned, Cancelled) or a note.</param>
    /// <param name="attachments">The documents attached (Completed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="step"/>, <paramref name="personId"/> or <paramref name="role"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is below 1.</exception>
    public SopEvent(int sequence, SopEventKind kind, string step, string personId, string role, Instant at, string? note = null, IEnumerable<SopAttachment>? attachments = null)
    {
        Sequence = sequence >= 1 ? sequence : throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "Value should be 1 or more.");
        Kind = kind;
        Step = step ?? throw new ArgumentNullException(nameof(step));
        PersonId = personId ?? throw new ArgumentNullException(nameof(personId));
        Role = role ?? throw new ArgumentNullException(nameof(role));
        At = at;
        Note = note;
        Attachments = attachments is null ? NoAttachments : attachments.ToArray();
    }

    /// <summary>The event's position in the log, from 1.</summary>
    public int Sequence { get; }

    /// <summary>What happened.</summary>
    public SopEventKind Kind { get; }

    /// <summary>The key of the step acted on.</summary>
    public string Step { get; }

    /// <summary>Who acted.</summary>
    public string PersonId { get; }

    /// <summary>The SOP role the person acted in.</summary>
    public string Role { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>The subject, reason or note.</summary>
    public string? Note { get; }

    /// <summary>The documents attached.</summary>
    public IReadOnlyList<SopAttachment> Attachments { get; }

    /// <summary>Whether the person acted as the official (the default) or as Plt/Plh.</summary>
    public ActingStatus Acting { get; init; }

    /// <summary>For a Plt/Plh action, whom the person stood in for.</summary>
    public string? StandsInFor { get; init; }

    /// <summary>For a Plt/Plh action, the assignment (surat perintah) it rests on, if recorded.</summary>
    public string? Assignment { get; init; }

    /// <summary>For <see cref="SopEventKind.Instructed"/>, the time standard given.</summary>
    public MutuBakuWaktu? Instruction { get; init; }

    /// <summary>
    /// The hash of the event before it (for the first event, the genesis hash of its definition and instance):
    /// 64 lowercase hexadecimal digits; <see langword="null"/> for an event not yet chained (one a host builds from
    /// an unchained store). See <see cref="SopChain"/>.
    /// </summary>
    public string? PreviousHash { get; init; }

    /// <summary>
    /// The event's own hash, SHA-256 of <see cref="PreviousHash"/> and the event's canonical form
    /// (<see cref="SopChain.ComputeHash"/>): 64 lowercase hexadecimal digits, as a host stores it; <see langword="null"/>
    /// for an event not yet chained. The engine sets both when it records the event.
    /// </summary>
    public string? Hash { get; init; }

    /// <summary>The same event chained: with its previous hash and its own.</summary>
    internal SopEvent WithChain(string previousHash, string hash) =>
        new(Sequence, Kind, Step, PersonId, Role, At, Note, Attachments)
        {
            Acting = Acting,
            StandsInFor = StandsInFor,
            Assignment = Assignment,
            Instruction = Instruction,
            PreviousHash = previousHash,
            Hash = hash,
        };

    /// <summary>The event on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "#" + Text.Of(Sequence) + " " + Kind + " step " + Step + " by " + PersonId + " as " + Role
        + (Acting == ActingStatus.Definitive ? string.Empty : " (" + Acting + (StandsInFor is null ? string.Empty : " for " + StandsInFor) + ")")
        + " at " + At + (Note is null ? string.Empty : ": " + Note);
}
