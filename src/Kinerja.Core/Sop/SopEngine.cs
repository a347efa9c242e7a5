using Kinerja.Core.Internal;
using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>What completing a step without attaching its outputs does.</summary>
public enum SopOutputPolicy
{
    /// <summary>Default: accepted, with a warning naming the outputs not attached.</summary>
    Warn = 0,

    /// <summary>Accepted silently.</summary>
    Off = 1,

    /// <summary>Refused: every output of the step must be attached.</summary>
    Require = 2,
}

/// <summary>Options of an <see cref="SopEngine"/>.</summary>
public sealed record SopEngineOptions
{
    /// <summary>The defaults: no separation of duties; outputs not attached are a warning.</summary>
    public static SopEngineOptions Default { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, whoever prepared the work a decision step decides (who completed the
    /// latest completed step before it, even when decisions follow each other) cannot approve or return it.
    /// Default <see langword="false"/>.
    /// </summary>
    public bool EnforceSeparationOfDuties { get; init; }

    /// <summary>What completing a step without attaching each of its outputs does; default <see cref="SopOutputPolicy.Warn"/>.</summary>
    public SopOutputPolicy OutputPolicy { get; init; }
}

/// <summary>
/// Runs SOP instances: start, complete a step with its attachments, approve, return for correction with
/// a reason, cancel. Only a person holding an open step's role (under the office roster) may act;
/// anything else is refused with a reason and changes nothing. While parallel work runs several steps
/// are open: the engine finds the one the person can act on, or asks for its key when there are several.
/// Every accepted action is an event stamped by the engine's <see cref="IClock"/>; an action carries the
/// instance version it saw, and a stale one is refused. The engine holds no state: instances are
/// values, and it is safe to share.
/// </summary>
public sealed class SopEngine
{
    private readonly IClock _clock;
    private readonly OfficeRoster _roster;
    private readonly SopEngineOptions _options;

    /// <summary>Creates an engine.</summary>
    /// <param name="clock">The clock that stamps events.</param>
    /// <param name="roster">Who holds which role.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="SopEngineOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="roster"/> is null.</exception>
    public SopEngine(IClock clock, OfficeRoster roster, SopEngineOptions? options = null)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _roster = roster ?? throw new ArgumentNullException(nameof(roster));
        _options = options ?? SopEngineOptions.Default;
    }

    /// <summary>Starts an instance: its first step opens. The person must hold the first step's role.</summary>
    /// <param name="definition">The definition (version) to run.</param>
    /// <param name="instanceId">The new instance's id.</param>
    /// <param name="subject">What the run is about, such as "pengukuran kinerja TW III 2026".</param>
    /// <param name="personId">Who starts it.</param>
    /// <returns>The new instance, or why it was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public ValidationResult<SopInstance> Start(SopDefinition definition, string instanceId, string subject, string personId)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        var problems = new Problems();
        problems.Required(instanceId, "instanceId");
        problems.Required(subject, "subject");
        var first = definition.FirstStep;
        var at = _clock.GetCurrentInstant();
        if (Authorize(definition, first, first.Actors, personId, at, problems) is not { } held || problems.HasErrors)
        {
            return problems.Result<SopInstance>(() => null!);
        }

        var started = Stamped(new SopEvent(1, SopEventKind.Started, first.Key, personId, held.Role, at, subject), held.Grant);
        return problems.Result(() => SopInstance.Start(definition, instanceId, started));
    }

    /// <summary>Completes an open process step (the person's part of it, for a step done by each of several roles).</summary>
    /// <param name="instance">The instance as the person saw it.</param>
    /// <param name="expectedVersion">The version the person saw.</param>
    /// <param name="personId">Who completes the step.</param>
    /// <param name="attachments">The documents attached: the step's outputs, by name, with their references.</param>
    /// <param name="note">A note, if any.</param>
    /// <param name="step">The key of the open step, needed only when the person could act on several.</param>
    /// <returns>The new state, or why the action was refused (the instance is then unchanged).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public ValidationResult<SopInstance> Complete(SopInstance instance, int expectedVersion, string personId, IEnumerable<SopAttachment>? attachments = null, string? note = null, string? step = null) =>
        Act(instance, expectedVersion, personId, SopEventKind.Completed, note, attachments, step);

    /// <summary>Approves an open decision step (ya, benar, lengkap): the work goes on.</summary>
    /// <param name="instance">The instance as the person saw it.</param>
    /// <param name="expectedVersion">The version the person saw.</param>
    /// <param name="personId">Who decides.</param>
    /// <param name="note">A note, if any.</param>
    /// <param name="step">The key of the open step, needed only when the person could act on several.</param>
    /// <returns>The new state, or why the action was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public ValidationResult<SopInstance> Approve(SopInstance instance, int expectedVersion, string personId, string? note = null, string? step = null) =>
        Act(instance, expectedVersion, personId, SopEventKind.Approved, note, null, step);

    /// <summary>Returns the work of an open decision step for correction (tidak, salah): the step it returns to opens again,
    /// or, for a return to a role, the latest step that role did.</summary>
    /// <param name="instance">The instance as the person saw it.</param>
    /// <param name="expectedVersion">The version the person saw.</param>
    /// <param name="personId">Who decides.</param>
    /// <param name="reason">What must be corrected; required.</param>
    /// <param name="step">The key of the open step, needed only when the person could act on several.</param>
    /// <returns>The new state, or why the action was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public ValidationResult<SopInstance> Return(SopInstance instance, int expectedVersion, string personId, string reason, string? step = null) =>
        Act(instance, expectedVersion, personId, SopEventKind.Returned, reason, null, step);

    /// <summary>Cancels the instance. Allowed to whoever holds an open step's role or the first step's role.</summary>
    /// <param name="instance">The instance as the person saw it.</param>
    /// <param name="expectedVersion">The version the person saw.</param>
    /// <param name="personId">Who cancels.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The new state, or why the action was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public ValidationResult<SopInstance> Cancel(SopInstance instance, int expectedVersion, string personId, string reason) =>
        Act(instance, expectedVersion, personId, SopEventKind.Cancelled, reason, null, null);

    /// <summary>
    /// Gives the time standard of an open step whose mutu baku waktu is set by instruction ("disesuaikan dengan
    /// arahan pimpinan"): recorded as an <see cref="SopEventKind.Instructed"/> event; the step's deadline then counts
    /// from when it opened, as for any other standard, and the SLA report counts it. Given by a person holding the
    /// step's <see cref="SopStep.InstructedBy"/> role, or else the role whose action opened the step; a later
    /// instruction replaces an earlier one.
    /// </summary>
    /// <param name="instance">The instance as the person saw it.</param>
    /// <param name="expectedVersion">The version the person saw.</param>
    /// <param name="personId">Who gives the instruction.</param>
    /// <param name="step">The key of the open step.</param>
    /// <param name="standard">The standard given, such as <c>MutuBakuWaktu.Of(2, MutuBakuUnit.Day)</c>; it must have a limit.</param>
    /// <param name="note">The instruction's wording or reference, if any.</param>
    /// <returns>The new state, or why the instruction was refused (the instance is then unchanged).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/>, <paramref name="step"/> or <paramref name="standard"/> is null.</exception>
    public ValidationResult<SopInstance> Instruct(SopInstance instance, int expectedVersion, string personId, string step, Sop.MutuBakuWaktu standard, string? note = null)
    {
        if (instance is null)
        {
            throw new ArgumentNullException(nameof(instance));
        }

        if (step is null)
        {
            throw new ArgumentNullException(nameof(step));
        }

        if (standard is null)
        {
            throw new ArgumentNullException(nameof(standard));
        }

        var problems = new Problems();
        var at = _clock.GetCurrentInstant();
        if (!Running(instance, expectedVersion, at, problems))
        {
            return problems.Result<SopInstance>(() => null!);
        }

        if (instance.FindOpen(step) is not { } open)
        {
            problems.Error(ProblemCodes.SopStepNotOpen, "step", step, string.Join(", ", instance.OpenSteps.Select(o => o.Step.Key)));
            return problems.Result<SopInstance>(() => null!);
        }

        var action = SopEventKind.Instructed.ToString();
        if (!open.Step.Waktu.IsByInstruction)
        {
            problems.Error(ProblemCodes.SopWrongAction, "action", action, open.Step.Key, "standar waktunya tercetak (" + open.Step.Waktu.Text + "), tidak disesuaikan dengan arahan", "has a printed time standard (" + open.Step.Waktu.Text + "), not one set by instruction", DisplayNames.Of(SopEventKind.Instructed), DisplayNames.Of(SopEventKind.Instructed, MessageLanguage.English));
        }

        if (!standard.HasLimit)
        {
            problems.Error(ProblemCodes.TimeStandardFormat, "standard", standard.Text);
        }

        var giver = open.Step.InstructedBy ?? open.OpenedByRole;
        if (Authorize(instance.Definition, open.Step, [giver], personId, at, problems) is not { } held || problems.HasErrors)
        {
            return problems.Result<SopInstance>(() => null!);
        }

        var e = Stamped(new SopEvent(instance.Version + 1, SopEventKind.Instructed, open.Step.Key, personId, held.Role, at, note) { Instruction = standard }, held.Grant);
        return problems.Result(() => instance.Apply(e));
    }

    private static bool Running(SopInstance instance, int expectedVersion, Instant at, Problems problems)
    {
        if (expectedVersion != instance.Version)
        {
            problems.Error(ProblemCodes.SopStaleVersion, "expectedVersion", Text.Of(expectedVersion), Text.Of(instance.Version));
            return false;
        }

        if (instance.Status != SopStatus.Running)
        {
            problems.Error(ProblemCodes.SopNotRunning, "instance", instance.Status.ToString(), DisplayNames.Of(instance.Status), DisplayNames.Of(instance.Status, MessageLanguage.English));
            return false;
        }

        // An event earlier than the one before it could never be replayed: a clock set back is refused, not recorded.
        var last = instance.EventAt(instance.Version - 1).At;
        if (at < last)
        {
            problems.Error(ProblemCodes.SopClockBehind, "at", at.ToString(), last.ToString());
            return false;
        }

        return true;
    }

    private ValidationResult<SopInstance> Act(SopInstance instance, int expectedVersion, string personId, SopEventKind kind, string? note, IEnumerable<SopAttachment>? attachments, string? stepKey)
    {
        if (instance is null)
        {
            throw new ArgumentNullException(nameof(instance));
        }

        var problems = new Problems();
        var at = _clock.GetCurrentInstant();
        if (!Running(instance, expectedVersion, at, problems))
        {
            return problems.Result<SopInstance>(() => null!);
        }

        var definition = instance.Definition;
        SopStep step;
        (string Role, RosterGrant Grant)? held;
        if (kind == SopEventKind.Cancelled)
        {
            var open = instance.OpenSteps;
            held = null;
            step = open[0].Step;
            foreach (var o in open)
            {
                if (Holding(definition, o.PendingRoles, personId, at) is { } h)
                {
                    (step, held) = (o.Step, h);
                    break;
                }
            }

            // Whoever may start an instance may cancel it; the event names the open step it was cancelled at.
            held ??= Holding(definition, definition.FirstStep.Actors, personId, at) ?? Authorize(definition, step, open[0].PendingRoles, personId, at, problems);
        }
        else
        {
            (step, held) = Target(instance, stepKey, personId, at, problems);
        }

        if (held is not { } acting)
        {
            return problems.Result<SopInstance>(() => null!);
        }

        var action = kind.ToString();
        if (kind == SopEventKind.Completed && step.IsDecision)
        {
            problems.Error(ProblemCodes.SopWrongAction, "action", action, step.Key, "adalah langkah keputusan (setujui atau kembalikan)", "is a decision (approve or return)", DisplayNames.Of(kind), DisplayNames.Of(kind, MessageLanguage.English));
        }
        else if (kind is SopEventKind.Approved or SopEventKind.Returned && !step.IsDecision)
        {
            problems.Error(ProblemCodes.SopWrongAction, "action", action, step.Key, "bukan langkah keputusan (selesaikan)", "is not a decision (complete it)", DisplayNames.Of(kind), DisplayNames.Of(kind, MessageLanguage.English));
        }

        if (kind is SopEventKind.Returned or SopEventKind.Cancelled && string.IsNullOrWhiteSpace(note))
        {
            problems.Error(ProblemCodes.SopReasonRequired, "reason", action, DisplayNames.Of(kind), DisplayNames.Of(kind, MessageLanguage.English));
        }

        var attached = attachments?.ToArray() ?? [];
        if (kind == SopEventKind.Completed && !step.IsDecision)
        {
            CheckAttachments(step, attached, problems);
        }

        if (_options.EnforceSeparationOfDuties && kind is SopEventKind.Approved or SopEventKind.Returned)
        {
            // The work being decided is the output of the latest completed step whose flow leads to this decision
            // (decisions may follow each other; a parallel branch's work does not lead to another branch's decision).
            SopEvent? prepared = null;
            for (var k = instance.Version - 1; k > 0 && prepared is null; k--)
            {
                var earlier = instance.EventAt(k);
                prepared = earlier.Kind == SopEventKind.Completed && definition.Graph.Leads(definition.IndexOf(earlier.Step), step.Position) ? earlier : null;
            }

            if (prepared is not null && prepared.PersonId == personId)
            {
                problems.Error(ProblemCodes.SopSeparationOfDuties, "personId", personId, prepared.Step, step.Key);
            }
        }

        if (problems.HasErrors)
        {
            return problems.Result<SopInstance>(() => null!);
        }

        var e = Stamped(new SopEvent(instance.Version + 1, kind, step.Key, personId, acting.Role, at, note, attached), acting.Grant);
        return problems.Result(() => instance.Apply(e));
    }

    private void CheckAttachments(SopStep step, SopAttachment[] attached, Problems problems)
    {
        for (var k = 0; k < attached.Length; k++)
        {
            if (attached[k] is null || string.IsNullOrWhiteSpace(attached[k].Reference))
            {
                problems.Error(ProblemCodes.Required, Text.Index("attachments", k) + ".reference", null);
            }
        }

        if (_options.OutputPolicy == SopOutputPolicy.Off || step.Output.Count == 0)
        {
            return;
        }

        var missing = step.Output
            .Where(o => !attached.Any(a => a?.Output is { } name && string.Equals(RoleNames.Normalize(name), RoleNames.Normalize(o), StringComparison.Ordinal)))
            .ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        var list = string.Join("; ", missing);
        if (_options.OutputPolicy == SopOutputPolicy.Require)
        {
            problems.Error(ProblemCodes.SopOutputsMissing, "attachments", list, step.Key);
        }
        else
        {
            problems.Warning(ProblemCodes.SopOutputsMissing, "attachments", list, step.Key);
        }
    }

    /// <summary>An event records whether the person acted as the official or as Plt/Plh, for whom and under which assignment.</summary>
    private static SopEvent Stamped(SopEvent e, RosterGrant grant) => grant.Acting == Agreements.ActingStatus.Definitive
        ? e
        : new SopEvent(e.Sequence, e.Kind, e.Step, e.PersonId, e.Role, e.At, e.Note, e.Attachments)
        {
            Acting = grant.Acting,
            StandsInFor = grant.StandsInFor,
            Assignment = grant.Assignment,
            Instruction = e.Instruction,
        };

    /// <summary>The open step and role the person acts on: the one named, or the only one the person holds a pending role of.</summary>
    private (SopStep Step, (string Role, RosterGrant Grant)? Held) Target(SopInstance instance, string? stepKey, string personId, Instant at, Problems problems)
    {
        var open = instance.OpenSteps;
        if (stepKey is not null)
        {
            if (instance.FindOpen(stepKey) is not { } named)
            {
                problems.Error(ProblemCodes.SopStepNotOpen, "step", stepKey, string.Join(", ", open.Select(o => o.Step.Key)));
                return (open[0].Step, null);
            }

            return (named.Step, Authorize(instance.Definition, named.Step, named.PendingRoles, personId, at, problems));
        }

        if (open.Count == 1)
        {
            return (open[0].Step, Authorize(instance.Definition, open[0].Step, open[0].PendingRoles, personId, at, problems));
        }

        (SopStep Step, (string Role, RosterGrant Grant) Held)? found = null;
        foreach (var o in open)
        {
            if (Holding(instance.Definition, o.PendingRoles, personId, at) is { } role)
            {
                if (found is not null)
                {
                    problems.Error(ProblemCodes.SopAmbiguousStep, "step", null, string.Join(", ", open.Where(x => Holding(instance.Definition, x.PendingRoles, personId, at) is not null).Select(x => x.Step.Key)));
                    return (o.Step, null);
                }

                found = (o.Step, role);
            }
        }

        return found is { } f ? (f.Step, f.Held) : (open[0].Step, Authorize(instance.Definition, open[0].Step, open[0].PendingRoles, personId, at, problems));
    }

    /// <summary>The first of the roles the roster grants the person at that moment, with the grant (definitive, or Plt/Plh within its period), or null.</summary>
    private (string Role, RosterGrant Grant)? Holding(SopDefinition definition, IReadOnlyList<string> roles, string personId, Instant at)
    {
        if (string.IsNullOrWhiteSpace(personId) || _roster.Find(personId) is not { } person)
        {
            return null;
        }

        foreach (var id in roles)
        {
            if (OfficeRoster.Grant(person, definition.FindRole(id)!, at) is { } grant)
            {
                return (id, grant);
            }
        }

        return null;
    }

    private (string Role, RosterGrant Grant)? Authorize(SopDefinition definition, SopStep step, IReadOnlyList<string> roles, string personId, Instant at, Problems problems)
    {
        var person = string.IsNullOrWhiteSpace(personId) ? null : _roster.Find(personId);
        if (person is null)
        {
            problems.Error(ProblemCodes.SopUnknownPerson, "personId", personId);
            return null;
        }

        if (Holding(definition, roles, personId, at) is { } held)
        {
            return held;
        }

        problems.Error(ProblemCodes.SopWrongRole, "personId", personId, string.Join(", ", roles.Select(r => definition.FindRole(r)!.Name)), step.Key);
        return null;
    }
}
