using Kinerja.Core.DependencyInjection;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Samples.Worker;

/// <summary>An overdue step found by a check, and whether an earlier check already reported it.</summary>
/// <param name="Overdue">The overdue step, with the role and the people who must act.</param>
/// <param name="IsNew">Whether this is the first check that found this stay on the step overdue.</param>
/// <param name="Grants">For each person who must act, in the same order, the roster entry that grants them the role at the check (a Plt/Plh one only within its period).</param>
public sealed record OverdueNotice(OverdueStep Overdue, bool IsNew, IReadOnlyList<RosterGrant> Grants);

/// <summary>
/// Checks running SOP instances against their deadlines in the office's working time
/// (<see cref="KinerjaOffice.Overdue"/>: calendar, roster and the office's time standards), and
/// remembers which overdue stays it has reported, so the worker warns once per stay.
/// </summary>
public sealed class OverdueChecker
{
    private readonly KinerjaOffice _office;
    private readonly HashSet<(string Instance, string Step, Instant OpenedAt)> _reported = [];
    private readonly object _gate = new();

    /// <summary>Creates a checker for an office.</summary>
    /// <param name="office">The office.</param>
    public OverdueChecker(KinerjaOffice office) => _office = office ?? throw new ArgumentNullException(nameof(office));

    /// <summary>Every step overdue at <paramref name="at"/>, most overdue first.</summary>
    /// <param name="instances">The instances to check.</param>
    /// <param name="at">The moment of the check (from the registered clock).</param>
    /// <returns>The overdue steps, each marked new or already reported.</returns>
    public IReadOnlyList<OverdueNotice> Check(IEnumerable<SopInstance> instances, Instant at)
    {
        var overdue = _office.Overdue(instances, at);
        lock (_gate)
        {
            return overdue.Select(o => new OverdueNotice(
                o,
                _reported.Add((o.Instance.Id, o.Step.Key, o.OpenedAt)),
                o.WhoMustAct.Select(p => _office.Roster.Grant(p.Id, o.Role, at)!).ToArray())).ToArray();
        }
    }

    /// <summary>Who must act on an overdue step, as "Name (role held)": the roster entry that grants the role, with its Plt/Plh prefix.</summary>
    /// <param name="notice">The overdue step found.</param>
    /// <returns>One entry per person holding the role; empty when nobody on the roster does.</returns>
    public static IReadOnlyList<string> Actors(OverdueNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.Grants.Select(g => g.Person.Name + " (" + g.Role + ")").ToArray();
    }
}
