using Kinerja.Core.Agreements;
using Kinerja.Core.Sop;

namespace Kinerja.Samples.WebApi.Security;

/// <summary>
/// The office roster as configuration (<c>Kinerja:Roster</c> in appsettings.json): who holds which
/// position, so that the SOP engine can decide who may act on a step. The shipped roster is DEMO
/// data with invented people.
/// </summary>
internal sealed class RosterSettings
{
    public List<List<string>> Aliases { get; init; } = [];

    public List<RosterPersonSettings> People { get; init; } = [];

    /// <summary>Builds the roster; every problem at once (the core's paths: <c>people[1].id</c>).</summary>
    /// <exception cref="InvalidOperationException">The configured roster is not valid.</exception>
    public OfficeRoster Build()
    {
        var builder = OfficeRoster.CreateBuilder();
        foreach (var group in Aliases)
        {
            builder.AddAliases([.. group]);
        }

        foreach (var p in People)
        {
            if (p.Nip is { } nip)
            {
                builder.AddPersonWithNip(p.Id ?? string.Empty, p.Name ?? string.Empty, nip, [.. p.Roles]);
            }
            else
            {
                builder.AddPerson(p.Id ?? string.Empty, p.Name ?? string.Empty, [.. p.Roles]);
            }

            foreach (var acting in p.Acting)
            {
                builder.AddActing(p.Id ?? string.Empty, acting.Role ?? string.Empty, acting.Status);
            }
        }

        var result = builder.Build();
        return result.IsValid
            ? result.Value
            : throw new InvalidOperationException("Kinerja:Roster in the configuration is not valid:" + Environment.NewLine + result);
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

internal sealed class ActingSettings
{
    public string? Role { get; init; }

    public ActingStatus Status { get; init; } = ActingStatus.Plt;
}
