using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using NodaTime;

namespace Kinerja.Core.Tests.Calendar;

/// <summary>
/// Working-time examples on a five-day WIB calendar (Monday-Thursday 07:30-16:00, Friday 07:30-16:30)
/// with the 2026 national holidays and cuti bersama (SKB Nomor 1497/2/5 Tahun 2025): 18-24 March 2026
/// holds Nyepi, Idul Fitri and their cuti bersama.
/// </summary>
public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Wib = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2026.Holidays);

    private static Instant At(int month, int day, int hour, int minute, DateTimeZone? zone = null) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(zone ?? OfficeTimeZones.Wib).ToInstant();

    private static Instant Due(string standard, Instant start) => Wib.Due(start, MutuBakuWaktu.Parse(standard).Value)!.Value;

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

    [Fact]
    public void Due_OneDayAcrossNyepiAndIdulFitri_IsTheCloseOfWednesday25March()
    {
        // Tue 17 March; 18 cuti bersama, 19 Nyepi, 20 cuti bersama, 21-22 Idul Fitri (weekend), 23-24 cuti bersama.
        Assert.Equal(At(3, 25, 16, 0), Due("1 Hari", At(3, 17, 10, 0)));
    }

    [Fact]
    public void Due_Range_UsesUpperBound() => Assert.Equal(Due("5 Hari", At(6, 8, 9, 0)), Due("3 - 5 Hari", At(6, 8, 9, 0)));

    [Fact]
    public void Due_Week_IsFiveWorkingDays() => Assert.Equal(At(6, 15, 16, 0), Due("1 Minggu", At(6, 8, 9, 0)));

    [Fact]
    public void Due_HalfDay_IsHalfTheNominalDay()
    {
        // 0,5 x 7 h 30 min = 3 h 45 min of working time from Monday 8 June 09:00.
        Assert.Equal(At(6, 8, 12, 45), Due("0,5 Hari", At(6, 8, 9, 0)));
    }

    [Fact]
    public void Due_DayAndAHalf_IsTheNextCloseThenHalfANominalDay() => Assert.Equal(At(6, 10, 11, 15), Due("1,5 Hari", At(6, 8, 9, 0)));

    [Fact]
    public void Due_TwoDaysAcross1Muharam_SkipsTheHoliday() => Assert.Equal(At(6, 17, 16, 0), Due("2 Hari", At(6, 12, 10, 0)));

    [Fact]
    public void Due_Dash_IsNone() => Assert.Null(Wib.Due(At(6, 8, 9, 0), MutuBakuWaktu.None));

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
        Assert.Equal(At(6, 15, 16, 0), calendar.Due(At(6, 12, 10, 0), MutuBakuWaktu.Parse("2 Hari").Value));

        // "2 hari kerja" says working days: Monday 15, Tuesday 16 June is 1 Muharam, so Wednesday 17 June.
        Assert.Equal(At(6, 17, 16, 0), calendar.Due(At(6, 12, 10, 0), MutuBakuWaktu.Parse("2 hari kerja").Value));
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
        Assert.Equal(At(6, 8, 9, 30, OfficeTimeZones.Wita), wita.Due(start, MutuBakuWaktu.Parse("30 Menit").Value));
        Assert.Equal(Instant.FromUtc(2026, 6, 8, 1, 30), wita.Due(start, MutuBakuWaktu.Parse("30 Menit").Value));
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
            .WithCoveredYears(2030, 2020)
            .Build();
        Assert.Equal(
            new[] { "week", "nominalDayLength", "coveredYears" },
            result.Problems.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void NationalHolidays2026_CitesTheDecreeAndCounts()
    {
        var list = NationalHolidays.Year2026;
        Assert.Contains("Nomor 1497 Tahun 2025", list.Source, StringComparison.Ordinal);
        Assert.Equal(17, list.Holidays.Count(h => h.Kind == HolidayKind.LiburNasional));
        Assert.Equal(8, list.Holidays.Count(h => h.Kind == HolidayKind.CutiBersama));
        Assert.Contains(2025, NationalHolidays.Years);
        Assert.True(NationalHolidays.TryGet(2025, out var y2025));
        Assert.Equal(2025, y2025!.Year);
        Assert.Same(NationalHolidays.Year2025, y2025);
        Assert.False(NationalHolidays.TryGet(1990, out _));
    }
}
