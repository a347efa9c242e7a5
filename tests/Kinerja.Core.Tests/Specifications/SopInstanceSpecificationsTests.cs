using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Specifications;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Specifications;

public class SopInstanceSpecificationsTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2026.Holidays);

    private static readonly SopDefinition Pengukuran = Definition("pengukuran");

    private static readonly SopDefinition Pelaporan = Definition("pelaporan");

    private static readonly OfficeRoster Roster = OfficeRoster.CreateBuilder()
        .AddPerson("ani", "Ani", "Staf").AddPerson("budi", "Budi", "Kasi", "Kepala Seksi").Build().Value!;

    private static readonly Specification<SopInstance> All = new();

    private static SopDefinition Definition(string id) => SopDefinition.CreateBuilder(id)
        .WithHeader(new SopHeader { Nama = "Uji " + id })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddStep("1", "Menyusun", "staf", s => s.WithWaktu("2 Jam"))
        .AddDecision("2", "Memeriksa", "kasi", returnTo: "1", s => s.WithWaktu("1 - 2 Hari"))
        .AddStep("3", "Arsip", "staf", s => s.WithWaktu("-"))
        .Build().Value!;

    private static Instant Wib(int month, int day, int hour, int minute) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(OfficeTimeZones.Wib).ToInstant();

    /// <summary>Four instances started Monday 8 June 09:00: a at step 1, b at step 2 (kasi), c cancelled, d completed, e of the other SOP at step 1.</summary>
    private static (SopInstance A, SopInstance B, SopInstance C, SopInstance D, SopInstance E) Instances()
    {
        var clock = new FakeClock(Wib(6, 8, 9, 0));
        var engine = new SopEngine(clock, Roster);
        var a = engine.Start(Pengukuran, "a", "TW II", "ani").Value!;
        var b = engine.Start(Pengukuran, "b", "TW II", "ani").Value!;
        var c = engine.Start(Pengukuran, "c", "TW II", "ani").Value!;
        var d = engine.Start(Pengukuran, "d", "TW II", "ani").Value!;
        var e = engine.Start(Pelaporan, "e", "TW II", "ani").Value!;
        clock.Advance(Duration.FromMinutes(30));
        b = engine.Complete(b, b.Version, "ani").Value!;
        c = engine.Cancel(c, c.Version, "ani", "salah subjek").Value!;
        d = engine.Complete(d, d.Version, "ani").Value!;
        d = engine.Approve(d, d.Version, "budi").Value!;
        d = engine.Complete(d, d.Version, "ani").Value!;
        return (a, b, c, d, e);
    }

    [Fact]
    public void Running_KeepsOpenInstances()
    {
        var (a, b, c, d, e) = Instances();
        Assert.Equal([a, b, e], All.Running().Evaluate([a, b, c, d, e]));
    }

    [Fact]
    public void OfDefinition_KeepsThatDefinition()
    {
        var (a, b, c, d, e) = Instances();
        Assert.Equal([e], All.OfDefinition("pelaporan").Evaluate([a, b, c, d, e]));
        Assert.Equal([a, b, c, d], All.OfDefinition("pengukuran").Evaluate([a, b, c, d, e]));
    }

    [Fact]
    public void AwaitingRole_KeepsRunningInstancesWhoseOpenStepIsTheRoles()
    {
        var (a, b, c, d, e) = Instances();
        Assert.Equal([b], All.AwaitingRole("kasi").Evaluate([a, b, c, d, e]));
        Assert.Equal([a, e], All.AwaitingRole("staf").Evaluate([a, b, c, d, e]));
    }

    [Fact]
    public void Overdue_AgreesWithSopDeadlines()
    {
        var (a, b, c, d, e) = Instances();
        SopInstance[] all = [a, b, c, d, e];
        // Step 1 (2 Jam) opened 09:00 is due 11:00; step 2 (2 Hari) opened 09:30 is due on Wednesday.
        Assert.Empty(All.Overdue(Wib(6, 8, 11, 0), Calendar).Evaluate(all));
        Assert.Equal([a, e], All.Overdue(Wib(6, 8, 11, 1), Calendar).Evaluate(all));
        foreach (var at in new[] { Wib(6, 8, 10, 0), Wib(6, 8, 12, 0), Wib(6, 10, 9, 0), Wib(6, 12, 16, 0), Wib(7, 1, 8, 0) })
        {
            Assert.Equal(SopDeadlines.Overdue(all, at, Calendar, Roster).Select(o => o.Instance.Id).Order(StringComparer.Ordinal), All.Overdue(at, Calendar).Evaluate(all).Select(i => i.Id));
        }

        Assert.Contains(b, All.Overdue(Wib(7, 1, 8, 0), Calendar).Evaluate(all));
    }

    [Fact]
    public void Overdue_WithOfficeStandards_UsesThem()
    {
        var (a, _, _, _, _) = Instances();
        var standards = SopTimeStandards.None.WithOverride("pengukuran", "1", MutuBakuWaktu.Read("30 Menit").Value);
        Assert.True(All.Overdue(Wib(6, 8, 9, 31), Calendar, standards).IsSatisfiedBy(a));
        Assert.False(All.Overdue(Wib(6, 8, 9, 31), Calendar).IsSatisfiedBy(a));
    }

    [Fact]
    public void Verbs_Combine()
    {
        var (a, b, c, d, e) = Instances();
        Assert.Equal([a], All.Running().OfDefinition("pengukuran").AwaitingRole("staf").Evaluate([a, b, c, d, e]));
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("calendar", () => All.Overdue(Wib(6, 8, 9, 0), null!));
        Assert.Throws<ArgumentNullException>("roleId", () => All.AwaitingRole(null!));
        Assert.Throws<ArgumentNullException>("definitionId", () => All.OfDefinition(null!));
    }
    [Fact]
    public void AwaitingRole_ParallelWork_SeesEveryOpenStepAndPendingRole()
    {
        var sop = SopDefinition.CreateBuilder("paralel", 1)
            .WithHeader(new SopHeader { Nama = "Paralel" })
            .AddRole("kasubbag", "Kasubbag").AddRole("staf", "Staf").AddRole("kasi-pem", "Kasi Pem").AddRole("kasi-ekbang", "Kasi Ekbang")
            .AddStep("1", "Meminta data", "kasubbag", s => s.SplitTo("2", "3"))
            .AddStep("2", "Mengolah data Program", "staf", s => s.WithNext("4"))
            .AddStepByEach("3", "Mengisi data seksi", ["kasi-pem", "kasi-ekbang"])
            .AddStep("4", "Menghimpun", "kasubbag", s => s.AsJoin())
            .Build().Value;
        var engine = new SopEngine(new NodaTime.Testing.FakeClock(Kinerja.Core.Tests.Sop.SopTestKit.Monday0800Wib), Kinerja.Core.Tests.Sop.SopTestKit.RosterFor(sop));
        var i = engine.Start(sop, "i-1", "TW III", "kasubbag").Value;
        i = engine.Complete(i, i.Version, "kasubbag").Value;
        i = engine.Complete(i, i.Version, "kasi-pem").Value;

        Assert.Equal([i], All.AwaitingRole("staf").Evaluate([i]));
        Assert.Equal([i], All.AwaitingRole("kasi-ekbang").Evaluate([i]));
        Assert.Empty(All.AwaitingRole("kasi-pem").Evaluate([i]));
        Assert.Empty(All.AwaitingRole("kasubbag").Evaluate([i]));
    }
}
