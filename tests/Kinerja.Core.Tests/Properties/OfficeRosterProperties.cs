using Kinerja.Core.Agreements;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// Who the roster grants an SOP role, against the rule written out plainly: an entry grants when its
/// name is the role's id or name, or in the office's alias group of either; a definitive entry at any
/// moment, an acting one on the days of its period in the roster's zone; the definition's aliases never.
/// </summary>
public class OfficeRosterProperties
{
    [SopProperty(Arbitrary = [typeof(RosterArbitraries)], Scale = 5)]
    public void Grant_AnyRosterAndMoment_FollowsTheRule(RosterProbe probe)
    {
        var roster = probe.Build();
        var matching = Matching(probe, probe.Entries).ToArray();
        var definitive = matching.Where(e => e.Acting == ActingStatus.Definitive).ToArray();
        var acting = matching.Where(e => e.Acting != ActingStatus.Definitive && probe.Day >= e.From && probe.Day <= e.To).ToArray();

        var grant = roster.Grant("p", probe.Role, probe.At);

        if (definitive.Length > 0)
        {
            Assert.NotNull(grant);
            Assert.Equal(ActingStatus.Definitive, grant.Acting);
            Assert.Equal(definitive[0].Name, grant.Role.Name);
        }
        else if (acting.Length > 0)
        {
            Assert.NotNull(grant);
            Assert.Equal((acting[0].Name, acting[0].Acting, acting[0].From, acting[0].To), (grant.Role.Name, grant.Acting, grant.Role.From!.Value, grant.Role.To!.Value));
            Assert.Equal(("pejabat definitif", "Sprint 800/3/2026"), (grant.StandsInFor, grant.Assignment));
        }
        else
        {
            Assert.Null(grant);
        }

        Assert.Equal(grant is not null, roster.Holds("p", probe.Role, probe.At));
        Assert.Equal(grant is null ? Array.Empty<string>() : ["p"], roster.HoldersOf(probe.Role, probe.At).Select(p => p.Id));
    }

    [SopProperty(Arbitrary = [typeof(RosterArbitraries)], Scale = 5)]
    public void Grant_ActingEntry_ExistsExactlyOnTheDaysOfItsPeriodInTheRostersZone(RosterProbe probe)
    {
        foreach (var entry in probe.Entries.Where(e => e.Acting != ActingStatus.Definitive))
        {
            var roster = probe.Build([entry]);
            var zone = roster.TimeZone;
            var first = zone.AtStartOfDay(entry.From).ToInstant();
            var end = zone.AtStartOfDay(entry.To.PlusDays(1)).ToInstant();

            foreach (var role in RosterArbitraries.Definition.Roles)
            {
                var grants = Matching(probe, [entry], role).Any();
                Assert.Equal(grants && probe.Day >= entry.From && probe.Day <= entry.To, roster.Holds("p", role, probe.At));
                Assert.Equal(grants, roster.Holds("p", role, first));
                Assert.Equal(grants, roster.Holds("p", role, end - Duration.Epsilon));
                Assert.False(roster.Holds("p", role, first - Duration.Epsilon));
                Assert.False(roster.Holds("p", role, end));
            }
        }
    }

    [SopProperty(Arbitrary = [typeof(RosterArbitraries)], Scale = 5)]
    public void Grant_DefinitiveEntry_HoldsAtAnyMoment(RosterProbe probe)
    {
        foreach (var entry in probe.Entries.Where(e => e.Acting == ActingStatus.Definitive))
        {
            var roster = probe.Build([entry]);
            foreach (var role in RosterArbitraries.Definition.Roles)
            {
                var grants = Matching(probe, [entry], role).Any();
                foreach (var at in new[] { probe.At, Instant.MinValue, Instant.MaxValue, probe.At + Duration.FromDays(3650) })
                {
                    Assert.Equal(grants, roster.Grant("p", role, at) is { Acting: ActingStatus.Definitive });
                }
            }
        }
    }

    [SopProperty(Arbitrary = [typeof(RosterArbitraries)], Scale = 5)]
    public void Grant_DefinitionAliases_NeverGrant(RosterProbe probe)
    {
        // The person holds every alias of the role the definition lists, definitively and acting on the day asked about,
        // except those that are the role's id or name as written, or in the office's group of either.
        var role = probe.Role;
        var aliases = role.Aliases
            .SelectMany(a => new[]
            {
                new RosterEntrySpec(a, ActingStatus.Definitive, default, default),
                new RosterEntrySpec(a, ActingStatus.Plh, probe.Day, probe.Day),
            })
            .Where(e => !Matching(probe, [e], role).Any())
            .ToArray();

        var roster = probe.Build(aliases);

        Assert.Null(roster.Grant("p", role, probe.At));
        Assert.Empty(roster.HoldersOf(role, probe.At));
    }

    /// <summary>The rule: the entries whose name is the role's id or name, or in the office's alias group of either.</summary>
    private static IEnumerable<RosterEntrySpec> Matching(RosterProbe probe, IEnumerable<RosterEntrySpec> entries, SopRole? role = null)
    {
        role ??= probe.Role;
        var names = new HashSet<string>(StringComparer.Ordinal) { RoleNames.Normalize(role.Id), RoleNames.Normalize(role.Name) };
        foreach (var group in probe.AliasGroups.Select(g => g.Select(RoleNames.Normalize).ToArray()))
        {
            if (group.Any(names.Contains))
            {
                names.UnionWith(group);
            }
        }

        return entries.Where(e => names.Contains(RoleNames.Normalize(e.Name)));
    }
}
