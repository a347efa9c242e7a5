using Kinerja.Core.Internal;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Calendar;

/// <summary>
/// Assembles a <see cref="WorkingCalendar"/>. Defaults: no working day until hours are set,
/// <see cref="DayCounting.WorkingDays"/> read as <see cref="DayReading.WorkingTimeToClose"/>, a nominal
/// day of 7 hours 30 minutes (the PNS working day of a 37.5-hour five-day week), and covered years 2015 to 2050.
/// </summary>
public sealed class WorkingCalendarBuilder
{
    private readonly DateTimeZone _zone;
    private readonly Dictionary<IsoDayOfWeek, (LocalTime Start, LocalTime End)> _week = [];
    private readonly List<Holiday> _holidays = [];
    private DayCounting _dayCounting = DayCounting.WorkingDays;
    private DayReading _dayReading = DayReading.WorkingTimeToClose;
    private Duration _nominalDayLength = Duration.FromMinutes(450);
    private int _firstYear = 2015;
    private int _lastYear = 2050;

    internal WorkingCalendarBuilder(DateTimeZone zone) => _zone = zone;

    /// <summary>Sets the working hours of a weekday, making it a working day.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="start">When work starts, on a whole minute.</param>
    /// <param name="end">When work ends, on a whole minute, after <paramref name="start"/>.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithWorkingHours(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        _week[day] = (start, end);
        return this;
    }

    /// <summary>Makes a weekday a day off.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithoutWorkingDay(IsoDayOfWeek day)
    {
        _week.Remove(day);
        return this;
    }

    /// <summary>Adds holidays or cuti bersama.</summary>
    /// <param name="holidays">The holidays.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    public WorkingCalendarBuilder WithHolidays(IEnumerable<Holiday> holidays)
    {
        _holidays.AddRange(holidays ?? throw new ArgumentNullException(nameof(holidays)));
        return this;
    }

    /// <summary>Adds a year's list of holidays and cuti bersama.</summary>
    /// <param name="list">The list, for example <c>BuiltIn.NationalHolidays.Year2026</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public WorkingCalendarBuilder WithHolidays(HolidayList list) =>
        WithHolidays((list ?? throw new ArgumentNullException(nameof(list))).Holidays);

    /// <summary>Removes the holidays on a date (to correct a shipped list, for example after a decree is amended).</summary>
    /// <param name="date">The date that is a working day after all.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithoutHoliday(LocalDate date)
    {
        _holidays.RemoveAll(h => h.Date == date);
        return this;
    }

    /// <summary>Sets how days and weeks are counted.</summary>
    /// <param name="counting">Working days (default) or calendar days.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithDayCounting(DayCounting counting)
    {
        _dayCounting = counting;
        return this;
    }

    /// <summary>
    /// Sets how a number of working days ("N Hari", "N hari kerja", "N Minggu") falls due; see <see cref="DayReading"/>
    /// and docs/decisions.md, D42. An undefined value is a problem of <see cref="Build"/>.
    /// </summary>
    /// <param name="reading">Working time to the close of the day (default), working time, or whole working days after the start day.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithDayReading(DayReading reading)
    {
        _dayReading = reading;
        return this;
    }

    /// <summary>Sets the working time of one day: "1 Hari" when days are read as working time, and the unit of a fraction of a day ("0,5 Hari").</summary>
    /// <param name="length">The length, above 0 and at most 24 hours.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithNominalDayLength(Duration length)
    {
        _nominalDayLength = length;
        return this;
    }

    /// <summary>Sets the years the calendar covers; computations outside them throw.</summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithCoveredYears(int firstYear, int lastYear)
    {
        _firstYear = firstYear;
        _lastYear = lastYear;
        return this;
    }

    /// <summary>Validates everything given (all problems at once) and builds the calendar.</summary>
    /// <returns>The calendar, or every problem found.</returns>
    public ValidationResult<WorkingCalendar> Build()
    {
        var problems = new Problems();
        if (_week.Count == 0)
        {
            problems.Error(ProblemCodes.Empty, "week", null, "hari kerja", "working day");
        }

        foreach (var pair in _week.OrderBy(p => p.Key))
        {
            var (start, end) = pair.Value;
            var path = "week." + pair.Key;
            if (end <= start)
            {
                problems.Error(ProblemCodes.WorkingHours, path, Hours(start, end), "end after start");
            }
            else if (start.TickOfDay % NodaConstants.TicksPerMinute != 0 || end.TickOfDay % NodaConstants.TicksPerMinute != 0)
            {
                problems.Error(ProblemCodes.WorkingHours, path, Hours(start, end), "whole minutes");
            }
        }

        if (_nominalDayLength <= Duration.Zero || _nominalDayLength > Duration.FromDays(1))
        {
            problems.Error(ProblemCodes.WorkingHours, "nominalDayLength", _nominalDayLength.ToString(), "0 < length <= 24:00");
        }

        if (_dayReading is < DayReading.WorkingTimeToClose or > DayReading.WholeDaysAfterStartDay)
        {
            problems.Error(ProblemCodes.OutOfRange, "dayReading", Text.Of((int)_dayReading), Text.Of((int)DayReading.WorkingTimeToClose), Text.Of((int)DayReading.WholeDaysAfterStartDay));
        }

        if (_firstYear < 1970 || _lastYear > 2200 || _lastYear < _firstYear || _lastYear - _firstYear > 200)
        {
            problems.Error(ProblemCodes.YearOutOfRange, "coveredYears", Text.Of(_firstYear) + "-" + Text.Of(_lastYear), "1970", "2200");
        }

        var seen = new Dictionary<LocalDate, int>();
        for (var i = 0; i < _holidays.Count; i++)
        {
            var h = _holidays[i];
            var path = Text.Index("holidays", i);
            problems.Required(h.Name, path + ".name");
            if (seen.TryGetValue(h.Date, out var first))
            {
                problems.Warning(ProblemCodes.Duplicate, path + ".date", h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Text.Index("holidays", first));
            }
            else
            {
                seen.Add(h.Date, i);
            }
        }

        return problems.Result(() => new WorkingCalendar(
            _zone,
            _week.OrderBy(p => p.Key).ToDictionary(p => p.Key, p => new WorkingHours(p.Value.Start, p.Value.End)),
            _holidays.OrderBy(h => h.Date).ToArray(),
            _dayCounting,
            _dayReading,
            _nominalDayLength,
            _firstYear,
            _lastYear));
    }

    private static string Hours(LocalTime start, LocalTime end) =>
        start.ToString("HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture) + "-" + end.ToString("HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
}
