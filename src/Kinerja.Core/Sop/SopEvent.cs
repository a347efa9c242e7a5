using Kinerja.Core.Internal;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>What an <see cref="SopEvent"/> records.</summary>
public enum SopEventKind
{
    /// <summary>The instance was started; its note holds the subject.</summary>
    Started = 0,

    /// <summary>A process step was completed with its outputs.</summary>
    Completed = 1,

    /// <summary>A decision step approved the work (ya, benar, lengkap).</summary>
    Approved = 2,

    /// <summary>A decision step returned the work for correction (tidak, salah); the note holds the reason.</summary>
    Returned = 3,

    /// <summary>The instance was cancelled; the note holds the reason.</summary>
    Cancelled = 4,
}

/// <summary>
/// One action on an SOP instance: who, in which role, when, what, on which step, with which outputs
/// and note. The state of an instance is a fold over its events (see <c>SopInstance.Replay</c>).
/// </summary>
public sealed class SopEvent
{
    private static readonly string[] NoOutputs = [];

    /// <summary>Creates an event, as the engine does, or as a host does when reading a stored log.</summary>
    /// <param name="sequence">The event's position in the log, from 1; the instance's version after it.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="step">The step acted on (the first step for <see cref="SopEventKind.Started"/>).</param>
    /// <param name="personId">Who acted.</param>
    /// <param name="role">The id of the SOP role the person acted in.</param>
    /// <param name="at">When, from the engine's clock.</param>
    /// <param name="note">The subject (Started), the reason (Returned, Cancelled) or a note.</param>
    /// <param name="outputs">References to the outputs produced (Completed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> or <paramref name="role"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is below 1.</exception>
    public SopEvent(int sequence, SopEventKind kind, int step, string personId, string role, Instant at, string? note = null, IEnumerable<string>? outputs = null)
    {
        Sequence = sequence >= 1 ? sequence : throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "Value should be 1 or more.");
        Kind = kind;
        Step = step;
        PersonId = personId ?? throw new ArgumentNullException(nameof(personId));
        Role = role ?? throw new ArgumentNullException(nameof(role));
        At = at;
        Note = note;
        Outputs = outputs is null ? NoOutputs : outputs.ToArray();
    }

    /// <summary>The event's position in the log, from 1.</summary>
    public int Sequence { get; }

    /// <summary>What happened.</summary>
    public SopEventKind Kind { get; }

    /// <summary>The step acted on.</summary>
    public int Step { get; }

    /// <summary>Who acted.</summary>
    public string PersonId { get; }

    /// <summary>The SOP role the person acted in.</summary>
    public string Role { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>The subject, reason or note.</summary>
    public string? Note { get; }

    /// <summary>References to the outputs produced.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>The event on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "#" + Text.Of(Sequence) + " " + Kind + " step " + Text.Of(Step) + " by " + PersonId + " as " + Role + " at " + At + (Note is null ? string.Empty : ": " + Note);
}
