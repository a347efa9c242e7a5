using System.Globalization;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Scales;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.DependencyInjection;

/// <summary>Everything <see cref="KinerjaOptions"/> describes, built and validated together.</summary>
internal sealed class KinerjaSetup
{
    private KinerjaSetup(OfficeCatalog offices, CategoryScaleCatalog scales, SopTemplateCatalog templates)
    {
        Offices = offices;
        Scales = scales;
        Templates = templates;
    }

    public OfficeCatalog Offices { get; }

    public CategoryScaleCatalog Scales { get; }

    public SopTemplateCatalog Templates { get; }

    /// <summary>The built-in scales, in the order the catalogue lists them.</summary>
    internal static IReadOnlyList<CategoryScale> BuiltInScales { get; } =
        [CategoryScales.Permendagri86, CategoryScales.Permendagri86Baik, CategoryScales.SakipGrades, CategoryScales.Sakip(SakipBoundary.LowerInclusive)];

    // The core's week patterns (their hours and nominal day length do not depend on the zone), built once.
    private static readonly Lazy<WorkingCalendar> FiveDayPattern = new(() => WorkingCalendar.FiveDayWeek(DateTimeZone.Utc, []));
    private static readonly Lazy<WorkingCalendar> SixDayPattern = new(() => WorkingCalendar.SixDayWeek(DateTimeZone.Utc, []));

    /// <summary>Builds everything, reporting every problem of every option together.</summary>
    public static ValidationResult<KinerjaSetup> Build(KinerjaOptions options, IClock clock)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var problems = new List<ValidationProblem>(options.ConfigurationProblems);
        var scales = BuildScales(options, problems);
        var templates = BuildTemplates(options, problems);
        var offices = BuildOffices(options, clock, problems);

        if (problems.Exists(p => p.Severity == Severity.Error))
        {
            return new ValidationResult<KinerjaSetup>(null, problems);
        }

        return new ValidationResult<KinerjaSetup>(new KinerjaSetup(offices!, scales!, templates!), problems);
    }

    private static CategoryScaleCatalog? BuildScales(KinerjaOptions options, List<ValidationProblem> problems)
    {
        var all = new List<CategoryScale>(BuiltInScales);
        var where = BuiltInScales.ToDictionary(s => s.Name, _ => "CategoryScales", StringComparer.Ordinal);

        void Add(CategoryScale scale, string path)
        {
            if (where.TryGetValue(scale.Name, out var other))
            {
                Error(problems, ProblemCodes.Duplicate, path + ".Name", scale.Name, other);
                return;
            }

            where.Add(scale.Name, path);
            all.Add(scale);
        }

        for (var i = 0; i < options.Scales.Count; i++)
        {
            var path = Index(nameof(options.Scales), i);
            if (options.Scales[i] is { } scale)
            {
                Add(scale, path);
            }
            else
            {
                Error(problems, ProblemCodes.Required, path, null);
            }
        }

        for (var i = 0; i < options.ScaleJson.Count; i++)
        {
            var path = Index(nameof(options.ScaleJson), i);
            if (Json(options.ScaleJson[i], path, KinerjaJson.ReadCategoryScale, problems) is { } scale)
            {
                Add(scale, path);
            }
        }

        CategoryScale? defaultScale = null;
        if (string.IsNullOrWhiteSpace(options.DefaultScale))
        {
            Error(problems, ProblemCodes.Required, nameof(options.DefaultScale), options.DefaultScale);
        }
        else if ((defaultScale = all.Find(s => s.Name == options.DefaultScale)) is null)
        {
            Error(problems, ProblemCodes.UnknownReference, nameof(options.DefaultScale), options.DefaultScale, "skala kategori", "category scale");
        }

        return defaultScale is null ? null : new CategoryScaleCatalog(all, defaultScale);
    }

    private static SopTemplateCatalog BuildTemplates(KinerjaOptions options, List<ValidationProblem> problems)
    {
        var all = new List<SopDefinition>();
        var where = new Dictionary<(string, int), string>();

        void Add(SopDefinition definition, string path)
        {
            if (where.TryGetValue((definition.Id, definition.Version), out var other))
            {
                Error(problems, ProblemCodes.Duplicate, path + ".Id", definition.Id + " v" + definition.Version.ToString(CultureInfo.InvariantCulture), other);
                return;
            }

            where.Add((definition.Id, definition.Version), path);
            all.Add(definition);
        }

        if (options.IncludeBuiltInTemplates)
        {
            foreach (var template in SopTemplates.All)
            {
                Add(template, "SopTemplates.All");
            }
        }

        for (var i = 0; i < options.Templates.Count; i++)
        {
            var path = Index(nameof(options.Templates), i);
            if (options.Templates[i] is { } definition)
            {
                Add(definition, path);
            }
            else
            {
                Error(problems, ProblemCodes.Required, path, null);
            }
        }

        for (var i = 0; i < options.TemplateJson.Count; i++)
        {
            var path = Index(nameof(options.TemplateJson), i);
            if (Json(options.TemplateJson[i], path, KinerjaJson.ReadSopDefinition, problems) is { } definition)
            {
                Add(definition, path);
            }
        }

        return new SopTemplateCatalog(all);
    }

    private static OfficeCatalog? BuildOffices(KinerjaOptions options, IClock clock, List<ValidationProblem> problems)
    {
        var engineOptions = options.Engine;
        if (engineOptions is null)
        {
            Error(problems, ProblemCodes.Required, nameof(options.Engine), null);
        }

        var configured = options.Offices.Count == 0 ? [new KinerjaOfficeOptions { Id = KinerjaOptions.DefaultOfficeId }] : options.Offices.ToList();
        var offices = new List<KinerjaOffice>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < configured.Count; i++)
        {
            var path = Index(nameof(options.Offices), i);
            if (configured[i] is not { } office)
            {
                Error(problems, ProblemCodes.Required, path, null);
                ok = false;
                continue;
            }

            if (string.IsNullOrWhiteSpace(office.Id))
            {
                Error(problems, ProblemCodes.Required, path + ".Id", office.Id);
                ok = false;
            }
            else if (ids.TryGetValue(office.Id, out var other))
            {
                Error(problems, ProblemCodes.Duplicate, path + ".Id", office.Id, other);
                ok = false;
            }
            else
            {
                ids.Add(office.Id, path);
            }

            var built = BuildOffice(office, path, clock, engineOptions ?? SopEngineOptions.Default, problems);
            if (built is null)
            {
                ok = false;
            }
            else
            {
                offices.Add(built);
            }
        }

        KinerjaOffice? defaultOffice = null;
        if (options.DefaultOffice is null)
        {
            defaultOffice = offices.FirstOrDefault();
        }
        else if (!ids.ContainsKey(options.DefaultOffice))
        {
            Error(problems, ProblemCodes.UnknownReference, nameof(options.DefaultOffice), options.DefaultOffice, "kantor", "office");
        }
        else
        {
            defaultOffice = offices.Find(o => o.Id == options.DefaultOffice);
        }

        return ok && defaultOffice is not null && engineOptions is not null ? new OfficeCatalog(offices, defaultOffice) : null;
    }

    private static KinerjaOffice? BuildOffice(KinerjaOfficeOptions office, string path, IClock clock, SopEngineOptions engineOptions, List<ValidationProblem> problems)
    {
        var before = problems.Count;
        var zone = Zone(office.TimeZone);
        if (zone is null)
        {
            if (string.IsNullOrWhiteSpace(office.TimeZone))
            {
                Error(problems, ProblemCodes.Required, path + ".TimeZone", office.TimeZone);
            }
            else
            {
                Error(problems, ProblemCodes.UnknownReference, path + ".TimeZone", office.TimeZone, "zona waktu", "time zone");
            }
        }

        if (office.WorkingDaysPerWeek is not (5 or 6))
        {
            Error(problems, ProblemCodes.OutOfRange, path + ".WorkingDaysPerWeek", Of(office.WorkingDaysPerWeek), "5", "6");
        }

        if (office.DayCounting is not (DayCounting.WorkingDays or DayCounting.CalendarDays))
        {
            Error(problems, ProblemCodes.OutOfRange, path + ".DayCounting", Of((int)office.DayCounting), Of((int)DayCounting.WorkingDays), Of((int)DayCounting.CalendarDays));
        }

        if (office.TimeStandards is null)
        {
            Error(problems, ProblemCodes.Required, path + ".TimeStandards", null);
        }

        var holidays = Holidays(office, path, problems);

        // The office's zone first (acting periods are dates there); the office's own roster code may still set another.
        var rosterBuilder = OfficeRoster.CreateBuilder();
        if (zone is not null)
        {
            rosterBuilder.WithTimeZone(zone);
        }

        office.CustomizeRoster?.Invoke(rosterBuilder);
        var roster = rosterBuilder.Build();
        AddUnder(problems, path + ".Roster", roster.Problems);

        WorkingCalendar? calendar = null;
        if (zone is not null && office.WorkingDaysPerWeek is 5 or 6)
        {
            var pattern = office.WorkingDaysPerWeek == 5 ? FiveDayPattern.Value : SixDayPattern.Value;
            var builder = WorkingCalendar.CreateBuilder(zone).WithNominalDayLength(pattern.NominalDayLength).WithDayCounting(office.DayCounting).WithDayReading(office.DayReading);
            foreach (var day in pattern.Week)
            {
                builder.WithWorkingHours(day.Key, day.Value.Start, day.Value.End);
            }

            foreach (var list in holidays)
            {
                builder.WithHolidays(list);
            }

            office.CustomizeCalendar?.Invoke(builder);
            var built = builder.Build();
            AddUnder(problems, path + ".Calendar", built.Problems);
            built.TryGetValue(out calendar);
        }

        if (problems.Skip(before).Any(p => p.Severity == Severity.Error) || calendar is null || !roster.IsValid)
        {
            return null;
        }

        var name = string.IsNullOrWhiteSpace(office.Name) ? office.Id : office.Name!;
        return new KinerjaOffice(office.Id, name, calendar, roster.Value, office.TimeStandards!, new SopEngine(clock, roster.Value, engineOptions));
    }

    private static List<HolidayList> Holidays(KinerjaOfficeOptions office, string path, List<ValidationProblem> problems)
    {
        var own = new List<(HolidayList List, string Path)>();
        for (var i = 0; i < office.HolidayLists.Count; i++)
        {
            var at = Index(path + ".HolidayLists", i);
            if (office.HolidayLists[i] is { } list)
            {
                own.Add((list, at));
            }
            else
            {
                Error(problems, ProblemCodes.Required, at, null);
            }
        }

        for (var i = 0; i < office.HolidayListJson.Count; i++)
        {
            var at = Index(path + ".HolidayListJson", i);
            if (Json(office.HolidayListJson[i], at, KinerjaJson.ReadHolidayList, problems) is { } list)
            {
                own.Add((list, at));
            }
        }

        var byYear = new Dictionary<int, string>();
        var lists = new List<HolidayList>();
        foreach (var (list, at) in own)
        {
            if (byYear.TryGetValue(list.Year, out var other))
            {
                Error(problems, ProblemCodes.Duplicate, at + ".Year", Of(list.Year), other);
                continue;
            }

            byYear.Add(list.Year, at);
            lists.Add(list);
        }

        if (office.IncludeBuiltInHolidays)
        {
            foreach (var year in NationalHolidays.Years)
            {
                if (!byYear.ContainsKey(year) && NationalHolidays.TryGet(year, out var shipped))
                {
                    lists.Add(shipped);
                }
            }
        }

        return lists;
    }

    /// <summary>A tz database id, or WIB, WITA, WIT.</summary>
    internal static DateTimeZone? Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var text = id!.Trim();
        return text.ToUpperInvariant() switch
        {
            "WIB" => OfficeTimeZones.Wib,
            "WITA" => OfficeTimeZones.Wita,
            "WIT" => OfficeTimeZones.Wit,
            _ => DateTimeZoneProviders.Tzdb.GetZoneOrNull(text),
        };
    }

    private static T? Json<T>(string? json, string path, Func<string, ValidationResult<T>> parse, List<ValidationProblem> problems)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            Error(problems, ProblemCodes.Required, path, json);
            return null;
        }

        var result = parse(json!);
        AddUnder(problems, path, result.Problems);
        return result.TryGetValue(out var value) ? value : null;
    }

    /// <summary>Re-roots nested problems under an option's path: a JSON path's <c>$</c> becomes the option.</summary>
    private static void AddUnder(List<ValidationProblem> problems, string prefix, IEnumerable<ValidationProblem> nested)
    {
        foreach (var p in nested)
        {
            var path = p.Path.Length == 0 || p.Path == "$"
                ? prefix
                : p.Path.StartsWith("$", StringComparison.Ordinal) ? prefix + p.Path.Substring(1) : prefix + "." + p.Path;
            problems.Add(new ValidationProblem(p.Code, path, p.AttemptedValue, p.Severity, [.. p.Arguments]));
        }
    }

    private static void Error(List<ValidationProblem> problems, string code, string path, string? value, params string[] arguments) =>
        problems.Add(new ValidationProblem(code, path, value, Severity.Error, arguments));

    private static string Index(string path, int index) => path + "[" + Of(index) + "]";

    private static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);
}
