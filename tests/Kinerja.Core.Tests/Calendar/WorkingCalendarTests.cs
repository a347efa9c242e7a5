using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Kinerja.Core.Tests.Calendar;

/// <summary>
/// Working-time examples on a five-day WIB calendar (Monday-Thursday 07:30-16:00, Friday 07:30-16:30)
/// with the 2026 national holidays and cuti bersama (SKB Nomor 1497/2/5 Tahun 2025): 18-24 March 2026
/// holds Nyepi, Idul Fitri and their cuti bersama. Days are read as the default
/// <see cref="DayReading.WorkingTimeToClose"/> unless a test names another reading.
/// </summary>
public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Wib = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2026.Holidays);

    private static Instant At(int month, int day, int hour, int minute, DateTimeZone? zone = null) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(zone ?? OfficeTimeZones.Wib).ToInstant();

    private static Instant Local(string isoLocal) =>
        LocalDateTimePattern.GeneralIso.Parse(isoLocal).Value.InZoneStrictly(OfficeTimeZones.Wib).ToInstant();

    private static Instant Due(string standard, Instant start) => Due(Wib, standard, start);

    private static Instant Due(WorkingCalendar calendar, string standard, Instant start) => MutuBakuWaktu.Read(standard).Value.Due(calendar, start)!.Value;

    [Fact]
    public void Due_Minutes_WithinTheDay() => Assert.Equal(At(3, 16, 10, 15), Due("15 Menit", At(3, 16, 10, 0)));

    [Fact]
    public void Due_Minutes_CarryOverToTheNextWorkingMorning() => Assert.Equal(At(3, 17, 8, 30), Due("120 menit", At(3, 16, 15, 0)));

    [Fact]
    public void Due_EndingAtClose_IsTheClose() => Assert.Equal(At(3, 16, 16, 0), Due("1 Jam", At(3, 16, 15, 0)));

    [Fact]
    public void Due_StartedAtNight_CountsFromNextOpening() => Assert.Equal(At(3, 17, 7, 45), Due("15 Menit", At(3, 16, 22, 0)));

    [Fact]
    public void Due_FridayAfternoon_SkipsTheWeekend() => Assert.Equal(At(3, 2, 8, 0), Due("1 Jam", At(2, 27, 16, 0)));

    [Theory]
    [InlineData(DayReading.WorkingTimeToClose, "2026-03-25T16:00:00")]     // 6 h on Tuesday, 1 h 30 min on Wednesday 25 (09:00), to its close
    [InlineData(DayReading.WorkingTime, "2026-03-25T09:00:00")]
    [InlineData(DayReading.WholeDaysAfterStartDay, "2026-03-25T16:00:00")] // the first working day after Tuesday
    public void Due_OneDayAcrossNyepiAndIdulFitri_FallsOnWednesday25March(DayReading reading, string due)
    {
        // Tue 17 March; 18 cuti bersama, 19 Nyepi, 20 cuti bersama, 21-22 Idul Fitri (weekend), 23-24 cuti bersama.
        Assert.Equal(Local(due), Due(ExampleWeeks.FiveDay(reading), "1 Hari", At(3, 17, 10, 0)));
    }

    [Fact]
    public void Due_Range_UsesUpperBound() => Assert.Equal(Due("5 Hari", At(6, 8, 9, 0)), Due("3 - 5 Hari", At(6, 8, 9, 0)));

    [Fact]
    public void Due_Week_IsFiveNominalDaysToTheClose()
    {
        // 5 x 7 h 30 min = 37 h 30 min from Monday 8 June 09:00: 7 h Monday, 8 h 30 min Tuesday to Thursday, 5 h Friday (12:30), to Friday's close.
        Assert.Equal(At(6, 12, 16, 30), Due("1 Minggu", At(6, 8, 9, 0)));
        Assert.Equal(Due("5 Hari", At(6, 8, 9, 0)), Due("1 Minggu", At(6, 8, 9, 0)));
        Assert.Equal(At(6, 12, 12, 30), Due(ExampleWeeks.FiveDay(DayReading.WorkingTime), "1 Minggu", At(6, 8, 9, 0)));
    }

    [Fact]
    public void Due_WeekReadAsWholeDays_IsFiveWorkingDaysAfterTheStartDay()
    {
        var wholeDays = ExampleWeeks.FiveDay(DayReading.WholeDaysAfterStartDay);

        Assert.Equal(At(6, 15, 16, 0), Due(wholeDays, "1 Minggu", At(6, 8, 9, 0)));
        Assert.Equal(Due(wholeDays, "5 Hari", At(6, 8, 9, 0)), Due(wholeDays, "1 Minggu", At(6, 8, 9, 0)));
    }

    [Theory]
    [InlineData(DayReading.WorkingTimeToClose, "2026-06-08T16:00:00")]
    [InlineData(DayReading.WorkingTime, "2026-06-08T12:45:00")]            // 0,5 x 7 h 30 min = 3 h 45 min of working time
    [InlineData(DayReading.WholeDaysAfterStartDay, "2026-06-08T12:45:00")] // no whole day, then the same 3 h 45 min
    public void Due_HalfDay_IsHalfTheNominalDay(DayReading reading, string due) =>
        Assert.Equal(Local(due), Due(ExampleWeeks.FiveDay(reading), "0,5 Hari", At(6, 8, 9, 0)));

    [Theory]
    [InlineData(DayReading.WorkingTimeToClose, "2026-06-09T16:00:00")]
    [InlineData(DayReading.WorkingTime, "2026-06-09T11:45:00")]            // 11 h 15 min: 7 h on Monday, 4 h 15 min on Tuesday
    [InlineData(DayReading.WholeDaysAfterStartDay, "2026-06-10T11:15:00")] // Tuesday's close, then 3 h 45 min on Wednesday
    public void Due_DayAndAHalf_EachReading(DayReading reading, string due) =>
        Assert.Equal(Local(due), Due(ExampleWeeks.FiveDay(reading), "1,5 Hari", At(6, 8, 9, 0)));

    [Theory]
    [InlineData(DayReading.WorkingTimeToClose, 12, 10, "2026-06-15T16:00:00")]     // 15 h: 6 h 30 min on Friday, 8 h 30 min on Monday, ending at its close
    [InlineData(DayReading.WorkingTime, 12, 10, "2026-06-15T16:00:00")]
    [InlineData(DayReading.WholeDaysAfterStartDay, 12, 10, "2026-06-17T16:00:00")] // Monday 15, and Wednesday 17: Tuesday 16 (1 Muharam) is off
    [InlineData(DayReading.WorkingTimeToClose, 15, 9, "2026-06-17T16:00:00")]      // 7 h on Monday, Tuesday off, 8 h on Wednesday (15:30), to its close
    [InlineData(DayReading.WorkingTime, 15, 9, "2026-06-17T15:30:00")]
    [InlineData(DayReading.WholeDaysAfterStartDay, 15, 9, "2026-06-18T16:00:00")]  // Wednesday 17 and Thursday 18
    public void Due_TwoDaysAround1Muharam_SkipTheHoliday(DayReading reading, int startDay, int startHour, string due) =>
        Assert.Equal(Local(due), Due(ExampleWeeks.FiveDay(reading), "2 Hari", At(6, startDay, startHour, 0)));

    /// <summary>The worked examples of docs/calendar.md ("N Hari" under each reading), on the example weeks in WIB with the 2026 holidays.</summary>
    [Theory]
    [InlineData(5, "0,99 Hari", "2026-06-08T07:30:00", DayReading.WholeDaysAfterStartDay, "2026-06-08T14:55:30")]
    [InlineData(5, "0,99 Hari", "2026-06-08T07:30:00", DayReading.WorkingTime, "2026-06-08T14:55:30")]
    [InlineData(5, "0,99 Hari", "2026-06-08T07:30:00", DayReading.WorkingTimeToClose, "2026-06-08T16:00:00")]
    [InlineData(5, "1 Hari", "2026-06-08T07:30:00", DayReading.WholeDaysAfterStartDay, "2026-06-09T16:00:00")]
    [InlineData(5, "1 Hari", "2026-06-08T07:30:00", DayReading.WorkingTime, "2026-06-08T15:00:00")]
    [InlineData(5, "1 Hari", "2026-06-08T07:30:00", DayReading.WorkingTimeToClose, "2026-06-08T16:00:00")]
    [InlineData(5, "1 Hari", "2026-06-08T15:59:00", DayReading.WholeDaysAfterStartDay, "2026-06-09T16:00:00")]
    [InlineData(5, "1 Hari", "2026-06-08T15:59:00", DayReading.WorkingTime, "2026-06-09T14:59:00")]
    [InlineData(5, "1 Hari", "2026-06-08T15:59:00", DayReading.WorkingTimeToClose, "2026-06-09T16:00:00")]
    [InlineData(5, "1 Hari", "2026-05-29T14:00:00", DayReading.WholeDaysAfterStartDay, "2026-06-02T16:00:00")]
    [InlineData(5, "1 Hari", "2026-05-29T14:00:00", DayReading.WorkingTime, "2026-06-02T12:30:00")]
    [InlineData(5, "1 Hari", "2026-05-29T14:00:00", DayReading.WorkingTimeToClose, "2026-06-02T16:00:00")]
    [InlineData(5, "0,5 Hari", "2026-05-29T14:00:00", DayReading.WholeDaysAfterStartDay, "2026-06-02T08:45:00")]
    [InlineData(5, "0,5 Hari", "2026-05-29T14:00:00", DayReading.WorkingTime, "2026-06-02T08:45:00")]
    [InlineData(5, "0,5 Hari", "2026-05-29T14:00:00", DayReading.WorkingTimeToClose, "2026-06-02T16:00:00")]
    [InlineData(6, "1 Hari", "2026-06-11T13:00:00", DayReading.WholeDaysAfterStartDay, "2026-06-12T11:00:00")]
    [InlineData(6, "1 Hari", "2026-06-11T13:00:00", DayReading.WorkingTime, "2026-06-13T09:30:00")]
    [InlineData(6, "1 Hari", "2026-06-11T13:00:00", DayReading.WorkingTimeToClose, "2026-06-13T12:30:00")]
    [InlineData(6, "1 Minggu", "2026-06-08T07:30:00", DayReading.WholeDaysAfterStartDay, "2026-06-15T14:00:00")]
    [InlineData(6, "1 Minggu", "2026-06-08T07:30:00", DayReading.WorkingTime, "2026-06-15T12:00:00")]
    [InlineData(6, "1 Minggu", "2026-06-08T07:30:00", DayReading.WorkingTimeToClose, "2026-06-15T14:00:00")]
    public void Due_WorkedExamples_EachReading(int daysPerWeek, string standard, string start, DayReading reading, string due)
    {
        var calendar = daysPerWeek == 6 ? ExampleWeeks.SixDay(reading) : ExampleWeeks.FiveDay(reading);

        Assert.Equal(Local(due), Due(calendar, standard, Local(start)));
    }

    [Fact]
    public void Due_StartedAfterClose_CountsFromTheNextOpeningUnlessReadAsWholeDays()
    {
        // Monday 8 June 20:00, after the close; the next working moment is Tuesday 07:30.
        var evening = At(6, 8, 20, 0);
        var nextOpening = At(6, 9, 7, 30);
        Assert.Equal(nextOpening, Wib.AddWorkingTime(evening, Duration.Zero));

        foreach (var reading in new[] { DayReading.WorkingTimeToClose, DayReading.WorkingTime })
        {
            var calendar = ExampleWeeks.FiveDay(reading);
            Assert.Equal(Due(calendar, "1 Hari", nextOpening), Due(calendar, "1 Hari", evening));
        }

        Assert.Equal(At(6, 9, 16, 0), Due("1 Hari", evening));
        Assert.Equal(At(6, 9, 15, 0), Due(ExampleWeeks.FiveDay(DayReading.WorkingTime), "1 Hari", evening));

        // Whole days count after the start's date: Monday evening gets Tuesday, Tuesday morning gets Wednesday.
        var wholeDays = ExampleWeeks.FiveDay(DayReading.WholeDaysAfterStartDay);
        Assert.Equal(At(6, 9, 16, 0), Due(wholeDays, "1 Hari", evening));
        Assert.Equal(At(6, 10, 16, 0), Due(wholeDays, "1 Hari", nextOpening));
    }

    [Fact]
    public void Due_Dash_IsNone() => Assert.Null(MutuBakuWaktu.None.Due(Wib, At(6, 8, 9, 0)));

    [Fact]
    public void Due_ByInstruction_IsNoneUntilTheInstructionGivesAStandard()
    {
        var start = At(6, 8, 9, 0);

        Assert.Null(MutuBakuWaktu.ByInstruction.Due(Wib, start));
        Assert.Null(MutuBakuWaktu.Read("Sesuai arahan pimpinan").Value.Due(Wib, start));

        // The instruction says "3 Hari": 22 h 30 min from Monday 09:00 ends Wednesday 14:30, due at its close.
        Assert.Equal(At(6, 10, 16, 0), MutuBakuWaktu.Of(3, MutuBakuUnit.Day).Due(Wib, start));
    }

    [Fact]
    public void Due_CalendarDays_MovesOffAHoliday()
    {
        var calendar = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib)
            .WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Tuesday, new LocalTime(8, 0), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Wednesday, new LocalTime(8, 0), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Thursday, new LocalTime(8, 0), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(16, 0))
            .WithHolidays(NationalHolidays.Year2026)
            .WithDayCounting(DayCounting.CalendarDays)
            .Build().Value;

        // Friday 12 June + 2 calendar days = Sunday 14 June: moved to the close of Monday 15 June.
        Assert.Equal(At(6, 15, 16, 0), MutuBakuWaktu.Read("2 Hari").Value.Due(calendar, At(6, 12, 10, 0)));

        // "2 hari kerja" says working days, read as the calendar's reading (the default): 15 h of working time,
        // 6 h on Friday, 8 h on Monday 15, Tuesday 16 (1 Muharam) off, 1 h on Wednesday 17 (09:00), to its close.
        Assert.Equal(At(6, 17, 16, 0), MutuBakuWaktu.Read("2 hari kerja").Value.Due(calendar, At(6, 12, 10, 0)));

        // The reading applies to "hari kerja" only: "0,5 Hari" stays half a nominal day (3 h 45 min) after the start, 13:45.
        Assert.Equal(DayReading.WorkingTimeToClose, calendar.DayReading);
        Assert.Equal(At(6, 12, 13, 45), MutuBakuWaktu.Read("0,5 Hari").Value.Due(calendar, At(6, 12, 10, 0)));
        Assert.Equal(At(6, 12, 16, 0), MutuBakuWaktu.Read("0,5 hari kerja").Value.Due(calendar, At(6, 12, 10, 0)));
    }

    [Fact]
    public void WorkingTimeBetween_CountsOnlyWorkingHours()
    {
        Assert.Equal(Duration.FromMinutes(120), Wib.WorkingTimeBetween(At(3, 16, 15, 0), At(3, 17, 8, 30)));
        Assert.Equal(Duration.Zero, Wib.WorkingTimeBetween(At(3, 18, 9, 0), At(3, 24, 15, 0)));
        Assert.Equal(Duration.FromMinutes(-120), Wib.WorkingTimeBetween(At(3, 17, 8, 30), At(3, 16, 15, 0)));
    }

    [Fact]
    public void TimeZones_ShiftTheSameWallClock()
    {
        var wita = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wita, NationalHolidays.Year2026.Holidays);
        var start = At(6, 8, 9, 0, OfficeTimeZones.Wita);
        Assert.Equal(At(6, 8, 9, 30, OfficeTimeZones.Wita), MutuBakuWaktu.Read("30 Menit").Value.Due(wita, start));
        Assert.Equal(Instant.FromUtc(2026, 6, 8, 1, 30), MutuBakuWaktu.Read("30 Menit").Value.Due(wita, start));
        Assert.False(Wib.IsWorkingMoment(Instant.FromUtc(2026, 6, 8, 0, 0)));   // 07:00 WIB
        Assert.True(wita.IsWorkingMoment(Instant.FromUtc(2026, 6, 8, 0, 0)));  // 08:00 WITA
    }

    [Fact]
    public void IsWorkingDay_FollowsWeekAndHolidays()
    {
        Assert.True(Wib.IsWorkingDay(new LocalDate(2026, 6, 8)));
        Assert.False(Wib.IsWorkingDay(new LocalDate(2026, 6, 6)));   // Saturday
        Assert.False(Wib.IsWorkingDay(new LocalDate(2026, 8, 17)));  // Proklamasi Kemerdekaan
        Assert.False(Wib.IsWorkingDay(new LocalDate(2026, 12, 24))); // cuti bersama Natal
        var six = WorkingCalendar.SixDayWeek(OfficeTimeZones.Wit, []);
        Assert.True(six.IsWorkingDay(new LocalDate(2026, 6, 6)));
        Assert.Equal(6, six.WorkingDaysPerWeek);
    }

    [Fact]
    public void OutsideCoveredYears_ThrowsNamingTheRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Wib.IsWorkingDay(new LocalDate(2051, 1, 2)));
        Assert.Contains("2015-01-01 to 2050-12-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_ReportsEveryProblem()
    {
        var result = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib)
            .WithNominalDayLength(Duration.Zero)
            .WithDayReading((DayReading)3)
            .WithCoveredYears(2030, 2020)
            .Build();
        Assert.Equal(
            new[] { "week", "nominalDayLength", "dayReading", "coveredYears" },
            result.Problems.Select(p => p.Path).ToArray());
        var reading = result.Problems.Single(p => p.Path == "dayReading");
        Assert.Equal((ProblemCodes.OutOfRange, "3"), (reading.Code, reading.AttemptedValue));
        Assert.Equal("dayReading: value 3 should be in range [0-2].", reading.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Builder_DefaultReading_IsWorkingTimeToTheClose()
    {
        Assert.Equal(DayReading.WorkingTimeToClose, Wib.DayReading);
        Assert.Equal(DayReading.WorkingTimeToClose, WorkingCalendar.SixDayWeek(OfficeTimeZones.Wit, []).DayReading);
        Assert.Equal(DayReading.WorkingTimeToClose, default(DayReading));
    }

    [Fact]
    public void ExampleWeeks_UnderTheDefaultReading_AreTheShippedOnes()
    {
        foreach (var (mine, shipped) in new[]
        {
            (ExampleWeeks.FiveDay(DayReading.WorkingTimeToClose), Wib),
            (ExampleWeeks.SixDay(DayReading.WorkingTimeToClose), WorkingCalendar.SixDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2026.Holidays)),
        })
        {
            Assert.Equal(shipped.Week, mine.Week);
            Assert.Equal((shipped.NominalDayLength, shipped.DayCounting, shipped.DayReading, shipped.TimeZone), (mine.NominalDayLength, mine.DayCounting, mine.DayReading, mine.TimeZone));
            Assert.Equal(shipped.Holidays, mine.Holidays);
        }
    }

    [Fact]
    public void NationalHolidays2026_CitesTheDecreeAndCounts()
    {
        var list = NationalHolidays.Year2026;
        Assert.Contains("Nomor 1497 Tahun 2025", list.Source, StringComparison.Ordinal);
        Assert.Equal(17, list.Holidays.Count(h => h.Kind == HolidayKind.National));
        Assert.Equal(8, list.Holidays.Count(h => h.Kind == HolidayKind.CutiBersama));
        Assert.Contains(2025, NationalHolidays.Years);
        Assert.True(NationalHolidays.TryGet(2025, out var y2025));
        Assert.Equal(2025, y2025!.Year);
        Assert.Same(NationalHolidays.Year2025, y2025);
        Assert.False(NationalHolidays.TryGet(1990, out _));
    }
}
