using Kinerja.Core.Calendar;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Tests.Calendar;

/// <summary>
/// What <see cref="WorkingCalendarBuilder.Build"/> says and keeps: the problem texts in both languages
/// and their limits, problems in weekday order, sub-second hours shown as given, and the built
/// calendar's week in weekday order and holidays in date order, whatever order they were added in.
/// </summary>
public class WorkingCalendarBuilderEdgeTests
{
    [Fact]
    public void Build_NoWorkingDay_NamesTheWorkingDayInBothLanguages()
    {
        var problem = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib).Build().Problems.Single();

        Assert.Equal((ProblemCodes.Empty, "week"), (problem.Code, problem.Path));
        Assert.Contains("hari kerja", problem.GetMessage(MessageLanguage.Indonesian), StringComparison.Ordinal);
        Assert.Contains("working day", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BadNominalDayAndYears_NameTheirLimits()
    {
        var problems = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib)
            .WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(7, 30), new LocalTime(16, 0))
            .WithNominalDayLength(Duration.FromHours(25))
            .WithCoveredYears(1969, 2026)
            .Build().Problems;

        Assert.Equal(["nominalDayLength", "coveredYears"], problems.Select(p => p.Path));
        Assert.Equal(["0 < length <= 24:00"], problems[0].Arguments);
        Assert.Equal(["1970", "2200"], problems[1].Arguments);
        Assert.Equal("1969-2026", problems[1].AttemptedValue);
    }

    [Fact]
    public void Build_BadHoursOnSeveralDays_ReportedInWeekdayOrder()
    {
        var problems = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib)
            .WithWorkingHours(IsoDayOfWeek.Friday, new LocalTime(16, 0), new LocalTime(7, 30))
            .WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(7, 30, 0, 500), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Wednesday, new LocalTime(12, 0), new LocalTime(12, 0))
            .Build().Problems;

        Assert.Equal(["week.Monday", "week.Wednesday", "week.Friday"], problems.Select(p => p.Path));
        Assert.Equal("07:30:00.5-16:00:00", problems[0].AttemptedValue);
        Assert.Equal("16:00:00-07:30:00", problems[2].AttemptedValue);
    }

    [Fact]
    public void Build_WeekAndHolidaysAddedInAnyOrder_AreKeptInWeekdayAndDateOrder()
    {
        var calendar = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib)
            .WithWorkingHours(IsoDayOfWeek.Friday, new LocalTime(7, 30), new LocalTime(16, 30))
            .WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(7, 30), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Wednesday, new LocalTime(7, 30), new LocalTime(16, 0))
            .WithHolidays([new Holiday(new LocalDate(2026, 12, 25), "Natal", HolidayKind.National), new Holiday(new LocalDate(2026, 8, 17), "Proklamasi Kemerdekaan", HolidayKind.National), new Holiday(new LocalDate(2026, 1, 1), "Tahun Baru", HolidayKind.National)])
            .Build().Value;

        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday], calendar.Week.Keys);
        Assert.Equal([new LocalDate(2026, 1, 1), new LocalDate(2026, 8, 17), new LocalDate(2026, 12, 25)], calendar.Holidays.Select(h => h.Date));
    }
}
