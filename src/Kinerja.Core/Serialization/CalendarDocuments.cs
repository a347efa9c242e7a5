using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Serialization;

internal sealed class HolidayListDto : DocumentDto
{
    public string? Country { get; set; }

    public int? Year { get; set; }

    public string? Source { get; set; }

    public string? Notes { get; set; }

    public IReadOnlyList<HolidayDto>? Holidays { get; set; }
}

internal sealed class HolidayDto
{
    public string? Date { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }
}

internal sealed class WorkingCalendarDto : DocumentDto
{
    public string? Zone { get; set; }

    public Dictionary<string, WorkingHoursDto?>? Week { get; set; }

    public string? DayCounting { get; set; }

    public string? DayReading { get; set; }

    public string? NominalDayLength { get; set; }

    public CoveredYearsDto? CoveredYears { get; set; }

    public IReadOnlyList<HolidayDto>? Holidays { get; set; }
}

internal sealed class WorkingHoursDto
{
    public string? Start { get; set; }

    public string? End { get; set; }
}

internal sealed class CoveredYearsDto
{
    public int? First { get; set; }

    public int? Last { get; set; }
}

/// <summary>Holiday lists and working calendars.</summary>
internal static class CalendarDocuments
{
    public static readonly DocumentKind HolidayListKind = new(KinerjaDocumentKinds.HolidayList, HasVersion0: true);

    public static readonly DocumentKind WorkingCalendarKind = new(KinerjaDocumentKinds.WorkingCalendar, HasVersion0: false);

    public static HolidayListDto ToDto(HolidayList list) => new()
    {
        SchemaVersion = DocumentReader.CurrentVersion,
        Kind = HolidayListKind.Name,
        Country = "ID",
        Year = list.Year,
        Source = list.Source,
        Notes = list.Notes,
        Holidays = list.Holidays.Select(Holiday).ToArray(),
    };

    public static WorkingCalendarDto ToDto(WorkingCalendar calendar) => new()
    {
        SchemaVersion = DocumentReader.CurrentVersion,
        Kind = WorkingCalendarKind.Name,
        Zone = calendar.TimeZone.Id,
        Week = calendar.Week.OrderBy(p => p.Key).ToDictionary(
            p => JsonText.Days.Of(p.Key),
            p => (WorkingHoursDto?)new WorkingHoursDto { Start = JsonText.Time(p.Value.Start), End = JsonText.Time(p.Value.End) },
            StringComparer.Ordinal),
        DayCounting = JsonText.DayCountings.Of(calendar.DayCounting),
        DayReading = JsonText.DayReadings.Of(calendar.DayReading),
        NominalDayLength = JsonText.Duration(calendar.NominalDayLength),
        CoveredYears = new CoveredYearsDto { First = calendar.FirstDate.Year, Last = calendar.LastDate.Year },
        Holidays = calendar.Holidays.Select(Holiday).ToArray(),
    };

    public static HolidayList? FromDto(HolidayListDto dto, Problems problems)
    {
        if (dto.Year is null)
        {
            problems.Error(ProblemCodes.Required, "$.year", null);
        }

        problems.Required(dto.Source, "$.source");
        if (dto.Holidays is null)
        {
            problems.Error(ProblemCodes.Required, "$.holidays", null);
        }

        var holidays = Holidays(dto.Holidays ?? [], "$.holidays", dto.Year, problems);
        return problems.HasErrors ? null : new HolidayList(dto.Year!.Value, dto.Source!, holidays, dto.Notes);
    }

    public static WorkingCalendar? FromDto(WorkingCalendarDto dto, Problems problems)
    {
        var zone = JsonText.Zone(dto.Zone, "$.zone", problems);
        var week = new List<(IsoDayOfWeek Day, LocalTime Start, LocalTime End)>();
        foreach (var pair in dto.Week ?? [])
        {
            var path = "$.week." + pair.Key;
            var day = JsonText.Days.Read(pair.Key, path, problems);
            if (pair.Value is not { } hours)
            {
                continue;
            }

            var start = JsonText.Time(hours.Start, path + ".start", problems);
            var end = JsonText.Time(hours.End, path + ".end", problems);
            if (hours.Start is null)
            {
                problems.Error(ProblemCodes.Required, path + ".start", null);
            }

            if (hours.End is null)
            {
                problems.Error(ProblemCodes.Required, path + ".end", null);
            }

            if (day is { } d && start is { } s && end is { } e)
            {
                week.Add((d, s, e));
            }
        }

        var counting = JsonText.DayCountings.Read(dto.DayCounting, "$.dayCounting", problems);
        var reading = JsonText.DayReadings.Read(dto.DayReading, "$.dayReading", problems);
        var length = JsonText.Duration(dto.NominalDayLength, "$.nominalDayLength", problems);
        var holidays = Holidays(dto.Holidays ?? [], "$.holidays", null, problems);
        if (dto.CoveredYears is { } covered)
        {
            if (covered.First is null)
            {
                problems.Error(ProblemCodes.Required, "$.coveredYears.first", null);
            }

            if (covered.Last is null)
            {
                problems.Error(ProblemCodes.Required, "$.coveredYears.last", null);
            }
        }

        if (problems.HasErrors || zone is null)
        {
            return null;
        }

        var builder = WorkingCalendar.CreateBuilder(zone).WithHolidays(holidays);
        foreach (var (day, start, end) in week)
        {
            builder.WithWorkingHours(day, start, end);
        }

        if (counting is { } c)
        {
            builder.WithDayCounting(c);
        }

        if (reading is { } r)
        {
            builder.WithDayReading(r);
        }

        if (length is { } l)
        {
            builder.WithNominalDayLength(l);
        }

        if (dto.CoveredYears is { } years)
        {
            builder.WithCoveredYears(years.First!.Value, years.Last!.Value);
        }

        var built = builder.Build();
        foreach (var p in built.Problems)
        {
            // The builder names a weekday as IsoDayOfWeek does ("week.Monday"); the document names it in camelCase.
            var path = p.Path.StartsWith("week.", StringComparison.Ordinal) && Enum.TryParse<IsoDayOfWeek>(p.Path.Substring(5), out var d)
                ? "week." + JsonText.Days.Of(d)
                : p.Path;
            problems.AddUnder("$", [new ValidationProblem(p.Code, path, p.AttemptedValue, p.Severity, [.. p.Arguments])]);
        }

        return built.IsValid ? built.Value : null;
    }

    private static HolidayDto Holiday(Holiday h) => new() { Date = JsonText.Date(h.Date), Name = h.Name, Kind = JsonText.HolidayKinds.Of(h.Kind) };

    private static List<Holiday> Holidays(IReadOnlyList<HolidayDto> items, string at, int? year, Problems problems)
    {
        var holidays = new List<Holiday>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var path = Text.Index(at, i);
            if (item.Date is null)
            {
                problems.Error(ProblemCodes.Required, path + ".date", null);
            }

            var date = JsonText.Date(item.Date, path + ".date", problems);
            var named = problems.Required(item.Name, path + ".name");
            if (item.Kind is null)
            {
                problems.Error(ProblemCodes.Required, path + ".kind", null);
            }

            var kind = JsonText.HolidayKinds.Read(item.Kind, path + ".kind", problems);
            if (date is { } d && year is { } y && d.Year != y)
            {
                problems.Error(ProblemCodes.YearOutOfRange, path + ".date", JsonText.Date(d), Text.Of(y), Text.Of(y));
            }
            else if (date is { } dd && named && kind is { } k)
            {
                holidays.Add(new Holiday(dd, item.Name!, k));
            }
        }

        return holidays;
    }
}
