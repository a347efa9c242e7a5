using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.DependencyInjection;

/// <summary>One configured office: its working calendar, roster, time standards and SOP engine, built and validated from <see cref="KinerjaOfficeOptions"/>.</summary>
public sealed class KinerjaOffice
{
    internal KinerjaOffice(string id, string name, WorkingCalendar calendar, OfficeRoster roster, SopTimeStandards timeStandards, SopEngine engine)
    {
        Id = id;
        Name = name;
        Calendar = calendar;
        Roster = roster;
        TimeStandards = timeStandards;
        Engine = engine;
    }

    /// <summary>The office's id.</summary>
    public string Id { get; }

    /// <summary>The office's name.</summary>
    public string Name { get; }

    /// <summary>The office's working calendar (time zone, working hours, holidays).</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Who holds which SOP role in the office; built in the office's time zone, in which acting periods are read.</summary>
    public OfficeRoster Roster { get; }

    /// <summary>The office's overrides of printed time standards.</summary>
    public SopTimeStandards TimeStandards { get; }

    /// <summary>The SOP engine of the office: its roster, the registered clock and <see cref="KinerjaOptions.Engine"/>.</summary>
    public SopEngine Engine { get; }

    /// <summary>Every open step past its due moment at <paramref name="at"/>, in the office's working time, with who must act.</summary>
    /// <param name="instances">The running instances to check.</param>
    /// <param name="at">The moment to check at (from the host's clock).</param>
    /// <returns>The overdue steps, most overdue first (<see cref="SopDeadlines.Overdue"/> with this office's calendar, roster and standards).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is null.</exception>
    public IReadOnlyList<OverdueStep> Overdue(IEnumerable<SopInstance> instances, Instant at) =>
        SopDeadlines.Overdue(instances, at, Calendar, Roster, TimeStandards);

    /// <summary>The office's id and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " (" + Name + ")";
}

/// <summary>The configured offices, by id, with the default one.</summary>
public sealed class OfficeCatalog
{
    private readonly Dictionary<string, KinerjaOffice> _byId;

    internal OfficeCatalog(IReadOnlyList<KinerjaOffice> all, KinerjaOffice defaultOffice)
    {
        All = all;
        Default = defaultOffice;
        _byId = all.ToDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>Every office, in the order configured.</summary>
    public IReadOnlyList<KinerjaOffice> All { get; }

    /// <summary>The default office (<see cref="KinerjaOptions.DefaultOffice"/>, or the first).</summary>
    public KinerjaOffice Default { get; }

    /// <summary>Gets an office by id.</summary>
    /// <param name="id">The office's id.</param>
    /// <returns>The office.</returns>
    /// <exception cref="KeyNotFoundException">No office has that id; the message lists the ids.</exception>
    public KinerjaOffice Get(string id) =>
        TryGet(id, out var office)
            ? office
            : throw new KeyNotFoundException($"No office '{id}'. Offices: {string.Join(", ", All.Select(o => o.Id))}.");

    /// <summary>Gets an office by id.</summary>
    /// <param name="id">The office's id.</param>
    /// <param name="office">The office, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when an office has that id.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KinerjaOffice? office)
    {
        office = null;
        return id is not null && _byId.TryGetValue(id, out office);
    }
}
