using Kinerja.Core.Agreements;
using Kinerja.Core.Sop;
using NodaTime;
using NodaTime.Text;

namespace Kinerja.Samples.WebApi.Security;

/// <summary>
/// The office roster as configuration (<c>Kinerja:Roster</c> in appsettings.json): who holds which
/// position, so that the SOP engine can decide who may act on a step. Only the roster grants a role:
/// the names an office uses for an SOP role (Sekcam for Sekretaris Kecamatan) are its alias groups,
/// not the SOP's own aliases. The shipped roster is DEMO data with invented people.
/// </summary>
internal sealed class RosterSettings
{
    public List<List<string>> Aliases { get; init; } = [];

    public List<RosterPersonSettings> People { get; init; } = [];

    /// <summary>Builds the roster in the office's time zone; every problem at once (the core's paths: <c>people[1].id</c>).</summary>
    /// <param name="zone">The office's time zone, in which acting periods are read.</param>
    /// <exception cref="InvalidOperationException">The configured roster is not valid.</exception>
    public OfficeRoster Build(DateTimeZone zone)
    {
        var builder = OfficeRoster.CreateBuilder().WithTimeZone(zone);
        foreach (var group in Aliases)
        {
            builder.AddAliases([.. group]);
        }

        var dates = new List<string>();
        LocalDate? Date(string? text, string path)
        {
            var parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            dates.Add($"{path}: '{text}' is not a date (yyyy-MM-dd).");
            return null;
        }

        for (var i = 0; i < People.Count; i++)
        {
            var p = People[i];
            if (p.Nip is { } nip)
            {
                builder.AddPersonWithNip(p.Id ?? string.Empty, p.Name ?? string.Empty, nip, [.. p.Roles]);
            }
            else
            {
                builder.AddPerson(p.Id ?? string.Empty, p.Name ?? string.Empty, [.. p.Roles]);
            }

            for (var j = 0; j < p.Acting.Count; j++)
            {
                var acting = p.Acting[j];
                var path = $"Kinerja:Roster:People:{i}:Acting:{j}";
                var from = Date(acting.From, path + ":From");
                var to = Date(acting.To, path + ":To");
                if (from is not null && to is not null)
                {
                    builder.AddActing(p.Id ?? string.Empty, acting.Role ?? string.Empty, acting.Status, acting.StandsInFor ?? string.Empty, from.Value, to.Value, acting.Assignment);
                }
            }
        }

        var result = builder.Build();
        return result.IsValid && dates.Count == 0
            ? result.Value
            : throw new InvalidOperationException("Kinerja:Roster in the configuration is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, dates.Append(result.ToString())));
    }
}

internal sealed class RosterPersonSettings
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Nip { get; init; }

    public List<string> Roles { get; init; } = [];

    public List<ActingSettings> Acting { get; init; } = [];
}

/// <summary>An acting role (Plt or Plh): for whom, from and to which dates (yyyy-MM-dd, inclusive), on which letter.</summary>
internal sealed class ActingSettings
{
    public string? Role { get; init; }

    public ActingStatus Status { get; init; } = ActingStatus.Plt;

    public string? StandsInFor { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Assignment { get; init; }
}
