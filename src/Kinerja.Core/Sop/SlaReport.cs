using Kinerja.Core.Calendar;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>One row of an <see cref="SlaReport"/>: closed stays on one step (or by one role) against their standards.</summary>
public sealed class SlaRow
{
    internal SlaRow(string key, string label, string? standard, int closed, int withinStandard, int withoutStandard, Duration totalWorkingTime, Duration maximumWorkingTime)
    {
        Key = key;
        Label = label;
        Standard = standard;
        Closed = closed;
        WithinStandard = withinStandard;
        WithoutStandard = withoutStandard;
        TotalWorkingTime = totalWorkingTime;
        MaximumWorkingTime = maximumWorkingTime;
    }

    /// <summary>The step's key or the role id.</summary>
    public string Key { get; }

    /// <summary>The step's activity or the role's name.</summary>
    public string Label { get; }

    /// <summary>The step's time standard as printed; <see langword="null"/> for a role row.</summary>
    public string? Standard { get; }

    /// <summary>The number of closed stays.</summary>
    public int Closed { get; }

    /// <summary>Closed stays that ended by their due moment (the standard's upper bound).</summary>
    public int WithinStandard { get; }

    /// <summary>Closed stays on steps without a time standard.</summary>
    public int WithoutStandard { get; }

    /// <summary>Closed stays that ended after their due moment.</summary>
    public int Late => Closed - WithinStandard - WithoutStandard;

    /// <summary>The working time of all closed stays together.</summary>
    public Duration TotalWorkingTime { get; }

    /// <summary>The mean working time of a closed stay.</summary>
    public Duration MeanWorkingTime => Closed == 0 ? Duration.Zero : Duration.FromTicks(TotalWorkingTime.BclCompatibleTicks / Closed);

    /// <summary>The longest working time of a closed stay.</summary>
    public Duration MaximumWorkingTime { get; }
}

/// <summary>A recorded gap of a template and how many instances reached it.</summary>
public sealed class SlaGapRow
{
    internal SlaGapRow(SopGap gap, int instances)
    {
        Gap = gap;
        InstanceCount = instances;
    }

    /// <summary>The gap.</summary>
    public SopGap Gap { get; }

    /// <summary>How many instances reached it.</summary>
    public int InstanceCount { get; }
}

/// <summary>
/// Service-level report: for each step and each role, the actual working time of closed stays
/// against the time standard, the range's upper bound being the limit (a standard set by instruction counts once
/// given; until then the stay has none), and how many instances ended in each status and reached each recorded gap. A stay ended by cancelling
/// the instance is not counted: nobody finished that work.
/// </summary>
public sealed class SlaReport
{
    private SlaReport(IReadOnlyList<SlaRow> steps, IReadOnlyList<SlaRow> roles, IReadOnlyDictionary<SopStatus, int> instances, IReadOnlyList<SlaGapRow> gaps)
    {
        Steps = steps;
        Roles = roles;
        Instances = instances;
        Gaps = gaps;
    }

    /// <summary>How many instances stand in each status; an instance that passed or stopped at a recorded gap of its
    /// template is counted as <see cref="SopStatus.CompletedWithGaps"/> or <see cref="SopStatus.StoppedAtGap"/>, never as plain completed.</summary>
    public IReadOnlyDictionary<SopStatus, int> Instances { get; }

    /// <summary>One row per recorded gap that some instance reached, in the definition's order.</summary>
    public IReadOnlyList<SlaGapRow> Gaps { get; }

    /// <summary>One row per step, in the definition's order.</summary>
    public IReadOnlyList<SlaRow> Steps { get; }

    /// <summary>One row per role, in the definition's column order.</summary>
    public IReadOnlyList<SlaRow> Roles { get; }

    /// <summary>Builds the report of one definition's instances.</summary>
    /// <param name="definition">The definition; instances of other definitions are skipped.</param>
    /// <param name="instances">The instances.</param>
    /// <param name="calendar">The office's working calendar.</param>
    /// <param name="standards">The office's overrides, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="standards"/> is null.</exception>
    public static SlaReport Build(SopDefinition definition, IEnumerable<SopInstance> instances, WorkingCalendar calendar, SopTimeStandards? standards = null)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        if (instances is null)
        {
            throw new ArgumentNullException(nameof(instances));
        }

        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var byStep = definition.Steps.ToDictionary(s => s.Key, _ => new Tally(), StringComparer.Ordinal);
        var byRole = definition.Roles.ToDictionary(r => r.Id, _ => new Tally(), StringComparer.Ordinal);
        var statuses = new[] { SopStatus.Running, SopStatus.Completed, SopStatus.CompletedWithGaps, SopStatus.StoppedAtGap, SopStatus.Cancelled }.ToDictionary(x => x, _ => 0);
        var gaps = new int[definition.Gaps.Count];
        foreach (var instance in instances.Where(i => i.Definition.Id == definition.Id && i.Definition.Version == definition.Version))
        {
            statuses[instance.Status]++;
            foreach (var gap in instance.ReachedGapIndexes)
            {
                gaps[gap]++;
            }

            foreach (var visit in instance.GetVisits().Where(v => v.ClosedAt is not null && v.Outcome != SopEventKind.Cancelled))
            {
                var due = SopDeadlines.Due(definition, visit, calendar, standards);
                var worked = calendar.WorkingTimeBetween(visit.OpenedAt, visit.ClosedAt!.Value);
                byStep[visit.Step].Add(worked, due, visit.ClosedAt.Value);
                byRole[visit.Role].Add(worked, due, visit.ClosedAt.Value);
            }
        }

        var steps = definition.Steps.Select(s => byStep[s.Key].Row(
            s.Key,
            s.Activity,
            (standards ?? SopTimeStandards.None).For(definition, s).Text)).ToArray();
        var roles = definition.Roles.Select(r => byRole[r.Id].Row(r.Id, r.Name, null)).ToArray();
        var gapRows = definition.Gaps.Select((g, i) => new SlaGapRow(g, gaps[i])).Where(r => r.InstanceCount > 0).ToArray();
        return new SlaReport(steps, roles, statuses, gapRows);
    }

    private sealed class Tally
    {
        private int _closed;
        private int _within;
        private int _without;
        private Duration _total;
        private Duration _max;

        public void Add(Duration worked, Instant? due, Instant closedAt)
        {
            _closed++;
            _total += worked;
            _max = worked > _max ? worked : _max;
            if (due is null)
            {
                _without++;
            }
            else if (closedAt <= due.Value)
            {
                _within++;
            }
        }

        public SlaRow Row(string key, string label, string? standard) => new(key, label, standard, _closed, _within, _without, _total, _max);
    }
}
