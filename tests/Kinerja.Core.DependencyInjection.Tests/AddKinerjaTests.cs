using System.Text.Json.Nodes;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Scales;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.DependencyInjection.Tests;

public class AddKinerjaTests
{
    private const string AwayanScaleJson = """
        { "schemaVersion": 1, "name": "Skala Kecamatan Awayan",
          "bands": [ { "label": "Kurang", "upper": 60 }, { "label": "Cukup", "lower": 60, "upper": 80 }, { "label": "Baik", "lower": 80 } ] }
        """;

    private static ServiceProvider Provider(Action<KinerjaOptions>? configure = null, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        return services.AddKinerja(configure).BuildServiceProvider();
    }

    private static Instant Wib(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(OfficeTimeZones.Wib).ToInstant();

    [Fact]
    public void AddKinerja_NoOptions_EveryServiceResolvesWithTheDefaults()
    {
        using var provider = Provider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        var office = Assert.Single(provider.GetRequiredService<OfficeCatalog>().All);
        Assert.Equal((KinerjaOptions.DefaultOfficeId, KinerjaOptions.DefaultOfficeId), (office.Id, office.Name));
        var calendar = provider.GetRequiredService<WorkingCalendar>();
        Assert.Same(office.Calendar, calendar);
        Assert.Equal(OfficeTimeZones.Wib, calendar.TimeZone);
        Assert.Equal(5, calendar.WorkingDaysPerWeek);
        Assert.Equal(WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, []).Week, calendar.Week);
        Assert.Equal(NationalHolidays.Year2025.Holidays.Concat(NationalHolidays.Year2026.Holidays).OrderBy(h => h.Date), calendar.Holidays);
        Assert.Empty(provider.GetRequiredService<OfficeRoster>().People);
        Assert.Same(SopTimeStandards.None, provider.GetRequiredService<SopTimeStandards>());
        Assert.Same(office.Engine, provider.GetRequiredService<SopEngine>());
        Assert.Same(CategoryScales.Permendagri86, provider.GetRequiredService<CategoryScale>());
        Assert.Equal(
            [CategoryScales.Permendagri86.Name, CategoryScales.Permendagri86Baik.Name, CategoryScales.SakipGrades.Name, CategoryScales.Sakip(SakipBoundary.LowerInclusive).Name],
            provider.GetRequiredService<CategoryScaleCatalog>().All.Select(s => s.Name));
        Assert.Equal(SopTemplates.All, provider.GetRequiredService<SopTemplateCatalog>().All);
        Assert.True(new KinerjaOptions().Validate().IsValid);
    }

    [Fact]
    public void AddKinerja_Twice_RegistersEachServiceOnceAndKeepsBothConfigurations()
    {
        var services = new ServiceCollection()
            .AddKinerja(o => o.AddOffice("a"))
            .AddKinerja(o => o.AddOffice("b"));
        Assert.Single(services, d => d.ServiceType == typeof(SopEngine));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<KinerjaOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(["a", "b"], provider.GetRequiredService<OfficeCatalog>().All.Select(o => o.Id));
    }

    [Fact]
    public void AddKinerja_ClockOption_StampsTheEnginesEvents()
    {
        var clock = new FakeClock(Wib(2026, 6, 8, 9, 0));
        using var provider = Provider(o =>
        {
            o.Clock = clock;
            o.AddOffice("awayan", office => office.CustomizeRoster = r => r.AddPerson("camat", "Nama Camat", "Camat"));
        });

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        var engine = provider.GetRequiredService<SopEngine>();
        var instance = engine.Start(SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan, "i-1", "TW II 2026", "camat").Value;
        Assert.Equal(Wib(2026, 6, 8, 9, 0), instance.StartedAt);
    }

    [Fact]
    public void AddKinerja_ClockRegisteredBefore_WinsOverTheDefault()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 5, 0, 0));
        using var provider = Provider(before: s => s.AddSingleton<IClock>(clock));
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddKinerja_CustomScaleFromJson_IsTheDefaultAndBesideTheBuiltIns()
    {
        using var provider = Provider(o =>
        {
            o.ScaleJson.Add(AwayanScaleJson);
            o.Scales.Add(CategoryScale.Create("Dua Kategori", [new CategoryBand("Rendah", null, true, 50m, false), new CategoryBand("Tinggi", 50m, true, null, false)]).Value);
            o.DefaultScale = "Skala Kecamatan Awayan";
        });

        var scale = provider.GetRequiredService<CategoryScale>();
        Assert.Equal("Skala Kecamatan Awayan", scale.Name);
        Assert.Equal("Cukup", scale.Classify(79.99m).Label);
        Assert.Equal("Baik", scale.Classify(80m).Label);
        var catalog = provider.GetRequiredService<CategoryScaleCatalog>();
        Assert.Equal(6, catalog.All.Count);
        Assert.Equal(["Dua Kategori", "Skala Kecamatan Awayan"], catalog.All.Skip(4).Select(s => s.Name));
        Assert.Same(CategoryScales.SakipGrades, catalog.Get(CategoryScales.SakipGrades.Name));
        Assert.False(catalog.TryGet("Tidak Ada", out _));
        Assert.Contains("Dua Kategori", Assert.Throws<KeyNotFoundException>(() => catalog.Get("Tidak Ada")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddKinerja_CustomTemplates_NewVersionFromJsonAndOwnDefinition()
    {
        var builtIn = SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan;
        var json = JsonNode.Parse(KinerjaJson.Write(builtIn))!;
        json["version"] = 2;
        var own = SopDefinition.CreateBuilder("kantor-surat-masuk")
            .WithHeader(new SopHeader { Nama = "Surat Masuk" })
            .AddRole("staf", "Staf")
            .AddStep("1", "Mencatat surat masuk", "staf", s => s.WithWaktu("15 Menit"))
            .Build().Value;

        using var provider = Provider(o =>
        {
            o.TemplateJson.Add(json.ToJsonString());
            o.Templates.Add(own);
        });

        var catalog = provider.GetRequiredService<SopTemplateCatalog>();
        Assert.Equal(8, catalog.All.Count);
        Assert.Equal(2, catalog.Get(builtIn.Id).Version);
        Assert.Same(builtIn, catalog.Get(builtIn.Id, 1));
        Assert.Same(own, catalog.Get("kantor-surat-masuk"));
        Assert.Throws<KeyNotFoundException>(() => catalog.Get(builtIn.Id, 3));
        Assert.False(catalog.TryGet("tidak-ada", out _));
    }

    [Fact]
    public void AddKinerja_WithoutBuiltInTemplates_HoldsOnlyTheOfficesOwn()
    {
        using var provider = Provider(o => o.IncludeBuiltInTemplates = false);
        Assert.Empty(provider.GetRequiredService<SopTemplateCatalog>().All);
    }

    [Fact]
    public void AddKinerja_CustomCalendar_ZoneWeekHolidaysAndAdjustments()
    {
        var list2027 = new HolidayList(2027, "SKB 2027 (contoh)", [new Holiday(new LocalDate(2027, 1, 1), "Tahun Baru 2027 Masehi", HolidayKind.National)]);
        var amended2026 = new HolidayList(2026, "SKB 2026 (contoh perubahan)", [new Holiday(new LocalDate(2026, 8, 17), "Hari Kemerdekaan", HolidayKind.National)]);
        using var provider = Provider(o => o.AddOffice("6308-AWY", office =>
        {
            office.Name = "Kecamatan Awayan";
            office.TimeZone = "Asia/Makassar";
            office.WorkingDaysPerWeek = 6;
            office.DayCounting = DayCounting.CalendarDays;
            office.HolidayListJson.Add(KinerjaJson.Write(list2027));
            office.HolidayLists.Add(amended2026);
            office.CustomizeCalendar = b => b
                .WithWorkingHours(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0))
                .WithHolidays([new Holiday(new LocalDate(2026, 12, 7), "Hari Jadi Kabupaten (contoh)", HolidayKind.Local)]);
        }));

        var calendar = provider.GetRequiredService<WorkingCalendar>();
        Assert.Equal("Kecamatan Awayan", provider.GetRequiredService<OfficeCatalog>().Default.Name);
        Assert.Equal(OfficeTimeZones.Wita, calendar.TimeZone);
        Assert.Equal(6, calendar.WorkingDaysPerWeek);
        Assert.Equal(DayCounting.CalendarDays, calendar.DayCounting);
        Assert.Equal(new WorkingHours(new LocalTime(8, 0), new LocalTime(12, 0)), calendar.Week[IsoDayOfWeek.Saturday]);
        Assert.Equal(WorkingCalendar.SixDayWeek(OfficeTimeZones.Wita, []).Week[IsoDayOfWeek.Friday], calendar.Week[IsoDayOfWeek.Friday]);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 1, 1)));   // own list for 2027
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 12, 7)));  // local holiday from CustomizeCalendar
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 12, 24)));   // shipped 2026 cuti bersama replaced by the amended list
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 12, 25)));  // shipped 2025 list still applies
        Assert.Contains(NationalHolidays.Year2026.Holidays, h => h.Date == new LocalDate(2026, 12, 24));
    }

    [Fact]
    public void AddKinerja_WithoutBuiltInHolidays_OnlyTheOfficesOwnDaysOff()
    {
        using var provider = Provider(o => o.AddOffice("k", office =>
        {
            office.IncludeBuiltInHolidays = false;
            office.HolidayLists.Add(new HolidayList(2026, "Daftar kantor (contoh)", [new Holiday(new LocalDate(2026, 8, 17), "Hari Kemerdekaan", HolidayKind.National)]));
        }));
        var calendar = provider.GetRequiredService<WorkingCalendar>();
        Assert.Equal([new LocalDate(2026, 8, 17)], calendar.Holidays.Select(h => h.Date));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 12, 24))); // a shipped cuti bersama, not applied
    }

    [Theory]
    [InlineData("WIB", "Asia/Jakarta")]
    [InlineData("wita", "Asia/Makassar")]
    [InlineData(" WIT ", "Asia/Jayapura")]
    [InlineData("Asia/Pontianak", "Asia/Pontianak")]
    public void AddKinerja_TimeZoneNames_TzdbIdsAndIndonesianAbbreviations(string zone, string expected)
    {
        using var provider = Provider(o => o.AddOffice("k", office => office.TimeZone = zone));
        Assert.Equal(expected, provider.GetRequiredService<WorkingCalendar>().TimeZone.Id);
    }

    [Fact]
    public void AddKinerja_SeveralOffices_DefaultOfficeGivesThePlainServices()
    {
        using var provider = Provider(o =>
        {
            o.AddOffice("bobotsari", office => office.CustomizeRoster = r => r.AddPerson("camat-bbs", "Camat Bobotsari", "Camat"));
            o.AddOffice("awayan", office =>
            {
                office.TimeZone = "WITA";
                office.CustomizeRoster = r => r.AddAliases("Sekcam", "Sekretaris").AddPerson("sekcam-awy", "Sekcam Awayan", "Sekcam");
                office.TimeStandards = SopTimeStandards.None.WithOverride("awayan-pelaksanaan-pengukuran-kinerja-triwulan", "1", MutuBakuWaktu.Read("30 Menit").Value);
            });
            o.DefaultOffice = "awayan";
            o.Engine = new SopEngineOptions { EnforceSeparationOfDuties = true };
        });

        var offices = provider.GetRequiredService<OfficeCatalog>();
        Assert.Equal("awayan", offices.Default.Id);
        Assert.Same(offices.Get("awayan").Roster, provider.GetRequiredService<OfficeRoster>());
        Assert.Same(offices.Default.TimeStandards, provider.GetRequiredService<SopTimeStandards>());
        Assert.Equal(OfficeTimeZones.Wita, provider.GetRequiredService<WorkingCalendar>().TimeZone);
        Assert.Equal(OfficeTimeZones.Wib, offices.Get("bobotsari").Calendar.TimeZone);
        Assert.NotNull(offices.Get("bobotsari").Roster.Find("camat-bbs"));
        Assert.Null(offices.Get("bobotsari").Roster.Find("sekcam-awy"));
        Assert.True(offices.TryGet("bobotsari", out _));
        Assert.Contains("bobotsari, awayan", Assert.Throws<KeyNotFoundException>(() => offices.Get("ajibarang")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddKinerja_EveryFaultAtOnce_OneExceptionListsEveryProblemWithOptionAndValue()
    {
        var options = OptionFaults.With(OptionFaults.All);
        var problems = options.Validate();

        Assert.False(problems.IsValid);
        Assert.Equal(OptionFaults.All.Select(OptionFaults.Key).Order(), problems.Errors.Select(OptionFaults.Key).Order());

        using var provider = new ServiceCollection().AddKinerja(o => OptionFaults.Configure(o, OptionFaults.All)).BuildServiceProvider();

        // At start-up (what the host runs for ValidateOnStart) ...
        var atStart = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Equal(OptionFaults.All.Count, atStart.Failures.Count());
        foreach (var fault in OptionFaults.All)
        {
            var failure = Assert.Single(atStart.Failures, f => OptionFaults.Describes(f, fault));
            Assert.Contains(fault.Value ?? string.Empty, failure, StringComparison.Ordinal);
        }

        // ... and on resolving any Kinerja service: the same aggregate.
        foreach (var type in new[] { typeof(IClock), typeof(SopEngine), typeof(WorkingCalendar), typeof(OfficeRoster), typeof(CategoryScale), typeof(SopTemplateCatalog), typeof(OfficeCatalog), typeof(CategoryScaleCatalog), typeof(SopTimeStandards) })
        {
            var resolved = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService(type));
            Assert.Equal(atStart.Failures, resolved.Failures);
        }
    }

    [Fact]
    public void Failure_NamesOptionAndValue_InIndonesianThenEnglish()
    {
        using var provider = Provider(o => o.AddOffice("k", k => k.TimeZone = "Asia/Jakrta"));
        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<SopEngine>());
        Assert.Equal(
            "[reference.unknown] Offices[0].TimeZone: zona waktu 'Asia/Jakrta' tidak ditemukan. / Offices[0].TimeZone: time zone 'Asia/Jakrta' was not found.",
            Assert.Single(exception.Failures));
        Assert.Contains("Asia/Jakrta", exception.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(KinerjaOptions), exception.OptionsType);
    }

    [Fact]
    public void Validate_WarningOnly_IsValidAndKeepsTheWarning()
    {
        var options = new KinerjaOptions();
        options.AddOffice("k", o => o.CustomizeCalendar = b => b.WithHolidays(NationalHolidays.Year2026)); // the shipped 2026 list twice
        var result = options.Validate();
        Assert.True(result.IsValid);
        Assert.All(result.Warnings, w => Assert.Equal(ProblemCodes.Duplicate, w.Code));
        Assert.StartsWith("Offices[0].Calendar.holidays[", Assert.IsType<ValidationProblem>(result.Warnings.First()).Path, StringComparison.Ordinal);
        using var provider = Provider(o => o.AddOffice("k", office => office.CustomizeCalendar = b => b.WithHolidays(NationalHolidays.Year2026)));
        Assert.NotNull(provider.GetRequiredService<WorkingCalendar>());
    }

    [Fact]
    public void Validate_TwoOwnListsForOneYear_Duplicate()
    {
        var options = new KinerjaOptions();
        var list = new HolidayList(2027, "SKB 2027 (contoh)", []);
        options.AddOffice("k", o =>
        {
            o.HolidayLists.Add(list);
            o.HolidayListJson.Add(KinerjaJson.Write(list));
        });
        var problem = Assert.Single(options.Validate().Errors);
        Assert.Equal((ProblemCodes.Duplicate, "Offices[0].HolidayListJson[0].Year", "2027"), OptionFaults.Key(problem));
        Assert.Equal("Offices[0].HolidayLists[0]", Assert.Single(problem.Arguments));
    }

    [Fact]
    public void Validate_BlankOfficeIdAndNullOffice_Required()
    {
        var options = new KinerjaOptions();
        options.AddOffice(" ");
        options.Offices.Add(null!);
        Assert.Equal(
            [(ProblemCodes.Required, "Offices[0].Id", " "), (ProblemCodes.Required, "Offices[1]", null)],
            options.Validate().Errors.Select(OptionFaults.Key));
    }

    [Fact]
    public async Task Host_InvalidOptions_FailsToStartWithEveryProblem()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddKinerja(o =>
        {
            o.AddOffice("k", office => office.TimeZone = "Asia/Jakrta");
            o.DefaultScale = "Skala Tidak Ada";
        });
        using var host = builder.Build();
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal(2, exception.Failures.Count());
    }

    [Fact]
    public void AddKinerja_DocsExample_ResolvesTheConfiguredOffice()
    {
        // docs/dependency-injection.md, with the JSON texts inline instead of read from files.
        var ownSop = KinerjaJson.Write(SopDefinition.CreateBuilder("sop-surat-masuk")
            .WithHeader(new SopHeader { Nama = "Surat Masuk" }).AddRole("staf", "Staf").AddStep("1", "Mencatat", "staf").Build().Value);
        using var provider = Provider(options =>
        {
            options.AddOffice("6308-AWY", office =>
            {
                office.Name = "Kecamatan Awayan";
                office.TimeZone = "WITA";
                office.CustomizeRoster = roster => roster
                    .AddAliases("Sekcam", "Sekretaris Kecamatan", "Sekretaris")
                    .AddPerson("camat", "Nama Camat", "Camat")
                    .AddPerson("sekcam", "Nama Sekcam", "Sekcam")
                    .AddActing("sekcam", "Camat", Kinerja.Core.Agreements.ActingStatus.Plh, "camat", new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 10), "Sprint 800/12/2026")
                    .AddPerson("kasubbag", "Nama Kasubbag", "Kasubbag Perencanaan dan Keuangan");
            });
            options.ScaleJson.Add(AwayanScaleJson.Replace("Skala Kecamatan Awayan", "Skala Kecamatan", StringComparison.Ordinal));
            options.DefaultScale = "Skala Kecamatan";
            options.TemplateJson.Add(ownSop);
        });

        var roster = provider.GetRequiredService<OfficeRoster>();
        var camat = SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan.FindRole("camat")!;
        var sekretaris = SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan.FindRole("sekretaris")!;
        var during = new LocalDateTime(2026, 7, 6, 9, 0).InZoneStrictly(OfficeTimeZones.Wita).ToInstant();
        Assert.Equal(["camat", "sekcam"], roster.HoldersOf(camat, during).Select(p => p.Id));
        Assert.Equal(["camat"], roster.HoldersOf(camat, during + Duration.FromDays(7)).Select(p => p.Id));
        Assert.Equal(["sekcam"], roster.HoldersOf(sekretaris, during).Select(p => p.Id));
        Assert.Equal("Skala Kecamatan", provider.GetRequiredService<CategoryScale>().Name);
        Assert.Equal("Surat Masuk", provider.GetRequiredService<SopTemplateCatalog>().Get("sop-surat-masuk").Header.Nama);
        Assert.Equal(OfficeTimeZones.Wita, provider.GetRequiredService<WorkingCalendar>().TimeZone);
    }

    [Fact]
    public void AddKinerja_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>("services", () => KinerjaServiceCollectionExtensions.AddKinerja(null!));
}
