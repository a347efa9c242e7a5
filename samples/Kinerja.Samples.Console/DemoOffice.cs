using System.Text.Json.Nodes;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Samples.Console;

/// <summary>
/// DEMO DATA. The demo kecamatan's office: its working calendar (WIB, five-day week, the shipped 2026
/// holidays and cuti bersama), its roster of invented people, and its adaptation of the seed SOP
/// "Pelaksanaan Pengukuran Kinerja Triwulan".
/// </summary>
internal static class DemoOffice
{
    /// <summary>The demo kabupaten's code (Purbalingga's BPS code, prefixed: not a real office's data).</summary>
    public const string Kabupaten = "DEMO-3303";

    /// <summary>When the demo runs the SOP: Monday 5 October 2026, 08:00 WIB, the first working day after TW III.</summary>
    public static LocalDateTime DefaultSopStart { get; } = new(2026, 10, 5, 8, 0);

    /// <summary>The office's working calendar: WIB, Monday to Friday, the holidays and cuti bersama of every year the library ships (2025 and 2026).</summary>
    public static WorkingCalendar Calendar { get; } = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Years.SelectMany(y => { NationalHolidays.TryGet(y, out var list); return list!.Holidays; }));

    /// <summary>The first day an SOP run may start on: 1 January of the first year with holidays.</summary>
    public static LocalDate FirstStart => new(NationalHolidays.Years[0], 1, 1);

    /// <summary>The last day an SOP run may start on: 30 November of the last year with holidays, leaving a month for the longest SOP to end inside it.</summary>
    public static LocalDate LastStart => new(NationalHolidays.Years[^1], 11, 30);

    /// <summary>
    /// The seed SOP as the demo office adapts it. The printed SOP (seed 003, second SOP) has no decision
    /// diamond; its step 5 "Memverifikasi Data Pengukuran Kinerja Triwulan" is a check, so the demo
    /// office makes it a decision returning the data to step 4 (the collection) for correction. It is
    /// done the way the library documents for an office: write the template's JSON, edit it, parse it
    /// back (as version 2 of the same id).
    /// </summary>
    public static SopDefinition PengukuranKinerjaTriwulan { get; } = Adapt(SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan);

    /// <summary>The demo people (invented names), and for any role of <paramref name="definition"/> they do not cover, a demo holder of that role.</summary>
    /// <param name="definition">The SOP the roster must serve.</param>
    /// <returns>The roster.</returns>
    public static OfficeRoster RosterFor(SopDefinition definition)
    {
        var builder = BaseRoster();
        var covered = builder.Build().Value;
        // The demo people hold their roles definitively, so any moment answers alike.
        var at = DefaultSopStart.InZoneLeniently(Calendar.TimeZone).ToInstant();
        var extra = definition.Roles.Where(r => covered.HoldersOf(r, at).Count == 0).ToArray();
        foreach (var role in extra)
        {
            builder.AddPerson("demo-" + role.Id, "Petugas " + role.Name + " (demo)", role.Name);
        }

        var result = builder.Build();
        return result.IsValid ? result.Value : throw new InvalidOperationException("The demo roster is invalid: " + result);
    }

    private static OfficeRosterBuilder BaseRoster() => OfficeRoster.CreateBuilder()
        .WithTimeZone(Calendar.TimeZone)
        .AddAliases("Sekcam", "Sekretaris Kecamatan", "Sekretaris")
        .AddAliases("Kasubbag Perencanaan dan Keuangan", "Kasubbag PK", "Kasubag Perencanaan dan Keuangan")
        .AddAliases("Pelaksana", "Staf", "Staff")
        .AddPerson("camat", "Demo Camat, S.STP., M.Si.", "Camat")
        .AddPerson("sekcam", "Sri Lestari (demo)", "Sekcam")
        .AddPerson("kasubbag", "Agus Prasetyo (demo)", "Kasubbag Perencanaan dan Keuangan")
        .AddPerson("staf", "Dewi Anggraini (demo)", "Pelaksana");

    private static SopDefinition Adapt(SopDefinition seed)
    {
        var json = JsonNode.Parse(KinerjaJson.Write(seed))!.AsObject();
        json["version"] = 2;
        json["source"] = seed.Source + "; adapted by the demo office: step 5 (verification) is a decision returning to step 4";
        var step5 = json["steps"]!.AsArray().Select(s => s!.AsObject()).Single(s => (string)s["id"]! == "5");
        step5["decision"] = new JsonObject
        {
            ["question"] = "Data pengukuran kinerja triwulan benar dan lengkap?",
            ["yesLabel"] = "benar",
            ["noLabel"] = "salah",
            ["no"] = "4",
        };
        step5["decisionNote"] = "Demo office's adaptation: the seed prints no decision; data that fails verification goes back to the collection (step 4).";
        var result = KinerjaJson.ReadSopDefinition(json.ToJsonString());
        return result.IsValid ? result.Value : throw new InvalidOperationException("The demo adaptation is invalid: " + result);
    }
}
