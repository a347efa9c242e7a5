using Kinerja.Core.Agreements;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// What the sop-engine Stryker run of 6 December 2026 (night) left undetected in <see cref="SopInstance"/>: whether an
/// instance has ended, the subject of a log started without one, the path of a head that does not match, the text of
/// several open steps, strict replay of an acting grant that differs only in whom it stands in for, an event on a step
/// that is not open or done twice by one role, a first event that is not a start, gaps reached out of their order or
/// two at once under the stop policy, and who closes a step done by any one of its roles.
/// </summary>
public class SopInstanceSurvivorTests
{
    private static readonly Instant Monday9 = SopTestKit.Monday0900Wib;

    private static readonly SopDefinition Sop = SopTestKit.DraftAndReview;

    private static readonly OfficeRoster Roster = SopTestKit.AniAndBudi;

    private static SopDefinitionBuilder Base() => SopDefinition.CreateBuilder("x", 1)
        .WithHeader(new SopHeader { Nama = "SOP uji" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddRole("kabag", "Kepala Bagian");

    private static SopEngine EngineFor(SopDefinition sop) => new(new FakeClock(SopTestKit.Monday0800Wib), SopTestKit.RosterFor(sop));

    [Fact]
    public void HasEnded_IsFalseWhileRunning_TrueOnceCompleted()
    {
        var engine = new SopEngine(new FakeClock(Monday9), Roster);
        var i = engine.Start(Sop, "i-1", "TW II", "ani").Value;
        Assert.False(i.HasEnded);
        i = engine.Complete(i, i.Version, "ani").Value;
        i = engine.Approve(i, i.Version, "budi").Value;
        Assert.True(i.HasEnded);
    }

    [Fact]
    public void Subject_OfALogStartedWithoutANote_IsEmpty()
    {
        var log = SopEventEdits.Rechained(Sop, "i-1", [new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", Monday9)]);
        var i = SopInstance.Replay(Sop, "i-1", log).Value;
        Assert.Equal(string.Empty, i.Subject);
    }

    [Fact]
    public void Replay_HeadThatDoesNotMatch_IsAProblemAtEvents()
    {
        var engine = new SopEngine(new FakeClock(Monday9), Roster);
        var i = engine.Start(Sop, "i-1", "TW II", "ani").Value;
        var problem = Assert.Single(SopInstance.Replay(Sop, "i-1", i.Events, new SopReplayOptions { ExpectedHead = new string('0', 64) }).Problems);
        Assert.Equal("events", problem.Path);
    }

    [Fact]
    public void ToString_SeveralOpenSteps_ListsTheirKeys()
    {
        var sop = Base().TwoBranchesAndAJoin().Build().Value;
        var engine = EngineFor(sop);
        var i = engine.Start(sop, "i-1", "TW II", "staf").Value;
        i = engine.Complete(i, i.Version, "staf").Value;
        Assert.Equal("i-1 (TW II): Running at step 2, 3", i.ToString());
    }

    /// <summary>The roster makes Ani the Plt Kasi for Budi; the log records her approval as standing in for someone else.
    /// Everything but whom she stands in for agrees, and strict replay still refuses it, naming the grant in full.</summary>
    [Fact]
    public void StrictReplay_ActingGrantThatDiffersOnlyInWhomItStandsInFor_IsRefusedNamingTheGrant()
    {
        var day = new LocalDate(2026, 6, 8);
        var roster = OfficeRoster.CreateBuilder()
            .AddPerson("ani", "Ani", "Staf")
            .AddPerson("budi", "Budi", "Kasi", "Kepala Seksi")
            .AddActing("ani", "kasi", ActingStatus.Plt, "budi", day, day)
            .Build().Value;
        var clock = new FakeClock(Monday9);
        var engine = new SopEngine(clock, roster);
        var i = engine.Start(Sop, "i-1", "TW II", "ani").Value;
        i = engine.Complete(i, i.Version, "ani").Value;
        clock.Advance(Duration.FromMinutes(30));
        i = engine.Approve(i, i.Version, "ani").Value;
        Assert.Equal((ActingStatus.Plt, "budi"), (i.Events[2].Acting, i.Events[2].StandsInFor));
        Assert.True(SopInstance.Replay(Sop, "i-1", i.Events, new SopReplayOptions { Roster = roster }).IsValid);

        var edited = SopEventEdits.Rechained(Sop, "i-1", [i.Events[0], i.Events[1], SopEventEdits.Copy(i.Events[2], actingFor: new Optional<string?>("citra"))]);
        var problem = Assert.Single(SopInstance.Replay(Sop, "i-1", edited, new SopReplayOptions { Roster = roster }).Problems);

        Assert.Equal((ProblemCodes.SopLogInconsistent, "events[2]"), (problem.Code, problem.Path));
        Assert.Equal(
            ["menurut daftar pegawai tindakan ini tercatat sebagai langkah 2, peran kasi (Plt untuk budi), bukan seperti dalam log", "under the roster this action records step 2, role kasi (Plt for budi), not what the log holds"],
            problem.Arguments);
    }

    [Fact]
    public void Replay_EventOnAStepThatIsNotOpen_NamesTheOpenSteps()
    {
        var engine = new SopEngine(new FakeClock(Monday9), Roster);
        var i = engine.Start(Sop, "i-1", "TW II", "ani").Value;
        var log = SopEventEdits.Rechained(Sop, "i-1", [i.Events[0], new SopEvent(2, SopEventKind.Approved, "2", "budi", "kasi", Monday9)]);
        var problem = Assert.Single(SopInstance.Replay(Sop, "i-1", log).Problems);
        Assert.Equal(("events[1]", ProblemCodes.SopLogInconsistent), (problem.Path, problem.Code));
        Assert.Contains("langkah 2 bukan langkah yang terbuka (1)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("step 2 is not an open step (1)", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OneRoleCompletingItsPartOfAStepByEachTwice_IsRefused()
    {
        var sop = Base().AddStepByEach("1", "Mengisi", ["staf", "kasi"]).AddStep("2", "Selesai", "kabag").Build().Value;
        var engine = EngineFor(sop);
        var i = engine.Start(sop, "i-1", "TW II", "staf").Value;
        i = engine.Complete(i, i.Version, "staf").Value;
        var twice = SopEventEdits.Copy(i.Events[1], sequence: 3);
        var log = SopEventEdits.Rechained(sop, "i-1", [i.Events[0], i.Events[1], twice]);
        var problem = Assert.Single(SopInstance.Replay(sop, "i-1", log).Problems);
        Assert.Equal(("events[2]", ProblemCodes.SopLogInconsistent), (problem.Path, problem.Code));
    }

    [Fact]
    public void Replay_FirstEventThatIsNotAStart_IsRefused()
    {
        var log = SopEventEdits.Rechained(Sop, "i-1", [new SopEvent(1, SopEventKind.Completed, "1", "ani", "staf", Monday9)]);
        Assert.False(SopInstance.Replay(Sop, "i-1", log).IsValid);
    }

    /// <summary>Gap 0 names step 3 and gap 1 step 2: reached as 1 then 0, they are listed in the definition's order.</summary>
    [Fact]
    public void ReachedGaps_ReachedOutOfOrder_AreInTheDefinitionsOrder()
    {
        var sop = Base().AddStep("1", "A", "staf").AddStep("2", "B", "kasi").AddStep("3", "C", "kabag")
            .AddGap(["3"], "langkah 3 tidak lengkap").AddGap(["2"], "langkah 2 tidak lengkap").Build().Value;
        var engine = EngineFor(sop);
        var i = engine.Start(sop, "i-1", "TW II", "staf").Value;
        i = engine.Complete(i, i.Version, "staf").Value;
        i = engine.Complete(i, i.Version, "kasi").Value;
        Assert.Equal(sop.Gaps, i.ReachedGaps);
    }

    [Fact]
    public void GapPolicyStop_TwoGapsReachedAtOnce_Stops()
    {
        var sop = Base().WithGapPolicy(SopGapPolicy.Stop).AddStep("1", "A", "staf").AddStep("2", "B", "kasi")
            .AddGap(["2"], "satu").AddGap(["2"], "dua").Build().Value;
        var engine = EngineFor(sop);
        var i = engine.Start(sop, "i-1", "TW II", "staf").Value;
        i = engine.Complete(i, i.Version, "staf").Value;
        Assert.Equal((SopStatus.StoppedAtGap, 2), (i.Status, i.ReachedGaps.Count));
    }

    [Fact]
    public void StepByAny_CompletedByItsSecondRole_IsClosedInThatRole()
    {
        var sop = Base().AddStepByAny("1", "Mengisi", ["staf", "kasi"]).AddStep("2", "Selesai", "kabag").Build().Value;
        var engine = EngineFor(sop);
        var i = engine.Start(sop, "i-1", "TW II", "kasi").Value;
        i = engine.Complete(i, i.Version, "kasi").Value;
        var visit = Assert.Single(i.GetVisits(), v => v.Step == "1");
        Assert.Equal("kasi", visit.Role);
    }

    /// <summary>Step 1 is done by either role and Kasi does it; the decision returns to Staf, who has not acted, so the
    /// work goes back to Staf's last printed step before the decision (step 1, the first), not to Staf's step after it.</summary>
    [Fact]
    public void Return_ToARoleThatHasNotActed_GoesToItsLastPrintedStepBeforeTheDecision()
    {
        var sop = Base()
            .AddStepByAny("1", "Menyusun", ["staf", "kasi"])
            .AddDecisionReturningToRole("2", "Memeriksa", "kabag", "staf")
            .AddStep("3", "Mengarsipkan", "staf")
            .Build().Value;
        var engine = EngineFor(sop);
        var i = engine.Start(sop, "i-1", "TW II", "kasi").Value;
        i = engine.Complete(i, i.Version, "kasi").Value;
        i = engine.Return(i, i.Version, "kabag", "angka belum lengkap").Value;
        Assert.Equal(new[] { "1" }, i.OpenSteps.Select(o => o.Step.Key));
    }

    /// <summary>A join inside a branch of an outer split: when the inner join and the outer join both wait, the outer one
    /// waits for the inner one (which reaches it), which opens alone; each opens once.</summary>
    [Fact]
    public void NestedJoins_BothWaiting_TheInnerOpensFirst_AndOnce()
    {
        var sop = Base()
            .AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "5"))
            .AddStep("2", "Membagi lagi", "kasi", s => s.SplitTo("3", "4"))
            .AddStep("3", "A", "kasi", s => s.WithNext("6"))
            .AddStep("4", "B", "kabag", s => s.WithNext("6"))
            .AddStep("5", "C", "kabag", s => s.WithNext("7"))
            .AddStep("6", "Gabung dalam", "kasi", s => s.AsJoin())
            .AddStep("7", "Gabung luar", "staf", s => s.AsJoin())
            .Build();
        Assert.Empty(sop.Problems);
        var engine = EngineFor(sop.Value);
        var i = engine.Start(sop.Value, "i-1", "TW II", "staf").Value;
        i = engine.Complete(i, i.Version, "staf").Value;
        i = engine.Complete(i, i.Version, "kabag", step: "5").Value;
        i = engine.Complete(i, i.Version, "kasi", step: "2").Value;
        i = engine.Complete(i, i.Version, "kasi", step: "3").Value;
        Assert.Equal(new[] { "4" }, i.OpenSteps.Select(o => o.Step.Key));
        i = engine.Complete(i, i.Version, "kabag", step: "4").Value;
        Assert.Equal(new[] { "6" }, i.OpenSteps.Select(o => o.Step.Key));
        i = engine.Complete(i, i.Version, "kasi", step: "6").Value;
        Assert.Equal(new[] { "7" }, i.OpenSteps.Select(o => o.Step.Key));
        Assert.True(SopInstance.Replay(sop.Value, "i-1", i.Events).IsValid);
    }

    [Fact]
    public void Replay_InstructionByTheRoleTheStepNames_IsAccepted()
    {
        var sop = Base()
            .AddStep("1", "Menyusun", "staf")
            .AddStep("2", "Menindaklanjuti", "kasi", s => s.WithWaktu("Disesuaikan dengan arahan pimpinan").InstructedBy("kabag"))
            .Build().Value;
        var engine = EngineFor(sop);
        var i = engine.Start(sop, "i-1", "TW II", "staf").Value;
        i = engine.Complete(i, i.Version, "staf").Value;
        i = engine.Instruct(i, i.Version, "kabag", "2", MutuBakuWaktu.Read("2 Hari").Value).Value;
        Assert.True(SopInstance.Replay(sop, "i-1", i.Events).IsValid);
        var byOpener = SopEventEdits.Rechained(sop, "i-1", [i.Events[0], i.Events[1], SopEventEdits.Copy(i.Events[2], personId: "staf", role: "staf")]);
        var problem = Assert.Single(SopInstance.Replay(sop, "i-1", byOpener).Problems);
        Assert.Equal(("events[2]", ProblemCodes.SopLogInconsistent), (problem.Path, problem.Code));
        Assert.Contains("kabag", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>Strict replay performs each action again: a start, return or cancel that the log records without the text
    /// the engine requires (subject, reason) is the engine's refusal at that event, although the log alone folds.</summary>
    [Fact]
    public void StrictReplay_StartReturnOrCancelWithoutItsText_IsRefusedAtThatEvent()
    {
        var options = new SopReplayOptions { Roster = Roster };
        var clock = new FakeClock(Monday9);
        var engine = new SopEngine(clock, Roster);
        var i = engine.Start(Sop, "i-1", "TW II", "ani").Value;
        i = engine.Complete(i, i.Version, "ani").Value;
        var returned = engine.Return(i, i.Version, "budi", "angka salah").Value;
        var cancelled = engine.Cancel(i, i.Version, "budi", "batal").Value;
        var none = new Optional<string?>(null);

        var start = SopEventEdits.Rechained(Sop, "i-1", [SopEventEdits.Copy(i.Events[0], note: none)]);
        var back = SopEventEdits.Rechained(Sop, "i-1", [returned.Events[0], returned.Events[1], SopEventEdits.Copy(returned.Events[2], note: none)]);
        var cancel = SopEventEdits.Rechained(Sop, "i-1", [cancelled.Events[0], cancelled.Events[1], SopEventEdits.Copy(cancelled.Events[2], note: none)]);

        Assert.Equal("events[0].subject", Assert.Single(SopInstance.Replay(Sop, "i-1", start, options).Problems).Path);
        Assert.Equal("events[2].reason", Assert.Single(SopInstance.Replay(Sop, "i-1", back, options).Problems).Path);
        Assert.Equal("events[2].reason", Assert.Single(SopInstance.Replay(Sop, "i-1", cancel, options).Problems).Path);
    }

    [Fact]
    public void Replay_EventOnAStepTheDefinitionDoesNotHave_IsAProblemNotAnException()
    {
        var sop = Base().AddStepByEach("1", "Mengisi", ["staf", "kasi"]).AddStep("2", "Selesai", "kabag").Build().Value;
        var engine = EngineFor(sop);
        var i = engine.Start(sop, "i-1", "TW II", "staf").Value;
        var log = SopEventEdits.Rechained(sop, "i-1", [i.Events[0], new SopEvent(2, SopEventKind.Completed, "9", "staf", "staf", SopTestKit.Monday0800Wib)]);
        var problem = Assert.Single(SopInstance.Replay(sop, "i-1", log).Problems);
        Assert.Equal("events[1]", problem.Path);
    }

    /// <summary>Step 3 opens two joins at once (its branches are the joins themselves), each of which already has its other
    /// branch: when it completes, both joins are free and both open.</summary>
    [Fact]
    public void TwoJoinsFreedByOneEvent_BothOpen()
    {
        var sop = Base()
            .AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "3", "4"))
            .AddStep("2", "A", "kasi", s => s.WithNext("5"))
            .AddStep("3", "X", "staf", s => s.SplitTo("5", "6"))
            .AddStep("4", "B", "kabag", s => s.WithNext("6"))
            .AddStep("5", "Gabung 1", "kasi", s => s.AsJoin().WithNext("7"))
            .AddStep("6", "Gabung 2", "kabag", s => s.AsJoin())
            .AddStep("7", "Gabung akhir", "staf", s => s.AsJoin())
            .Build();
        Assert.Empty(sop.Problems);
        var engine = EngineFor(sop.Value);
        var i = engine.Start(sop.Value, "i-1", "TW II", "staf").Value;
        i = engine.Complete(i, i.Version, "staf").Value;
        i = engine.Complete(i, i.Version, "kasi", step: "2").Value;
        i = engine.Complete(i, i.Version, "kabag", step: "4").Value;
        Assert.Equal(new[] { "3" }, i.OpenSteps.Select(o => o.Step.Key));
        i = engine.Complete(i, i.Version, "staf", step: "3").Value;
        Assert.Equal(new[] { "5", "6" }, i.OpenSteps.Select(o => o.Step.Key));
    }
}
