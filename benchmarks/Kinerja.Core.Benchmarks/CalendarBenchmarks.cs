using BenchmarkDotNet.Attributes;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Benchmarks;

/// <summary>
/// Deadline computations on a five-day WIB calendar with the full 2025 and 2026 holiday lists:
/// 1,000 starts spread over 2026 times a mix of the seeds' time standards; figures are per deadline.
/// <see cref="Due"/> uses the default day reading (<see cref="DayReading.WorkingTimeToClose"/>); the other two
/// <c>Due</c> benchmarks the same inputs on the same calendar under the other readings.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private const int Deadlines = 1000;
    private static readonly string[] StandardTexts = ["15 Menit", "120 menit", "1 Jam", "2 Hari", "3 - 5 Hari", "1 Minggu", "0,5 Hari", "1 Hari"];
    private readonly Instant[] _starts = new Instant[Deadlines];
    private readonly MutuBakuWaktu[] _standards = new MutuBakuWaktu[Deadlines];
    private WorkingCalendar _calendar = null!;
    private WorkingCalendar _workingTime = null!;
    private WorkingCalendar _wholeDays = null!;

    /// <summary>Builds the calendar and the inputs once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2025.Holidays.Concat(NationalHolidays.Year2026.Holidays));
        _workingTime = WithReading(_calendar, DayReading.WorkingTime);
        _wholeDays = WithReading(_calendar, DayReading.WholeDaysAfterStartDay);
        var random = new Random(20260101);
        var yearStart = Instant.FromUtc(2026, 1, 1, 0, 0);
        for (var i = 0; i < Deadlines; i++)
        {
            _starts[i] = yearStart + Duration.FromMinutes(random.Next(0, 330 * 24 * 60));
            _standards[i] = MutuBakuWaktu.Read(StandardTexts[random.Next(StandardTexts.Length)]).Value;
        }
    }

    /// <summary>1,000 due moments of mixed standards under the default day reading, <see cref="DayReading.WorkingTimeToClose"/>.</summary>
    /// <returns>A checksum of the results.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Deadlines)]
    public long Due() => SumDue(_calendar);

    /// <summary>1,000 due moments of mixed standards, days read as <see cref="DayReading.WorkingTime"/>.</summary>
    /// <returns>A checksum of the results.</returns>
    [Benchmark(OperationsPerInvoke = Deadlines)]
    public long DueWorkingTime() => SumDue(_workingTime);

    /// <summary>1,000 due moments of mixed standards, days read as <see cref="DayReading.WholeDaysAfterStartDay"/>.</summary>
    /// <returns>A checksum of the results.</returns>
    [Benchmark(OperationsPerInvoke = Deadlines)]
    public long DueWholeDaysAfterStartDay() => SumDue(_wholeDays);

    /// <summary>1,000 working-time measurements between a start and a moment up to a week later.</summary>
    /// <returns>A checksum of the results.</returns>
    [Benchmark(OperationsPerInvoke = Deadlines)]
    public long WorkingTimeBetween()
    {
        long sum = 0;
        for (var i = 0; i < Deadlines; i++)
        {
            sum += _calendar.WorkingTimeBetween(_starts[i], _starts[(i + 1) % Deadlines]).BclCompatibleTicks;
        }

        return sum;
    }

    /// <summary>The same week, holidays, nominal day, counting and covered years as <paramref name="calendar"/>, days read as <paramref name="reading"/> says.</summary>
    private static WorkingCalendar WithReading(WorkingCalendar calendar, DayReading reading)
    {
        var builder = WorkingCalendar.CreateBuilder(calendar.TimeZone)
            .WithHolidays(calendar.Holidays)
            .WithNominalDayLength(calendar.NominalDayLength)
            .WithDayCounting(calendar.DayCounting)
            .WithCoveredYears(calendar.FirstDate.Year, calendar.LastDate.Year)
            .WithDayReading(reading);
        foreach (var (day, hours) in calendar.Week)
        {
            builder.WithWorkingHours(day, hours.Start, hours.End);
        }

        return builder.Build().Value;
    }

    private long SumDue(WorkingCalendar calendar)
    {
        long sum = 0;
        for (var i = 0; i < Deadlines; i++)
        {
            sum += _standards[i].Due(calendar, _starts[i])!.Value.ToUnixTimeTicks();
        }

        return sum;
    }
}
