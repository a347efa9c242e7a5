using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using Kinerja.Samples.Worker;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kinerja.Core.DependencyInjection.Tests.Samples;

/// <summary>The worker sample's logic: the demo scenario, the overdue checker and who must act, at fixed moments.</summary>
public class WorkerTests
{
    private static Instant Wita(int day, int hour, int minute = 0) =>
        new LocalDateTime(2026, 7, day, hour, minute).InZoneStrictly(OfficeTimeZones.Wita).ToInstant();

    private static (ServiceProvider Provider, DemoScenario Scenario, OverdueChecker Checker, SimulatedClock Clock) Demo()
    {
        var provider = new ServiceCollection().AddLogging().AddOverdueWorker(new WorkerSettings()).BuildServiceProvider();
        return (provider, provider.GetRequiredService<DemoScenario>(), provider.GetRequiredService<OverdueChecker>(), Assert.IsType<SimulatedClock>(provider.GetRequiredService<IClock>()));
    }

    private static (string Instance, string Step, string Role, Instant Due, Duration OverdueBy, string Actors, bool IsNew) Row(OverdueNotice n) =>
        (n.Overdue.Instance.Id, n.Overdue.Step.Key, n.Overdue.Role.Id, n.Overdue.Due, n.Overdue.OverdueBy, string.Join(", ", OverdueChecker.Actors(n)), n.IsNew);

    [Fact]
    public void Scenario_DemoWeek_StartsMonday0700WitaWithThreeRunningInstances()
    {
        var (provider, scenario, _, clock) = Demo();
        using (provider)
        {
            Assert.Equal(Wita(6, 7), scenario.Start);
            Assert.Equal(scenario.Start, clock.GetCurrentInstant());
            Assert.Equal(
                [("twII-2026-pemerintahan", "4", Wita(2, 10)), ("twII-2026-trantib", "1", Wita(3, 14)), ("twII-2026-umum", "5", Wita(3, 15))],
                scenario.Running.Select(i => (i.Id, i.CurrentStep!.Key, i.CurrentStepSince!.Value)).Order());
            Assert.All(scenario.Running, i => Assert.Equal(DemoOffice.TemplateId, i.Definition.Id));
            Assert.Equal("Pengukuran Kinerja TW II 2026: Seksi Ketentraman dan Ketertiban Umum", scenario.Running.Single(i => i.Id == "twII-2026-trantib").Subject);
        }
    }

    [Fact]
    public void Check_FixedMoments_ReportsTheOverdueStepsWithRoleAndPeople()
    {
        var (provider, scenario, checker, _) = Demo();
        using (provider)
        {
            // Monday 11:00: the Camat's instruction (10 Menit from Friday 14:00) is late by Friday 14:10-16:30 and
            // Monday 07:30-11:00 of working time; and, "N Hari" being read as working time to the close of the day
            // (D42, the default since this sample was written), the data collection of Seksi Pemerintahan ("2 Hari"
            // from Thursday 10:00: 15 h, 6 h on Thursday and 9 h on Friday) fell due at Friday's close, 16:30.
            Assert.Equal(
                [
                    ("twII-2026-trantib", "1", "camat", Wita(3, 14, 10), Duration.FromMinutes(350), "Ahmad Fauzi (Camat), Siti Rahmah (Plh. Camat)", true),
                    ("twII-2026-pemerintahan", "4", "pelaksana", Wita(3, 16, 30), Duration.FromMinutes(210), "Rina Marlina (Pelaksana), Budi Santoso (Staf)", true),
                ],
                checker.Check(scenario.Running, Wita(6, 11)).Select(Row));

            // Monday 17:00, after closing: the verification of Subbag Umum ("1 Hari" from Friday 15:00: 1 h 30 min on
            // Friday, 6 h on Monday to 13:30) fell due at Monday's close (16:00), late by no working time yet.
            Assert.Equal(
                [
                    ("twII-2026-trantib", "1", "camat", Wita(3, 14, 10), Duration.FromMinutes(650), "Ahmad Fauzi (Camat), Siti Rahmah (Plh. Camat)", false),
                    ("twII-2026-pemerintahan", "4", "pelaksana", Wita(3, 16, 30), Duration.FromMinutes(510), "Rina Marlina (Pelaksana), Budi Santoso (Staf)", false),
                    ("twII-2026-umum", "5", "kasubbag-perencanaan-keuangan", Wita(6, 16), Duration.Zero, "Muhammad Yusuf (Kasubbag Perencanaan dan Keuangan)", true),
                ],
                checker.Check(scenario.Running, Wita(6, 17)).Select(Row));

            // The same check again: nothing new to warn about.
            Assert.All(checker.Check(scenario.Running, Wita(6, 17)), n => Assert.False(n.IsNew));

            // Monday 16:00 exactly: the "1 Hari" step is due, not yet overdue.
            Assert.Equal(["twII-2026-trantib", "twII-2026-pemerintahan"], checker.Check(scenario.Running, Wita(6, 16)).Select(n => n.Overdue.Instance.Id));
        }
    }

    [Fact]
    public void Week_HourlyChecks_WarnEachOverdueStayOnceAndTheScriptRunsThroughTheEngine()
    {
        var (provider, scenario, checker, clock) = Demo();
        using (provider)
        {
            var warned = new List<(string, string)>();
            var refused = new List<ValidationProblem>();
            for (var now = clock.GetCurrentInstant(); now <= Wita(11, 7); now = clock.Advance(Duration.FromHours(1)))
            {
                foreach (var outcome in scenario.ApplyDue(now))
                {
                    refused.AddRange(outcome.Result.Errors);
                    if (outcome.Result.TryGetValue(out var instance))
                    {
                        Assert.Equal(now, instance.Events[^1].At); // stamped by the registered (simulated) clock
                    }
                }

                warned.AddRange(checker.Check(scenario.Running, now).Where(n => n.IsNew).Select(n => (n.Overdue.Instance.Id, n.Overdue.Step.Key)));
            }

            // Seksi Pemerintahan's step 4 is overdue from the first check (due Friday 16:30, D42); its step 5 ("1 Hari"
            // from Wednesday 08:00) falls due at Wednesday's close.
            Assert.Equal(
                [
                    ("twII-2026-trantib", "1"), ("twII-2026-pemerintahan", "4"), ("twII-2026-trantib", "2"), ("twII-2026-kessos", "1"), ("twII-2026-umum", "5"),
                    ("twII-2026-trantib", "3"), ("twII-2026-kessos", "2"), ("twII-2026-pemerintahan", "5"),
                ],
                warned);
            var problem = Assert.Single(refused);
            Assert.Equal((ProblemCodes.SopWrongRole, "budi"), (problem.Code, problem.AttemptedValue));
            Assert.Equal(SopStatus.CompletedWithGaps, scenario.Instances.Single(i => i.Id == "twII-2026-umum").Status);
            Assert.Equal(
                [("twII-2026-kessos", "2"), ("twII-2026-pemerintahan", "5"), ("twII-2026-trantib", "3")],
                scenario.Running.Select(i => (i.Id, i.CurrentStep!.Key)).Order());
            // Seksi Pemerintahan's step 5, due Wednesday 16:00, is late by Thursday (8 h 30 min) and Friday (9 h).
            Assert.Equal(
                [Duration.FromHours(33), Duration.FromHours(32), Duration.FromMinutes(17 * 60 + 30)],
                checker.Check(scenario.Running, Wita(11, 7)).Select(n => n.Overdue.OverdueBy));
        }
    }

    [Fact]
    public void Check_StepWithoutHolder_NamesNobody()
    {
        var services = new ServiceCollection().AddKinerja(o => o.AddOffice("k", k =>
        {
            k.TimeZone = "WITA";
            k.CustomizeRoster = r => r.AddPerson("camat", "Ahmad Fauzi", "Camat");
        }));
        using var provider = services.BuildServiceProvider();
        var office = provider.GetRequiredService<OfficeCatalog>().Default;
        var engine = new SopEngine(new SimulatedClock(Wita(6, 8)), office.Roster);
        var sop = provider.GetRequiredService<SopTemplateCatalog>().Get(DemoOffice.TemplateId);
        var instance = engine.Start(sop, "i", "TW II 2026", "camat").Value;
        instance = engine.Complete(instance, instance.Version, "camat").Value; // step 2 belongs to the Kasubbag: nobody on this roster

        var notice = Assert.Single(new OverdueChecker(office).Check([instance], Wita(6, 12)));
        Assert.Empty(OverdueChecker.Actors(notice));
        Assert.Equal("2", notice.Overdue.Step.Key);
    }

    [Theory]
    [InlineData(2026, 7, 8, 2026, 7, 6)]   // Wednesday
    [InlineData(2026, 7, 12, 2026, 7, 6)]  // Sunday
    [InlineData(2026, 7, 6, 2026, 7, 6)]   // Monday
    public void WeekOf_AnyDay_ItsMonday(int year, int month, int day, int mondayYear, int mondayMonth, int mondayDay) =>
        Assert.Equal(
            new LocalDate(mondayYear, mondayMonth, mondayDay),
            DemoScenario.WeekOf(new LocalDateTime(year, month, day, 12, 0).InZoneStrictly(OfficeTimeZones.Wita).ToInstant(), OfficeTimeZones.Wita));

    [Theory]
    [InlineData(350, "5 jam 50 menit")]
    [InlineData(60, "1 jam")]
    [InlineData(50, "50 menit")]
    [InlineData(0, "0 menit")]
    public void WorkingTime_Minutes_HoursAndMinutes(int minutes, string expected) =>
        Assert.Equal(expected, Formatting.WorkingTime(Duration.FromMinutes(minutes)));

    [Fact]
    public void Moment_InOfficeZone_IndonesianDayAndZoneName() =>
        Assert.Equal("Senin 2026-07-06 10:00 WITA", Formatting.Moment(Wita(6, 10), OfficeTimeZones.Wita));

    [Fact]
    public void SimulatedClock_Backwards_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("step", () => new SimulatedClock(Wita(6, 8)).Advance(Duration.FromMinutes(-1)));
}
