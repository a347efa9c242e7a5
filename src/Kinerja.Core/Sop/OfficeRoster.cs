using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.TimeZones;
using NodaTime.Text;

namespace Kinerja.Core.Sop;

/// <summary>One person of an office's roster and the positions (roles) they hold.</summary>
public sealed class RosterPerson
{
    private static readonly Dictionary<string, RosterGrant[]> NoGrants = new(StringComparer.Ordinal);

    internal RosterPerson(string id, string name, string? nip, IReadOnlyList<RosterRole> roles)
    {
        Id = id;
        Name = name;
        Nip = nip;
        Roles = roles;
    }

    /// <summary>The person's id in the host application (user name, employee number ...).</summary>
    public string Id { get; }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The person's NIP, if recorded.</summary>
    public string? Nip { get; }

    /// <summary>The roles held, each definitive or acting (Plt, Plh), in the order added.</summary>
    public IReadOnlyList<RosterRole> Roles { get; }

    /// <summary>
    /// Set once by <see cref="OfficeRosterBuilder.Build"/>: for every normalized name an entry answers to
    /// (its own and its alias group's), the grants of the entries answering to it, definitive ones first,
    /// then in the order of <see cref="Roles"/>.
    /// </summary>
    internal Dictionary<string, RosterGrant[]> GrantsByName { get; set; } = NoGrants;

    /// <summary>The person's name and id.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + Id + ")";
}

/// <summary>
/// A role (position) a person holds: definitively, without a period, or acting (Plt, Plh) for someone,
/// from one date to another, on the strength of a letter.
/// </summary>
public sealed class RosterRole
{
    internal RosterRole(string name, ActingStatus acting, string? standsInFor, LocalDate? from, LocalDate? to, string? assignment)
    {
        Name = name;
        Acting = acting;
        StandsInFor = standsInFor;
        From = from;
        To = to;
        Assignment = assignment;
    }

    /// <summary>The role's name as the office writes it.</summary>
    public string Name { get; }

    /// <summary>Whether the person acts in the role (Plt, Plh).</summary>
    public ActingStatus Acting { get; }

    /// <summary>
    /// For an acting role, the official stood in for (a person id of the roster or a name, as the
    /// assignment letter writes it); <see langword="null"/> for a definitive role.
    /// </summary>
    public string? StandsInFor { get; }

    /// <summary>For an acting role, the first day of the period (inclusive, a date in the roster's <see cref="OfficeRoster.TimeZone"/>); <see langword="null"/> for a definitive role.</summary>
    public LocalDate? From { get; }

    /// <summary>For an acting role, the last day of the period (inclusive, a date in the roster's <see cref="OfficeRoster.TimeZone"/>); <see langword="null"/> for a definitive role.</summary>
    public LocalDate? To { get; }

    /// <summary>The letter or decree an acting role rests on, such as "Sprint 800/12/2026", if recorded.</summary>
    public string? Assignment { get; }

    /// <summary>The role, with its acting prefix.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Acting switch
    {
        ActingStatus.Plt => "Plt. " + Name,
        ActingStatus.Plh => "Plh. " + Name,
        _ => Name,
    };
}

/// <summary>
/// An office's mapping of SOP roles to its own positions and people: alias groups (Sekcam,
/// Sekretaris Kecamatan, Sekretaris), people holding one or several roles (definitively, or acting
/// for someone over a period), and who may therefore act on which step at a given moment. Only the
/// roster grants a role: an SOP definition's own aliases never do. Configuration, not code; immutable
/// once built. See docs/sop.md, "Roles as configuration".
/// </summary>
public sealed class OfficeRoster
{
    private readonly RosterPerson[] _people;
    private readonly Dictionary<string, RosterPerson> _byId;

    internal OfficeRoster(IReadOnlyList<IReadOnlyList<string>> aliasGroups, RosterPerson[] people, DateTimeZone timeZone)
    {
        AliasGroups = aliasGroups;
        _people = people;
        _byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        TimeZone = timeZone;
    }

    /// <summary>The alias groups: names that mean the same role in this office.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AliasGroups { get; }

    /// <summary>The office's time zone, in which the dates of acting periods are read.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Everyone on the roster, in the order added.</summary>
    public IEnumerable<RosterPerson> People => _people;

    /// <summary>Starts building a roster.</summary>
    /// <returns>A builder.</returns>
    public static OfficeRosterBuilder CreateBuilder() => new();

    /// <summary>Finds a person by id.</summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public RosterPerson? Find(string personId) => personId is not null && _byId.TryGetValue(personId, out var p) ? p : null;

    /// <summary>
    /// What lets a person act in an SOP role at a moment: the person's roster entry whose name, or a
    /// name of its alias group, is the role's <see cref="SopRole.Id"/> or <see cref="SopRole.Name"/>
    /// (compared as people write them: case, spaces, dots, dashes and underscores do not matter).
    /// A definitive entry grants at any moment and is preferred; an acting entry grants only on the
    /// days of its period, in <see cref="TimeZone"/>. The definition's <see cref="SopRole.Aliases"/>
    /// grant nothing. Allocates nothing: the grants are made when the roster is built.
    /// </summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="role">The SOP role.</param>
    /// <param name="at">The moment of the action.</param>
    /// <returns>The grant, or <see langword="null"/> when the person is not on the roster or does not hold the role at that moment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public RosterGrant? Grant(string personId, SopRole role, Instant at)
    {
        if (role is null)
        {
            throw new ArgumentNullException(nameof(role));
        }

        return Find(personId) is { } person ? Grant(person, role, at) : null;
    }

    /// <summary>Whether a person holds an SOP role at a moment: whether <see cref="Grant(string, SopRole, Instant)"/> finds a grant.</summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="role">The SOP role.</param>
    /// <param name="at">The moment of the action.</param>
    /// <returns><see langword="true"/> when the person may act in that role at that moment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public bool Holds(string personId, SopRole role, Instant at) => Grant(personId, role, at) is not null;

    /// <summary>Everyone who holds an SOP role at a moment: who must act on a step of that role.</summary>
    /// <param name="role">The SOP role.</param>
    /// <param name="at">The moment.</param>
    /// <returns>The people, in roster order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public IReadOnlyList<RosterPerson> HoldersOf(SopRole role, Instant at)
    {
        if (role is null)
        {
            throw new ArgumentNullException(nameof(role));
        }

        return _people.Where(p => Grant(p, role, at) is not null).ToArray();
    }

    /// <summary>The fast path of <see cref="Grant(string, SopRole, Instant)"/> for a person already found (the engine's).</summary>
    internal static RosterGrant? Grant(RosterPerson person, SopRole role, Instant at)
    {
        RosterGrant? best = null;
        var names = role.RosterNames;
        for (var n = 0; n < names.Length; n++)
        {
            if (!person.GrantsByName.TryGetValue(names[n], out var grants))
            {
                continue;
            }

            // Definitive grants come first, then acting ones, each in roster order: the first that grants now is this name's best.
            for (var g = 0; g < grants.Length; g++)
            {
                var grant = grants[g];
                if (grant.Covers(at))
                {
                    if (best is null || grant.Rank < best.Rank)
                    {
                        best = grant;
                    }

                    break;
                }
            }
        }

        return best;
    }
}

/// <summary>Assembles an <see cref="OfficeRoster"/>.</summary>
public sealed class OfficeRosterBuilder
{
    /// <summary>The first year an acting period may touch: that of <see cref="WorkingCalendarBuilder"/>'s covered years.</summary>
    internal const int FirstYear = 1970;

    /// <summary>The last year an acting period may touch.</summary>
    internal const int LastYear = 2200;

    /// <summary>Midnight, or where the zone skips it the first moment after the skip (<see cref="StartOfDay"/>).</summary>
    private static readonly ZoneLocalMappingResolver StartOfDayResolver = Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly List<string[]> _aliases = [];
    private readonly List<(string Id, string Name, string? Nip, List<Entry> Roles)> _people = [];
    private DateTimeZone _zone = OfficeTimeZones.Wib;

    internal OfficeRosterBuilder()
    {
    }

    /// <summary>Declares names that mean the same role in this office, such as "Sekcam", "Sekretaris Kecamatan", "Sekretaris".</summary>
    /// <param name="names">The names.</param>
    /// <returns>This builder.</returns>
    public OfficeRosterBuilder AddAliases(params string[] names)
    {
        _aliases.Add(names ?? []);
        return this;
    }

    /// <summary>Sets the office's time zone, in which the dates of acting periods are read; default <see cref="OfficeTimeZones.Wib"/>.</summary>
    /// <param name="zone">The zone, such as <see cref="OfficeTimeZones.Wita"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public OfficeRosterBuilder WithTimeZone(DateTimeZone zone)
    {
        _zone = zone ?? throw new ArgumentNullException(nameof(zone));
        return this;
    }

    /// <summary>Adds a person holding roles definitively.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="roles">The roles held.</param>
    /// <returns>This builder.</returns>
    public OfficeRosterBuilder AddPerson(string id, string name, params string[] roles)
    {
        _people.Add((id, name, null, Definitive(roles)));
        return this;
    }

    /// <summary>Adds a person with a NIP holding roles definitively.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="nip">The NIP as typed (validated by <see cref="Build"/>).</param>
    /// <param name="roles">The roles held.</param>
    /// <returns>This builder.</returns>
    public OfficeRosterBuilder AddPersonWithNip(string id, string name, string nip, params string[] roles)
    {
        _people.Add((id, name, nip, Definitive(roles)));
        return this;
    }

    /// <summary>
    /// Lets a person already added act in another role (Plt or Plh) for someone, from one date to
    /// another (both inclusive, read in the roster's time zone). Everything but the person is checked
    /// by <see cref="Build"/>: a status other than Plt or Plh, a blank role or <paramref name="standsInFor"/>,
    /// <paramref name="to"/> before <paramref name="from"/>, a date outside [1970-2200].
    /// </summary>
    /// <param name="id">The person's id.</param>
    /// <param name="role">The role acted in.</param>
    /// <param name="acting">Plt or Plh.</param>
    /// <param name="standsInFor">The official stood in for: a person id of the roster or a name, as the assignment letter writes it.</param>
    /// <param name="from">The first day of the assignment.</param>
    /// <param name="to">The last day of the assignment.</param>
    /// <param name="assignment">The letter or decree it rests on, such as "Sprint 800/12/2026"; <see langword="null"/> or blank for none recorded.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No person with that id was added.</exception>
    public OfficeRosterBuilder AddActing(string id, string role, ActingStatus acting, string standsInFor, LocalDate from, LocalDate to, string? assignment = null)
    {
        var index = _people.FindIndex(p => p.Id == id);
        if (index < 0)
        {
            throw new ArgumentException($"Add person '{id}' before giving them an acting role.", nameof(id));
        }

        _people[index].Roles.Add(new Entry(role, acting, true, standsInFor, from, to, string.IsNullOrWhiteSpace(assignment) ? null : assignment));
        return this;
    }

    /// <summary>Validates and builds the roster, reporting every problem at once.</summary>
    /// <returns>The roster, or every problem found.</returns>
    public ValidationResult<OfficeRoster> Build()
    {
        var problems = new Problems();
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < _aliases.Count; g++)
        {
            for (var n = 0; n < _aliases[g].Length; n++)
            {
                var path = Text.Index(Text.Index("aliases", g), n);
                if (!problems.Required(_aliases[g][n], path))
                {
                    continue;
                }

                var key = RoleNames.Normalize(_aliases[g][n]);
                if (groups.TryGetValue(key, out var other) && other != g)
                {
                    problems.Error(ProblemCodes.Duplicate, path, _aliases[g][n], Text.Index("aliases", other));
                }
                else
                {
                    groups[key] = g;
                }
            }
        }

        var people = new List<RosterPerson>(_people.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _people.Count; i++)
        {
            var (id, name, nip, roles) = _people[i];
            var path = Text.Index("people", i);
            var ok = problems.Required(id, path + ".id") & problems.Required(name, path + ".name");
            if (ok && !ids.Add(id))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".id", id, "people");
                ok = false;
            }

            if (nip is not null)
            {
                var check = Nip.Validate(nip, path + ".nip");
                problems.AddRange(check.Problems);
                ok &= check.IsValid;
            }

            for (var r = 0; r < roles.Count; r++)
            {
                ok &= Check(roles[r], Text.Index(path + ".roles", r), problems);
            }

            if (ok)
            {
                people.Add(Person(id, name, nip, roles, groups));
            }
        }

        return problems.Result(() => new OfficeRoster(_aliases.Select(a => (IReadOnlyList<string>)a.ToArray()).ToArray(), [.. people], _zone));
    }

    private static List<Entry> Definitive(string[]? roles) =>
        (roles ?? []).Select(r => new Entry(r, ActingStatus.Definitive, false, null, default, default, null)).ToList();

    private static bool Check(Entry entry, string path, Problems problems)
    {
        var ok = problems.Required(entry.Name, path + ".name");
        if (!entry.IsActing)
        {
            return ok;
        }

        if (entry.Acting is not (ActingStatus.Plt or ActingStatus.Plh))
        {
            problems.Error(ProblemCodes.OutOfRange, path + ".acting", entry.Acting.ToString(), nameof(ActingStatus.Plt), nameof(ActingStatus.Plh));
            ok = false;
        }

        ok &= problems.Required(entry.StandsInFor, path + ".standsInFor");
        var datesOk = true;
        foreach (var (date, key) in new[] { (entry.From, ".from"), (entry.To, ".to") })
        {
            if (date.Year is < FirstYear or > LastYear)
            {
                problems.Error(ProblemCodes.YearOutOfRange, path + key, Iso(date), Text.Of(FirstYear), Text.Of(LastYear));
                datesOk = false;
            }
        }

        if (datesOk && entry.To < entry.From)
        {
            problems.Error(ProblemCodes.PeriodUnordered, path + ".to", Iso(entry.To), Iso(entry.From));
            datesOk = false;
        }

        return ok && datesOk;
    }

    /// <summary>
    /// The first instant whose local date is the date or later: its midnight, or where the zone skips midnight the end of
    /// the skip, also when it skips the whole date (where <see cref="DateTimeZone.AtStartOfDay"/> throws).
    /// </summary>
    private Instant StartOfDay(LocalDate date) => date.AtMidnight().InZone(_zone, StartOfDayResolver).ToInstant();

    /// <summary>The person with every grant precomputed: what <see cref="OfficeRoster.Grant(RosterPerson, SopRole, Instant)"/> looks up.</summary>
    private RosterPerson Person(string id, string name, string? nip, List<Entry> entries, Dictionary<string, int> groups)
    {
        var roles = entries.Select(e => e.IsActing
            ? new RosterRole(e.Name, e.Acting, e.StandsInFor, e.From, e.To, e.Assignment)
            : new RosterRole(e.Name, ActingStatus.Definitive, null, null, null, null)).ToArray();
        var person = new RosterPerson(id, name, nip, roles);
        var byName = new Dictionary<string, List<RosterGrant>>(StringComparer.Ordinal);

        // Definitive entries first, then acting ones, each in the order added: the order Grant prefers.
        var order = Enumerable.Range(0, roles.Length).OrderBy(r => roles[r].Acting == ActingStatus.Definitive ? 0 : 1).ThenBy(r => r);
        var rank = 0;
        foreach (var r in order)
        {
            var role = roles[r];
            var grant = role.Acting == ActingStatus.Definitive
                ? new RosterGrant(person, role, rank++, Instant.MinValue, Instant.MaxValue)
                : new RosterGrant(person, role, rank++, StartOfDay(role.From!.Value), StartOfDay(role.To!.Value.PlusDays(1)) - Duration.Epsilon);
            var key = RoleNames.Normalize(role.Name);
            var names = groups.TryGetValue(key, out var g)
                ? _aliases[g].Where(a => !string.IsNullOrWhiteSpace(a)).Select(RoleNames.Normalize).Append(key).Distinct(StringComparer.Ordinal)
                : [key];
            foreach (var n in names)
            {
                if (!byName.TryGetValue(n, out var list))
                {
                    byName.Add(n, list = []);
                }

                list.Add(grant);
            }
        }

        person.GrantsByName = byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        return person;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A role as added: definitive (from <see cref="AddPerson"/>) or acting (from <see cref="AddActing"/>).</summary>
    private readonly record struct Entry(string Name, ActingStatus Acting, bool IsActing, string? StandsInFor, LocalDate From, LocalDate To, string? Assignment);
}
