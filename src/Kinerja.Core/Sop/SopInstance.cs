using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>Where an SOP instance stands.</summary>
public enum SopStatus
{
    /// <summary>At least one step is open.</summary>
    Running = 0,

    /// <summary>The last step was done, and the flow reached no recorded gap of its template.</summary>
    Completed = 1,

    /// <summary>The instance was cancelled.</summary>
    Cancelled = 2,

    /// <summary>The last step was done, but the flow passed a recorded gap of its template (see <see cref="SopInstance.ReachedGaps"/>).</summary>
    CompletedWithGaps = 3,

    /// <summary>The flow reached a recorded gap and the definition's <see cref="SopGapPolicy"/> is <see cref="SopGapPolicy.Stop"/>.</summary>
    StoppedAtGap = 4,
}

/// <summary>
/// One run of an SOP for a subject (for example "pengukuran kinerja TW III 2026"), on the definition
/// version it started with. Immutable: the state (the open steps, the joins waiting for branches, the
/// gaps reached) is a fold over <see cref="Events"/>, and <see cref="Replay(SopDefinition, string, IEnumerable{SopEvent}, SopReplayOptions)"/> rebuilds exactly the
/// same state from a stored log. Act on it through <see cref="SopEngine"/>; every action carries the
/// <see cref="Version"/> it saw.
/// </summary>
public sealed class SopInstance
{
    private static readonly Task[] NoTasks = [];
    private static readonly int[] None = [];
    private readonly SopEventLog _events;
    private readonly Task[] _open;
    private readonly int[] _waiting;
    private readonly int[] _gaps;
    private IReadOnlyList<SopOpenStep>? _openSteps;
    private IReadOnlyList<SopStep>? _waitingJoins;
    private IReadOnlyList<SopGap>? _reachedGaps;

    private SopInstance(string id, SopDefinition definition, SopStatus status, Task[] open, int[] waiting, int[] gaps, SopEventLog events, int sealedAtMigration)
    {
        SealedAtMigration = sealedAtMigration;
        Id = id;
        Definition = definition;
        Status = status;
        _open = open;
        _waiting = waiting;
        _gaps = gaps;
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

    /// <summary>Running, completed (with or without gaps), stopped at a gap, or cancelled.</summary>
    public SopStatus Status { get; }

    /// <summary>Whether the instance has ended (any status but <see cref="SopStatus.Running"/>).</summary>
    public bool HasEnded => Status != SopStatus.Running;

    /// <summary>The open steps in printed order: one, or several while parallel work runs; empty once the instance has ended.</summary>
    public IReadOnlyList<SopOpenStep> OpenSteps => _openSteps ??= _open.Select(t => t.View(Definition)).ToArray();

    /// <summary>The first open step in printed order (the only one unless parallel work runs), or <see langword="null"/> when none is open.</summary>
    public SopStep? CurrentStep => _open.Length > 0 ? Definition.Steps[_open[0].Step] : null;

    /// <summary>When <see cref="CurrentStep"/> opened, or <see langword="null"/> when none is open.</summary>
    public Instant? CurrentStepSince => _open.Length > 0 ? _open[0].OpenedAt : null;

    /// <summary>The joins that some branches have reached, waiting for the others.</summary>
    public IReadOnlyList<SopStep> WaitingJoins => _waitingJoins ??= _waiting.Select(i => Definition.Steps[i]).ToArray();

    /// <summary>The recorded gaps of the template that the flow has reached, in the order of the definition.</summary>
    public IReadOnlyList<SopGap> ReachedGaps => _reachedGaps ??= _gaps.Select(g => Definition.Gaps[g]).ToArray();

    internal int[] ReachedGapIndexes => _gaps;

    /// <summary>When the instance started.</summary>
    public Instant StartedAt => _events[0].At;

    /// <summary>When the instance ended, or <see langword="null"/> while running.</summary>
    public Instant? EndedAt => Status == SopStatus.Running ? null : _events.Last.At;

    /// <summary>Every event, oldest first.</summary>
    public IReadOnlyList<SopEvent> Events => _events.Sealed();

    /// <summary>The hash of the last event (<see cref="SopEvent.Hash"/>), 64 lowercase hexadecimal digits: the head of the
    /// chain. A host that keeps it apart from the stored log can later detect a log cut short or extended
    /// (<see cref="VerifyChain"/>).</summary>
    public string ChainHead => _events.Sealed().Last.Hash!;

    /// <summary>
    /// How many leading events carried no hash when the log was read (a version-2 document, a host's unchained store)
    /// and were hashed then, not when they were recorded: 0 for an instance chained from its start. Verification
    /// reports such a log as <see cref="SopChainStatus.SealedAtMigration"/>, never as intact.
    /// </summary>
    public int SealedAtMigration { get; }

    /// <summary>Verifies the instance's hash chain (<see cref="SopChain.Verify"/>); never throws.</summary>
    /// <param name="expectedHead">The head the host kept apart from the log, if any.</param>
    /// <returns>The verdict: intact, sealed at migration, or broken at a named event.</returns>
    public SopChainVerification VerifyChain(string? expectedHead = null) =>
        SopChain.Verify(Definition.Id, Definition.Version, Id, _events.Sealed(), expectedHead, SealedAtMigration);

    /// <summary>
    /// Rebuilds an instance from its event log. The log must start with <see cref="SopEventKind.Started"/>,
    /// number its events 1, 2, 3 ... and follow the definition's flow; otherwise the problem names the event.
    /// </summary>
    /// <param name="definition">The definition version the instance ran on.</param>
    /// <param name="id">The instance's id.</param>
    /// <param name="events">The log.</param>
    /// <returns>The instance, or the first inconsistency found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<SopInstance> Replay(SopDefinition definition, string id, IEnumerable<SopEvent> events) =>
        Replay(definition, id, events, SopReplayOptions.Default);

    /// <summary>
    /// Rebuilds an instance from its event log, checking its hash chain and, when <see cref="SopReplayOptions.Roster"/>
    /// is given, every event against the roster as the live engine would have (strict replay). Events that carry no
    /// hash are accepted only before the first that does, and are hashed now (<see cref="SealedAtMigration"/>); from
    /// the first hashed event on, every event must chain to the one before it. The first event that fails gives the
    /// problem: <see cref="ProblemCodes.SopChainBroken"/> for the chain, <see cref="ProblemCodes.SopLogInconsistent"/> for
    /// the flow, and under strict replay the engine's own refusal (such as <see cref="ProblemCodes.SopUnknownPerson"/>)
    /// under that event's path.
    /// </summary>
    /// <param name="definition">The definition version the instance ran on.</param>
    /// <param name="id">The instance's id.</param>
    /// <param name="events">The log.</param>
    /// <param name="options">The roster and engine options for strict replay, the head kept, the events sealed at migration.</param>
    /// <returns>The instance, or the first problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<SopInstance> Replay(SopDefinition definition, string id, IEnumerable<SopEvent> events, SopReplayOptions options)
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

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var log = events as IReadOnlyList<SopEvent?> ?? events.ToArray();
        var head = SopChain.Genesis(definition.Id, definition.Version, id);
        var chained = false;
        var unchained = 0;
        SopInstance? instance = null;
        for (var i = 0; i < log.Count; i++)
        {
            var path = Text.Index("events", i);
            if (log[i] is not { } e)
            {
                return Failed(new ValidationProblem(ProblemCodes.Required, path, null, Severity.Error));
            }

            if (!chained && e.Hash is null && e.PreviousHash is null)
            {
                // An unchained prefix (a version-2 log, a host's unchained store) is hashed now, and said to be.
                e = SopChain.Seal(head, e);
                unchained++;
            }
            else
            {
                chained = true;
                if (SopChain.CheckLink(head, e, i, log) is { } broken)
                {
                    return Failed(broken.ProblemAt("events"));
                }
            }

            if ((instance is null ? CheckStart(definition, e, path) : instance.Check(e, path)) is { } problem)
            {
                return Failed(problem);
            }

            if (options.Roster is { } roster && Strict(definition, id, instance, e, path, roster, options.Engine) is { } refused)
            {
                return new ValidationResult<SopInstance>(null, refused);
            }

            instance = instance is null ? Begin(definition, id, e, 0) : instance.Fold(e, chained: true);
            head = e.Hash!;
        }

        if (instance is null)
        {
            return Failed(new ValidationProblem(ProblemCodes.Empty, "events", null, Severity.Error, "peristiwa", "event"));
        }

        if (options.ExpectedHead is { } expected && !string.Equals(expected, head, StringComparison.Ordinal))
        {
            return Failed(SopChainVerification.Broken(SopChainFault.HeadMismatch, log.Count, null, expected, head).ProblemAt("events"));
        }

        var sealedCount = Math.Max(unchained, Math.Min(options.SealedAtMigration, instance.Version));
        return new ValidationResult<SopInstance>(sealedCount == 0 ? instance : instance.WithSealedAtMigration(sealedCount), []);

        static ValidationResult<SopInstance> Failed(ValidationProblem problem) => new(null, [problem]);
    }

    /// <summary>Every stay on a step, per role: the closed ones in the order they closed, then the open ones while the instance runs.
    /// Built from <see cref="Events"/> on each call.</summary>
    /// <returns>The stays.</returns>
    public IReadOnlyList<SopStepVisit> GetVisits()
    {
        var log = new VisitLog(Definition);
        var open = NoTasks;
        var waiting = None;
        var gaps = None;
        var status = SopStatus.Running;
        for (var i = 0; i < _events.Count; i++)
        {
            (open, waiting, gaps, status) = Transition(Definition, open, waiting, gaps, _events, i, log);
        }

        return log.Result();
    }

    /// <summary>The instance's id, subject, status and open steps.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Id + " (" + Subject + "): " + Status + (_open.Length > 0 ? " at step " + string.Join(", ", _open.Select(t => Definition.Steps[t.Step].Key)) : string.Empty);

    /// <summary>A new instance recording its first event, chained to the genesis of the definition and instance (the engine).</summary>
    internal static SopInstance Start(SopDefinition definition, string id, SopEvent started) =>
        Begin(definition, id, SopChain.Seal(SopChain.Genesis(definition.Id, definition.Version, id), started), 0);

    /// <summary>The state after one more event, recorded now (the engine): the event is chained to the last one
    /// when the chain is first read (<see cref="SopEventLog.Sealed"/>), not on the transition's path.</summary>
    internal SopInstance Apply(SopEvent e) => Fold(e, chained: false);

    /// <summary>The event at <paramref name="index"/> as recorded, its chain fields possibly still pending (the engine's checks).</summary>
    internal SopEvent EventAt(int index) => _events[index];

    private static SopInstance Begin(SopDefinition definition, string id, SopEvent started, int sealedAtMigration)
    {
        var events = SopEventLog.Empty.Append(started, chained: true);
        var (open, waiting, gaps, status) = Transition(definition, NoTasks, None, None, events, 0, null);
        return new SopInstance(id, definition, status, open, waiting, gaps, events, sealedAtMigration);
    }

    /// <summary>The fold: the state after one more event, chained already (<see cref="Replay(SopDefinition, string, IEnumerable{SopEvent}, SopReplayOptions)"/>)
    /// or when the chain is first read (the engine).</summary>
    private SopInstance Fold(SopEvent e, bool chained)
    {
        var events = _events.Append(e, chained);
        var (open, waiting, gaps, status) = Transition(Definition, _open, _waiting, _gaps, events, events.Count - 1, null);
        return new SopInstance(Id, Definition, status, open, waiting, gaps, events, SealedAtMigration);
    }

    private SopInstance WithSealedAtMigration(int sealedAtMigration) => new(Id, Definition, Status, _open, _waiting, _gaps, _events, sealedAtMigration);

    /// <summary>
    /// Strict replay of one event: the engine, with the roster and options given and its clock at the event's
    /// moment, performs the action the event records on the state before it. Its refusal is the event's problem,
    /// under the event's path; an accepted action must record what the event records (step, role, acting grant).
    /// </summary>
    private static IReadOnlyList<ValidationProblem>? Strict(SopDefinition definition, string id, SopInstance? before, SopEvent e, string path, OfficeRoster roster, SopEngineOptions? options)
    {
        var engine = new SopEngine(new FixedClock(e.At), roster, options);
        var result = before is null
            ? engine.Start(definition, id, e.Note ?? string.Empty, e.PersonId)
            : e.Kind switch
            {
                SopEventKind.Completed => engine.Complete(before, before.Version, e.PersonId, e.Attachments, e.Note, e.Step),
                SopEventKind.Approved => engine.Approve(before, before.Version, e.PersonId, e.Note, e.Step),
                SopEventKind.Returned => engine.Return(before, before.Version, e.PersonId, e.Note ?? string.Empty, e.Step),
                SopEventKind.Instructed => engine.Instruct(before, before.Version, e.PersonId, e.Step, e.Instruction!, e.Note),
                _ => engine.Cancel(before, before.Version, e.PersonId, e.Note ?? string.Empty),
            };
        var problems = new Problems();
        if (!result.IsValid)
        {
            problems.AddUnder(path, result.Errors);
            return problems.List;
        }

        var made = result.Value.EventAt(result.Value.Version - 1);
        if (made.Step == e.Step && made.Role == e.Role && made.Acting == e.Acting && made.StandsInFor == e.StandsInFor && made.Assignment == e.Assignment)
        {
            return null;
        }

        var granted = "langkah " + made.Step + ", peran " + made.Role + (made.Acting == Agreements.ActingStatus.Definitive ? string.Empty : " (" + made.Acting + " untuk " + made.StandsInFor + ")");
        var grantedEn = "step " + made.Step + ", role " + made.Role + (made.Acting == Agreements.ActingStatus.Definitive ? string.Empty : " (" + made.Acting + " for " + made.StandsInFor + ")");
        problems.Error(ProblemCodes.SopLogInconsistent, path, e.ToString(), "menurut daftar pegawai tindakan ini tercatat sebagai " + granted + ", bukan seperti dalam log", "under the roster this action records " + grantedEn + ", not what the log holds");
        return problems.List;
    }

    /// <summary>The open step with this key, or null.</summary>
    internal SopOpenStep? FindOpen(string key)
    {
        foreach (var o in OpenSteps)
        {
            if (o.Step.Key == key)
            {
                return o;
            }
        }

        return null;
    }

    /// <summary>Whether an event can follow the current state (for replay and the engine): sequence, step, role, kind and time.</summary>
    internal ValidationProblem? Check(SopEvent e, string path)
    {
        (string Id, string En)? why = null;
        var index = Definition.IndexOf(e.Step);
        var task = index < 0 ? -1 : Array.FindIndex(_open, t => t.Step == index);
        if (e.Sequence != Version + 1)
        {
            why = ("nomor urut " + Text.Of(e.Sequence) + " seharusnya " + Text.Of(Version + 1), "sequence " + Text.Of(e.Sequence) + " should be " + Text.Of(Version + 1));
        }
        else if (Status != SopStatus.Running)
        {
            why = ("instans sudah berakhir", "the instance has already ended");
        }
        else if (e.Kind == SopEventKind.Started)
        {
            why = ("instans sudah dimulai", "the instance has already started");
        }
        else if (task < 0)
        {
            why = ("langkah " + e.Step + " bukan langkah yang terbuka (" + string.Join(", ", _open.Select(t => Definition.Steps[t.Step].Key)) + ")", "step " + e.Step + " is not an open step (" + string.Join(", ", _open.Select(t => Definition.Steps[t.Step].Key)) + ")");
        }
        else if (e.Kind is SopEventKind.Completed or SopEventKind.Approved or SopEventKind.Returned)
        {
            var step = Definition.Steps[index];
            var bit = RoleBit(step, e.Role);
            if ((step.IsDecision && e.Kind == SopEventKind.Completed) || (!step.IsDecision && e.Kind != SopEventKind.Completed))
            {
                why = ("tindakan '" + DisplayNames.Of(e.Kind) + "' tidak berlaku untuk langkah " + e.Step, "an event '" + DisplayNames.Of(e.Kind, MessageLanguage.English) + "' does not apply to step " + e.Step);
            }
            else if (bit == 0 || (_open[task].Pending & bit) == 0)
            {
                why = ("peran " + e.Role + " tidak sedang menunggu di langkah " + e.Step, "role " + e.Role + " has nothing open at step " + e.Step);
            }
        }
        else if (e.Kind == SopEventKind.Instructed && (e.Instruction is not { HasLimit: true } || !Definition.Steps[index].Waktu.IsByInstruction))
        {
            why = ("arahan waktu hanya berlaku untuk langkah yang waktunya disesuaikan dengan arahan, dan harus berupa standar waktu", "an instruction applies only to a step whose time standard is set by instruction, and must be a time standard");
        }
        else if (e.Kind == SopEventKind.Instructed && !string.Equals(e.Role, Definition.Steps[index].InstructedBy ?? _open[task].OpenedBy, StringComparison.Ordinal))
        {
            var giver = Definition.Steps[index].InstructedBy ?? _open[task].OpenedBy;
            why = ("arahan waktu langkah " + e.Step + " diberikan oleh peran " + giver + ", bukan " + e.Role, "the instruction of step " + e.Step + " is given by role " + giver + ", not " + e.Role);
        }
        else if (e.Kind == SopEventKind.Cancelled && (_open[task].Pending & RoleBit(Definition.Steps[index], e.Role)) == 0 && !Definition.FirstStep.Actors.Contains(e.Role))
        {
            why = ("peran " + e.Role + " tidak sedang menunggu di langkah " + e.Step + " dan bukan peran langkah pertama", "role " + e.Role + " has nothing open at step " + e.Step + " and is not a role of the first step");
        }

        if (why is null && e.At < _events.Last.At)
        {
            why = ("waktunya lebih awal dari peristiwa sebelumnya", "it is earlier than the event before it");
        }

        return why is { } w ? new ValidationProblem(ProblemCodes.SopLogInconsistent, path, e.ToString(), Severity.Error, w.Id, w.En) : null;
    }

    private static uint RoleBit(SopStep step, string role)
    {
        for (var i = 0; i < step.Actors.Count; i++)
        {
            if (string.Equals(step.Actors[i], role, StringComparison.Ordinal))
            {
                return 1u << i;
            }
        }

        return 0;
    }

    private static ValidationProblem? CheckStart(SopDefinition definition, SopEvent e, string path) =>
        e.Sequence == 1 && e.Kind == SopEventKind.Started && e.Step == definition.FirstStep.Key
            ? null
            : new ValidationProblem(ProblemCodes.SopLogInconsistent, path, e.ToString(), Severity.Error, "log harus dimulai dengan peristiwa nomor 1, yaitu mulai, pada langkah pertama", "a log starts with event 1, Started, on the first step");

    /// <summary>
    /// One event's effect: close what it closes, move the flow on (the next steps, parallel branches, a
    /// return to a step or to the latest step of a role), release the joins no branch can still reach,
    /// note the gaps reached, and end the instance when nothing is open.
    /// </summary>
    private static (Task[] Open, int[] Waiting, int[] Gaps, SopStatus Status) Transition(
        SopDefinition d, Task[] open, int[] waiting, int[] gaps, SopEventLog events, int at, VisitLog? log)
    {
        var e = events[at];
        var graph = d.Graph;
        var flow = new Flow(d, open, waiting, gaps, e, log);
        var i = d.IndexOf(e.Step);
        switch (e.Kind)
        {
            case SopEventKind.Started:
                flow.Arrive(0);
                break;
            case SopEventKind.Cancelled:
                log?.CloseAll(e);
                return (NoTasks, None, gaps, SopStatus.Cancelled);
            case SopEventKind.Instructed:
                flow.Instruct(i, e.Instruction!);
                return (flow.Open.ToArray(), waiting, gaps, SopStatus.Running);
            case SopEventKind.Returned:
                flow.Close(i);
                flow.Arrive(graph.ReturnTo[i] >= 0 ? graph.ReturnTo[i] : LatestStepOf(d, d.Steps[i].Decision!.NoRole!, events, at, i));
                break;
            default:
                if (!flow.CloseRole(i, RoleBit(d.Steps[i], e.Role)))
                {
                    return (flow.Open.ToArray(), waiting, gaps, SopStatus.Running);
                }

                flow.Close(i);
                flow.ReachGaps(graph.GapsAfter[i]);
                foreach (var next in graph.Forward[i])
                {
                    flow.Arrive(next);
                }

                break;
        }

        flow.ReleaseJoins();
        if (flow.Stopped)
        {
            return (NoTasks, None, flow.Gaps.ToArray(), SopStatus.StoppedAtGap);
        }

        var status = flow.Open.Count > 0 || flow.Waiting.Count > 0 ? SopStatus.Running
            : flow.Gaps.Count > 0 ? SopStatus.CompletedWithGaps
            : SopStatus.Completed;
        return (flow.Open.ToArray(), flow.Waiting.ToArray(), flow.Gaps.ToArray(), status);
    }

    /// <summary>The latest step the role acted on in this instance (completed, approved or returned), or else the last step of the role printed before the decision.</summary>
    private static int LatestStepOf(SopDefinition d, string role, SopEventLog events, int before, int decision)
    {
        for (var k = before - 1; k >= 0; k--)
        {
            var e = events[k];
            if (e.Kind is SopEventKind.Completed or SopEventKind.Approved or SopEventKind.Returned && string.Equals(e.Role, role, StringComparison.Ordinal))
            {
                return d.IndexOf(e.Step);
            }
        }

        for (var k = decision - 1; k >= 0; k--)
        {
            if (d.Steps[k].Actors.Contains(role))
            {
                return k;
            }
        }

        return decision;
    }

    /// <summary>An open step: which actors are pending, since when, opened by which role, and any instructed standard.</summary>
    internal readonly struct Task
    {
        public Task(int step, uint pending, Instant openedAt, string openedBy, MutuBakuWaktu? instruction)
        {
            Step = step;
            Pending = pending;
            OpenedAt = openedAt;
            OpenedBy = openedBy;
            Instruction = instruction;
        }

        public int Step { get; }

        public uint Pending { get; }

        public Instant OpenedAt { get; }

        public string OpenedBy { get; }

        public MutuBakuWaktu? Instruction { get; }

        public SopOpenStep View(SopDefinition d)
        {
            var step = d.Steps[Step];
            var pending = new List<string>(step.Actors.Count);
            for (var a = 0; a < step.Actors.Count; a++)
            {
                if ((Pending & (1u << a)) != 0)
                {
                    pending.Add(step.Actors[a]);
                }
            }

            return new SopOpenStep(step, OpenedAt, pending, OpenedBy, Instruction);
        }
    }

    /// <summary>The working state of one transition.</summary>
    private sealed class Flow
    {
        private readonly SopDefinition _d;
        private readonly SopEvent _e;
        private readonly VisitLog? _log;

        public Flow(SopDefinition d, Task[] open, int[] waiting, int[] gaps, SopEvent e, VisitLog? log)
        {
            _d = d;
            _e = e;
            _log = log;
            Open = [.. open];
            Waiting = [.. waiting];
            Gaps = [.. gaps];
        }

        public List<Task> Open { get; }

        public List<int> Waiting { get; }

        public List<int> Gaps { get; }

        public bool Stopped { get; private set; }

        public void Instruct(int step, MutuBakuWaktu instruction)
        {
            var k = Open.FindIndex(t => t.Step == step);
            var t = Open[k];
            Open[k] = new Task(t.Step, t.Pending, t.OpenedAt, t.OpenedBy, instruction);
            _log?.Instruct(step, instruction);
        }

        /// <summary>Marks one actor of a step as done; whether the step closes with it.</summary>
        public bool CloseRole(int step, uint bit)
        {
            var k = Open.FindIndex(t => t.Step == step);
            var t = Open[k];
            var rest = t.Pending & ~bit;
            if (_d.Steps[step].Completion == SopCompletion.All && rest != 0)
            {
                Open[k] = new Task(t.Step, rest, t.OpenedAt, t.OpenedBy, t.Instruction);
                _log?.CloseRole(step, _e.Role, _e);
                return false;
            }

            return true;
        }

        public void Close(int step)
        {
            Open.RemoveAt(Open.FindIndex(t => t.Step == step));
            _log?.CloseStep(step, _e);
        }

        public void Arrive(int step)
        {
            if (_d.Steps[step].IsJoin)
            {
                if (!Waiting.Contains(step) && !Open.Exists(t => t.Step == step))
                {
                    Waiting.Add(step);
                }

                return;
            }

            OpenStep(step);
        }

        public void ReachGaps(int[] gaps)
        {
            foreach (var g in gaps)
            {
                if (!Gaps.Contains(g))
                {
                    Gaps.Add(g);
                    Gaps.Sort();
                }

                Stopped |= _d.GapPolicy == SopGapPolicy.Stop;
            }
        }

        /// <summary>Opens every waiting join that no open step and no other waiting join can still reach.</summary>
        public void ReleaseJoins()
        {
            bool released;
            do
            {
                released = false;
                foreach (var j in Waiting)
                {
                    var reach = _d.Graph.Reaches[j]!;
                    if (!Open.Exists(t => reach[t.Step]) && !Waiting.Exists(k => k != j && reach[k]))
                    {
                        Waiting.Remove(j);
                        OpenStep(j);
                        released = true;
                        break;
                    }
                }
            }
            while (released && !Stopped);
        }

        private void OpenStep(int step)
        {
            if (Stopped || Open.Exists(t => t.Step == step))
            {
                return;
            }

            ReachGaps(_d.Graph.GapsAt[step]);
            if (Stopped)
            {
                return;
            }

            var task = new Task(step, _d.Graph.ActorMask[step], _e.At, _e.Role, null);
            var k = Open.FindIndex(t => t.Step > step);
            Open.Insert(k < 0 ? Open.Count : k, task);
            _log?.OpenStep(step, _e.At);
        }
    }

    /// <summary>Collects the stays on steps while the events are folded (only when visits are asked for).</summary>
    private sealed class VisitLog
    {
        private readonly SopDefinition _d;
        private readonly List<SopStepVisit> _closed = [];
        private readonly List<(int Step, string Role, Instant OpenedAt, MutuBakuWaktu? Instruction)> _open = [];

        public VisitLog(SopDefinition d) => _d = d;

        public void OpenStep(int step, Instant at)
        {
            var s = _d.Steps[step];
            if (s.Completion == SopCompletion.Any)
            {
                _open.Add((step, s.Actor, at, null));
                return;
            }

            foreach (var role in s.Actors)
            {
                _open.Add((step, role, at, null));
            }
        }

        public void Instruct(int step, MutuBakuWaktu instruction)
        {
            for (var k = 0; k < _open.Count; k++)
            {
                if (_open[k].Step == step)
                {
                    _open[k] = (_open[k].Step, _open[k].Role, _open[k].OpenedAt, instruction);
                }
            }
        }

        public void CloseRole(int step, string role, SopEvent e)
        {
            var k = _open.FindIndex(v => v.Step == step && v.Role == role);
            if (k >= 0)
            {
                Close(k, e, role);
            }
        }

        public void CloseStep(int step, SopEvent e)
        {
            for (var k = _open.Count - 1; k >= 0; k--)
            {
                if (_open[k].Step == step)
                {
                    Close(k, e, _d.Steps[step].Completion == SopCompletion.Any ? e.Role : _open[k].Role);
                }
            }
        }

        public void CloseAll(SopEvent e)
        {
            for (var k = _open.Count - 1; k >= 0; k--)
            {
                Close(k, e, _open[k].Role);
            }
        }

        public IReadOnlyList<SopStepVisit> Result() =>
            [.. _closed, .. _open.Select(v => new SopStepVisit(_d.Steps[v.Step].Key, v.Role, v.OpenedAt, null, null, null, v.Instruction))];

        private void Close(int k, SopEvent e, string role)
        {
            var v = _open[k];
            _open.RemoveAt(k);
            _closed.Add(new SopStepVisit(_d.Steps[v.Step].Key, role, v.OpenedAt, e.At, e.Kind, e.PersonId, v.Instruction));
        }
    }
}
