using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// The generators of the office roster properties: rosters in WIB, WITA, WIT, Havana or London whose people hold roles
/// under the SOP roles' ids and names (spelled as people write them), under the office's alias groups,
/// and under the definition's own aliases (which grant nothing), definitively or acting over a few days
/// of March 2026; and moments around those days, often on a day's first or last instant in the office's zone.
/// </summary>
public static class RosterArbitraries
{
    /// <summary>The SOP the probes ask about: four roles, each with aliases of the definition's own.</summary>
    public static readonly SopDefinition Definition = SopDefinition.CreateBuilder("uji-roster", 1)
        .WithHeader(new SopHeader { Nama = "Uji roster" })
        .AddRole("camat", "Camat", "Kepala Kecamatan", "Staf Camat")
        .AddRole("sekcam", "Sekretaris Kecamatan", "Sekcam", "Sekretaris")
        .AddRole("kasi-pem", "Kepala Seksi Pemerintahan", "Kasi Pem")
        .AddRole("pelaksana", "Pelaksana", "Staf", "Staff")
        .AddStep("1", "Menyusun", "pelaksana")
        .AddStep("2", "Memeriksa", "kasi-pem")
        .AddStep("3", "Memaraf", "sekcam")
        .AddStep("4", "Menandatangani", "camat")
        .Build().Value;

    /// <summary>The office's alias groups to pick from: disjoint, some holding a definition's alias (as office configuration).</summary>
    public static readonly IReadOnlyList<string[]> Groups =
    [
        ["Camat", "Pak Camat", "Kepala Wilayah"],
        ["Sekcam", "Sekretaris Kecamatan"],
        ["Kasi Pemerintahan", "Kepala Seksi Pemerintahan"],
        ["Pelaksana", "Staf Pelaksana"],
        ["Kepala Kecamatan", "Kakec"],
    ];

    /// <summary>The first day acting periods may start.</summary>
    public static readonly LocalDate PeriodsFrom = new(2026, 3, 1);

    // With two zones whose clocks change in March 2026: Havana skips midnight to 01:00 on 8 March, London 01:00 to
    // 02:00 on 29 March.
    private static readonly (string Name, DateTimeZone Zone)[] Zones =
        [("WIB", OfficeTimeZones.Wib), ("WITA", OfficeTimeZones.Wita), ("WIT", OfficeTimeZones.Wit),
         ("Havana", DateTimeZoneProviders.Tzdb["America/Havana"]), ("London", DateTimeZoneProviders.Tzdb["Europe/London"])];

    private static readonly string[] Names =
    [
        .. Definition.Roles.SelectMany(r => (string[])[r.Id, r.Name, .. r.Aliases]),
        .. Groups.SelectMany(g => g),
        "Bendahara",
    ];

    /// <summary>A roster of one person with one to four entries, a role of <see cref="Definition"/> and a moment.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RosterProbe> Probes() => Arb.From(
        from zone in Gen.Elements(Zones)
        from groups in Gen.SubListOf(Groups.ToArray())
        from count in Gen.Choose(1, 4)
        from entries in Gen.ArrayOf(EntryGen, count)
        from role in Gen.Choose(0, Definition.Roles.Count - 1)
        from day in Gen.Choose(-2, 30)
        from time in Gen.Frequency(
            (1, Gen.Constant(LocalTime.Midnight)),
            (1, Gen.Constant(LocalTime.MaxValue)),
            (3, Gen.Choose(0, (24 * 60) - 1).Select(m => LocalTime.Midnight.PlusMinutes(m))))
        select new RosterProbe(zone.Name, zone.Zone, groups.ToArray(), entries, role, PeriodsFrom.PlusDays(day).At(time).InZoneLeniently(zone.Zone).ToInstant()));

    private static Gen<RosterEntrySpec> EntryGen =>
        from name in Gen.Elements(Names)
        from spelling in Gen.Elements(0, 0, 1, 2, 3)
        from acting in Gen.Frequency((2, Gen.Constant(ActingStatus.Definitive)), (1, Gen.Constant(ActingStatus.Plt)), (1, Gen.Constant(ActingStatus.Plh)))
        from start in Gen.Choose(0, 20)
        from days in Gen.Choose(0, 6)
        select new RosterEntrySpec(Spell(name, spelling), acting, PeriodsFrom.PlusDays(start), PeriodsFrom.PlusDays(start + days));

    /// <summary>A name as people write it: as is, in capitals, with dots, with dashes.</summary>
    private static string Spell(string name, int how) => how switch
    {
        1 => name.ToUpperInvariant(),
        2 => name.Replace(" ", ". ", StringComparison.Ordinal) + ".",
        3 => name.ToLowerInvariant().Replace(' ', '-'),
        _ => name,
    };
}

/// <summary>One roster entry as generated.</summary>
/// <param name="Name">The role's name as written.</param>
/// <param name="Acting">Definitive, Plt or Plh.</param>
/// <param name="From">For an acting entry, the first day.</param>
/// <param name="To">For an acting entry, the last day.</param>
public sealed record RosterEntrySpec(string Name, ActingStatus Acting, LocalDate From, LocalDate To)
{
    /// <summary>The entry, with its period when acting.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Acting == ActingStatus.Definitive ? "'" + Name + "'" : Acting + " '" + Name + "' " + From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A roster of one person ("p"), a role of <see cref="RosterArbitraries.Definition"/> and a moment to ask about.</summary>
/// <param name="ZoneName">WIB, WITA, WIT, Havana or London.</param>
/// <param name="Zone">The roster's time zone.</param>
/// <param name="AliasGroups">The office's alias groups.</param>
/// <param name="Entries">The person's entries, in the order added.</param>
/// <param name="RoleIndex">The SOP role asked about.</param>
/// <param name="At">The moment asked about.</param>
public sealed record RosterProbe(string ZoneName, DateTimeZone Zone, IReadOnlyList<string[]> AliasGroups, IReadOnlyList<RosterEntrySpec> Entries, int RoleIndex, Instant At)
{
    /// <summary>The SOP role asked about.</summary>
    public SopRole Role => RosterArbitraries.Definition.Roles[RoleIndex];

    /// <summary>The day of <see cref="At"/> in the roster's zone.</summary>
    public LocalDate Day => At.InZone(Zone).Date;

    /// <summary>Builds the roster: the groups, then "p" with the definitive entries, then the acting ones.</summary>
    /// <param name="entries">The entries to give "p"; <see langword="null"/> for <see cref="Entries"/>.</param>
    /// <returns>The roster.</returns>
    public OfficeRoster Build(IEnumerable<RosterEntrySpec>? entries = null)
    {
        var all = (entries ?? Entries).ToArray();
        var builder = OfficeRoster.CreateBuilder().WithTimeZone(Zone);
        foreach (var group in AliasGroups)
        {
            builder.AddAliases(group);
        }

        builder.AddPerson("p", "Pegawai", [.. all.Where(e => e.Acting == ActingStatus.Definitive).Select(e => e.Name)]);
        foreach (var e in all.Where(e => e.Acting != ActingStatus.Definitive))
        {
            builder.AddActing("p", e.Name, e.Acting, "pejabat definitif", e.From, e.To, "Sprint 800/3/2026");
        }

        var result = builder.Build();
        Assert.True(result.IsValid, result.ToString());
        return result.Value;
    }

    /// <summary>The roster, the role and the moment.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        ZoneName + "; groups " + string.Join(" ", AliasGroups.Select(g => "[" + string.Join(", ", g) + "]"))
        + "; p holds " + string.Join(", ", Entries) + "; role " + Role.Id + " (" + Role.Name + ")"
        + "; at " + At.InZone(Zone).LocalDateTime.ToString("yyyy-MM-dd HH:mm:ss.fffffffff", CultureInfo.InvariantCulture);
}
