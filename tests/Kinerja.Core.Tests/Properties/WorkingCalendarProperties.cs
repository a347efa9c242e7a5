using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// Working-time arithmetic and deadlines on five- and six-day weeks in WIB, WITA and WIT with the
/// 2025 and 2026 national holidays, at moments in 2025-2026 (often right at an opening or closing); and the same
/// arithmetic in zones whose clocks change.
/// </summary>
public class WorkingCalendarProperties
{
    [SopProperty]
    public void AddWorkingTime_LongerTime_IsNotEarlier(CalendarProbe p)
    {
        var calendar = p.Calendar.Working;

        var shorter = calendar.AddWorkingTime(p.A, p.D1);
        var longer = calendar.AddWorkingTime(p.A, p.D2);

        Assert.True(shorter <= longer, $"{p.Calendar.Show(shorter)} after {p.Calendar.Show(longer)}");
        Assert.True(p.A <= shorter, $"{p.Calendar.Show(shorter)} before the start");
        Assert.True(calendar.IsWorkingMoment(shorter), p.Calendar.Show(shorter) + " is not a working moment");
        Assert.True(calendar.IsWorkingMoment(longer), p.Calendar.Show(longer) + " is not a working moment");
    }

    [SopProperty]
    public void AddWorkingTime_LaterStart_IsNotEarlier(CalendarProbe p)
    {
        var calendar = p.Calendar.Working;

        foreach (var d in new[] { p.D1, p.D2 })
        {
            var early = calendar.AddWorkingTime(p.A, d);
            var late = calendar.AddWorkingTime(p.B, d);
            Assert.True(early <= late, $"{d.TotalMinutes} min: from A {p.Calendar.Show(early)}, from B {p.Calendar.Show(late)}");
        }
    }

    [SopProperty]
    public void WorkingTimeBetween_StartAndAddWorkingTime_IsTheAmount(CalendarProbe p)
    {
        foreach (var calendar in new[] { p.Calendar.Working, p.Calendar.CalendarDays })
        {
            foreach (var (start, d) in new[] { (p.A, p.D1), (p.A, p.D2), (p.B, p.D2), (p.C, p.D1) })
            {
                var end = calendar.AddWorkingTime(start, d);
                Assert.Equal(d, calendar.WorkingTimeBetween(start, end));
            }
        }
    }

    [SopProperty]
    public void WorkingTimeBetween_Swapped_IsNegatedAndAtMostTheElapsedTime(CalendarProbe p)
    {
        var calendar = p.Calendar.Working;

        var forward = calendar.WorkingTimeBetween(p.A, p.C);

        Assert.Equal(-forward, calendar.WorkingTimeBetween(p.C, p.A));
        Assert.InRange(forward, Duration.Zero, p.C - p.A);
        Assert.Equal(Duration.Zero, calendar.WorkingTimeBetween(p.B, p.B));
    }

    [SopProperty]
    public void WorkingTimeBetween_ConsecutiveSpans_AddUp(CalendarProbe p)
    {
        var calendar = p.Calendar.Working;

        Assert.Equal(calendar.WorkingTimeBetween(p.A, p.C), calendar.WorkingTimeBetween(p.A, p.B) + calendar.WorkingTimeBetween(p.B, p.C));
        Assert.Equal(calendar.WorkingTimeBetween(p.C, p.A), calendar.WorkingTimeBetween(p.C, p.B) + calendar.WorkingTimeBetween(p.B, p.A));
    }

    [SopProperty]
    public void Due_AnyStandard_IsAWorkingMomentNotBeforeStart(DueProbe p)
    {
        foreach (var calendar in p.Calendar.All)
        {
            var due = p.Standard.Due(calendar, p.Start);
            if (!p.Standard.HasLimit)
            {
                Assert.Null(due);
                continue;
            }

            var at = Assert.NotNull(due);
            var where = CalendarCase.Name(calendar) + ": due " + p.Calendar.Show(at);
            Assert.True(calendar.IsWorkingMoment(at), where + " is not a working moment");
            Assert.True(at >= p.Start, where + " is before the start");

            var whole = p.Standard.Upper == decimal.Truncate(p.Standard.Upper);
            var workingDays = calendar.DayCounting == DayCounting.WorkingDays || p.Standard.SaysWorkingDays;
            switch (p.Standard.Unit)
            {
                case MutuBakuUnit.Minute or MutuBakuUnit.Hour:
                    // Minutes and hours are working time, whatever the day counting and reading.
                    var ticks = p.Standard.Upper * (p.Standard.Unit == MutuBakuUnit.Minute ? NodaConstants.TicksPerMinute : NodaConstants.TicksPerHour);
                    Assert.Equal(Duration.FromTicks((long)ticks), calendar.WorkingTimeBetween(p.Start, at));
                    break;
                case MutuBakuUnit.Day or MutuBakuUnit.Week when workingDays && calendar.DayReading != DayReading.WholeDaysAfterStartDay:
                    // Working days read as working time of the nominal day ("hari kerja" too on a calendar-days calendar).
                    var days = p.Standard.Upper * (p.Standard.Unit == MutuBakuUnit.Week ? calendar.WorkingDaysPerWeek : 1);
                    AssertWorkingTime(calendar, p.Start, at, days, where);
                    break;
                case MutuBakuUnit.Day when whole:
                    // "hari kerja" counts working days whatever the calendar's day counting.
                    AssertWholeDays(calendar, p.Start, at, (int)p.Standard.Upper, where, p.Standard.SaysWorkingDays);
                    break;
                case MutuBakuUnit.Week when whole:
                    var perWeek = calendar.DayCounting == DayCounting.WorkingDays ? calendar.WorkingDaysPerWeek : 7;
                    AssertWholeDays(calendar, p.Start, at, (int)p.Standard.Upper * perWeek, where);
                    break;
            }
        }
    }

    [SopProperty]
    public void Due_LongerStandard_IsNotEarlier(CalendarProbe p)
    {
        foreach (var calendar in p.Calendar.All)
        {
            Instant Due(string text) => MutuBakuWaktu.Read(text).Value.Due(calendar, p.A)!.Value;
            var where = CalendarCase.Name(calendar) + " from " + p.Calendar.Show(p.A);

            var oneDay = Due("1 Hari");
            var twoDays = Due("2 Hari");
            var oneWeek = Due("1 Minggu");
            if (calendar.DayCounting == DayCounting.WorkingDays && calendar.DayReading != DayReading.WorkingTimeToClose)
            {
                Assert.True(oneDay < twoDays, where + ": 1 Hari not before 2 Hari");
                Assert.True(twoDays < oneWeek, where + ": 2 Hari not before 1 Minggu");
            }
            else
            {
                // Calendar days falling on days off move to the same next working day, and working time on a
                // long working day can end twice in the same day, which has one close: equal, never later.
                Assert.True(oneDay <= twoDays, where + ": 1 Hari after 2 Hari");
                Assert.True(twoDays <= oneWeek, where + ": 2 Hari after 1 Minggu");
            }

            Assert.Equal(Due("5 Hari"), Due("3 - 5 Hari"));
            Assert.Equal(Due("2 Hari"), Due("1-2 Hari"));
            Assert.Equal(Due("1 Jam"), Due("60 Menit"));
            Assert.Equal(oneWeek, Due((calendar.DayCounting == DayCounting.WorkingDays ? calendar.WorkingDaysPerWeek : 7) + " Hari"));

            var days = (int)(p.D1.TotalMinutes % 15);
            var moreDays = days + (int)(p.D2.TotalMinutes % 7);
            Assert.True(Due(days + 1 + " Hari") <= Due(moreDays + 1 + " Hari"), where + $": {days + 1} Hari after {moreDays + 1} Hari");
            Assert.True(Due((long)p.D1.TotalMinutes + 1 + " Menit") <= Due((long)p.D2.TotalMinutes + 1 + " Menit"), where + ": minutes");
            Assert.True(Due("15 Menit") <= Due("2 Jam"), where + ": 15 Menit after 2 Jam");
        }
    }

    /// <summary>
    /// Working days read as working time: exactly <paramref name="days"/> nominal days of working time after
    /// the start, and under the default reading the close of the working day in which that time ends.
    /// </summary>
    private static void AssertWorkingTime(WorkingCalendar calendar, Instant start, Instant due, decimal days, string where)
    {
        var amount = Duration.FromTicks((long)(days * calendar.NominalDayLength.BclCompatibleTicks));
        if (calendar.DayReading == DayReading.WorkingTime)
        {
            Assert.Equal(amount, calendar.WorkingTimeBetween(start, due));
            return;
        }

        var ends = calendar.AddWorkingTime(start, amount).InZone(calendar.TimeZone).LocalDateTime;
        var dueLocal = due.InZone(calendar.TimeZone).LocalDateTime;
        Assert.True(ends.Date == dueLocal.Date, $"{where}: the working time ends on {ends:yyyy-MM-dd HH:mm}, another day");
        Assert.True(calendar.Week[dueLocal.DayOfWeek].End == dueLocal.TimeOfDay, where + " is not the close of the day");
        Assert.InRange(calendar.WorkingTimeBetween(start, due), amount, amount + calendar.Week[dueLocal.DayOfWeek].Length);
    }

    /// <summary>
    /// In real zones whose clocks change (daylight saving at midnight or by 30 minutes, a date skipped), the calendar's
    /// arithmetic holds as in the Indonesian zones: a working time added is that working time after the start and due
    /// at a working moment not before it, longer is not earlier, spans add up, working time never exceeds the time
    /// elapsed, and a number of days (whole or half, either counting) falls due at a working moment not before the start.
    /// </summary>
    [SopProperty]
    public void WorkingTime_InZonesWhoseClocksChange_AddsUpAndFallsDueAtWorkingMoments(ZoneProbe p)
    {
        var builder = WorkingCalendar.CreateBuilder(p.Zone).WithCoveredYears(2010, 2013);
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            builder.WithWorkingHours(day, new LocalTime(7, 30), new LocalTime(16, 0));
        }

        var calendar = builder.Build().Value;
        var (a, b, c) = (p.At(0), p.At(1), p.At(2));
        var (shorter, longer) = (Duration.FromMinutes(Math.Min(p.FirstMinutes, p.SecondMinutes)), Duration.FromMinutes(Math.Max(p.FirstMinutes, p.SecondMinutes)));

        var dueShorter = calendar.AddWorkingTime(a, shorter);
        var dueLonger = calendar.AddWorkingTime(a, longer);
        Assert.True(a <= dueShorter && dueShorter <= dueLonger, $"{a} → {dueShorter}, {dueLonger}");
        Assert.True(calendar.IsWorkingMoment(dueShorter), dueShorter.InZone(p.Zone) + " is not a working moment");
        Assert.Equal(shorter, calendar.WorkingTimeBetween(a, dueShorter));
        Assert.Equal(longer, calendar.WorkingTimeBetween(a, dueLonger));
        Assert.Equal(calendar.WorkingTimeBetween(a, c), calendar.WorkingTimeBetween(a, b) + calendar.WorkingTimeBetween(b, c));
        Assert.InRange(calendar.WorkingTimeBetween(a, c), Duration.Zero, c - a);
        foreach (var counting in new[] { DayCounting.WorkingDays, DayCounting.CalendarDays })
        {
            var days = (p.FirstMinutes % 20) / 2m;
            var due = calendar.DueAfterDays(b, days, counting);
            Assert.True(b <= due && calendar.IsWorkingMoment(due), $"{days} days ({counting}) from {b.InZone(p.Zone)}: {due.InZone(p.Zone)}");
        }
    }

    /// <summary>
    /// A zone that changes its offset once, near the start or the end of the covered year (offsets from −12 to +14
    /// hours): every moment near the change is answered by its own local time, a working
    /// moment when that is within Monday-Friday 07:30-16:00 of 2026, and refused when the local date is outside 2026,
    /// whether the calendar takes its fixed-offset fast path or not.
    /// </summary>
    [SopProperty]
    public void IsWorkingMoment_NearAChangeOfOffsetAtTheCoveredYearsEdge_FollowsTheLocalTime(OffsetChangeProbe p)
    {
        var first = Offset.FromHours(p.BeforeHours);
        var edge = (p.AtEnd ? Instant.FromUtc(2027, 1, 1, 0, 0) : Instant.FromUtc(2026, 1, 1, 0, 0)) - Duration.FromSeconds(first.Seconds);
        var transition = edge + Duration.FromMinutes(p.ChangeMinutes);
        var zone = new NodaTime.Testing.TimeZones.SingleTransitionDateTimeZone(transition, first, Offset.FromHours(p.AfterHours));
        var builder = WorkingCalendar.CreateBuilder(zone).WithCoveredYears(2026, 2026);
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            builder.WithWorkingHours(day, new LocalTime(7, 30), new LocalTime(16, 0));
        }

        var calendar = builder.Build().Value;
        var at = transition + Duration.FromMinutes(p.ProbeMinutes);
        var local = at.InZone(zone).LocalDateTime;
        if (local.Year != 2026)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingMoment(at));
            return;
        }

        var expected = local.DayOfWeek <= IsoDayOfWeek.Friday && local.TimeOfDay >= new LocalTime(7, 30) && local.TimeOfDay <= new LocalTime(16, 0);
        Assert.True(expected == calendar.IsWorkingMoment(at), $"{at} is {local} local, a working moment: {expected}");
    }

    /// <summary>
    /// A whole number of days ends at the close of a working day: counting working days, the n-th
    /// working day after the start's date; counting calendar days, the first working day on or after
    /// the n-th calendar day after it.
    /// </summary>
    private static void AssertWholeDays(WorkingCalendar calendar, Instant start, Instant due, int days, string where, bool saysWorkingDays = false)
    {
        var zone = calendar.TimeZone;
        var startDate = start.InZone(zone).Date;
        var dueLocal = due.InZone(zone).LocalDateTime;
        Assert.True(calendar.IsWorkingDay(dueLocal.Date), where + " is not on a working day");
        Assert.Equal(calendar.Week[dueLocal.DayOfWeek].End, dueLocal.TimeOfDay);
        if (calendar.DayCounting == DayCounting.WorkingDays || saysWorkingDays)
        {
            var counted = 0;
            for (var d = startDate.PlusDays(1); d <= dueLocal.Date; d = d.PlusDays(1))
            {
                counted += calendar.IsWorkingDay(d) ? 1 : 0;
            }

            Assert.True(days == counted, $"{where}: {counted} working days after the start's date, not {days}");
        }
        else
        {
            var nth = startDate.PlusDays(days);
            Assert.True(dueLocal.Date >= nth, where + " before the n-th calendar day");
            for (var d = nth; d < dueLocal.Date; d = d.PlusDays(1))
            {
                Assert.False(calendar.IsWorkingDay(d), where + ": skipped working day " + d);
            }
        }
    }
}
