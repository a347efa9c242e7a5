using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.DependencyInjection.Tests;

/// <summary>One thing wrong with an option, and the one problem it must be reported as.</summary>
/// <param name="Name">A short name, for counterexamples.</param>
/// <param name="Inject">Puts the fault into valid options.</param>
/// <param name="Code">The expected problem code.</param>
/// <param name="Path">The expected path: the option's name.</param>
/// <param name="Value">The expected attempted value.</param>
public sealed record OptionFault(string Name, Action<KinerjaOptions> Inject, string Code, string Path, string? Value)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// Valid options of three offices, and faults that each break one option without hiding another:
/// the calendar faults go to an office whose zone and week are fine, the roster faults to another.
/// </summary>
public static class OptionFaults
{
    public const string GapScaleJson = """{ "name": "Skala Bercelah", "bands": [ { "label": "Kurang", "upper": 60 }, { "label": "Baik", "lower": 70 } ] }""";

    /// <summary>Three valid offices, no fault.</summary>
    public static KinerjaOptions Valid()
    {
        var options = new KinerjaOptions();
        Configure(options, []);
        return options;
    }

    /// <summary>Sets the three valid offices on <paramref name="options"/>, then injects the faults.</summary>
    public static void Configure(KinerjaOptions options, IEnumerable<OptionFault> faults)
    {
        options.Clock = NodaTime.Testing.FakeClock.FromUtc(2026, 6, 8, 1, 0, 0);
        options.AddOffice("kantor-a", o => o.Name = "Kecamatan A");
        options.AddOffice("kantor-b", o => o.TimeZone = "WITA");
        options.AddOffice("kantor-c", o => o.CustomizeRoster = r => r.AddPerson("camat", "Nama Camat", "Camat"));
        foreach (var fault in faults)
        {
            fault.Inject(options);
        }
    }

    /// <summary>Every fault; each is independent of the others.</summary>
    public static IReadOnlyList<OptionFault> All { get; } =
    [
        new("zone", o => o.Offices[0].TimeZone = "Asia/Jakrta", ProblemCodes.UnknownReference, "Offices[0].TimeZone", "Asia/Jakrta"),
        new("week", o => o.Offices[0].WorkingDaysPerWeek = 7, ProblemCodes.OutOfRange, "Offices[0].WorkingDaysPerWeek", "7"),
        new("counting", o => o.Offices[0].DayCounting = (DayCounting)9, ProblemCodes.OutOfRange, "Offices[0].DayCounting", "9"),
        new("hours", o => o.Offices[1].CustomizeCalendar = b => b.WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(16, 0), new LocalTime(7, 30)), ProblemCodes.WorkingHours, "Offices[1].Calendar.week.Monday", "16:00:00-07:30:00"),
        new("reading", o => o.Offices[1].DayReading = (DayReading)9, ProblemCodes.OutOfRange, "Offices[1].Calendar.dayReading", "9"),
        new("holiday-json", o => o.Offices[1].HolidayListJson.Add("{"), ProblemCodes.JsonMalformed, "Offices[1].HolidayListJson[0]", null),
        new("holiday-null", o => o.Offices[1].HolidayLists.Add(null!), ProblemCodes.Required, "Offices[1].HolidayLists[0]", null),
        new("nip", o => o.Offices[2].CustomizeRoster = r => r.AddPersonWithNip("camat", "Nama Camat", "123", "Camat"), ProblemCodes.NipLength, "Offices[2].Roster.people[0].nip", "123"),
        new("standards", o => o.Offices[2].TimeStandards = null!, ProblemCodes.Required, "Offices[2].TimeStandards", null),
        new("office-id", o => o.Offices[2].Id = "kantor-b", ProblemCodes.Duplicate, "Offices[2].Id", "kantor-b"),
        new("default-office", o => o.DefaultOffice = "kantor-z", ProblemCodes.UnknownReference, "DefaultOffice", "kantor-z"),
        new("default-scale", o => o.DefaultScale = "Skala Tidak Ada", ProblemCodes.UnknownReference, "DefaultScale", "Skala Tidak Ada"),
        new("scale-json", o => o.ScaleJson.Add(GapScaleJson), ProblemCodes.ScaleGap, "ScaleJson[0].bands[1].lower", "70"),
        new("scale-duplicate", o => o.Scales.Add(CategoryScales.Permendagri86), ProblemCodes.Duplicate, "Scales[0].Name", "Permendagri 86/2017"),
        new("template-duplicate", o => o.Templates.Add(SopTemplates.BobotsariLaporanPengukuranPk), ProblemCodes.Duplicate, "Templates[0].Id", "bobotsari-laporan-pengukuran-pk v1"),
        new("template-json", o => o.TemplateJson.Add(" "), ProblemCodes.Required, "TemplateJson[0]", " "),
        new("engine", o => o.Engine = null!, ProblemCodes.Required, "Engine", null),
    ];

    /// <summary>Valid options with the given faults injected.</summary>
    public static KinerjaOptions With(IEnumerable<OptionFault> faults)
    {
        var options = new KinerjaOptions();
        Configure(options, faults);
        return options;
    }

    /// <summary>A problem as (code, path, value), the parts every fault is checked on.</summary>
    public static (string Code, string Path, string? Value) Key(ValidationProblem p) => (p.Code, p.Path, p.AttemptedValue);

    /// <summary>The expected problem of a fault as (code, path, value).</summary>
    public static (string Code, string Path, string? Value) Key(OptionFault f) => (f.Code, f.Path, f.Value);

    /// <summary>Whether a failure line is the one of the fault: "[code] path..." in Indonesian, then " / path..." in English.</summary>
    public static bool Describes(string failure, OptionFault fault)
    {
        var head = "[" + fault.Code + "] " + fault.Path;
        var english = failure.IndexOf(" / " + fault.Path, StringComparison.Ordinal);
        return failure.StartsWith(head, StringComparison.Ordinal)
            && failure.Length > head.Length && failure[head.Length] is ':' or ' '
            && english > 0 && failure.Length > english + 3 + fault.Path.Length && failure[english + 3 + fault.Path.Length] is ':' or ' ';
    }
}
