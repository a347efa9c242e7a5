using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Samples.Console;

/// <summary>One stay on a step in a scripted run: who acted, when the step opened, when it was due and when it closed.</summary>
/// <param name="Step">The step.</param>
/// <param name="Role">The role that acts on the step.</param>
/// <param name="Person">Who acted.</param>
/// <param name="Outcome">Completed, Approved or Returned.</param>
/// <param name="OpenedAt">When the step opened.</param>
/// <param name="Due">When it fell due in working time; <see langword="null"/> for a step with no time standard.</param>
/// <param name="ActedAt">When the person acted.</param>
/// <param name="Note">The reason of a return.</param>
internal sealed record SopRunStep(SopStep Step, SopRole Role, RosterPerson Person, SopEventKind Outcome, Instant OpenedAt, Instant? Due, Instant ActedAt, string? Note)
{
    /// <summary>Whether the step closed by its due moment (always for a step with no standard).</summary>
    public bool WithinStandard => Due is not { } due || ActedAt <= due;
}

/// <summary>A finished scripted run.</summary>
/// <param name="Instance">The instance at the end.</param>
/// <param name="Steps">Every stay, in order.</param>
/// <param name="Calendar">The calendar the deadlines were counted in.</param>
internal sealed record SopRunResult(SopInstance Instance, IReadOnlyList<SopRunStep> Steps, WorkingCalendar Calendar)
{
    /// <summary>How many times a decision returned the work for correction.</summary>
    public int Returns => Steps.Count(s => s.Outcome == SopEventKind.Returned);
}

/// <summary>
/// Runs an SOP from start to end through <see cref="SopEngine"/> with the demo roster: each step is
/// done by the first person holding its role, half-way through its time standard in working time (an
/// hour of working time for a step without one); the first decision returns the work once for
/// correction when asked to, then every decision approves. While parallel work runs (branches of a
/// split, a step done by each of several roles), the part whose moment comes first acts first, the
/// first in printed order on a tie.
/// </summary>
internal static class SopRunner
{
    private static readonly Duration NoStandardTime = Duration.FromHours(1);

    public static SopRunResult Run(SopDefinition definition, OfficeRoster roster, WorkingCalendar calendar, Instant start, string subject, bool returnOnce)
    {
        var clock = new ManualClock(start);
        var engine = new SopEngine(clock, roster);
        var first = definition.FirstStep;
        var instance = Accepted(engine.Start(definition, definition.Id + "-demo", subject, Holder(roster, definition, first, start).Id));
        var steps = new List<SopRunStep>();
        var returned = !returnOnce;
        while (instance.Status == SopStatus.Running)
        {
            // Every open step and each of its roles still to act, planned half-way to its due moment; the earliest
            // acts (OrderBy is stable, so the first in printed order on a tie), one part at a time.
            var current = instance;
            var (open, roleId, due, planned) = current.OpenSteps
                .SelectMany(o => o.PendingRoles.Select(r => (Open: o, Role: r, Due: SopDeadlines.DueOfOpenStep(current, o, calendar))))
                .Select(p => (p.Open, p.Role, p.Due, Planned: calendar.AddWorkingTime(p.Open.OpenedAt, p.Due is { } d ? calendar.WorkingTimeBetween(p.Open.OpenedAt, d) / 2 : NoStandardTime)))
                .OrderBy(p => p.Planned)
                .First();
            var step = open.Step;
            var role = definition.FindRole(roleId)!;
            clock.Now = planned > clock.Now ? planned : clock.Now;
            var person = roster.HoldersOf(role, clock.Now)[0];
            string? note = null;
            SopEventKind outcome;
            if (!step.IsDecision)
            {
                instance = Accepted(engine.Complete(instance, instance.Version, person.Id, step.Output.Select(o => new SopAttachment(o, "demo/" + step.Key + "/" + o)), step: step.Key));
                outcome = SopEventKind.Completed;
            }
            else if (!returned)
            {
                note = "Data belum lengkap: bukti dukung belum dilampirkan (demo)";
                instance = Accepted(engine.Return(instance, instance.Version, person.Id, note, step.Key));
                outcome = SopEventKind.Returned;
                returned = true;
            }
            else
            {
                instance = Accepted(engine.Approve(instance, instance.Version, person.Id, step: step.Key));
                outcome = SopEventKind.Approved;
            }

            steps.Add(new SopRunStep(step, role, person, outcome, open.OpenedAt, due, clock.Now, note));
        }

        return new SopRunResult(instance, steps, calendar);
    }

    private static RosterPerson Holder(OfficeRoster roster, SopDefinition definition, SopStep step, Instant at) =>
        roster.HoldersOf(definition.FindRole(step.Actor)!, at)[0];

    private static SopInstance Accepted(Kinerja.Core.Validation.ValidationResult<SopInstance> result) =>
        result.IsValid ? result.Value : throw new InvalidOperationException("The engine refused a scripted action: " + result);
}
