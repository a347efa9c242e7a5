using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// The SOP engine over random valid definitions and random actions: by holders and by anyone, of
/// the fitting kind and of any kind, with stale versions, and on earlier instances (forks).
/// </summary>
public class SopEngineProperties
{
    [SopProperty]
    public void Act_AnySequence_StateIsAlwaysValid(SopScenario scenario)
    {
        var run = SopRun.Execute(scenario);

        foreach (var instance in run.Instances)
        {
            AssertValidState(scenario.Definition, instance);
        }

        foreach (var ended in run.Instances.Where(i => i.Status != SopStatus.Running))
        {
            foreach (var person in scenario.People)
            {
                AssertRefusedAsEnded(run.Engine.Complete(ended, ended.Version, person, [new SopAttachment(null, "dok")]));
                AssertRefusedAsEnded(run.Engine.Approve(ended, ended.Version, person));
                AssertRefusedAsEnded(run.Engine.Return(ended, ended.Version, person, "Perbaiki data"));
                AssertRefusedAsEnded(run.Engine.Cancel(ended, ended.Version, person, "Dibatalkan"));
            }
        }
    }

    [SopProperty]
    public void Act_Refused_ChangesNothingAndReportsAnError(SopScenario scenario)
    {
        var run = SopRun.Execute(scenario);

        foreach (var attempt in run.Attempts.Where(a => !a.Result.IsValid))
        {
            Assert.NotEmpty(attempt.Result.Errors);
            Assert.Throws<InvalidOperationException>(() => attempt.Result.Value);
            if (attempt.Target is { } target)
            {
                attempt.Before!.AssertSameAs(target);
            }
        }

        // Accepted actions, on the newest instance or on an earlier one, leave every instance as it was too.
        for (var i = 0; i < run.Instances.Count; i++)
        {
            run.Snapshots[i].AssertSameAs(run.Instances[i]);
        }
    }

    [SopProperty]
    public void Replay_LiveEvents_RebuildsTheLiveState(SopScenario scenario)
    {
        var run = SopRun.Execute(scenario);

        foreach (var live in run.Instances)
        {
            var replayed = SopInstance.Replay(scenario.Definition, live.Id, live.Events);

            Assert.True(replayed.IsValid, replayed.ToString());
            var instance = replayed.Value;
            Assert.Equal(live.Status, instance.Status);
            Assert.Same(live.CurrentStep, instance.CurrentStep);
            Assert.Equal(live.Version, instance.Version);
            Assert.Equal(live.Subject, instance.Subject);
            Assert.Equal(live.Events, instance.Events);
            Assert.Equal(VisitView.Of(live), VisitView.Of(instance));
        }
    }

    [SopProperty]
    public void Act_Accepted_OnlyByAHolderOfTheStepsRole(SopScenario scenario)
    {
        var run = SopRun.Execute(scenario);
        var definition = scenario.Definition;
        var first = definition.FirstStep;

        foreach (var instance in run.Instances)
        {
            for (var k = 0; k < instance.Events.Count; k++)
            {
                var e = instance.Events[k];
                var step = definition.FindStep(e.Step)!;
                var role = definition.FindRole(step.Actor)!;
                if (e.Kind == SopEventKind.Cancelled)
                {
                    // Cancelling is open to the open step's role and to the first step's role; the event names the role used.
                    Assert.Contains(e.Role, new[] { step.Actor, first.Actor });
                    Assert.True(scenario.Roster.Holds(e.PersonId, definition.FindRole(e.Role)!, e.At), e + " by a person not holding " + e.Role);
                }
                else
                {
                    Assert.True(scenario.Roster.Holds(e.PersonId, role, e.At), e + " by a person not holding " + role.Name);
                    Assert.Equal(step.Actor, e.Role);
                }

                if (scenario.EnforceSeparationOfDuties && e.Kind is SopEventKind.Approved or SopEventKind.Returned && k >= 2)
                {
                    // The step closed just before this decision opened was closed by event k - 1.
                    var prepared = instance.Events[k - 1];
                    Assert.False(prepared.Kind == SopEventKind.Completed && prepared.PersonId == e.PersonId, e + " decides on work the same person completed");
                }
            }
        }
    }

    [SopProperty]
    public void Act_Accepted_AdvancesVersionByOne(SopScenario scenario)
    {
        var run = SopRun.Execute(scenario);

        foreach (var attempt in run.Attempts.Where(a => a.Target is not null))
        {
            var target = attempt.Target!;
            if (attempt.ExpectedVersion != target.Version)
            {
                Assert.False(attempt.Result.IsValid, "a stale version was accepted");
                Assert.Contains(attempt.Result.Errors, p => p.Code == ProblemCodes.SopStaleVersion);
                continue;
            }

            if (!attempt.Result.IsValid)
            {
                continue;
            }

            var after = attempt.Result.Value;
            Assert.Equal(target.Version + 1, after.Version);
            Assert.Equal(target.Events, after.Events.Take(target.Version));
            var e = after.Events[^1];
            Assert.Equal((after.Version, attempt.Kind, target.CurrentStep!.Key, attempt.PersonId, attempt.At), (e.Sequence, e.Kind, e.Step, e.PersonId, e.At));
        }
    }

    [SopProperty]
    public void Build_OneInjectedFault_IsRejectedNamingTheStepAndCode(BrokenSop broken)
    {
        var result = broken.Spec.ToBuilder().Build();

        Assert.False(result.IsValid);
        var errors = result.Errors.ToArray();
        Assert.Contains(errors, p => p.Path == broken.Path && p.Code == broken.Code);
        var others = errors.Where(p => !(p.Path == broken.Path && p.Code == broken.Code)).ToArray();
        if (broken.LostNumber is { } lost)
        {
            // Renumbering a step leaves the references to its old number dangling, and nothing else.
            Assert.All(others, p => Assert.Equal((ProblemCodes.UnknownReference, lost.ToString(System.Globalization.CultureInfo.InvariantCulture)), (p.Code, p.AttemptedValue)));
        }
        else
        {
            Assert.Empty(others);
        }

        Assert.Empty(result.Warnings);
    }

    private static void AssertRefusedAsEnded(ValidationResult<SopInstance> result)
    {
        Assert.False(result.IsValid, "an ended instance accepted an action");
        Assert.Contains(result.Errors, p => p.Code == ProblemCodes.SopNotRunning);
    }

    private static void AssertValidState(SopDefinition definition, SopInstance instance)
    {
        var events = instance.Events;
        var visits = instance.GetVisits();
        Assert.Equal(events.Count, instance.Version);
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.Sequence));
        Assert.Equal(SopEventKind.Started, events[0].Kind);
        Assert.Equal(definition.FirstStep.Key, events[0].Step);
        Assert.DoesNotContain(events.Skip(1), e => e.Kind == SopEventKind.Started);
        Assert.Equal(events[0].At, instance.StartedAt);

        if (instance.Status == SopStatus.Running)
        {
            var current = Assert.IsType<SopStep>(instance.CurrentStep);
            Assert.Same(definition.FindStep(current.Key), current);
            Assert.Equal(events.Count, visits.Count);
            var open = visits[^1];
            Assert.Equal((current.Key, current.Actor, (Instant?)null, (SopEventKind?)null, (string?)null), (open.Step, open.Role, open.ClosedAt, open.Outcome, open.ClosedBy));
            Assert.Equal(events[^1].At, open.OpenedAt);
            Assert.Equal(open.OpenedAt, instance.CurrentStepSince);
            Assert.Null(instance.EndedAt);
        }
        else
        {
            Assert.Null(instance.CurrentStep);
            Assert.Null(instance.CurrentStepSince);
            Assert.Equal(events[^1].At, instance.EndedAt);
            Assert.Equal(events.Count - 1, visits.Count);
            var last = events[^1];
            if (instance.Status == SopStatus.Cancelled)
            {
                Assert.Equal(SopEventKind.Cancelled, last.Kind);
            }
            else
            {
                Assert.Contains(last.Kind, new[] { SopEventKind.Completed, SopEventKind.Approved });
                Assert.Empty(definition.NextSteps(definition.FindStep(last.Step)!));
            }
        }

        // Visit k opens with event k and closes with event k + 1, moving along the definition's flow.
        for (var k = 0; k < visits.Count; k++)
        {
            var visit = visits[k];
            var step = definition.FindStep(visit.Step)!;
            Assert.Equal(step.Actor, visit.Role);
            Assert.Equal(events[k].At, visit.OpenedAt);
            if (k + 1 >= events.Count)
            {
                continue;
            }

            var closing = events[k + 1];
            Assert.Equal((visit.Step, (Instant?)closing.At, (SopEventKind?)closing.Kind, closing.PersonId), (closing.Step, visit.ClosedAt, visit.Outcome, visit.ClosedBy));
            if (k + 1 < visits.Count)
            {
                var expected = closing.Kind == SopEventKind.Returned ? step.Decision!.NoStep : definition.NextSteps(step)[0].Key;
                Assert.NotEqual(SopEventKind.Cancelled, closing.Kind);
                Assert.Equal(expected, visits[k + 1].Step);
            }
        }
    }
}

/// <summary>A visit's fields, compared by value.</summary>
/// <param name="Step">The step.</param>
/// <param name="Role">The role.</param>
/// <param name="OpenedAt">When it opened.</param>
/// <param name="ClosedAt">When it closed.</param>
/// <param name="Outcome">How.</param>
/// <param name="ClosedBy">By whom.</param>
internal sealed record VisitView(string Step, string Role, Instant OpenedAt, Instant? ClosedAt, SopEventKind? Outcome, string? ClosedBy)
{
    public static VisitView[] Of(SopInstance instance) =>
        instance.GetVisits().Select(v => new VisitView(v.Step, v.Role, v.OpenedAt, v.ClosedAt, v.Outcome, v.ClosedBy)).ToArray();
}

/// <summary>What an instance looked like: to show later that nothing changed it.</summary>
internal sealed class SopSnapshot
{
    private readonly int _version;
    private readonly SopStatus _status;
    private readonly SopStep? _step;
    private readonly SopEvent[] _events;
    private readonly VisitView[] _visits;

    public SopSnapshot(SopInstance instance)
    {
        _version = instance.Version;
        _status = instance.Status;
        _step = instance.CurrentStep;
        _events = instance.Events.ToArray();
        _visits = VisitView.Of(instance);
    }

    public void AssertSameAs(SopInstance instance)
    {
        Assert.Equal(_version, instance.Version);
        Assert.Equal(_status, instance.Status);
        Assert.Same(_step, instance.CurrentStep);
        Assert.Equal(_events, instance.Events);
        Assert.Equal(_visits, VisitView.Of(instance));
    }
}

/// <summary>One action tried: on which instance, as resolved, and its result.</summary>
/// <param name="Target">The instance acted on; <see langword="null"/> for a start.</param>
/// <param name="Before">The target as it was.</param>
/// <param name="Kind">What was tried.</param>
/// <param name="PersonId">By whom.</param>
/// <param name="ExpectedVersion">The version given.</param>
/// <param name="At">The clock's time.</param>
/// <param name="Result">The engine's answer.</param>
internal sealed record SopAttempt(SopInstance? Target, SopSnapshot? Before, SopEventKind Kind, string PersonId, int ExpectedVersion, Instant At, ValidationResult<SopInstance> Result);

/// <summary>Runs a scenario: starts an instance, then tries every action, keeping every instance accepted.</summary>
internal sealed class SopRun
{
    private static readonly Instant Origin = Instant.FromUtc(2026, 6, 8, 1, 0);

    private SopRun(SopEngine engine) => Engine = engine;

    public SopEngine Engine { get; }

    /// <summary>Every instance accepted, oldest first: the started one, then each action's result.</summary>
    public List<SopInstance> Instances { get; } = [];

    /// <summary>Each instance as it was when accepted.</summary>
    public List<SopSnapshot> Snapshots { get; } = [];

    public List<SopAttempt> Attempts { get; } = [];

    /// <summary>Runs <paramref name="scenario"/>; with <paramref name="snapshot"/> false nothing reads an instance's events
    /// during the run (no <see cref="Snapshots"/>, no attempt's snapshot), so the hash chain stays pending until a test reads it.</summary>
    public static SopRun Execute(SopScenario scenario, bool snapshot = true)
    {
        var clock = new FakeClock(Origin);
        var run = new SopRun(new SopEngine(clock, scenario.Roster, new SopEngineOptions { EnforceSeparationOfDuties = scenario.EnforceSeparationOfDuties }));
        var definition = scenario.Definition;

        var starter = Pick(scenario, definition.FirstStep, scenario.StartPerson, clock.GetCurrentInstant());
        var started = run.Engine.Start(definition, "uji-1", "pengukuran kinerja TW III 2026", starter);
        run.Attempts.Add(new SopAttempt(null, null, SopEventKind.Started, starter, 0, clock.GetCurrentInstant(), started));
        if (!started.IsValid)
        {
            started = run.Engine.Start(definition, "uji-1", "pengukuran kinerja TW III 2026", "p-" + definition.FirstStep.Actor);
            Assert.True(started.IsValid, started.ToString());
        }

        run.Accept(started.Value, snapshot);
        foreach (var action in scenario.Actions)
        {
            clock.Advance(Duration.FromMinutes(action.Minutes));
            var target = run.Instances[Math.Max(0, run.Instances.Count - 1 - action.Fork)];
            var step = target.CurrentStep;
            var person = Pick(scenario, step ?? definition.FirstStep, action.Person, clock.GetCurrentInstant());
            var kind = action.Kind switch
            {
                SopActionKind.Fitting when step is { IsDecision: true } => action.Approve ? SopEventKind.Approved : SopEventKind.Returned,
                SopActionKind.Fitting or SopActionKind.Complete => SopEventKind.Completed,
                SopActionKind.Approve => SopEventKind.Approved,
                SopActionKind.Return => SopEventKind.Returned,
                _ => SopEventKind.Cancelled,
            };
            var expected = target.Version + action.VersionOffset;
            var before = snapshot ? new SopSnapshot(target) : null;
            var result = kind switch
            {
                SopEventKind.Completed => run.Engine.Complete(target, expected, person, [new SopAttachment(null, "dok-" + target.Version)], action.Reason),
                SopEventKind.Approved => run.Engine.Approve(target, expected, person, action.Reason),
                SopEventKind.Returned => run.Engine.Return(target, expected, person, action.Reason!),
                _ => run.Engine.Cancel(target, expected, person, action.Reason!),
            };
            run.Attempts.Add(new SopAttempt(target, before, kind, person, expected, clock.GetCurrentInstant(), result));
            if (result.IsValid)
            {
                run.Accept(result.Value, snapshot);
            }
        }

        return run;
    }

    private static string Pick(SopScenario scenario, SopStep step, int pick, Instant at)
    {
        if (pick >= 0)
        {
            return scenario.People[pick % scenario.People.Count];
        }

        var role = scenario.Definition.FindRole(step.Actor)!;
        var holders = scenario.People.Where(p => scenario.Roster.Holds(p, role, at)).ToArray();
        return holders[(-pick - 1) % holders.Length];
    }

    private void Accept(SopInstance instance, bool snapshot)
    {
        Instances.Add(instance);
        if (snapshot)
        {
            Snapshots.Add(new SopSnapshot(instance));
        }
    }
}
