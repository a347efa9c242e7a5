using System.Globalization;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// The readings of "N Hari" (docs/decisions.md, D42) on the calendars of <see cref="SopArbitraries"/>:
/// each is monotone, working time moves by what is added, minutes and hours do not depend on the
/// reading, and a step opened outside working hours starts at the next working moment.
/// </summary>
public class DayReadingProperties
{
    [SopProperty(Scale = 2)]
    public void Due_LongerDayOrWeekStandard_IsNotEarlierUnderEachReading(ReadingProbe p)
    {
        var longer = p.Days + p.Extra;
        foreach (var calendar in p.Calendar.All)
        {
            var where = CalendarCase.Name(calendar) + " from " + p.Calendar.Show(p.Start);
            foreach (var unit in new[] { "Hari", "hari kerja", "Minggu" })
            {
                var due = Due(calendar, p.Start, p.Days, unit);
                var later = Due(calendar, p.Start, longer, unit);
                Assert.True(due <= later, $"{where}: {Text(p.Days, unit)} due {p.Calendar.Show(due)}, after {Text(longer, unit)} due {p.Calendar.Show(later)}");
            }

            // A week is as long as a day, or longer; counting working days, it is WorkingDaysPerWeek days.
            var week = Due(calendar, p.Start, p.Days, "Minggu");
            Assert.True(Due(calendar, p.Start, p.Days, "Hari") <= week, where + ": a day after a week");
            if (calendar.DayCounting == DayCounting.WorkingDays)
            {
                Assert.Equal(Due(calendar, p.Start, p.Days * calendar.WorkingDaysPerWeek, "Hari"), week);
            }
        }
    }

    [SopProperty(Scale = 2)]
    public void Due_AFractionOfADayLonger_MovesAtMostThatMuchWorkingTimeAndOneClose(ReadingProbe p)
    {
        var longer = p.Days + p.Extra;
        foreach (var (calendar, unit) in new[] { (p.Calendar.Working, "Hari"), (p.Calendar.WorkingTime, "Hari"), (p.Calendar.Working, "Minggu"), (p.Calendar.CalendarDays, "hari kerja") })
        {
            var perUnit = unit == "Minggu" ? calendar.WorkingDaysPerWeek : 1;
            var extra = Duration.FromTicks((long)(p.Extra * perUnit * calendar.NominalDayLength.BclCompatibleTicks));
            var due = Due(calendar, p.Start, p.Days, unit);
            var later = Due(calendar, p.Start, longer, unit);
            var bound = CloseOfTheDay(calendar, calendar.AddWorkingTime(due, extra));
            var where = $"{CalendarCase.Name(calendar)} from {p.Calendar.Show(p.Start)}: {Text(p.Days, unit)} due {p.Calendar.Show(due)}, {Text(longer, unit)} due {p.Calendar.Show(later)}";

            Assert.True(due <= later, where);
            Assert.True(later <= bound, $"{where}, after {p.Calendar.Show(bound)}");
            if (calendar.DayReading == DayReading.WorkingTime)
            {
                Assert.Equal(extra, calendar.WorkingTimeBetween(due, later));
            }
        }
    }

    [SopProperty(Scale = 2)]
    public void Due_MinutesAndHours_AreTheSameUnderEveryReading(ReadingProbe p)
    {
        foreach (var standard in new[] { MutuBakuWaktu.Of(p.Days, MutuBakuUnit.Hour), MutuBakuWaktu.Of((p.Days + p.Extra) * 60m, MutuBakuUnit.Minute) })
        {
            var expected = standard.Due(p.Calendar.Working, p.Start);
            foreach (var calendar in p.Calendar.All)
            {
                Assert.Equal(expected, standard.Due(calendar, p.Start));
            }
        }
    }

    [SopProperty(Scale = 2)]
    public void Due_FromAMomentOutsideWorkingHours_IsTheDueFromTheNextWorkingMoment(ReadingProbe p)
    {
        var next = p.Calendar.Working.AddWorkingTime(p.Start, Duration.Zero);
        Assert.True(p.Calendar.Working.IsWorkingMoment(next), p.Calendar.Show(next) + " is not a working moment");
        Assert.True(next >= p.Start, p.Calendar.Show(next) + " is before the start");
        Assert.Equal(Duration.Zero, p.Calendar.Working.WorkingTimeBetween(p.Start, next));
        if (p.Calendar.Working.IsWorkingMoment(p.Start))
        {
            Assert.Equal(p.Start, next);
        }

        foreach (var calendar in p.Calendar.All)
        {
            // Whole days count after the start's date, and calendar days from it: there the hour matters only
            // to minutes, hours and (with a working-time reading) "hari kerja".
            var units = new List<string> { "Jam", "Menit" };
            if (calendar.DayReading != DayReading.WholeDaysAfterStartDay)
            {
                units.Add("hari kerja");
                if (calendar.DayCounting == DayCounting.WorkingDays)
                {
                    units.AddRange(["Hari", "Minggu"]);
                }
            }

            foreach (var unit in units)
            {
                var fromStart = Due(calendar, p.Start, p.Days, unit);
                var fromNext = Due(calendar, next, p.Days, unit);
                Assert.True(fromStart == fromNext, $"{CalendarCase.Name(calendar)}: {Text(p.Days, unit)} from {p.Calendar.Show(p.Start)} due {p.Calendar.Show(fromStart)}, from {p.Calendar.Show(next)} due {p.Calendar.Show(fromNext)}");
            }
        }
    }

    private static string Text(decimal amount, string unit) => amount.ToString(CultureInfo.InvariantCulture).Replace('.', ',') + " " + unit;

    private static Instant Due(WorkingCalendar calendar, Instant start, decimal amount, string unit) =>
        MutuBakuWaktu.Read(Text(amount, unit)).Value.Due(calendar, start)!.Value;

    /// <summary>The close of the working day a working moment lies in.</summary>
    private static Instant CloseOfTheDay(WorkingCalendar calendar, Instant moment)
    {
        var date = moment.InZone(calendar.TimeZone).Date;
        return date.At(calendar.Week[date.DayOfWeek].End).InZoneStrictly(calendar.TimeZone).ToInstant();
    }
}
