using Kinerja.Core.Calendar;
using NodaTime;

namespace Kinerja.Core.Tests.Calendar;

/// <summary>
/// The edges of <see cref="WorkingCalendar"/>'s working-time arithmetic: the first and last covered
/// day and moment, zero and negative amounts, opening and closing moments, days off at midnight,
/// the first covered year 1970 (local moments at and just before the Unix epoch), and zones whose
/// offset changes inside the covered years. The calendar is Monday to Friday 07:30-16:00 (8 h 30 min)
/// with no holidays, covering 2026 only: 1 January and 31 December 2026 are Thursdays, and 2026 has
/// 261 weekdays.
/// </summary>
public class WorkingCalendarEdgeTests
{
    private static readonly WorkingCalendar Year2026 = Weekdays(OfficeTimeZones.Wib, 2026, 2026);

    // The calendar counts in ticks (100 ns), so the smallest step that moves a moment is one tick.
    private static readonly Duration OneTick = Duration.FromTicks(1);

    private static WorkingCalendar Weekdays(DateTimeZone zone, int firstYear, int lastYear)
    {
        var builder = WorkingCalendar.CreateBuilder(zone).WithCoveredYears(firstYear, lastYear);
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            builder.WithWorkingHours(day, new LocalTime(7, 30), new LocalTime(16, 0));
        }

        return builder.Build().Value;
    }

    private static Instant At(int year, int month, int day, int hour, int minute, DateTimeZone? zone = null) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone ?? OfficeTimeZones.Wib).ToInstant();

    private static Instant At2026(int month, int day, int hour, int minute) => At(2026, month, day, hour, minute);

    [Fact]
    public void IsWorkingDay_FirstAndLastCoveredDates_AreCovered()
    {
        Assert.Equal((new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), (Year2026.FirstDate, Year2026.LastDate));
        Assert.True(Year2026.IsWorkingDay(new LocalDate(2026, 1, 1)));
        Assert.True(Year2026.IsWorkingDay(new LocalDate(2026, 12, 31)));
        Assert.False(Year2026.IsWorkingDay(new LocalDate(2026, 1, 3)));
    }

    [Theory]
    [InlineData(2025, 12, 31)]
    [InlineData(2027, 1, 1)]
    [InlineData(2015, 6, 1)]
    public void IsWorkingDay_JustOutsideTheCoveredYears_ThrowsNamingTheRange(int year, int month, int day)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.IsWorkingDay(new LocalDate(year, month, day)));
        Assert.Equal("date", e.ParamName);
        Assert.StartsWith("The working calendar covers 2026-01-01 to 2026-12-31; widen it with WorkingCalendarBuilder.WithCoveredYears.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsWorkingMoment_OpeningAndClosingIncluded_OneTickOutsideNot()
    {
        Assert.True(Year2026.IsWorkingMoment(At2026(6, 8, 7, 30)));
        Assert.True(Year2026.IsWorkingMoment(At2026(6, 8, 16, 0)));
        Assert.False(Year2026.IsWorkingMoment(At2026(6, 8, 7, 30) - OneTick));
        Assert.False(Year2026.IsWorkingMoment(At2026(6, 8, 16, 0) + OneTick));
        Assert.False(Year2026.IsWorkingMoment(At2026(6, 8, 0, 0)));
    }

    [Fact]
    public void IsWorkingMoment_MidnightOfADayOff_IsNotWorking()
    {
        Assert.False(Year2026.IsWorkingMoment(At2026(6, 6, 0, 0)));  // Saturday
        Assert.False(Year2026.IsWorkingMoment(At2026(6, 7, 0, 0)));  // Sunday
    }

    [Fact]
    public void IsWorkingMoment_FirstAndLastCoveredMoments_AreCovered()
    {
        Assert.False(Year2026.IsWorkingMoment(At2026(1, 1, 0, 0)));
        Assert.True(Year2026.IsWorkingMoment(At2026(12, 31, 16, 0)));
        Assert.False(Year2026.IsWorkingMoment(At(2027, 1, 1, 0, 0) - OneTick));
        Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.IsWorkingMoment(At(2027, 1, 1, 0, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.IsWorkingMoment(At2026(1, 1, 0, 0) - OneTick));
    }

    [Fact]
    public void WorkingTimeBetween_TheWholeCoveredYear_Is261DaysOf8Hours30Minutes()
    {
        var yearStart = At2026(1, 1, 0, 0);
        var yearEnd = At(2027, 1, 1, 0, 0) - OneTick;

        Assert.Equal(Duration.FromMinutes(261 * 510), Year2026.WorkingTimeBetween(yearStart, yearEnd));
        Assert.Equal(Duration.FromMinutes(-261 * 510), Year2026.WorkingTimeBetween(yearEnd, yearStart));
    }

    [Fact]
    public void WorkingTimeBetween_PartsOfOneDay_CountFromOpeningToClose()
    {
        var monday = At2026(6, 8, 0, 0);
        Assert.Equal(Duration.Zero, Year2026.WorkingTimeBetween(monday, At2026(6, 8, 7, 30)));
        Assert.Equal(Duration.FromMinutes(30), Year2026.WorkingTimeBetween(monday, At2026(6, 8, 8, 0)));
        Assert.Equal(Duration.FromMinutes(510), Year2026.WorkingTimeBetween(monday, At2026(6, 8, 16, 0)));
        Assert.Equal(Duration.FromMinutes(510), Year2026.WorkingTimeBetween(monday, At2026(6, 8, 23, 0)));
        Assert.Equal(Duration.FromMinutes(510), Year2026.WorkingTimeBetween(At2026(6, 5, 17, 0), At2026(6, 8, 16, 30)));
        Assert.Equal(Duration.FromTicks(1), Year2026.WorkingTimeBetween(At2026(6, 8, 16, 0) - OneTick, At2026(6, 8, 18, 0)));
    }

    [Fact]
    public void AddWorkingTime_Negative_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.AddWorkingTime(At2026(6, 8, 9, 0), Duration.FromMinutes(-1)));
        Assert.Equal("amount", e.ParamName);
        Assert.Equal(Duration.FromMinutes(-1), e.ActualValue);
        Assert.StartsWith("Value should be 0 or more.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingTime_Zero_IsTheFirstWorkingMomentAtOrAfterStart()
    {
        Assert.Equal(At2026(6, 8, 10, 0), Year2026.AddWorkingTime(At2026(6, 8, 10, 0), Duration.Zero));
        Assert.Equal(At2026(6, 8, 7, 30), Year2026.AddWorkingTime(At2026(6, 8, 7, 30), Duration.Zero));
        Assert.Equal(At2026(6, 8, 7, 30), Year2026.AddWorkingTime(At2026(6, 8, 6, 0), Duration.Zero));
        Assert.Equal(At2026(6, 8, 16, 0), Year2026.AddWorkingTime(At2026(6, 8, 16, 0), Duration.Zero));       // the close is a working moment
        Assert.Equal(At2026(6, 9, 7, 30), Year2026.AddWorkingTime(At2026(6, 8, 16, 0) + OneTick, Duration.Zero));
        Assert.Equal(At2026(6, 8, 7, 30), Year2026.AddWorkingTime(At2026(6, 6, 0, 0), Duration.Zero));        // Saturday midnight
    }

    [Fact]
    public void AddWorkingTime_EndingAtAClose_IsThatCloseNotTheNextOpening()
    {
        Assert.Equal(At2026(6, 8, 16, 0), Year2026.AddWorkingTime(At2026(6, 8, 7, 30), Duration.FromMinutes(510)));
        Assert.Equal(At2026(6, 9, 7, 30) + OneTick, Year2026.AddWorkingTime(At2026(6, 8, 7, 30), Duration.FromMinutes(510) + OneTick));
        Assert.Equal(At2026(6, 12, 16, 0), Year2026.AddWorkingTime(At2026(6, 6, 12, 0), Duration.FromMinutes(5 * 510)));
    }

    [Fact]
    public void AddWorkingTime_ToTheLastCoveredClose_IsThatClose_OneTickMoreThrows()
    {
        var start = At2026(12, 31, 15, 0);
        Assert.Equal(At2026(12, 31, 16, 0), Year2026.AddWorkingTime(start, Duration.FromHours(1)));
        Assert.Equal(At2026(12, 31, 16, 0), Year2026.AddWorkingTime(At2026(1, 1, 0, 0), Duration.FromMinutes(261 * 510)));

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.AddWorkingTime(start, Duration.FromHours(1) + OneTick));
        Assert.Equal("amount", e.ParamName);
        Assert.Contains("covers 2026-01-01 to 2026-12-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingTime_ZeroAfterTheLastCoveredClose_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.AddWorkingTime(At2026(12, 31, 16, 1), Duration.Zero));
        Assert.Equal("start", e.ParamName);
        Assert.Contains("covers 2026-01-01 to 2026-12-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.AddWorkingDays(At2026(6, 8, 9, 0), -1));
        Assert.Equal("days", e.ParamName);
        Assert.Equal(-1, e.ActualValue);
        Assert.StartsWith("Value should be 0 or more.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingDays_Zero_IsTheFirstWorkingMomentAtOrAfterStart()
    {
        Assert.Equal(At2026(6, 8, 10, 0), Year2026.AddWorkingDays(At2026(6, 8, 10, 0), 0));
        Assert.Equal(At2026(6, 8, 16, 0), Year2026.AddWorkingDays(At2026(6, 8, 16, 0), 0));
        Assert.Equal(At2026(6, 9, 7, 30), Year2026.AddWorkingDays(At2026(6, 8, 17, 0), 0));
        Assert.Equal(At2026(6, 8, 7, 30), Year2026.AddWorkingDays(At2026(6, 6, 10, 0), 0));
    }

    [Fact]
    public void AddWorkingDays_CountsFromTheDayAfterStart_ToTheClose()
    {
        Assert.Equal(At2026(6, 9, 16, 0), Year2026.AddWorkingDays(At2026(6, 8, 7, 30), 1));
        Assert.Equal(At2026(6, 9, 16, 0), Year2026.AddWorkingDays(At2026(6, 8, 22, 0), 1));
        Assert.Equal(At2026(6, 8, 16, 0), Year2026.AddWorkingDays(At2026(6, 6, 10, 0), 1));  // from Saturday: Monday
        Assert.Equal(At2026(6, 15, 16, 0), Year2026.AddWorkingDays(At2026(6, 8, 10, 0), 5));
    }

    [Fact]
    public void AddWorkingDays_ToTheLastCoveredWorkingDay_IsItsClose_OneMoreThrows()
    {
        var wednesday = At2026(12, 30, 10, 0);
        Assert.Equal(At2026(12, 31, 16, 0), Year2026.AddWorkingDays(wednesday, 1));

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.AddWorkingDays(wednesday, 2));
        Assert.Equal("days", e.ParamName);
        Assert.Contains("covers 2026-01-01 to 2026-12-31", e.Message, StringComparison.Ordinal);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.AddWorkingDays(At2026(12, 31, 17, 0), 0)).ParamName);
    }

    [Fact]
    public void Year1970_MidnightOfTheFirstCoveredDay_IsCovered()
    {
        // Local midnight of 1 January 1970 is local tick 0; the tick before it is outside the covered years.
        var calendar = Weekdays(OfficeTimeZones.Wib, 1970, 1971);
        var midnight = At(1970, 1, 1, 0, 0);

        Assert.False(calendar.IsWorkingMoment(midnight));
        Assert.True(calendar.IsWorkingDay(new LocalDate(1970, 1, 1)));                                // a Thursday
        Assert.Equal(Duration.FromMinutes(510), calendar.WorkingTimeBetween(midnight, At(1970, 1, 1, 18, 0)));
        Assert.Equal(At(1970, 1, 1, 7, 30), calendar.AddWorkingTime(midnight, Duration.Zero));
        Assert.Equal(At(1970, 1, 1, 8, 30), calendar.AddWorkingTime(midnight, Duration.FromHours(1)));
        Assert.Equal(At(1970, 1, 2, 16, 0), calendar.AddWorkingDays(midnight, 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(NodaConstants.TicksPerHour)]
    [InlineData(NodaConstants.TicksPerDay - 1)]
    [InlineData(NodaConstants.TicksPerDay)]
    [InlineData(NodaConstants.TicksPerDay + 1)]
    [InlineData(400 * NodaConstants.TicksPerDay)]
    public void Year1970_MomentsBeforeTheFirstCoveredDay_Throw(long ticksBefore)
    {
        var calendar = Weekdays(OfficeTimeZones.Wib, 1970, 1971);
        var moment = At(1970, 1, 1, 0, 0) - Duration.FromTicks(ticksBefore);

        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingMoment(moment)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.WorkingTimeBetween(moment, At(1970, 1, 2, 0, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingTime(moment, Duration.FromHours(1)));
    }

    [Fact]
    public void FixedOffsetZone_GivesTheSameMomentsAsTheNamedZone()
    {
        // WIB has been UTC+7 since 1964, so a zone fixed at +7 is the same office clock.
        var fixedPlus7 = Weekdays(DateTimeZone.ForOffset(Offset.FromHours(7)), 2026, 2026);
        foreach (var start in new[] { At2026(6, 8, 10, 0), At2026(6, 6, 10, 0), At2026(12, 31, 15, 0) })
        {
            Assert.Equal(Year2026.AddWorkingTime(start, Duration.FromMinutes(45)), fixedPlus7.AddWorkingTime(start, Duration.FromMinutes(45)));
            Assert.Equal(Year2026.WorkingTimeBetween(At2026(1, 5, 9, 0), start), fixedPlus7.WorkingTimeBetween(At2026(1, 5, 9, 0), start));
        }

        Assert.Equal(Instant.FromUtc(2026, 6, 8, 0, 30), fixedPlus7.AddWorkingTime(Instant.FromUtc(2026, 6, 8, 0, 0), Duration.Zero));
    }

    [Fact]
    public void ZoneWithDaylightSavingTime_KeepsTheWallClockHoursInEachSeason()
    {
        // An office calendar in any zone: Amsterdam is UTC+1 in winter and UTC+2 from 29 March 2026.
        var amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var calendar = Weekdays(amsterdam, 2026, 2026);

        Assert.True(calendar.IsWorkingMoment(Instant.FromUtc(2026, 1, 5, 6, 30)));    // 07:30 CET
        Assert.False(calendar.IsWorkingMoment(Instant.FromUtc(2026, 7, 6, 5, 0)));    // 07:00 CEST
        Assert.True(calendar.IsWorkingMoment(Instant.FromUtc(2026, 7, 6, 5, 30)));    // 07:30 CEST
        Assert.False(calendar.IsWorkingMoment(Instant.FromUtc(2026, 7, 6, 14, 30)));  // 16:30 CEST

        // Friday 27 March 15:00 CET, one hour, then an hour on Monday 30 March after the change.
        var friday = At(2026, 3, 27, 15, 0, amsterdam);
        Assert.Equal(At(2026, 3, 30, 8, 30, amsterdam), calendar.AddWorkingTime(friday, Duration.FromHours(2)));
        Assert.Equal(Instant.FromUtc(2026, 3, 30, 6, 30), calendar.AddWorkingTime(friday, Duration.FromHours(2)));
        Assert.Equal(Duration.FromHours(2), calendar.WorkingTimeBetween(friday, At(2026, 3, 30, 8, 30, amsterdam)));
        Assert.Equal(At(2026, 3, 30, 16, 0, amsterdam), calendar.AddWorkingDays(friday, 1));
        Assert.Equal(At(2026, 10, 26, 7, 30, amsterdam), calendar.AddWorkingTime(At(2026, 10, 24, 12, 0, amsterdam), Duration.Zero));
    }

    [Fact]
    public void ZoneSkippingAWholeWorkingDay_CountsNoWorkingTimeOnIt()
    {
        // Samoa moved across the date line: Thursday 29 December 2011 23:59:59 (UTC-10) was followed by Saturday
        // 31 December 00:00 (UTC+14). Friday 30 December never happened there, so none of its hours can be worked.
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var calendar = Weekdays(apia, 2011, 2011);
        var thursdayClose = At(2011, 12, 29, 16, 0, apia);

        Assert.False(calendar.IsWorkingDay(new LocalDate(2011, 12, 30)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2011, 12, 29)));
        Assert.Equal(Duration.Zero, calendar.WorkingTimeBetween(thursdayClose, At(2011, 12, 31, 12, 0, apia)));
        Assert.Equal(Duration.FromMinutes(30), calendar.WorkingTimeBetween(At(2011, 12, 29, 15, 30, apia), At(2011, 12, 31, 12, 0, apia)));
    }

    [Fact]
    public void ZoneSkippingTheFirstCoveredDate_BuildsAndAnswersByLocalTime()
    {
        // A clock moving from UTC-12 to UTC+14 at 22:52 local on 31 December 2025 skips all of 1 January 2026: building
        // the calendar threw SkippedTimeException before (found by a property, FsCheck seed
        // (14008425257586198547,7505975569910250667,6)).
        var transition = Instant.FromUtc(2026, 1, 1, 12, 0) - Duration.FromMinutes(68);
        var zone = new NodaTime.Testing.TimeZones.SingleTransitionDateTimeZone(transition, Offset.FromHours(-12), Offset.FromHours(14));
        var calendar = Weekdays(zone, 2026, 2026);

        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 1, 1)));
        Assert.True(calendar.IsWorkingMoment(transition + Duration.FromMinutes(659)));    // Friday 2 January 11:51
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingMoment(transition - Duration.FromMinutes(1)));
        Assert.Equal(Duration.FromMinutes(30), calendar.WorkingTimeBetween(transition, transition + Duration.FromMinutes(398 + 30)));
    }

    [Theory]
    [InlineData(DayCounting.WorkingDays, DayReading.WorkingTimeToClose)]
    [InlineData(DayCounting.WorkingDays, DayReading.WorkingTime)]
    [InlineData(DayCounting.WorkingDays, DayReading.WholeDaysAfterStartDay)]
    [InlineData(DayCounting.CalendarDays, DayReading.WorkingTimeToClose)]
    [InlineData(DayCounting.CalendarDays, DayReading.WorkingTime)]
    [InlineData(DayCounting.CalendarDays, DayReading.WholeDaysAfterStartDay)]
    public void DueAfterDays_ZeroDaysFromADayOff_IsAWorkingMomentNotTheStart(DayCounting counting, DayReading reading)
    {
        // Zero days started on a Saturday (or after closing time) are due on the next working day, never
        // at the Saturday moment itself: a due moment is always a working moment.
        var calendar = WithReading(reading);
        foreach (var start in new[] { At2026(6, 13, 10, 0), At2026(6, 8, 17, 0) })
        {
            var due = calendar.DueAfterDays(start, 0m, counting);
            Assert.True(calendar.IsWorkingMoment(due), $"{counting}/{reading} from {start}: {due}");
            Assert.True(due > start);
        }

        if (reading != DayReading.WorkingTimeToClose)
        {
            Assert.Equal(At2026(6, 15, 7, 30), calendar.DueAfterDays(At2026(6, 13, 10, 0), 0m, counting));
        }
    }

    private static WorkingCalendar WithReading(DayReading reading)
    {
        var builder = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib).WithCoveredYears(2026, 2026).WithDayReading(reading);
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            builder.WithWorkingHours(day, new LocalTime(7, 30), new LocalTime(16, 0));
        }

        return builder.Build().Value;
    }
}
