using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.DependencyInjection;
using Kinerja.Core.Sop;
using Kinerja.Core.Tests.Properties;
using Kinerja.Core.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Kinerja.Core.DependencyInjection.Tests;

/// <summary>Options read from configuration (an <c>appsettings.json</c> section): what is read, and how a typo or a wrong value is reported.</summary>
public class ConfigurationTests
{
    private const string Settings = """
        {
          "Kinerja": {
            "DefaultOffice": "6308-AWY",
            "IncludeBuiltInTemplates": true,
            "Offices": [
              { "Id": "6308-TJG", "TimeZone": "WITA" },
              {
                "Id": "6308-AWY",
                "Name": "Kecamatan Awayan",
                "TimeZone": "wita",
                "WorkingDaysPerWeek": 6,
                "DayCounting": "calendardays",
                "Roster": {
                  "Aliases": [ [ "Sekcam", "Sekretaris Kecamatan", "Sekretaris" ] ],
                  "People": [
                    { "Id": "camat", "Name": "Nama Camat", "Roles": [ "Camat" ] },
                    {
                      "Id": "sekcam", "Name": "Nama Sekcam", "Roles": [ "Sekcam" ],
                      "Acting": [ { "Role": "Camat", "Status": "Plh", "StandsInFor": "camat", "From": "2026-07-01", "To": "2026-07-10", "Assignment": "Sprint 800/12/2026" } ]
                    }
                  ]
                }
              }
            ]
          }
        }
        """;

    private static Instant Wita(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(OfficeTimeZones.Wita).ToInstant();

    private static IConfigurationSection Section(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("Kinerja");

    [Fact]
    public void AddKinerja_FromAnAppSettingsSection_BuildsItsOfficesCalendarsAndRosters()
    {
        using var provider = new ServiceCollection().AddKinerja(Section(Settings)).BuildServiceProvider();

        var offices = provider.GetRequiredService<OfficeCatalog>();
        Assert.Equal(["6308-TJG", "6308-AWY"], offices.All.Select(o => o.Id));
        var awayan = offices.Default;
        Assert.Equal(("6308-AWY", "Kecamatan Awayan"), (awayan.Id, awayan.Name));
        Assert.Equal(OfficeTimeZones.Wita, awayan.Calendar.TimeZone);
        Assert.Equal(DayCounting.CalendarDays, awayan.Calendar.DayCounting);
        var camat = SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan.FindRole("camat")!;
        var sekretaris = SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan.FindRole("sekretaris")!;
        var during = Wita(2026, 7, 6, 9);
        Assert.Equal(["camat", "sekcam"], awayan.Roster.HoldersOf(camat, during).Select(p => p.Id));
        Assert.Equal(["camat"], awayan.Roster.HoldersOf(camat, Wita(2026, 7, 11, 9)).Select(p => p.Id));
        Assert.Equal(["sekcam"], awayan.Roster.HoldersOf(sekretaris, during).Select(p => p.Id));
        var plh = awayan.Roster.Find("sekcam")!.Roles[1];
        Assert.Equal(
            ("Camat", ActingStatus.Plh, "camat", new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 10), "Sprint 800/12/2026"),
            (plh.Name, plh.Acting, plh.StandsInFor, plh.From!.Value, plh.To!.Value, plh.Assignment));
        Assert.Same(awayan.Calendar, provider.GetRequiredService<WorkingCalendar>());
    }

    [Fact]
    public void AddKinerja_FromASectionThenCode_TheCodeRunsOnWhatWasRead()
    {
        using var provider = new ServiceCollection()
            .AddKinerja(Section(Settings), options => options.Offices[0].Name = "Kecamatan Tanjung")
            .BuildServiceProvider();

        Assert.Equal("Kecamatan Tanjung", provider.GetRequiredService<OfficeCatalog>().Get("6308-TJG").Name);
    }

    [Fact]
    public void Read_TyposAndWrongValues_AreProblemsNamingTheKeyAndTheValue()
    {
        var section = Section("""
            {
              "Kinerja": {
                "DefaultOfice": "6308-AWY",
                "IncludeBuiltInTemplates": "ya",
                "Offices": [
                  {
                    "Id": "6308-AWY",
                    "TimeZon": "WITA",
                    "WorkingDaysPerWeek": "lima",
                    "DayCounting": "Kalender",
                    "Roster": { "People": [ { "Name": "Tanpa Id", "Roles": [ "Camat" ] }, { "Id": "camat", "Name": "Nama", "Roles": "Camat" } ] }
                  }
                ]
              }
            }
            """);

        var result = new KinerjaOptions().Read(section).Validate();

        Assert.False(result.IsValid);
        // In the order of the keys (configuration lists them sorted), each with its path and value.
        Assert.Equal(
            [
                (ProblemCodes.UnknownReference, "Kinerja:DefaultOfice", "DefaultOfice"),
                (ProblemCodes.JsonType, "Kinerja:IncludeBuiltInTemplates", "ya"),
                (ProblemCodes.JsonType, "Kinerja:Offices:0:DayCounting", "Kalender"),
                (ProblemCodes.Required, "Kinerja:Offices:0:Roster:People:0:Id", null),
                (ProblemCodes.JsonType, "Kinerja:Offices:0:Roster:People:1:Roles", "Camat"),
                (ProblemCodes.UnknownReference, "Kinerja:Offices:0:TimeZon", "TimeZon"),
                (ProblemCodes.JsonType, "Kinerja:Offices:0:WorkingDaysPerWeek", "lima"),
            ],
            result.Errors.Select(p => (p.Code, p.Path, p.AttemptedValue)));

        // At start-up, the same problems, one failure each, as docs/dependency-injection.md shows them.
        using var provider = new ServiceCollection().AddKinerja(section).BuildServiceProvider();
        var failures = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<OfficeCatalog>()).Failures.ToList();
        Assert.Equal(7, failures.Count);
        Assert.Contains("[reference.unknown] Kinerja:Offices:0:TimeZon: opsi 'TimeZon' tidak ditemukan. / Kinerja:Offices:0:TimeZon: option 'TimeZon' was not found.", failures);
        Assert.Contains("[json.type] Kinerja:Offices:0:WorkingDaysPerWeek: nilai lima harus berupa bilangan bulat. / Kinerja:Offices:0:WorkingDaysPerWeek: value lima should be a whole number.", failures);
        Assert.Contains("one of 'WorkingDays', 'CalendarDays'", result.Errors.Single(p => p.Path.EndsWith("DayCounting", StringComparison.Ordinal)).GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, DayReading.WorkingTimeToClose)]
    [InlineData("workingtime", DayReading.WorkingTime)]
    [InlineData("WholeDaysAfterStartDay", DayReading.WholeDaysAfterStartDay)]
    [InlineData(" WorkingTimeToClose ", DayReading.WorkingTimeToClose)]
    public void AddKinerja_DayReadingFromASection_IsTheReadingOfTheOfficesCalendar(string? value, DayReading expected)
    {
        var values = new Dictionary<string, string?> { ["Kinerja:Offices:0:Id"] = "6308-AWY", ["Kinerja:Offices:0:DayCounting"] = "WorkingDays" };
        if (value is not null)
        {
            values["Kinerja:Offices:0:DayReading"] = value;
        }

        var section = new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("Kinerja");
        using var provider = new ServiceCollection().AddKinerja(section).BuildServiceProvider();

        Assert.Equal(expected, new KinerjaOptions().Read(section).Offices.Single().DayReading);
        Assert.Equal(expected, provider.GetRequiredService<WorkingCalendar>().DayReading);
    }

    [Fact]
    public void Read_DayReadingAsANumberOrAnUnknownName_IsAProblemNamingTheReadings()
    {
        var section = Section("""
            { "Kinerja": { "Offices": [ { "Id": "a", "DayReading": "2" }, { "Id": "b", "DayReading": "HariKerja" } ] } }
            """);

        var result = new KinerjaOptions().Read(section).Validate();

        Assert.Equal(
            [
                (ProblemCodes.JsonType, "Kinerja:Offices:0:DayReading", "2"),
                (ProblemCodes.JsonType, "Kinerja:Offices:1:DayReading", "HariKerja"),
            ],
            result.Errors.Select(p => (p.Code, p.Path, p.AttemptedValue)));
        Assert.All(result.Errors, p => Assert.Contains("one of 'WorkingTimeToClose', 'WorkingTime', 'WholeDaysAfterStartDay'", p.GetMessage(MessageLanguage.English), StringComparison.Ordinal));
    }

    [Fact]
    public void AddKinerja_ActingPeriod_IsReadInTheOfficesTimeZone()
    {
        using var provider = new ServiceCollection().AddKinerja(Section(Settings)).BuildServiceProvider();
        var roster = provider.GetRequiredService<OfficeCatalog>().Get("6308-AWY").Roster;
        var camat = SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan.FindRole("camat")!;

        // 10 July 16:30 UTC is 11 July 00:30 in WITA: the Plh's period (to 10 July) is over.
        Assert.Same(OfficeTimeZones.Wita, roster.TimeZone);
        Assert.True(roster.Holds("sekcam", camat, Instant.FromUtc(2026, 7, 10, 15, 59)));
        Assert.False(roster.Holds("sekcam", camat, Instant.FromUtc(2026, 7, 10, 16, 30)));
        var grant = roster.Grant("sekcam", camat, Wita(2026, 7, 1, 0))!;
        Assert.Equal((ActingStatus.Plh, "camat", "Sprint 800/12/2026"), (grant.Acting, grant.StandsInFor, grant.Assignment));
    }

    [Fact]
    public void Read_ActingEntryWithTyposMissingKeysAndBadDates_AreProblemsNamingTheKey()
    {
        var section = Section("""
            {
              "Kinerja": {
                "Offices": [
                  {
                    "Id": "6308-AWY",
                    "TimeZone": "WITA",
                    "Roster": {
                      "People": [
                        { "Id": "camat", "Name": "Nama Camat", "Roles": [ "Camat" ] },
                        {
                          "Id": "sekcam", "Name": "Nama Sekcam", "Roles": [ "Sekcam" ],
                          "Acting": [
                            { "Role": "Camat", "Status": "Plh", "StandsInFor": "camat", "From": "2026-07-01", "To": "10-07-2026", "Asignment": "Sprint 800/12/2026" },
                            { "Role": "Camat", "Status": "Plt" },
                            { "Role": "Camat", "StandsInFor": "camat", "From": "2026-07-10", "To": "2026-07-01" },
                            { "Role": "Camat", "StandsInFor": [ "camat" ], "From": "2026-02-30", "To": "2026-07-01" }
                          ]
                        }
                      ]
                    }
                  }
                ]
              }
            }
            """);

        var result = new KinerjaOptions().Read(section).Validate();

        const string Acting = "Kinerja:Offices:0:Roster:People:1:Acting:";
        Assert.Equal(
            [
                (ProblemCodes.UnknownReference, Acting + "0:Asignment", "Asignment"),
                (ProblemCodes.JsonType, Acting + "0:To", "10-07-2026"),
                (ProblemCodes.Required, Acting + "1:StandsInFor", null),
                (ProblemCodes.Required, Acting + "1:From", null),
                (ProblemCodes.Required, Acting + "1:To", null),
                (ProblemCodes.JsonType, Acting + "3:From", "2026-02-30"),
                (ProblemCodes.JsonType, Acting + "3:StandsInFor", "(0)"),
                (ProblemCodes.PeriodUnordered, "Offices[0].Roster.people[1].roles[1].to", "2026-07-01"),
            ],
            result.Errors.Select(p => (p.Code, p.Path, p.AttemptedValue)));
        Assert.Contains("a date (yyyy-MM-dd)", result.Errors.Single(p => p.AttemptedValue == "10-07-2026").GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void AddKinerja_FromASectionWithATypo_FailsStartUpNamingTheKey()
    {
        using var provider = new ServiceCollection().AddKinerja(Section("""{ "Kinerja": { "Offices": [ { "Id": "a", "TimeZon": "WIT" } ] } }""")).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<OfficeCatalog>());

        Assert.Contains(error.Failures, f => f.Contains("Kinerja:Offices:0:TimeZon", StringComparison.Ordinal));
    }

    [Fact]
    public void AddKinerja_WithANullSection_Throws() =>
        Assert.Throws<ArgumentNullException>("section", () => new ServiceCollection().AddKinerja((IConfiguration)null!));

    [KinerjaProperty]
    public Property Read_AnOfficeWrittenAsConfiguration_GivesTheSameOptions() =>
        Prop.ForAll(
            Arb.From(from zone in Gen.Elements("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "WIB", "wita", "WIT")
                     from days in Gen.Elements(5, 6, 7, 0)
                     from counting in Gen.Elements(DayCounting.WorkingDays, DayCounting.CalendarDays)
                     from holidays in Gen.Elements(true, false)
                     from id in Gen.Elements("6308-AWY", "a", "kantor camat", "x:y")
                     from name in Gen.Elements<string?>(null, "Kecamatan Awayan", "")
                     select (zone, days, counting, holidays, id, name)),
            office =>
            {
                var values = new Dictionary<string, string?>
                {
                    ["Kinerja:Offices:0:Id"] = office.id,
                    ["Kinerja:Offices:0:TimeZone"] = office.zone,
                    ["Kinerja:Offices:0:WorkingDaysPerWeek"] = office.days.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["Kinerja:Offices:0:DayCounting"] = office.counting.ToString().ToUpperInvariant(),
                    ["Kinerja:Offices:0:IncludeBuiltInHolidays"] = office.holidays ? "True" : "false",
                };
                if (office.name is not null)
                {
                    values["Kinerja:Offices:0:Name"] = office.name;
                }

                var read = new KinerjaOptions().Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("Kinerja"));

                var expected = new KinerjaOptions();
                expected.AddOffice(office.id, o =>
                {
                    o.TimeZone = office.zone;
                    o.WorkingDaysPerWeek = office.days;
                    o.DayCounting = office.counting;
                    o.IncludeBuiltInHolidays = office.holidays;
                    o.Name = office.name;
                });
                var (a, b) = (read.Offices.Single(), expected.Offices.Single());
                Assert.Equal((b.Id, b.Name, b.TimeZone, b.WorkingDaysPerWeek, b.DayCounting, b.IncludeBuiltInHolidays), (a.Id, a.Name, a.TimeZone, a.WorkingDaysPerWeek, a.DayCounting, a.IncludeBuiltInHolidays));
                Assert.Equal(expected.Validate().Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)), read.Validate().Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
            });
}
