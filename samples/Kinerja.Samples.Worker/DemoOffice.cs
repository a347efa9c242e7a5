using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.DependencyInjection;
using NodaTime;

namespace Kinerja.Samples.Worker;

/// <summary>
/// The demo office: Kecamatan Awayan, Kabupaten Balangan (WITA), running the built-in seed SOP
/// "Pelaksanaan Pengukuran Kinerja Triwulan" (seed 003, second SOP). The people are invented (DATA DEMO).
/// </summary>
public static class DemoOffice
{
    /// <summary>The office's id in the demo.</summary>
    public const string Id = "6308-AWY";

    /// <summary>The office's name.</summary>
    public const string Name = "Kecamatan Awayan (DATA DEMO)";

    /// <summary>The SOP the demo runs: the built-in template's id.</summary>
    public static string TemplateId => SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan.Id;

    /// <summary>
    /// Sets the office's options: WITA, five-day week, the shipped holidays, and the roster. The office
    /// calls its Sekretaris "Sekcam" and its Pelaksana "Staf" (alias groups of the office: the SOP's own
    /// aliases grant nobody a role); the Sekcam is Plh. Camat for the week of <paramref name="monday"/>.
    /// </summary>
    /// <param name="office">The office's options.</param>
    /// <param name="monday">The Monday of the demo week.</param>
    public static void Configure(KinerjaOfficeOptions office, LocalDate monday)
    {
        ArgumentNullException.ThrowIfNull(office);
        office.Name = Name;
        office.TimeZone = "WITA";
        office.CustomizeRoster = roster => roster
            .AddAliases("Sekretaris", "Sekretaris Kecamatan", "Sekcam")
            .AddAliases("Pelaksana", "Staf", "Staff")
            .AddPerson("camat", "Ahmad Fauzi", "Camat")
            .AddPerson("sekcam", "Siti Rahmah", "Sekcam")
            .AddActing("sekcam", "Camat", ActingStatus.Plh, "camat", monday, monday.PlusDays(4), "Sprint 800/27/2026 (DATA DEMO)")
            .AddPerson("kasubbag", "Muhammad Yusuf", "Kasubbag Perencanaan dan Keuangan")
            .AddPerson("rina", "Rina Marlina", "Pelaksana")
            .AddPerson("budi", "Budi Santoso", "Staf");
    }
}
