using Kinerja.Core.Calendar;
using NodaTime;

namespace Kinerja.Core.Tests.Calendar;

/// <summary>
/// The mutants the calendar's mutation run at commit 48d9dbb left alive: <see cref="WorkingCalendar.DueAfterDays(Instant, decimal, DayCounting)"/>'s
/// argument checks and day-count paths at the end of the covered years, a local moment long before 1970, and two texts.
/// The calendar is Monday to Friday 07:30-16:00 (8 h 30 min, 510 minutes) with no holidays; 2026 has 261 weekdays,
/// 1 January and 31 December 2026 are Thursdays, 31 December 2022 is a Saturday.
/// </summary>
public class CalendarSurvivorTests
{
    private static readonly WorkingCalendar Year2026 = Weekdays(OfficeTimeZones.Wib, 2026, 2026);

    private static WorkingCalendar Weekdays(DateTimeZone zone, int firstYear, int lastYear, DayReading reading = DayReading.WorkingTimeToClose, int nominalMinutes = 510)
    {
        var builder = WorkingCalendar.CreateBuilder(zone)
            .WithCoveredYears(firstYear, lastYear)
            .WithDayReading(reading)
            .WithNominalDayLength(Duration.FromMinutes(nominalMinutes));
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            builder.WithWorkingHours(day, new LocalTime(7, 30), new LocalTime(16, 0));
        }

        return builder.Build().Value;
    }

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(OfficeTimeZones.Wib).ToInstant();

    // WorkingCalendar.cs:274 (statement removed, message ""): a negative number of days is refused with its own text.
    [Fact]
    public void DueAfterDays_NegativeDays_ThrowsNamingDays()
    {
        foreach (var counting in new[] { DayCounting.WorkingDays, DayCounting.CalendarDays })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.DueAfterDays(At(2026, 6, 8, 10, 0), -1m, counting));
            Assert.Equal("days", e.ParamName);
            Assert.Contains("The number of days should be 0 or more.", e.Message, StringComparison.Ordinal);
        }
    }

    // WorkingCalendar.cs:281 (message ""): an undefined day counting is refused with its own text.
    [Fact]
    public void DueAfterDays_UndefinedCounting_ThrowsWithItsText()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.DueAfterDays(At(2026, 6, 8, 10, 0), 1m, (DayCounting)7));
        Assert.Equal("counting", e.ParamName);
        Assert.Contains("Not a defined day counting.", e.Message, StringComparison.Ordinal);
    }

    // WorkingCalendar.cs:78 (`- 1m` for `+ 1m`): 261 nominal days of 510 minutes are exactly the covered working time,
    // due at the last covered close; the mutant's limit (260) refuses them.
    [Fact]
    public void DueAfterDays_AllTheCoveredWorkingTime_IsTheLastCoveredClose()
    {
        var newYear = At(2026, 1, 1, 0, 0);

        Assert.Equal(At(2026, 12, 31, 16, 0), Year2026.DueAfterDays(newYear, 261m));
        Assert.Equal(At(2026, 12, 31, 16, 0), Year2026.DueAfterDays(newYear, 260.5m));
    }

    // WorkingCalendar.cs:78 (`*` for `/`: a limit far too high), :299 (throw removed, name ""): more nominal days than
    // the covered years hold are refused up front, naming days, and never overflow the tick count.
    [Fact]
    public void DueAfterDays_FarMoreDaysThanTheCoveredYearsHold_ThrowsNamingDays()
    {
        foreach (var days in new[] { 300m, 1_000_000_000_000_000m })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.DueAfterDays(At(2026, 1, 1, 0, 0), days));
            Assert.Equal("days", e.ParamName);
            Assert.Contains("covers 2026-01-01 to 2026-12-31", e.Message, StringComparison.Ordinal);
        }
    }

    // WorkingCalendar.cs:297 (`>=` for `>`): the up-front limit is the covered working time plus one day, exclusive; a
    // count exactly at it throws as a count just below it does (the due moment lies past the covered years), each naming
    // days (before 7 December the one below named "amount", a parameter DueAfterDays does not have).
    [Fact]
    public void DueAfterDays_ExactlyAtTheUpFrontLimit_ThrowsAsJustBelowIt()
    {
        var newYear = At(2026, 1, 1, 0, 0);

        var below = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.DueAfterDays(newYear, 261.5m));
        var at = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.DueAfterDays(newYear, 262m));
        Assert.Equal(("days", "days"), (below.ParamName, at.ParamName));
        Assert.Equal(below.Message, at.Message);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.DueAfterDays(newYear, 262.0001m)).ParamName);
    }

    // WorkingCalendar.cs:320 (the whole-day return removed): a whole number of days due on the last covered working
    // day is its close; it must not look for the next whole day, which lies outside the covered years.
    [Theory]
    [InlineData(DayCounting.WorkingDays, DayReading.WholeDaysAfterStartDay)]
    [InlineData(DayCounting.CalendarDays, DayReading.WorkingTimeToClose)]
    public void DueAfterDays_WholeDaysToTheLastCoveredWorkingDay_IsItsClose(DayCounting counting, DayReading reading)
    {
        var calendar = Weekdays(OfficeTimeZones.Wib, 2026, 2026, reading);

        Assert.Equal(At(2026, 12, 31, 16, 0), calendar.DueAfterDays(At(2026, 12, 30, 10, 0), 1m, counting));
    }

    // WorkingCalendar.cs:334 (`>` for `>=`), :336 (throw removed): calendar days past the last covered day throw the
    // calendar's out-of-range exception naming days, not an index error.
    [Fact]
    public void DueAfterDays_CalendarDaysPastTheLastCoveredDay_ThrowsNamingDays()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.DueAfterDays(At(2026, 12, 30, 10, 0), 2m, DayCounting.CalendarDays));
        Assert.Equal("days", e.ParamName);
        Assert.Contains("covers 2026-01-01 to 2026-12-31", e.Message, StringComparison.Ordinal);
    }

    // WorkingCalendar.cs:342 (`>` for `>=`), :344 (throw removed): a calendar day that is the last covered day and a day
    // off (Saturday 31 December 2022) has no working day after it: the out-of-range exception naming days.
    [Fact]
    public void DueAfterDays_CalendarDaysToADayOffWithNoWorkingDayAfter_ThrowsNamingDays()
    {
        var year2022 = Weekdays(OfficeTimeZones.Wib, 2022, 2022);
        var friday = At(2022, 12, 30, 10, 0);

        Assert.Equal(At(2022, 12, 30, 16, 0), year2022.DueAfterDays(At(2022, 12, 29, 10, 0), 1m, DayCounting.CalendarDays));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => year2022.DueAfterDays(friday, 1m, DayCounting.CalendarDays));
        Assert.Equal("days", e.ParamName);
        Assert.Contains("covers 2022-01-01 to 2022-12-31", e.Message, StringComparison.Ordinal);
    }

    // WorkingCalendar.cs:287 (`(localTicks + 1) * TicksPerDay` in the negative branch): the product wraps around; this
    // local moment, in January 1969, is chosen so that the wrapped product is 16384 (day 16383, in 2014).
    // It is before the covered years and must throw.
    [Fact]
    public void IsWorkingMoment_LocalMomentWhoseDayProductWrapsIntoTheCoveredYears_Throws()
    {
        var calendar = Weekdays(DateTimeZone.Utc, 1970, 2020);
        var moment = Instant.FromUnixTimeTicks(-293_925_573_530_090);

        Assert.Equal(1969, moment.InUtc().Year);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingMoment(moment)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.WorkingTimeBetween(moment, Instant.FromUtc(2014, 11, 10, 0, 0)));
    }

    // WorkingCalendarBuilder.cs:179 (the end's format ""): sub-second end hours are shown as given, as the start's are.
    [Fact]
    public void Build_SubSecondEndHour_IsShownAsGiven()
    {
        var problem = Assert.Single(WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib)
            .WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(7, 30), new LocalTime(16, 0, 0, 250))
            .Build().Problems);

        Assert.Equal("07:30:00-16:00:00.25", problem.AttemptedValue);
    }

    // WorkingHours.cs:16 (message $""): the exception names both times.
    [Fact]
    public void WorkingHours_EndNotAfterStart_ThrowsNamingBothTimes()
    {
        var e = Assert.Throws<ArgumentException>(() => new WorkingHours(new LocalTime(16, 0), new LocalTime(7, 30)));
        Assert.Equal("end", e.ParamName);
        Assert.StartsWith("End 07:30 should be after start 16:00.", e.Message, StringComparison.Ordinal);
    }

    // WorkingCalendar.cs:51 and :412 (the fixed offset not used): they showed that the fast path's one offset was checked over
    // the covered years' instants only. A zone that turns its clock back from +8 to +7 at 16:30 UTC on 31 December 2026
    // (00:30 on 1 January, back to 23:30 on 31 December) has one offset over 2026, yet 16:45 UTC is 23:45 on 31 December
    // local time, inside the covered year; the fast path read it as 00:45 on 1 January 2027 and refused it.
    [Fact]
    public void IsWorkingMoment_AClockTurnedBackAcrossTheLastCoveredMidnight_AnswersForTheRepeatedLocalTime()
    {
        var zone = new NodaTime.Testing.TimeZones.SingleTransitionDateTimeZone(Instant.FromUtc(2026, 12, 31, 16, 30), Offset.FromHours(8), Offset.FromHours(7));
        var calendar = Weekdays(zone, 2026, 2026);

        Assert.False(calendar.IsWorkingMoment(Instant.FromUtc(2026, 12, 31, 15, 45))); // 23:45 on 31 December, the first time
        Assert.False(calendar.IsWorkingMoment(Instant.FromUtc(2026, 12, 31, 16, 45))); // 23:45 on 31 December, the second time
        Assert.True(calendar.IsWorkingMoment(Instant.FromUtc(2026, 12, 31, 7, 0))); // 15:00 on Thursday 31 December
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingMoment(Instant.FromUtc(2026, 12, 31, 17, 1))); // 00:01 on 1 January 2027
        Assert.Equal("date", e.ParamName);
    }
}
