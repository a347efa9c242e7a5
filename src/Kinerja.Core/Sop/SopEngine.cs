using Kinerja.Core.Internal;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>Options of an <see cref="SopEngine"/>.</summary>
public sealed record SopEngineOptions
{
    /// <summary>The defaults: no separation of duties.</summary>
    public static SopEngineOptions Default { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, whoever prepared the work a decision step decides (who completed the
    /// latest completed step before it, even when decisions follow each other) cannot approve or return it.
    /// Default <see langword="false"/>.
    /// </summary>
    public bool SeparationOfDuties { get; init; }
}

/// <summary>
/// Runs SOP instances: start, complete a step with its outputs, approve, return for correction with
/// a reason, cancel. Only a person holding the open step's role (under the office roster) may act;
/// anything else is refused with a reason and changes nothing. Every accepted action is an event
/// stamped by the engine's <see cref="IClock"/>; an action carries the instance version it saw, and a
/// stale one is refused. The engine holds no state: instances are values, and it is safe to share.
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
        if (Authorize(definition, first, personId, problems) is not { } role)
        {
            return problems.Result<SopInstance>(() => null!);
        }

        if (problems.HasErrors)
        {
            return problems.Result<SopInstance>(() => null!);
        }

        var started = new SopEvent(1, SopEventKind.Started, first.Number, personId, role, _clock.GetCurrentInstant(), subject);
        return problems.Result(() => SopInstance.Start(definition, instanceId, started));
    }

    /// <summary>Completes the open process step.</summary>
    /// <param name="instance">The instance as the person saw it.</param>
    /// <param name="expectedVersion">The version the person saw.</param>
    /// <param name="personId">Who completes the step.</param>
    /// <param name="outputs">References to the outputs produced (document numbers, file ids).</param>
    /// <param name="note">A note, if any.</param>
    /// <returns>The new state, or why the action was refused (the instance is then unchanged).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public ValidationResult<SopInstance> Complete(SopInstance instance, int expectedVersion, string personId, IEnumerable<string>? outputs = null, string? note = null) =>
        Act(instance, expectedVersion, personId, SopEventKind.Completed, note, outputs);

    /// <summary>Approves the open decision step (ya, benar, lengkap): the work goes on.</summary>
    /// <param name="instance">The instance as the person saw it.</param>
    /// <param name="expectedVersion">The version the person saw.</param>
    /// <param name="personId">Who decides.</param>
    /// <param name="note">A note, if any.</param>
    /// <returns>The new state, or why the action was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public ValidationResult<SopInstance> Approve(SopInstance instance, int expectedVersion, string personId, string? note = null) =>
        Act(instance, expectedVersion, personId, SopEventKind.Approved, note, null);

    /// <summary>Returns the work of the open decision step for correction (tidak, salah): the decision's return step opens.</summary>
    /// <param name="instance">The instance as the person saw it.</param>
    /// <param name="expectedVersion">The version the person saw.</param>
    /// <param name="personId">Who decides.</param>
    /// <param name="reason">What must be corrected; required.</param>
    /// <returns>The new state, or why the action was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public ValidationResult<SopInstance> Return(SopInstance instance, int expectedVersion, string personId, string reason) =>
        Act(instance, expectedVersion, personId, SopEventKind.Returned, reason, null);

    /// <summary>Cancels the instance. Allowed to whoever holds the open step's role or the first step's role.</summary>
    /// <param name="instance">The instance as the person saw it.</param>
    /// <param name="expectedVersion">The version the person saw.</param>
    /// <param name="personId">Who cancels.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The new state, or why the action was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    public ValidationResult<SopInstance> Cancel(SopInstance instance, int expectedVersion, string personId, string reason) =>
        Act(instance, expectedVersion, personId, SopEventKind.Cancelled, reason, null);

    private ValidationResult<SopInstance> Act(SopInstance instance, int expectedVersion, string personId, SopEventKind kind, string? note, IEnumerable<string>? outputs)
    {
        if (instance is null)
        {
            throw new ArgumentNullException(nameof(instance));
        }

        var problems = new Problems();
        if (expectedVersion != instance.Version)
        {
            problems.Error(ProblemCodes.SopStaleVersion, "expectedVersion", Text.Of(expectedVersion), Text.Of(instance.Version));
            return problems.Result<SopInstance>(() => null!);
        }

        if (instance.Status != SopStatus.Running)
        {
            problems.Error(
                ProblemCodes.SopNotRunning,
                "instance",
                instance.Status.ToString(),
                instance.Status == SopStatus.Completed ? "selesai" : "dibatalkan",
                instance.Status == SopStatus.Completed ? "completed" : "cancelled");
            return problems.Result<SopInstance>(() => null!);
        }

        var step = instance.CurrentStep!;
        var definition = instance.Definition;
        string? role;
        if (kind == SopEventKind.Cancelled)
        {
            var first = definition.FirstStep;
            var firstRole = definition.FindRole(first.Actor)!;
            role = _roster.Find(personId) is { } person && OfficeRoster.Holds(person, firstRole, _clock.GetCurrentInstant()) && step.Actor != first.Actor
                ? first.Actor
                : Authorize(definition, step, personId, problems);
        }
        else
        {
            role = Authorize(definition, step, personId, problems);
        }

        if (role is null)
        {
            return problems.Result<SopInstance>(() => null!);
        }

        var action = kind.ToString();
        if (kind == SopEventKind.Completed && step.IsDecision)
        {
            problems.Error(ProblemCodes.SopWrongAction, "action", action, Text.Of(step.Number), "adalah langkah keputusan (setujui atau kembalikan)", "is a decision (approve or return)");
        }
        else if (kind is SopEventKind.Approved or SopEventKind.Returned && !step.IsDecision)
        {
            problems.Error(ProblemCodes.SopWrongAction, "action", action, Text.Of(step.Number), "bukan langkah keputusan (selesaikan)", "is not a decision (complete it)");
        }

        if (kind is SopEventKind.Returned or SopEventKind.Cancelled && string.IsNullOrWhiteSpace(note))
        {
            problems.Error(ProblemCodes.SopReasonRequired, "reason", action);
        }

        if (_options.SeparationOfDuties && kind is SopEventKind.Approved or SopEventKind.Returned)
        {
            // The work being decided is the output of the latest completed step (decisions may follow each other).
            SopEvent? prepared = null;
            for (var k = instance.Version - 1; k > 0 && prepared is null; k--)
            {
                prepared = instance.Events[k].Kind == SopEventKind.Completed ? instance.Events[k] : null;
            }

            if (prepared is not null && prepared.PersonId == personId)
            {
                problems.Error(ProblemCodes.SopSeparationOfDuties, "personId", personId, Text.Of(prepared.Step), Text.Of(step.Number));
            }
        }

        if (problems.HasErrors)
        {
            return problems.Result<SopInstance>(() => null!);
        }

        var e = new SopEvent(instance.Version + 1, kind, step.Number, personId, role, _clock.GetCurrentInstant(), note, outputs);
        return problems.Result(() => instance.Apply(e));
    }

    private string? Authorize(SopDefinition definition, SopStep step, string personId, Problems problems)
    {
        var person = string.IsNullOrWhiteSpace(personId) ? null : _roster.Find(personId);
        if (person is null)
        {
            problems.Error(ProblemCodes.SopUnknownPerson, "personId", personId);
            return null;
        }

        var role = definition.FindRole(step.Actor)!;
        if (!OfficeRoster.Holds(person, role, _clock.GetCurrentInstant()))
        {
            problems.Error(ProblemCodes.SopWrongRole, "personId", personId, role.Name, Text.Of(step.Number));
            return null;
        }

        return role.Id;
    }
}
