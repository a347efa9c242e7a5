using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

public class SopDeadlinesTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2026.Holidays);

    private static readonly SopDefinition Sop = SopDefinition.CreateBuilder("deadline")
        .WithHeader(new SopHeader { Nama = "Uji tenggat" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddStep("1", "Menyusun", "staf", s => s.WithWaktu("2 Jam"))
        .AddDecision("2", "Memeriksa", "kasi", returnTo: "1", s => s.WithWaktu("1 - 2 Hari"))
        .AddStep("3", "Arsip", "staf", s => s.WithWaktu("-"))
        .Build().Value;

    private static readonly OfficeRoster Roster = OfficeRoster.CreateBuilder()
        .AddPerson("ani", "Ani", "Staf").AddPerson("budi", "Budi", "Kasi", "Kepala Seksi").Build().Value;

    private static Instant Wib(int month, int day, int hour, int minute) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(OfficeTimeZones.Wib).ToInstant();

    [Fact]
    public void DueAndOverdue_InWorkingTime_NameWhoMustAct()
    {
        var clock = new FakeClock(Wib(6, 12, 15, 0)); // Friday 15:00
        var engine = new SopEngine(clock, Roster);
        var i = engine.Start(Sop, "i-1", "TW II 2026", "ani").Value;

        Assert.Equal(Wib(6, 15, 8, 0), SopDeadlines.DueOfCurrentStep(i, Calendar)); // 1 h 30 min on Friday (to 16:30), 30 min on Monday from 07:30
        Assert.Empty(SopDeadlines.Overdue([i], Wib(6, 15, 8, 0), Calendar, Roster));

        var overdue = Assert.Single(SopDeadlines.Overdue([i], Wib(6, 15, 10, 0), Calendar, Roster));
        Assert.Equal(Duration.FromMinutes(120), overdue.OverdueBy);
        Assert.Equal("ani", Assert.Single(overdue.WhoMustAct).Id);
        Assert.Equal("1", overdue.Step.Key);

        clock.Reset(Wib(6, 15, 9, 0));
        i = engine.Complete(i, i.Version, "ani").Value;
        // "1 - 2 Hari" read as working time to the close (D42): 15 h from Monday 15 June 09:00, 7 h on Monday,
        // Tuesday 16 June (1 Muharam) off, 8 h on Wednesday (15:30): Wednesday's close. (Whole days after the start day gave Thursday's close.)
        Assert.Equal(Wib(6, 17, 16, 0), SopDeadlines.DueOfCurrentStep(i, Calendar));
    }

    [Fact]
    public void OfficeOverride_ReplacesTheStepStandard()
    {
        var clock = new FakeClock(Wib(6, 8, 9, 0));
        var i = new SopEngine(clock, Roster).Start(Sop, "i-1", "TW II 2026", "ani").Value;
        var standards = SopTimeStandards.None.WithOverride("deadline", "1", MutuBakuWaktu.Read("30 Menit").Value);
        Assert.Equal(Wib(6, 8, 9, 30), SopDeadlines.DueOfCurrentStep(i, Calendar, standards));
        Assert.Equal(Wib(6, 8, 11, 0), SopDeadlines.DueOfCurrentStep(i, Calendar));
    }

    [Fact]
    public void SlaReport_PerStepAndPerRole()
    {
        var clock = new FakeClock(Wib(6, 8, 9, 0));
        var engine = new SopEngine(clock, Roster);
        var i = engine.Start(Sop, "i-1", "TW II 2026", "ani").Value;
        clock.Advance(Duration.FromHours(1));
        i = engine.Complete(i, i.Version, "ani").Value;          // step 1: 1 h, within 2 Jam
        clock.Advance(Duration.FromHours(1));
        i = engine.Return(i, i.Version, "budi", "salah").Value;  // step 2: 1 h, within 1 - 2 Hari
        clock.Advance(Duration.FromHours(3));
        i = engine.Complete(i, i.Version, "ani").Value;          // step 1 again: 3 h, late
        clock.Advance(Duration.FromHours(1));
        i = engine.Approve(i, i.Version, "budi").Value;
        clock.Advance(Duration.FromHours(1));
        i = engine.Complete(i, i.Version, "ani").Value;          // step 3: no standard

        var report = SlaReport.Build(Sop, [i], Calendar);
        var step1 = report.Steps[0];
        Assert.Equal(("1", "2 Jam", 2, 1, 1), (step1.Key, step1.Standard, step1.Closed, step1.WithinStandard, step1.Late));
        Assert.Equal(Duration.FromHours(4), step1.TotalWorkingTime);
        Assert.Equal(Duration.FromHours(2), step1.MeanWorkingTime);
        Assert.Equal(Duration.FromHours(3), step1.MaximumWorkingTime);
        Assert.Equal(1, report.Steps[2].WithoutStandard);
        var staf = report.Roles[0];
        Assert.Equal(("staf", 3, 1, 1, 1), (staf.Key, staf.Closed, staf.WithinStandard, staf.WithoutStandard, staf.Late));
    }
}
