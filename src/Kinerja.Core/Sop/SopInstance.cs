using Kinerja.Core.Internal;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>Where an SOP instance stands.</summary>
public enum SopStatus
{
    /// <summary>A step is open.</summary>
    Running = 0,

    /// <summary>The last step was done.</summary>
    Completed = 1,

    /// <summary>The instance was cancelled.</summary>
    Cancelled = 2,
}

/// <summary>
/// One run of an SOP for a subject (for example "pengukuran kinerja TW III 2026"), on the definition
/// version it started with. Immutable: the state is a fold over <see cref="Events"/>, and
/// <see cref="Replay"/> rebuilds exactly the same state from a stored log. Act on it through
/// <see cref="SopEngine"/>; every action carries the <see cref="Version"/> it saw.
/// </summary>
public sealed class SopInstance
{
    private readonly AppendOnlyList<SopEvent> _events;

    private SopInstance(string id, SopDefinition definition, SopStatus status, SopStep? current, AppendOnlyList<SopEvent> events)
    {
        Id = id;
        Definition = definition;
        Status = status;
        CurrentStep = current;
        _events = events;
    }

    /// <summary>The instance's id.</summary>
    public string Id { get; }

    /// <summary>The definition (and version) the instance runs on.</summary>
    public SopDefinition Definition { get; }

    /// <summary>What the instance is about: the note of its <see cref="SopEventKind.Started"/> event.</summary>
    public string Subject => _events[0].Note ?? string.Empty;

    /// <summary>The version: the number of events so far. An action must carry it (optimistic concurrency).</summary>
    public int Version => _events.Count;

    /// <summary>Running, completed or cancelled.</summary>
    public SopStatus Status { get; }

    /// <summary>The open step, or <see langword="null"/> when the instance has ended.</summary>
    public SopStep? CurrentStep { get; }

    /// <summary>When the open step opened, or <see langword="null"/> when the instance has ended.</summary>
    public Instant? CurrentStepSince => Status == SopStatus.Running ? _events.Last.At : null;

    /// <summary>When the instance started.</summary>
    public Instant StartedAt => _events[0].At;

    /// <summary>When the instance ended, or <see langword="null"/> while running.</summary>
    public Instant? EndedAt => Status == SopStatus.Running ? null : _events.Last.At;

    /// <summary>Every event, oldest first.</summary>
    public IReadOnlyList<SopEvent> Events => _events;

    /// <summary>Every stay on a step, oldest first; the last one is open while the instance runs. Derived from
    /// <see cref="Events"/>: each event closes the open stay and opens the next step's.</summary>
    public IReadOnlyList<SopStepVisit> Visits
    {
        get
        {
            var visits = new List<SopStepVisit>(_events.Count);
            var open = Definition.FirstStep;
            var openedAt = _events[0].At;
            for (var i = 1; i < _events.Count && open is not null; i++)
            {
                var e = _events[i];
                visits.Add(new SopStepVisit(open.Number, open.Actor, openedAt, e.At, e.Kind, e.PersonId));
                open = Successor(open, e.Kind);
                openedAt = e.At;
            }

            if (open is not null)
            {
                visits.Add(new SopStepVisit(open.Number, open.Actor, openedAt, null, null, null));
            }

            return visits;
        }
    }

    /// <summary>
    /// Rebuilds an instance from its event log. The log must start with <see cref="SopEventKind.Started"/>,
    /// number its events 1, 2, 3 ... and follow the definition's flow; otherwise the problem names the event.
    /// </summary>
    /// <param name="definition">The definition version the instance ran on.</param>
    /// <param name="id">The instance's id.</param>
    /// <param name="events">The log.</param>
    /// <returns>The instance, or the first inconsistency found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<SopInstance> Replay(SopDefinition definition, string id, IEnumerable<SopEvent> events)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        if (events is null)
        {
            throw new ArgumentNullException(nameof(events));
        }

        SopInstance? instance = null;
        var i = 0;
        foreach (var e in events)
        {
            var path = Text.Index("events", i++);
            var problem = instance is null ? CheckStart(definition, e, path) : instance.Check(e, path);
            if (problem is not null)
            {
                return new ValidationResult<SopInstance>(null, [problem]);
            }

            instance = instance is null ? Start(definition, id, e) : instance.Apply(e);
        }

        return instance is null
            ? new ValidationResult<SopInstance>(null, [new ValidationProblem(ProblemCodes.Empty, "events", null, Severity.Error, "peristiwa", "event")])
            : new ValidationResult<SopInstance>(instance, []);
    }

    /// <summary>The instance's id, subject, status and open step.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " (" + Subject + "): " + Status + (CurrentStep is { } s ? " at step " + Text.Of(s.Number) : string.Empty);

    internal static SopInstance Start(SopDefinition definition, string id, SopEvent started)
    {
        return new SopInstance(id, definition, SopStatus.Running, definition.FirstStep, AppendOnlyList<SopEvent>.Empty.Append(started));
    }

    /// <summary>The fold: the state after one more event. The engine and <see cref="Replay"/> both use it.</summary>
    internal SopInstance Apply(SopEvent e)
    {
        var next = Successor(CurrentStep!, e.Kind);
        var status = next is not null ? SopStatus.Running : e.Kind == SopEventKind.Cancelled ? SopStatus.Cancelled : SopStatus.Completed;
        return new SopInstance(Id, Definition, status, next, _events.Append(e));
    }

    private SopStep? Successor(SopStep step, SopEventKind kind) => kind switch
    {
        SopEventKind.Completed or SopEventKind.Approved => Definition.NextAfter(step),
        SopEventKind.Returned => Definition.FindStep(step.Decision!.NoStep),
        _ => null,
    };

    /// <summary>Whether an event can follow the current state (for replay): sequence, step, kind and time.</summary>
    internal ValidationProblem? Check(SopEvent e, string path)
    {
        (string Id, string En)? why = null;
        if (e.Sequence != Version + 1)
        {
            why = ("nomor urut " + Text.Of(e.Sequence) + " seharusnya " + Text.Of(Version + 1), "sequence " + Text.Of(e.Sequence) + " should be " + Text.Of(Version + 1));
        }
        else if (Status != SopStatus.Running)
        {
            why = ("instans sudah berakhir", "the instance has already ended");
        }
        else if (e.Step != CurrentStep!.Number)
        {
            why = ("langkah " + Text.Of(e.Step) + " bukan langkah yang terbuka (" + Text.Of(CurrentStep.Number) + ")", "step " + Text.Of(e.Step) + " is not the open step " + Text.Of(CurrentStep.Number));
        }
        else if (e.Kind == SopEventKind.Started
            || (CurrentStep.IsDecision && e.Kind == SopEventKind.Completed)
            || (!CurrentStep.IsDecision && e.Kind is SopEventKind.Approved or SopEventKind.Returned))
        {
            why = (e.Kind + " tidak berlaku untuk langkah " + Text.Of(e.Step), e.Kind + " does not apply to step " + Text.Of(e.Step));
        }
        else if (e.At < _events.Last.At)
        {
            why = ("waktunya lebih awal dari peristiwa sebelumnya", "it is earlier than the event before it");
        }

        return why is { } w ? new ValidationProblem(ProblemCodes.SopLogInconsistent, path, e.ToString(), Severity.Error, w.Id, w.En) : null;
    }

    private static ValidationProblem? CheckStart(SopDefinition definition, SopEvent e, string path) =>
        e.Sequence == 1 && e.Kind == SopEventKind.Started && e.Step == definition.FirstStep.Number
            ? null
            : new ValidationProblem(ProblemCodes.SopLogInconsistent, path, e.ToString(), Severity.Error, "log harus dimulai dengan peristiwa 1, Started, pada langkah pertama", "a log starts with event 1, Started, on the first step");
}
