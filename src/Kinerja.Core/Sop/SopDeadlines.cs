using Kinerja.Core.Calendar;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>A step whose due moment has passed while it is still open.</summary>
public sealed class OverdueStep
{
    internal OverdueStep(SopInstance instance, SopStep step, SopRole role, Instant openedAt, Instant due, Duration overdueBy, IReadOnlyList<RosterPerson> whoMustAct)
    {
        Instance = instance;
        Step = step;
        Role = role;
        OpenedAt = openedAt;
        Due = due;
        OverdueBy = overdueBy;
        WhoMustAct = whoMustAct;
    }

    /// <summary>The instance.</summary>
    public SopInstance Instance { get; }

    /// <summary>The open step.</summary>
    public SopStep Step { get; }

    /// <summary>The role that must act (the first of those still to act, for a step done by each of several).</summary>
    public SopRole Role { get; }

    /// <summary>When the step opened.</summary>
    public Instant OpenedAt { get; }

    /// <summary>When it fell due.</summary>
    public Instant Due { get; }

    /// <summary>How much working time has passed since it fell due.</summary>
    public Duration OverdueBy { get; }

    /// <summary>Everyone on the roster holding a role that has still to act on the step.</summary>
    public IReadOnlyList<RosterPerson> WhoMustAct { get; }
}

/// <summary>Deadlines of SOP steps in the office's working time: pure functions of instances, calendar and standards.</summary>
public static class SopDeadlines
{
    /// <summary>When a stay on a step falls due: its opening plus the step's standard (the range's upper bound) in working time.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="visit">The stay on the step.</param>
    /// <param name="calendar">The office's working calendar.</param>
    /// <param name="standards">The office's overrides, or <see langword="null"/> for none.</param>
    /// <returns>The due moment, or <see langword="null"/> when the step has no time standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/>, <paramref name="visit"/> or <paramref name="calendar"/> is null.</exception>
    public static Instant? Due(SopDefinition definition, SopStepVisit visit, WorkingCalendar calendar, SopTimeStandards? standards = null)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        if (visit is null)
        {
            throw new ArgumentNullException(nameof(visit));
        }

        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var step = definition.FindStep(visit.Step) ?? throw new ArgumentException("Step '" + visit.Step + "' is not in " + definition + ".", nameof(visit));
        return (visit.Instruction ?? (standards ?? SopTimeStandards.None).For(definition, step)).Due(calendar, visit.OpenedAt);
    }

    /// <summary>When an open step of an instance falls due.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="open">One of its open steps.</param>
    /// <param name="calendar">The office's working calendar.</param>
    /// <param name="standards">The office's overrides, or <see langword="null"/>.</param>
    /// <returns>The due moment, or <see langword="null"/> when the step has no standard (or one set by instruction, not yet given).</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="standards"/> is null.</exception>
    public static Instant? DueOfOpenStep(SopInstance instance, SopOpenStep open, WorkingCalendar calendar, SopTimeStandards? standards = null)
    {
        if (instance is null)
        {
            throw new ArgumentNullException(nameof(instance));
        }

        if (open is null)
        {
            throw new ArgumentNullException(nameof(open));
        }

        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        return (open.Instruction ?? (standards ?? SopTimeStandards.None).For(instance.Definition, open.Step)).Due(calendar, open.OpenedAt);
    }

    /// <summary>When the first open step of an instance (<see cref="SopInstance.CurrentStep"/>) falls due.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="calendar">The office's working calendar.</param>
    /// <param name="standards">The office's overrides, or <see langword="null"/>.</param>
    /// <returns>The due moment, or <see langword="null"/> when the instance has ended or the step has no standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> or <paramref name="calendar"/> is null.</exception>
    public static Instant? DueOfCurrentStep(SopInstance instance, WorkingCalendar calendar, SopTimeStandards? standards = null)
    {
        if (instance is null)
        {
            throw new ArgumentNullException(nameof(instance));
        }

        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        return instance.OpenSteps.Count > 0 ? DueOfOpenStep(instance, instance.OpenSteps[0], calendar, standards) : null;
    }

    /// <summary>Every open step (parallel ones too) past its due moment at <paramref name="at"/>, with who must act.</summary>
    /// <param name="instances">The instances to check.</param>
    /// <param name="at">The moment to check at (from the host's clock).</param>
    /// <param name="calendar">The office's working calendar.</param>
    /// <param name="roster">The office roster, to name who must act.</param>
    /// <param name="standards">The office's overrides, or <see langword="null"/>.</param>
    /// <returns>The overdue steps, most overdue first.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="standards"/> is null.</exception>
    public static IReadOnlyList<OverdueStep> Overdue(IEnumerable<SopInstance> instances, Instant at, WorkingCalendar calendar, OfficeRoster roster, SopTimeStandards? standards = null)
    {
        if (instances is null)
        {
            throw new ArgumentNullException(nameof(instances));
        }

        if (roster is null)
        {
            throw new ArgumentNullException(nameof(roster));
        }

        var overdue = new List<OverdueStep>();
        foreach (var instance in instances)
        {
            foreach (var open in instance.OpenSteps)
            {
                if (DueOfOpenStep(instance, open, calendar, standards) is { } due && due < at)
                {
                    var roles = open.PendingRoles.Select(r => instance.Definition.FindRole(r)!).ToArray();
                    var people = roles.SelectMany(r => roster.HoldersOf(r, at)).Distinct().ToArray();
                    overdue.Add(new OverdueStep(instance, open.Step, roles[0], open.OpenedAt, due, calendar.WorkingTimeBetween(due, at), people));
                }
            }
        }

        return overdue.OrderByDescending(o => o.OverdueBy).ToArray();
    }
}
