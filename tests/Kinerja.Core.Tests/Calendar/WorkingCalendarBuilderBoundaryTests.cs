using Kinerja.Core.Calendar;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Tests.Calendar;

/// <summary>
/// Each limit <see cref="WorkingCalendarBuilder.Build"/> checks, on both sides of the limit: covered years within
/// 1970-2200 and at most 200 years, a nominal day above 0 and at most 24 hours, a defined <see cref="DayReading"/>,
/// working hours on whole minutes with the end after the start, and holidays named once per date.
/// </summary>
public class WorkingCalendarBuilderBoundaryTests
{
    private static WorkingCalendarBuilder OneDay() =>
        WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib).WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(16, 0));

    private static string[] Paths(ValidationResult<WorkingCalendar> result) => result.Problems.Select(p => p.Path).ToArray();

    [Theory]
    [InlineData(1970, 1970, true)]
    [InlineData(1969, 1970, false)]
    [InlineData(2200, 2200, true)]
    [InlineData(2199, 2201, false)]
    [InlineData(2000, 2000, true)]
    [InlineData(2001, 2000, false)]
    [InlineData(1990, 2190, true)]
    [InlineData(1990, 2191, false)]
    public void Build_CoveredYears_AcceptsUpTo200YearsWithin1970And2200(int first, int last, bool valid)
    {
        var result = OneDay().WithCoveredYears(first, last).Build();

        Assert.Equal(valid, result.IsValid);
        if (valid)
        {
            Assert.Equal((new LocalDate(first, 1, 1), new LocalDate(last, 12, 31)), (result.Value.FirstDate, result.Value.LastDate));
        }
        else
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal((ProblemCodes.YearOutOfRange, "coveredYears", $"{first}-{last}"), (problem.Code, problem.Path, problem.AttemptedValue));
        }
    }

    [Theory]
    [InlineData(1L, true)]
    [InlineData(0L, false)]
    [InlineData(-1L, false)]
    [InlineData(NodaConstants.TicksPerDay, true)]
    [InlineData(NodaConstants.TicksPerDay + 1, false)]
    public void Build_NominalDayLength_IsAbove0AndAtMost24Hours(long ticks, bool valid)
    {
        var result = OneDay().WithNominalDayLength(Duration.FromTicks(ticks)).Build();

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? [] : new[] { "nominalDayLength" }, Paths(result));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Build_DayReading_OnlyTheDefinedValues(int reading, bool valid)
    {
        var result = OneDay().WithDayReading((DayReading)reading).Build();

        Assert.Equal(valid ? [] : new[] { "dayReading" }, Paths(result));
    }

    [Theory]
    [InlineData(8, 0, 0, 8, 0, 0, "end after start")]
    [InlineData(9, 0, 0, 8, 0, 0, "end after start")]
    [InlineData(8, 0, 30, 16, 0, 0, "whole minutes")]
    [InlineData(8, 0, 0, 16, 0, 30, "whole minutes")]
    public void Build_WorkingHours_EndAfterStartOnWholeMinutes(int h1, int m1, int s1, int h2, int m2, int s2, string required)
    {
        var result = OneDay()
            .WithWorkingHours(IsoDayOfWeek.Tuesday, new LocalTime(h1, m1, s1), new LocalTime(h2, m2, s2))
            .Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.WorkingHours, "week.Tuesday"), (problem.Code, problem.Path));
        Assert.Equal($"{h1:00}:{m1:00}:{s1:00}-{h2:00}:{m2:00}:{s2:00}", problem.AttemptedValue);
        Assert.Equal(required, problem.Arguments[0]);
    }

    [Fact]
    public void Build_OneMinuteOfWork_IsValid()
    {
        var calendar = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib)
            .WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(8, 1))
            .Build().Value;

        Assert.Equal(Duration.FromMinutes(1), calendar.Week[IsoDayOfWeek.Monday].Length);
    }

    [Fact]
    public void Build_SameDateTwice_WarnsNamingTheFirst()
    {
        var date = new LocalDate(2026, 6, 9);
        var result = OneDay()
            .WithHolidays([new Holiday(new LocalDate(2026, 6, 1), "Hari Lahir Pancasila", HolidayKind.National), new Holiday(date, "Cuti A", HolidayKind.Local), new Holiday(date, "Cuti B", HolidayKind.Local)])
            .Build();

        Assert.True(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.Duplicate, Severity.Warning, "holidays[2].date", "2026-06-09"), (problem.Code, problem.Severity, problem.Path, problem.AttemptedValue));
        Assert.Equal("holidays[1]", problem.Arguments[0]);
    }

    [Fact]
    public void Build_HolidayWithoutName_IsRequired()
    {
        var result = OneDay().WithHolidays([new Holiday(new LocalDate(2026, 6, 9), " ", HolidayKind.Local)]).Build();

        Assert.Equal(["holidays[0].name"], Paths(result));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Build_WithoutWorkingDayAndWithoutHoliday_RemoveThem()
    {
        var date = new LocalDate(2026, 6, 9); // a Tuesday
        var calendar = OneDay()
            .WithWorkingHours(IsoDayOfWeek.Tuesday, new LocalTime(8, 0), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Wednesday, new LocalTime(8, 0), new LocalTime(16, 0))
            .WithoutWorkingDay(IsoDayOfWeek.Wednesday)
            .WithHolidays([new Holiday(date, "Cuti", HolidayKind.Local), new Holiday(date.PlusDays(7), "Cuti", HolidayKind.Local)])
            .WithoutHoliday(date)
            .Build().Value;

        Assert.True(calendar.IsWorkingDay(date));
        Assert.False(calendar.IsWorkingDay(date.PlusDays(7)));
        Assert.False(calendar.IsWorkingDay(date.PlusDays(1)));
        Assert.Equal(2, calendar.WorkingDaysPerWeek);
        Assert.Single(calendar.Holidays);
    }

    [Fact]
    public void Build_CalendarDaysCounting_IsKept()
    {
        var calendar = OneDay().WithDayCounting(DayCounting.CalendarDays).Build().Value;

        Assert.Equal(DayCounting.CalendarDays, calendar.DayCounting);
    }

    [Fact]
    public void Builder_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => WorkingCalendar.CreateBuilder(null!));
        Assert.Throws<ArgumentNullException>(() => OneDay().WithHolidays((IEnumerable<Holiday>)null!));
        Assert.Throws<ArgumentNullException>(() => OneDay().WithHolidays((HolidayList)null!));
    }
}
