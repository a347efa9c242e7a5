using Kinerja.Core.Internal;
using NodaTime;
using NodaTime.TimeZones;

namespace Kinerja.Core.Calendar;

/// <summary>
/// An office's working calendar: its time zone, working hours per weekday (five- or six-day
/// weeks), holidays and cuti bersama as data, and how days are counted and read. It answers how much
/// working time lies between two moments and when a time standard falls due. Minutes and hours
/// count working time; days and weeks are read as <see cref="DayReading"/> says, by default as
/// working time of the nominal day running to the close of the day in which it ends. Every
/// computation is a table look-up over the covered years, so a deadline costs well under a
/// microsecond. Immutable and safe to share between threads; build one with <see cref="CreateBuilder"/>.
/// </summary>
public sealed class WorkingCalendar
{
    private const long TicksPerMinute = NodaConstants.TicksPerMinute;
    private const long TicksPerDay = NodaConstants.TicksPerDay;

    private readonly Offset? _fixedOffset;
    private readonly long _firstDay;
    private readonly short[] _openMinute;
    private readonly short[] _lengthMinutes;
    private readonly int[] _minutesBefore;
    private readonly int[] _workingDaysBefore;
    private readonly int[] _workingDays;
    private readonly decimal _maxWorkingTimeDays;

    internal WorkingCalendar(
        DateTimeZone zone,
        IReadOnlyDictionary<IsoDayOfWeek, WorkingHours> week,
        IReadOnlyList<Holiday> holidays,
        DayCounting dayCounting,
        DayReading dayReading,
        Duration nominalDayLength,
        int firstYear,
        int lastYear)
    {
        TimeZone = zone;
        Week = week;
        Holidays = holidays;
        DayCounting = dayCounting;
        DayReading = dayReading;
        NominalDayLength = nominalDayLength;
        FirstDate = new LocalDate(firstYear, 1, 1);
        LastDate = new LocalDate(lastYear, 12, 31);

        // The covered local dates read as UTC, widened by two days either side: that holds every instant whose local
        // time can fall in the covered years (a zone is at most 18 hours from UTC), also after a change of offset just
        // outside them (a clock turned back across the last midnight). Read this way, never through the zone, a covered
        // date the zone skips entirely cannot throw.
        var start = FirstDate.AtMidnight().InUtc().ToInstant() - Duration.FromDays(2);
        var end = LastDate.PlusDays(1).AtMidnight().InUtc().ToInstant() + Duration.FromDays(2);
        var intervals = zone.GetZoneIntervals(start, end).ToArray();
        _fixedOffset = intervals.Length == 1 ? intervals[0].WallOffset : null;

        _firstDay = DayNumber(FirstDate);
        var days = (int)(DayNumber(LastDate) - _firstDay + 1);
        _openMinute = new short[days];
        _lengthMinutes = new short[days];
        _minutesBefore = new int[days + 1];
        _workingDaysBefore = new int[days + 1];
        var working = new List<int>(days);
        var off = new HashSet<LocalDate>(holidays.Select(h => h.Date));
        off.UnionWith(SkippedDates(intervals));
        var date = FirstDate;
        for (var i = 0; i < days; i++, date = date.PlusDays(1))
        {
            if (!off.Contains(date) && week.TryGetValue(date.DayOfWeek, out var hours))
            {
                _openMinute[i] = (short)(hours.Start.TickOfDay / TicksPerMinute);
                _lengthMinutes[i] = (short)((hours.End.TickOfDay - hours.Start.TickOfDay) / TicksPerMinute);
                working.Add(i);
            }

            _minutesBefore[i + 1] = _minutesBefore[i] + _lengthMinutes[i];
            _workingDaysBefore[i + 1] = working.Count;
        }

        _workingDays = working.ToArray();

        // More nominal days than the covered years hold in working time can only fall due outside them.
        _maxWorkingTimeDays = ((decimal)_minutesBefore[days] * TicksPerMinute / nominalDayLength.BclCompatibleTicks) + 1m;
    }

    /// <summary>The office's time zone (WIB, WITA or WIT: see <see cref="OfficeTimeZones"/>).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Working hours of each working weekday; a weekday not listed is a day off.</summary>
    public IReadOnlyDictionary<IsoDayOfWeek, WorkingHours> Week { get; }

    /// <summary>The holidays and cuti bersama, in date order.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>How days and weeks are counted: as working days (default) or as calendar days.</summary>
    public DayCounting DayCounting { get; }

    /// <summary>
    /// How a number of working days falls due (default <see cref="Calendar.DayReading.WorkingTimeToClose"/>):
    /// for "Hari" and "Minggu" under <see cref="DayCounting.WorkingDays"/>, and for "hari kerja" under either counting.
    /// </summary>
    public DayReading DayReading { get; }

    /// <summary>
    /// The working time of "1 Hari" when days are read as working time (<see cref="Calendar.DayReading.WorkingTime"/>,
    /// <see cref="Calendar.DayReading.WorkingTimeToClose"/>), and of a fraction of a day ("0,5 Hari") under every reading.
    /// </summary>
    public Duration NominalDayLength { get; }

    /// <summary>The number of working weekdays: 5 or 6 usually. "1 Minggu" is this many working days.</summary>
    public int WorkingDaysPerWeek => Week.Count;

    /// <summary>The first date the calendar covers.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>The last date the calendar covers.</summary>
    public LocalDate LastDate { get; }

    /// <summary>Starts building a calendar in a time zone.</summary>
    /// <param name="zone">The office's time zone.</param>
    /// <returns>A builder with no working day yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static WorkingCalendarBuilder CreateBuilder(DateTimeZone zone) => new(zone ?? throw new ArgumentNullException(nameof(zone)));

    /// <summary>
    /// A five-day week as many regional governments set it (an example; set your office's own hours
    /// with <see cref="CreateBuilder"/>): Monday to Thursday 07:30-16:00, Friday 07:30-16:30.
    /// </summary>
    /// <param name="zone">The office's time zone.</param>
    /// <param name="holidays">Holidays and cuti bersama.</param>
    /// <returns>The calendar.</returns>
    public static WorkingCalendar FiveDayWeek(DateTimeZone zone, IEnumerable<Holiday> holidays) =>
        CreateBuilder(zone)
            .WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(7, 30), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Tuesday, new LocalTime(7, 30), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Wednesday, new LocalTime(7, 30), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Thursday, new LocalTime(7, 30), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Friday, new LocalTime(7, 30), new LocalTime(16, 30))
            .WithHolidays(holidays)
            .Build()
            .Value;

    /// <summary>
    /// A six-day week (an example; set your office's own hours with <see cref="CreateBuilder"/>):
    /// Monday to Thursday 07:30-14:00, Friday 07:30-11:00, Saturday 07:30-12:30.
    /// </summary>
    /// <param name="zone">The office's time zone.</param>
    /// <param name="holidays">Holidays and cuti bersama.</param>
    /// <returns>The calendar.</returns>
    public static WorkingCalendar SixDayWeek(DateTimeZone zone, IEnumerable<Holiday> holidays) =>
        CreateBuilder(zone)
            .WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(7, 30), new LocalTime(14, 0))
            .WithWorkingHours(IsoDayOfWeek.Tuesday, new LocalTime(7, 30), new LocalTime(14, 0))
            .WithWorkingHours(IsoDayOfWeek.Wednesday, new LocalTime(7, 30), new LocalTime(14, 0))
            .WithWorkingHours(IsoDayOfWeek.Thursday, new LocalTime(7, 30), new LocalTime(14, 0))
            .WithWorkingHours(IsoDayOfWeek.Friday, new LocalTime(7, 30), new LocalTime(11, 0))
            .WithWorkingHours(IsoDayOfWeek.Saturday, new LocalTime(7, 30), new LocalTime(12, 30))
            .WithNominalDayLength(Duration.FromMinutes(390))
            .WithHolidays(holidays)
            .Build()
            .Value;

    /// <summary>Whether a date is a working day (a working weekday that is not a holiday).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the covered years.</exception>
    public bool IsWorkingDay(LocalDate date) => _lengthMinutes[Index(DayNumber(date))] > 0;

    /// <summary>Whether a moment falls within working hours (opening and closing moments included).</summary>
    /// <param name="instant">The moment.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the covered years.</exception>
    public bool IsWorkingMoment(Instant instant)
    {
        var local = LocalTicks(instant);
        var day = FloorDay(local);
        var i = Index(day);
        var tod = local - (day * TicksPerDay);
        var open = _openMinute[i] * TicksPerMinute;
        return _lengthMinutes[i] > 0 && tod >= open && tod <= open + (_lengthMinutes[i] * TicksPerMinute);
    }

    /// <summary>The working time between two moments: negative when <paramref name="end"/> is before <paramref name="start"/>.</summary>
    /// <param name="start">The first moment.</param>
    /// <param name="end">The second moment.</param>
    /// <returns>The working time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A moment is outside the covered years.</exception>
    public Duration WorkingTimeBetween(Instant start, Instant end) => Duration.FromTicks(Worked(LocalTicks(end)) - Worked(LocalTicks(start)));

    /// <summary>
    /// The moment when <paramref name="amount"/> of working time has passed after <paramref name="start"/>.
    /// A zero amount gives the first working moment at or after <paramref name="start"/>; a positive
    /// amount ending exactly at a closing time gives that closing time, not the next opening.
    /// </summary>
    /// <param name="start">When work starts.</param>
    /// <param name="amount">The working time, 0 or more.</param>
    /// <returns>The moment, always a working moment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or the result is outside the covered years.</exception>
    public Instant AddWorkingTime(Instant start, Duration amount)
    {
        if (amount < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "Value should be 0 or more.");
        }

        var local = LocalTicks(start);
        if (amount == Duration.Zero)
        {
            return FromLocal(NextWorkingMoment(local));
        }

        var target = Worked(local) + amount.BclCompatibleTicks;
        return FromLocal(LocalAtWorked(target, Index(FloorDay(local)), nameof(amount)));
    }

    /// <summary>
    /// The close of the <paramref name="days"/>-th working day after the day of <paramref name="start"/>
    /// (counting starts the next day, as "hari kerja" deadlines do). Zero days gives the first working
    /// moment at or after <paramref name="start"/>.
    /// </summary>
    /// <param name="start">When work starts.</param>
    /// <param name="days">The number of working days, 0 or more.</param>
    /// <returns>The moment, always a working moment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or the result is outside the covered years.</exception>
    public Instant AddWorkingDays(Instant start, int days)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "Value should be 0 or more.");
        }

        var local = LocalTicks(start);
        if (days == 0)
        {
            return FromLocal(NextWorkingMoment(local));
        }

        var i = Index(FloorDay(local));
        var k = _workingDaysBefore[i + 1] + days - 1;
        if (k >= _workingDays.Length)
        {
            throw OutOfRange(nameof(days));
        }

        return FromLocal(CloseOf(_workingDays[k]));
    }

    /// <summary>
    /// When <paramref name="days"/> days run out for work started at <paramref name="start"/>, counted as the
    /// calendar's <see cref="DayCounting"/> says: working days (the default) read as <see cref="DayReading"/> says
    /// (by default N × <see cref="NominalDayLength"/> of working time, then to the close of the working day in
    /// which it ends), or, under <see cref="DayCounting.CalendarDays"/>, the close of the N-th calendar day after
    /// the start day, or of the next working day after it. A fraction of a day is that share of the nominal day
    /// in working time, never later than the next whole day. This is how a time standard in days or weeks falls
    /// due (<c>MutuBakuWaktu.Due</c> in the SOP namespace).
    /// </summary>
    /// <param name="start">When the work started.</param>
    /// <param name="days">The number of days, 0 or more; a fraction such as 0.5 is allowed.</param>
    /// <returns>The due moment (a working moment).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or the due moment is
    /// outside the covered years.</exception>
    public Instant DueAfterDays(Instant start, decimal days) => DueAfterDays(start, days, DayCounting);

    /// <summary>
    /// When <paramref name="days"/> days run out for work started at <paramref name="start"/>, counted as
    /// <paramref name="counting"/> says instead of the calendar's own <see cref="DayCounting"/> (a standard
    /// printed as "hari kerja" always counts working days); otherwise as <see cref="DueAfterDays(Instant, decimal)"/>.
    /// </summary>
    /// <param name="start">When the work started.</param>
    /// <param name="days">The number of days, 0 or more; a fraction such as 0.5 is allowed.</param>
    /// <param name="counting">Working days (read as <see cref="DayReading"/> says) or calendar days.</param>
    /// <returns>The due moment (a working moment).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, <paramref name="counting"/>
    /// is not a defined value, or the due moment is outside the covered years.</exception>
    public Instant DueAfterDays(Instant start, decimal days, DayCounting counting)
    {
        if (days < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The number of days should be 0 or more.");
        }

        return counting switch
        {
            DayCounting.WorkingDays => DueInWorkingDays(start, days),
            DayCounting.CalendarDays => DueInDays(start, days, workingDays: false),
            _ => throw new ArgumentOutOfRangeException(nameof(counting), counting, "Not a defined day counting."),
        };
    }

    private static long DayNumber(LocalDate date) => date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks() / TicksPerDay;

    private static long FloorDay(long localTicks) => localTicks >= 0 ? localTicks / TicksPerDay : ((localTicks + 1) / TicksPerDay) - 1;

    /// <summary>N working days, read as <see cref="DayReading"/> says.</summary>
    private Instant DueInWorkingDays(Instant start, decimal days)
    {
        if (DayReading == DayReading.WholeDaysAfterStartDay)
        {
            return DueInDays(start, days, workingDays: true);
        }

        if (days > _maxWorkingTimeDays)
        {
            throw OutOfRange(nameof(days));
        }

        var local = LocalTicks(start);
        var ticks = (long)(days * NominalDayLength.BclCompatibleTicks);
        var end = ticks == 0 ? NextWorkingMoment(local) : LocalAtWorked(Worked(local) + ticks, Index(FloorDay(local)), nameof(days));
        return FromLocal(DayReading == DayReading.WorkingTime ? end : CloseOf(Index(FloorDay(end))));
    }

    /// <summary>Whole working days (or calendar days) after the start day, then a fraction of the nominal day capped at the next whole day.</summary>
    private Instant DueInDays(Instant start, decimal days, bool workingDays)
    {
        var whole = (int)decimal.Truncate(days);
        var fraction = days - whole;
        // Zero whole days are due at the next working moment (the start itself when it is one), so the due
        // moment is a working moment even for work started on a day off or after closing time.
        var due = whole > 0
            ? (workingDays ? AddWorkingDays(start, whole) : AddCalendarDays(start, whole))
            : FromLocal(NextWorkingMoment(LocalTicks(start)));

        if (fraction == 0m)
        {
            return due;
        }

        // A fraction of a day is that share of the nominal day in working time, but never later than the
        // next whole day: a short working day (a six-day week's Friday) must not push "1,9 Hari" past "2 Hari".
        var partial = AddWorkingTime(due, Duration.FromTicks((long)(fraction * NominalDayLength.BclCompatibleTicks)));
        var nextWhole = workingDays ? AddWorkingDays(start, whole + 1) : AddCalendarDays(start, whole + 1);
        return partial < nextWhole ? partial : nextWhole;
    }

    private Instant AddCalendarDays(Instant start, int days)
    {
        var i = Index(FloorDay(LocalTicks(start))) + days;
        if (i >= _lengthMinutes.Length)
        {
            throw OutOfRange(nameof(days));
        }

        var k = _workingDaysBefore[i];
        if (_lengthMinutes[i] == 0)
        {
            if (k >= _workingDays.Length)
            {
                throw OutOfRange(nameof(days));
            }

            i = _workingDays[k];
        }

        return FromLocal(CloseOf(i));
    }

    private long CloseOf(int i) => ((_firstDay + i) * TicksPerDay) + ((_openMinute[i] + (long)_lengthMinutes[i]) * TicksPerMinute);

    private long Worked(long local)
    {
        var day = FloorDay(local);
        var i = Index(day);
        var into = local - (day * TicksPerDay) - (_openMinute[i] * TicksPerMinute);
        var length = _lengthMinutes[i] * TicksPerMinute;
        return (_minutesBefore[i] * TicksPerMinute) + (into <= 0 ? 0 : into >= length ? length : into);
    }

    /// <summary>The local moment when the working time <paramref name="target"/> is reached, from day <paramref name="from"/>; out of range naming <paramref name="name"/> (the caller's parameter) when beyond the covered years.</summary>
    private long LocalAtWorked(long target, int from, string name)
    {
        // The first day j >= from whose working time reaches the target: binary search on the prefix sums.
        int lo = from, hi = _minutesBefore.Length - 1;
        if ((long)_minutesBefore[hi] * TicksPerMinute < target)
        {
            throw OutOfRange(name);
        }

        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if ((long)_minutesBefore[mid + 1] * TicksPerMinute >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        var into = target - ((long)_minutesBefore[lo] * TicksPerMinute);
        return ((_firstDay + lo) * TicksPerDay) + (_openMinute[lo] * TicksPerMinute) + into;
    }

    private long NextWorkingMoment(long local)
    {
        var day = FloorDay(local);
        var i = Index(day);
        var tod = local - (day * TicksPerDay);
        var open = _openMinute[i] * TicksPerMinute;
        if (_lengthMinutes[i] > 0 && tod <= open + (_lengthMinutes[i] * TicksPerMinute))
        {
            return tod >= open ? local : (day * TicksPerDay) + open;
        }

        var k = _workingDaysBefore[i + 1];
        if (k >= _workingDays.Length)
        {
            throw OutOfRange("start");
        }

        var j = _workingDays[k];
        return ((_firstDay + j) * TicksPerDay) + (_openMinute[j] * TicksPerMinute);
    }

    /// <summary>
    /// The dates a zone skips entirely, when its clock jumps forward a day or more (Samoa skipped 30 December 2011): no
    /// instant has such a local date, so none of its working time can ever be worked.
    /// </summary>
    private static IEnumerable<LocalDate> SkippedDates(ZoneInterval[] intervals)
    {
        for (var i = 1; i < intervals.Length; i++)
        {
            // The local times from the end of the one interval, read in its offset, to the start of the next, read in
            // the next's, never happen.
            var from = intervals[i].Start.WithOffset(intervals[i - 1].WallOffset).LocalDateTime;
            var to = intervals[i].Start.WithOffset(intervals[i].WallOffset).LocalDateTime;
            for (var date = from.TimeOfDay == LocalTime.Midnight ? from.Date : from.Date.PlusDays(1); date.PlusDays(1).AtMidnight() <= to; date = date.PlusDays(1))
            {
                yield return date;
            }
        }
    }

    private long LocalTicks(Instant instant) =>
        instant.ToUnixTimeTicks() + (_fixedOffset ?? TimeZone.GetUtcOffset(instant)).Ticks;

    private Instant FromLocal(long local)
    {
        if (_fixedOffset is { } offset)
        {
            return Instant.FromUnixTimeTicks(local - offset.Ticks);
        }

        var ldt = Instant.FromUnixTimeTicks(local).InUtc().LocalDateTime;
        return ldt.InZoneLeniently(TimeZone).ToInstant();
    }

    private int Index(long dayNumber)
    {
        var i = dayNumber - _firstDay;
        if (i < 0 || i >= _lengthMinutes.Length)
        {
            throw OutOfRange("date");
        }

        return (int)i;
    }

    private ArgumentOutOfRangeException OutOfRange(string name) =>
        new(name, $"The working calendar covers {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}; widen it with WorkingCalendarBuilder.WithCoveredYears.");
}
