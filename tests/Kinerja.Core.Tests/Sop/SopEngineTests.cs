using Kinerja.Core.Agreements;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

public class SopEngineTests
{
    private static readonly SopDefinition Review = SopDefinition.CreateBuilder("review", 1)
        .WithHeader(new SopHeader { Nama = "Reviu data kinerja" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi", "Kasi")
        .AddRole("sekcam", "Sekretaris Kecamatan", "Sekcam")
        .AddStep("1", "Menyusun data capaian", "staf", s => s.WithWaktu("1 Hari"))
        .AddDecision("2", "Memeriksa data capaian", "kasi", returnTo: "1", s => s.WithWaktu("2 Jam").WithDecisionText("Benar?", "benar", "salah"))
        .AddStep("3", "Menandatangani", "sekcam", s => s.WithWaktu("15 Menit"))
        .Build().Value;

    private static readonly OfficeRoster Roster = OfficeRoster.CreateBuilder()
        .AddAliases("Sekcam", "Sekretaris Kecamatan", "Sekretaris")
        .AddAliases("Kasi", "Kepala Seksi")
        .AddPerson("ani", "Ani", "Staf")
        .AddPerson("budi", "Budi", "Kasi")
        .AddPerson("citra", "Citra", "Sekretaris")
        .AddPerson("dedi", "Dedi", "Staf", "Kepala Seksi")
        .Build().Value;

    private readonly FakeClock _clock = new(SopTestKit.Monday0800Wib);

    private SopEngine Engine(bool separation = false) => new(_clock, Roster, new SopEngineOptions { EnforceSeparationOfDuties = separation });

    [Fact]
    public void Start_OpensFirstStepAndRecordsEvent()
    {
        var instance = Engine().Start(Review, "i-1", "pengukuran kinerja TW III 2026", "ani").Value;
        Assert.Equal(1, instance.Version);
        Assert.Equal("1", instance.CurrentStep!.Key);
        Assert.Equal("pengukuran kinerja TW III 2026", instance.Subject);
        var e = Assert.Single(instance.Events);
        Assert.Equal((SopEventKind.Started, "ani", "staf", SopTestKit.Monday0800Wib), (e.Kind, e.PersonId, e.Role, e.At));
    }

    [Fact]
    public void FullRun_WithReturnForCorrection_Loops()
    {
        var engine = Engine();
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        _clock.Advance(Duration.FromHours(1));
        i = engine.Complete(i, i.Version, "ani", [new SopAttachment(null, "data-v1.xlsx")]).Value;
        Assert.Equal("2", i.CurrentStep!.Key);
        i = engine.Return(i, i.Version, "budi", "Realisasi IK2 belum ada bukti dukung").Value;
        Assert.Equal("1", i.CurrentStep!.Key);
        i = engine.Complete(i, i.Version, "ani", [new SopAttachment(null, "data-v2.xlsx")]).Value;
        i = engine.Approve(i, i.Version, "budi").Value;
        i = engine.Complete(i, i.Version, "citra").Value;

        Assert.Equal(SopStatus.Completed, i.Status);
        Assert.Equal(
            new[] { SopEventKind.Started, SopEventKind.Completed, SopEventKind.Returned, SopEventKind.Completed, SopEventKind.Approved, SopEventKind.Completed },
            i.Events.Select(e => e.Kind).ToArray());
        Assert.Equal("Realisasi IK2 belum ada bukti dukung", i.Events[2].Note);
        Assert.Equal([new SopAttachment(null, "data-v2.xlsx")], i.Events[3].Attachments);
        Assert.Equal("sekcam", i.Events[5].Role);
    }

    [Fact]
    public void Refusals_NameTheReasonAndChangeNothing()
    {
        var engine = Engine();
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        var before = (i.Version, i.CurrentStep, i.Events.Count, i.GetVisits().Count);

        Assert.Equal(ProblemCodes.SopWrongRole, Single(engine.Complete(i, i.Version, "budi")));
        Assert.Equal(ProblemCodes.SopUnknownPerson, Single(engine.Complete(i, i.Version, "zaki")));
        Assert.Equal(ProblemCodes.SopStaleVersion, Single(engine.Complete(i, 7, "ani")));
        Assert.Equal(ProblemCodes.SopWrongAction, Single(engine.Approve(i, i.Version, "ani")));
        Assert.Equal(ProblemCodes.SopReasonRequired, Single(engine.Cancel(i, i.Version, "ani", " ")));

        Assert.Equal(before, (i.Version, i.CurrentStep, i.Events.Count, i.GetVisits().Count));

        var atDecision = engine.Complete(i, i.Version, "ani").Value;
        Assert.Equal(ProblemCodes.SopWrongAction, Single(engine.Complete(atDecision, atDecision.Version, "budi")));
        Assert.Equal(ProblemCodes.SopReasonRequired, Single(engine.Return(atDecision, atDecision.Version, "budi", "")));
    }

    [Fact]
    public void WrongRole_MessageNamesPersonRoleAndStep()
    {
        var engine = Engine();
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        var problem = engine.Complete(i, i.Version, "budi").Problems.Single();
        Assert.Equal("personId: 'budi' tidak memegang peran Staf yang mengerjakan langkah 1.", problem.Message);
        Assert.Equal("personId: 'budi' does not hold role Staf, which does step 1.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void StaleVersion_IsRefusedAfterAnotherAction()
    {
        var engine = Engine();
        var seen = engine.Start(Review, "i-1", "TW III", "ani").Value;
        var advanced = engine.Complete(seen, seen.Version, "ani").Value;
        var late = engine.Complete(advanced, seen.Version, "ani");
        var problem = Assert.Single(late.Problems);
        Assert.Equal(ProblemCodes.SopStaleVersion, problem.Code);
        Assert.Equal("1", problem.AttemptedValue);
    }

    [Fact]
    public void Aliases_LetSekretarisActAsSekcam()
    {
        var sekcam = Review.FindRole("sekcam")!;
        Assert.True(Roster.Holds("citra", sekcam, SopTestKit.Monday0800Wib));
        Assert.Equal(new[] { "citra" }, Roster.HoldersOf(sekcam, SopTestKit.Monday0800Wib).Select(p => p.Id).ToArray());
    }

    [Fact]
    public void ActingPerson_HoldsTheActingRole()
    {
        var monday = new LocalDate(2026, 6, 8);
        var roster = OfficeRoster.CreateBuilder().AddPerson("eko", "Eko", "Staf").AddActing("eko", "Sekcam", ActingStatus.Plt, "citra", monday, monday.PlusDays(4)).Build().Value;
        Assert.True(roster.Holds("eko", Review.FindRole("sekcam")!, SopTestKit.Monday0800Wib));
        Assert.False(roster.Holds("eko", Review.FindRole("sekcam")!, SopTestKit.Monday0800Wib + Duration.FromDays(7)));
        Assert.Equal("Plt. Sekcam", roster.Find("eko")!.Roles[1].ToString());
    }

    [Fact]
    public void SeparationOfDuties_PreparerCannotDecide()
    {
        var engine = Engine(separation: true);
        var i = engine.Start(Review, "i-1", "TW III", "dedi").Value;
        i = engine.Complete(i, i.Version, "dedi").Value;
        var refused = engine.Approve(i, i.Version, "dedi");
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(ProblemCodes.SopSeparationOfDuties, problem.Code);
        Assert.True(engine.Approve(i, i.Version, "budi").IsValid);
        Assert.True(Engine(separation: false).Approve(i, i.Version, "dedi").IsValid);
    }

    [Fact]
    public void SeparationOfDuties_AppliesToChainedDecisions()
    {
        var chained = SopDefinition.CreateBuilder("chain")
            .WithHeader(new SopHeader { Nama = "Dua pemeriksaan" })
            .AddRole("staf", "Staf").AddRole("kasi", "Kepala Seksi")
            .AddStep("1", "Menyusun", "staf")
            .AddDecision("2", "Memeriksa", "kasi", returnTo: "1")
            .AddDecision("3", "Memeriksa lagi", "staf", returnTo: "1")
            .Build().Value;
        var engine = Engine(separation: true);
        var i = engine.Start(chained, "i-1", "TW III", "dedi").Value;
        i = engine.Complete(i, i.Version, "dedi").Value;
        i = engine.Approve(i, i.Version, "budi").Value;
        Assert.Equal(ProblemCodes.SopSeparationOfDuties, Single(engine.Approve(i, i.Version, "dedi")));
        Assert.True(engine.Approve(i, i.Version, "ani").IsValid);
    }

    [Fact]
    public void NotRunning_MessageInBothLanguages()
    {
        var engine = Engine();
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        i = engine.Cancel(i, i.Version, "ani", "batal").Value;
        var problem = engine.Complete(i, i.Version, "ani").Problems.Single();
        Assert.Equal("instance: SOP ini sudah dibatalkan; tidak ada langkah yang dapat dikerjakan.", problem.Message);
        Assert.Equal("instance: this SOP is cancelled; no step is open.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Cancel_ByFirstStepRoleOrCurrentRole_EndsTheInstance()
    {
        var engine = Engine();
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        i = engine.Complete(i, i.Version, "ani").Value;
        var cancelled = engine.Cancel(i, i.Version, "ani", "Dibatalkan karena jadwal berubah").Value;
        Assert.Equal(SopStatus.Cancelled, cancelled.Status);
        Assert.Equal("staf", cancelled.Events[cancelled.Events.Count - 1].Role);
        Assert.Equal(ProblemCodes.SopNotRunning, Single(engine.Complete(cancelled, cancelled.Version, "budi")));
        Assert.Equal(ProblemCodes.SopWrongRole, Single(engine.Cancel(i, i.Version, "citra", "x")));
    }

    [Fact]
    public void Replay_RebuildsStateAndRejectsABrokenLog()
    {
        var engine = Engine();
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        i = engine.Complete(i, i.Version, "ani").Value;
        i = engine.Return(i, i.Version, "budi", "salah").Value;

        var replayed = SopInstance.Replay(Review, "i-1", i.Events).Value;
        Assert.Equal(i.CurrentStep, replayed.CurrentStep);
        Assert.Equal(i.Version, replayed.Version);
        Assert.Equal(i.Subject, replayed.Subject);

        // A chained log with an event removed breaks its chain there; an unchained one (a version-2 store) its flow.
        var broken = i.Events.Where(e => e.Sequence != 2).ToArray();
        var problem = Assert.Single(SopInstance.Replay(Review, "i-1", broken).Problems);
        Assert.Equal((ProblemCodes.SopChainBroken, "events[1]"), (problem.Code, problem.Path));
        problem = Assert.Single(SopInstance.Replay(Review, "i-1", broken.Select(SopEventEdits.Unchained)).Problems);
        Assert.Equal(ProblemCodes.SopLogInconsistent, problem.Code);
        Assert.Equal("events[1]", problem.Path);
        Assert.Equal(ProblemCodes.Empty, Assert.Single(SopInstance.Replay(Review, "i-1", []).Problems).Code);
    }

    [Fact]
    public void RunningInstance_StaysOnItsDefinitionVersion()
    {
        var engine = Engine();
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        var v2 = SopDefinition.CreateBuilder("review", 2)
            .WithHeader(new SopHeader { Nama = "Reviu data kinerja (revisi)" })
            .AddRole("staf", "Staf")
            .AddStep("1", "Menyusun data capaian", "staf")
            .Build().Value;
        i = engine.Complete(i, i.Version, "ani").Value;
        Assert.Equal(1, i.Definition.Version);
        Assert.Equal("2", i.CurrentStep!.Key);
        Assert.Equal(2, v2.Version);
    }

    private static string Single(ValidationResult<SopInstance> result)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems).Code;
    }
    [Fact]
    public void SeparationOfDuties_ParallelBranches_ChecksWhoPreparedThisBranchsWork()
    {
        var sop = SopDefinition.CreateBuilder("paralel", 1)
            .WithHeader(new SopHeader { Nama = "Dua jalur" })
            .AddRole("staf", "Staf")
            .AddRole("kasi", "Kepala Seksi")
            .AddRole("sekcam", "Sekretaris Kecamatan")
            .AddStep("1", "Membagi pekerjaan", "sekcam", s => s.SplitTo("2", "3"))
            .AddStep("2", "Mengolah data Program", "staf", s => s.WithNext("4"))
            .AddStep("3", "Mengolah data kegiatan", "kasi", s => s.WithNext("5"))
            .AddDecision("4", "Memeriksa data Program", "kasi", returnTo: "2")
            .AddStep("5", "Menghimpun", "sekcam", s => s.AsJoin())
            .Build().Value;
        var engine = Engine(separation: true);
        var i = engine.Start(sop, "i-1", "TW III", "citra").Value;
        i = engine.Complete(i, i.Version, "citra").Value;
        i = engine.Complete(i, i.Version, "ani", step: "2").Value;
        i = engine.Complete(i, i.Version, "dedi", step: "3").Value;

        // Dedi's latest work is the other branch's step 3, which does not lead to decision 4: he may decide it.
        var decided = engine.Approve(i, i.Version, "dedi", step: "4");

        Assert.True(decided.IsValid, decided.ToString());
        Assert.Equal(["5"], decided.Value.OpenSteps.Select(o => o.Step.Key));
    }
}
