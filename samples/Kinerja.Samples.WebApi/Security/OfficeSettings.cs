using Kinerja.Core.Sop;

namespace Kinerja.Samples.WebApi.Security;

/// <summary>
/// The office this app serves (<c>Kinerja:Office</c>): its code, name, kabupaten and units (the
/// kecamatan itself, the sekretariat, each seksi), and which roster positions may do what beyond
/// their own unit (<c>Kinerja:Access</c>). Validated at start-up, every problem at once.
/// </summary>
internal sealed class OfficeSettings
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? Kabupaten { get; init; }

    public List<UnitSettings> Units { get; init; } = [];
}

internal sealed class UnitSettings
{
    public string? Code { get; init; }

    public string? Name { get; init; }
}

/// <summary>Roster positions (names as in the roster or its alias groups) that open more than the own unit.</summary>
internal sealed class AccessSettings
{
    /// <summary>Create and revise the PK of any unit of the office (by default the Kasubbag Perencanaan dan Keuangan).</summary>
    public List<string> PkAuthors { get; init; } = [];

    /// <summary>Read every unit of the office and its recap (by default the Camat and the Sekcam).</summary>
    public List<string> OfficeReaders { get; init; } = [];
}

/// <summary>The office, its units and the access roles, checked and ready for the authorisation handler.</summary>
internal sealed class Office
{
    private readonly HashSet<string> _units;

    private Office(string code, string name, string kabupaten, IReadOnlyList<UnitSettings> units, IReadOnlyList<SopRole> pkAuthors, IReadOnlyList<SopRole> officeReaders)
    {
        Code = code;
        Name = name;
        Kabupaten = kabupaten;
        Units = units;
        _units = new HashSet<string>(units.Select(u => u.Code!), StringComparer.Ordinal);
        PkAuthors = pkAuthors;
        OfficeReaders = officeReaders;
    }

    public string Code { get; }

    public string Name { get; }

    public string Kabupaten { get; }

    public IReadOnlyList<UnitSettings> Units { get; }

    /// <summary>The access roles as SOP roles, so that the roster grants them exactly as it grants an SOP step (Plt and Plh on their dates).</summary>
    public IReadOnlyList<SopRole> PkAuthors { get; }

    public IReadOnlyList<SopRole> OfficeReaders { get; }

    public bool HasUnit(string? unitCode) => unitCode is not null && _units.Contains(unitCode);

    /// <exception cref="InvalidOperationException">The configuration is not valid (every problem listed).</exception>
    public static Office Build(IConfiguration configuration)
    {
        var office = configuration.GetSection("Kinerja:Office").Get<OfficeSettings>() ?? new OfficeSettings();
        var access = configuration.GetSection("Kinerja:Access").Get<AccessSettings>() ?? new AccessSettings();
        var problems = new List<Api.ProblemItem>();
        Api.Ids.Check(office.Code, "Kinerja:Office:Code", Api.Ids.MaxCode, problems);
        Api.Ids.Check(office.Kabupaten, "Kinerja:Office:Kabupaten", Api.Ids.MaxCode, problems);
        if (string.IsNullOrWhiteSpace(office.Name))
        {
            problems.Add(Api.ProblemItem.From(new Kinerja.Core.Validation.ValidationProblem(Kinerja.Core.Validation.ProblemCodes.Required, "Kinerja:Office:Name", office.Name, Kinerja.Core.Validation.Severity.Error)));
        }

        for (var i = 0; i < office.Units.Count; i++)
        {
            Api.Ids.Check(office.Units[i].Code, $"Kinerja:Office:Units:{i}:Code", Api.Ids.MaxCode, problems);
        }

        if (!office.Units.Any(u => u.Code == office.Code))
        {
            problems.Add(Api.ProblemItem.From(new Kinerja.Core.Validation.ValidationProblem(Kinerja.Core.Validation.ProblemCodes.Required, "Kinerja:Office:Units (the office's own code)", office.Code, Kinerja.Core.Validation.Severity.Error)));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Kinerja:Office in the configuration is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => p.MessageEnglish)));
        }

        // One step per access role: the definition exists only so that OfficeRoster.Grant can be asked about these roles.
        var roles = access.PkAuthors.Select((n, i) => (Id: "pk-author-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Name: n))
            .Concat(access.OfficeReaders.Select((n, i) => (Id: "office-reader-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Name: n)))
            .ToList();
        var builder = SopDefinition.CreateBuilder("kinerja-webapi-access").WithHeader(new SopHeader { Nama = "Hak akses aplikasi" });
        foreach (var (id, name) in roles)
        {
            builder.AddRole(id, name);
        }

        for (var i = 0; i < roles.Count; i++)
        {
            var step = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.AddStep(step, "Akses " + roles[i].Name, roles[i].Id, s => s.WithWaktu("1 Hari"));
        }

        var definition = roles.Count == 0 ? null : builder.Build();
        if (definition is { IsValid: false })
        {
            throw new InvalidOperationException("Kinerja:Access in the configuration is not valid:" + Environment.NewLine + definition);
        }

        var all = definition?.Value.Roles ?? [];
        return new Office(
            office.Code!,
            office.Name!,
            office.Kabupaten!,
            office.Units,
            [.. all.Where(r => r.Id.StartsWith("pk-author-", StringComparison.Ordinal))],
            [.. all.Where(r => r.Id.StartsWith("office-reader-", StringComparison.Ordinal))]);
    }
}
