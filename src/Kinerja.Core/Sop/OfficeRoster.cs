using Kinerja.Core.Agreements;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Sop;

/// <summary>One person of an office's roster and the positions (roles) they hold.</summary>
public sealed class RosterPerson
{
    internal RosterPerson(string id, string name, string? nip, IReadOnlyList<RosterRole> roles, HashSet<string> names)
    {
        Id = id;
        Name = name;
        Nip = nip;
        Roles = roles;
        Names = names;
    }

    /// <summary>The person's id in the host application (user name, employee number ...).</summary>
    public string Id { get; }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The person's NIP, if recorded.</summary>
    public string? Nip { get; }

    /// <summary>The roles held, each definitive or acting (Plt, Plh).</summary>
    public IReadOnlyList<RosterRole> Roles { get; }

    internal HashSet<string> Names { get; }

    /// <summary>The person's name and id.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + Id + ")";
}

/// <summary>A role (position) a person holds, definitively or acting.</summary>
public sealed class RosterRole
{
    internal RosterRole(string name, ActingStatus acting)
    {
        Name = name;
        Acting = acting;
    }

    /// <summary>The role's name as the office writes it.</summary>
    public string Name { get; }

    /// <summary>Whether the person acts in the role (Plt, Plh).</summary>
    public ActingStatus Acting { get; }

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
/// Sekretaris Kecamatan, Sekretaris), people holding one or several roles (acting too), and who
/// may therefore act on which step. Configuration, not code; immutable once built.
/// </summary>
public sealed class OfficeRoster
{
    private readonly Dictionary<string, RosterPerson> _people;

    internal OfficeRoster(IReadOnlyList<IReadOnlyList<string>> aliasGroups, Dictionary<string, RosterPerson> people)
    {
        AliasGroups = aliasGroups;
        _people = people;
    }

    /// <summary>The alias groups: names that mean the same role in this office.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AliasGroups { get; }

    /// <summary>Everyone on the roster.</summary>
    public IEnumerable<RosterPerson> People => _people.Values;

    /// <summary>Starts building a roster.</summary>
    /// <returns>A builder.</returns>
    public static OfficeRosterBuilder CreateBuilder() => new();

    /// <summary>Finds a person by id.</summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public RosterPerson? Find(string personId) => personId is not null && _people.TryGetValue(personId, out var p) ? p : null;

    /// <summary>Whether a person holds an SOP role (under any of its names or the office's aliases).</summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="role">The SOP role.</param>
    /// <returns><see langword="true"/> when the person may act in that role.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public bool Holds(string personId, SopRole role)
    {
        if (role is null)
        {
            throw new ArgumentNullException(nameof(role));
        }

        return Find(personId) is { } person && Holds(person, role);
    }

    /// <summary>Everyone who holds an SOP role: who must act on a step of that role.</summary>
    /// <param name="role">The SOP role.</param>
    /// <returns>The people, in roster order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public IReadOnlyList<RosterPerson> HoldersOf(SopRole role)
    {
        if (role is null)
        {
            throw new ArgumentNullException(nameof(role));
        }

        return _people.Values.Where(p => Holds(p, role)).ToArray();
    }

    internal static bool Holds(RosterPerson person, SopRole role)
    {
        foreach (var name in role.NormalizedNames)
        {
            if (person.Names.Contains(name))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Assembles an <see cref="OfficeRoster"/>.</summary>
public sealed class OfficeRosterBuilder
{
    private readonly List<string[]> _aliases = [];
    private readonly List<(string Id, string Name, string? Nip, List<RosterRole> Roles)> _people = [];

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

    /// <summary>Adds a person holding roles definitively.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="roles">The roles held.</param>
    /// <returns>This builder.</returns>
    public OfficeRosterBuilder AddPerson(string id, string name, params string[] roles)
    {
        _people.Add((id, name, null, (roles ?? []).Select(r => new RosterRole(r, ActingStatus.Definitive)).ToList()));
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
        _people.Add((id, name, nip, (roles ?? []).Select(r => new RosterRole(r, ActingStatus.Definitive)).ToList()));
        return this;
    }

    /// <summary>Lets a person already added act in another role (Plt or Plh).</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="role">The role acted in.</param>
    /// <param name="acting">Plt or Plh.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No person with that id was added.</exception>
    public OfficeRosterBuilder AddActing(string id, string role, ActingStatus acting = ActingStatus.Plt)
    {
        var index = _people.FindIndex(p => p.Id == id);
        if (index < 0)
        {
            throw new ArgumentException($"Add person '{id}' before giving them an acting role.", nameof(id));
        }

        _people[index].Roles.Add(new RosterRole(role, acting));
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

        var people = new Dictionary<string, RosterPerson>(StringComparer.Ordinal);
        for (var i = 0; i < _people.Count; i++)
        {
            var (id, name, nip, roles) = _people[i];
            var path = Text.Index("people", i);
            var ok = problems.Required(id, path + ".id") & problems.Required(name, path + ".name");
            if (ok && people.ContainsKey(id))
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
                ok &= problems.Required(roles[r].Name, Text.Index(path + ".roles", r));
            }

            if (!ok)
            {
                continue;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var role in roles)
            {
                var key = RoleNames.Normalize(role.Name);
                names.Add(key);
                if (groups.TryGetValue(key, out var g))
                {
                    foreach (var alias in _aliases[g].Where(a => !string.IsNullOrWhiteSpace(a)))
                    {
                        names.Add(RoleNames.Normalize(alias));
                    }
                }
            }

            people.Add(id, new RosterPerson(id, name, nip, roles.ToArray(), names));
        }

        return problems.Result(() => new OfficeRoster(_aliases.Select(a => (IReadOnlyList<string>)a.ToArray()).ToArray(), people));
    }
}
