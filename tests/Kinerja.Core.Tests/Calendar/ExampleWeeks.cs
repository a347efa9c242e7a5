using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using NodaTime;

namespace Kinerja.Core.Tests.Calendar;

/// <summary>
/// The example weeks of <see cref="WorkingCalendar.FiveDayWeek"/> and <see cref="WorkingCalendar.SixDayWeek"/>
/// in WIB with the 2026 holidays, under a chosen <see cref="DayReading"/> (the shipped ones use the default).
/// <see cref="WorkingCalendarTests.ExampleWeeks_UnderTheDefaultReading_AreTheShippedOnes"/> keeps them equal.
/// </summary>
internal static class ExampleWeeks
{
    public static WorkingCalendar FiveDay(DayReading reading) =>
        Build(reading, Duration.FromMinutes(450), [(IsoDayOfWeek.Monday, 16, 0), (IsoDayOfWeek.Tuesday, 16, 0), (IsoDayOfWeek.Wednesday, 16, 0), (IsoDayOfWeek.Thursday, 16, 0), (IsoDayOfWeek.Friday, 16, 30)]);

    public static WorkingCalendar SixDay(DayReading reading) =>
        Build(reading, Duration.FromMinutes(390), [(IsoDayOfWeek.Monday, 14, 0), (IsoDayOfWeek.Tuesday, 14, 0), (IsoDayOfWeek.Wednesday, 14, 0), (IsoDayOfWeek.Thursday, 14, 0), (IsoDayOfWeek.Friday, 11, 0), (IsoDayOfWeek.Saturday, 12, 30)]);

    private static WorkingCalendar Build(DayReading reading, Duration nominal, (IsoDayOfWeek Day, int Hour, int Minute)[] closes)
    {
        var builder = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wib).WithDayReading(reading).WithNominalDayLength(nominal).WithHolidays(NationalHolidays.Year2026);
        foreach (var (day, hour, minute) in closes)
        {
            builder.WithWorkingHours(day, new LocalTime(7, 30), new LocalTime(hour, minute));
        }

        return builder.Build().Value;
    }
}
