namespace Kinerja.Core.Calendar;

/// <summary>
/// How a time standard of N working days ("N Hari", "N hari kerja") or N weeks ("N Minggu", read as
/// N × <see cref="WorkingCalendar.WorkingDaysPerWeek"/> days) falls due. It applies whenever days are
/// counted as working days: on a calendar with <see cref="DayCounting.WorkingDays"/>, and for a standard
/// that says "hari kerja" (<c>MutuBakuWaktu.SaysWorkingDays</c> in the SOP namespace) on any calendar. Under
/// <see cref="DayCounting.CalendarDays"/> the other day standards count calendar days and no reading applies.
/// Minutes and hours are working time under every reading. See docs/decisions.md, D42.
/// </summary>
public enum DayReading
{
    /// <summary>
    /// Default: N × <see cref="WorkingCalendar.NominalDayLength"/> of working time from the start, as
    /// <see cref="WorkingTime"/>, then to the close of the working day in which that time ends. The officer
    /// keeps the whole of the last day, and no day is given for free: a step opened at the first minute of
    /// a working day works that day. Monday 07:30 plus "1 Hari" (7 h 30 min) is due at Monday's close;
    /// "0,99 Hari" too.
    /// </summary>
    WorkingTimeToClose = 0,

    /// <summary>
    /// N × <see cref="WorkingCalendar.NominalDayLength"/> of working time from the start, exactly, as a
    /// fraction of a day has always been read: "1 Hari" from Monday 07:30 with a 7 h 30 min nominal day is
    /// due Monday 15:00.
    /// </summary>
    WorkingTime = 1,

    /// <summary>
    /// The close of the N-th working day after the day work started (<see cref="WorkingCalendar.AddWorkingDays"/>),
    /// whatever the hour it started: the reading of "N hari kerja" periods in statutes, and this library's
    /// default before D42. A fraction is that share of the nominal day after the whole days, never later than
    /// the next whole day. The start day is free: "1 Hari" from Monday 07:30 is due Tuesday's close, and
    /// "0,99 Hari" Monday 14:55:30.
    /// </summary>
    WholeDaysAfterStartDay = 2,
}
