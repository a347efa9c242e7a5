using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Specifications;

/// <summary>
/// Domain verbs for specifications of <see cref="SopInstance"/>. An instance is a fold over its events
/// and its deadlines need the office's <see cref="WorkingCalendar"/>, so these are meant for
/// <see cref="Specification{T}.Evaluate"/> and <see cref="Specification{T}.IsSatisfiedBy"/> (in memory).
/// </summary>
public static class SopInstanceSpecifications
{
    /// <summary>Instances that are still running (a step is open).</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    public static Specification<SopInstance> Running(this Specification<SopInstance> specification) =>
        (specification ?? throw new ArgumentNullException(nameof(specification))).Where(i => i.Status == SopStatus.Running);

    /// <summary>Instances of one SOP definition (any version).</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="definitionId">The definition's id (compared exactly).</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Specification<SopInstance> OfDefinition(this Specification<SopInstance> specification, string definitionId)
    {
        if (specification is null)
        {
            throw new ArgumentNullException(nameof(specification));
        }

        if (definitionId is null)
        {
            throw new ArgumentNullException(nameof(definitionId));
        }

        return specification.Where(i => i.Definition.Id == definitionId);
    }

    /// <summary>Running instances with an open step that one role has still to act on (parallel steps and each pending role of a
    /// step done by several roles included).</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="roleId">The role's id in the definition (compared exactly).</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Specification<SopInstance> AwaitingRole(this Specification<SopInstance> specification, string roleId)
    {
        if (specification is null)
        {
            throw new ArgumentNullException(nameof(specification));
        }

        if (roleId is null)
        {
            throw new ArgumentNullException(nameof(roleId));
        }

        return specification.Where(i => i.Status == SopStatus.Running && i.OpenSteps.Any(o => o.PendingRoles.Contains(roleId)));
    }

    /// <summary>
    /// Running instances whose open step was due before <paramref name="at"/>, in working time on the
    /// calendar, exactly as <see cref="SopDeadlines.Overdue"/> decides (a step without a time standard is never due).
    /// </summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="at">The moment to judge at (from the host's <see cref="IClock"/>).</param>
    /// <param name="calendar">The office's working calendar.</param>
    /// <param name="standards">Time standards overriding the definitions' own, or <see langword="null"/> for none.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> or <paramref name="calendar"/> is null.</exception>
    public static Specification<SopInstance> Overdue(this Specification<SopInstance> specification, Instant at, WorkingCalendar calendar, SopTimeStandards? standards = null)
    {
        if (specification is null)
        {
            throw new ArgumentNullException(nameof(specification));
        }

        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        return specification.Where(i => SopDeadlines.DueOfCurrentStep(i, calendar, standards) < at);
    }
}
