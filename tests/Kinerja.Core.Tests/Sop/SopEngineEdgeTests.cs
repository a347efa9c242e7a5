using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// What the Stryker run of 6 December 2026 on the engine's files (eng/stryker/sop-engine.json) left undetected: an
/// event's guard and its one-line text, the replay option's guard, the deadlines' argument checks, an office override of a
/// visit's standard, and the order of overdue steps (most overdue first).
/// </summary>
public class SopEngineEdgeTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2026.Holidays);

    private static readonly SopDefinition Sop = SopTestKit.DraftAndReview;

    private static readonly OfficeRoster Roster = SopTestKit.AniAndBudi;

    private static readonly Instant Monday9 = SopTestKit.Monday0900Wib;

    [Fact]
    public void Event_SequenceBelowOne_Throws_OneIsAccepted()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SopEvent(0, SopEventKind.Started, "1", "ani", "staf", Monday9));
        Assert.Equal("sequence", e.ParamName);
        Assert.Equal(0, e.ActualValue);
        Assert.StartsWith("Value should be 1 or more.", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", Monday9).Sequence);
    }

    [Fact]
    public void Event_ToString_NamesWhoActedHowAndTheNote()
    {
        var plain = new SopEvent(3, SopEventKind.Completed, "2b", "ani", "staf", Monday9);
        Assert.Equal("#3 Completed step 2b by ani as staf at 2026-06-08T02:00:00Z", plain.ToString());

        var acting = new SopEvent(4, SopEventKind.Returned, "3", "budi", "kasi", Monday9, "angka TW II salah") { Acting = ActingStatus.Plh, StandsInFor = "citra" };
        Assert.Equal("#4 Returned step 3 by budi as kasi (Plh for citra) at 2026-06-08T02:00:00Z: angka TW II salah", acting.ToString());

        var actingForNobody = new SopEvent(5, SopEventKind.Approved, "3", "budi", "kasi", Monday9) { Acting = ActingStatus.Plt };
        Assert.Equal("#5 Approved step 3 by budi as kasi (Plt) at 2026-06-08T02:00:00Z", actingForNobody.ToString());
    }

    [Fact]
    public void ReplayOptions_SealedAtMigrationBelowZero_Throws_ZeroIsAccepted()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SopReplayOptions { SealedAtMigration = -1 });
        Assert.Equal(-1, e.ActualValue);
        Assert.StartsWith("Value should be 0 or more.", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, new SopReplayOptions { SealedAtMigration = 0 }.SealedAtMigration);
    }

    [Fact]
    public void Deadlines_NullArguments_ThrowNamingTheArgument()
    {
        var i = new SopEngine(new FakeClock(Monday9), Roster).Start(Sop, "i-1", "TW II", "ani").Value;
        var visit = i.GetVisits()[0];
        var open = i.OpenSteps[0];

        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => SopDeadlines.Due(null!, visit, Calendar)).ParamName);
        Assert.Equal("visit", Assert.Throws<ArgumentNullException>(() => SopDeadlines.Due(Sop, null!, Calendar)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SopDeadlines.Due(Sop, visit, null!)).ParamName);
        Assert.Equal("instance", Assert.Throws<ArgumentNullException>(() => SopDeadlines.DueOfOpenStep(null!, open, Calendar)).ParamName);
        Assert.Equal("open", Assert.Throws<ArgumentNullException>(() => SopDeadlines.DueOfOpenStep(i, null!, Calendar)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SopDeadlines.DueOfOpenStep(i, open, null!)).ParamName);
        Assert.Equal("instance", Assert.Throws<ArgumentNullException>(() => SopDeadlines.DueOfCurrentStep(null!, Calendar)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SopDeadlines.DueOfCurrentStep(i, null!)).ParamName);
        Assert.Equal("instances", Assert.Throws<ArgumentNullException>(() => SopDeadlines.Overdue(null!, Monday9, Calendar, Roster)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SopDeadlines.Overdue([i], Monday9, null!, Roster)).ParamName);
        Assert.Equal("roster", Assert.Throws<ArgumentNullException>(() => SopDeadlines.Overdue([i], Monday9, Calendar, null!)).ParamName);
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => SopTimeStandards.None.For(null!, Sop.FirstStep)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentNullException>(() => SopTimeStandards.None.For(Sop, null!)).ParamName);
    }

    [Fact]
    public void Due_OfAVisit_TakesTheOfficeOverride()
    {
        var i = new SopEngine(new FakeClock(Monday9), Roster).Start(Sop, "i-1", "TW II", "ani").Value;
        var standards = SopTimeStandards.None.WithOverride("edge", "1", MutuBakuWaktu.Read("30 Menit").Value);

        Assert.Equal(Monday9 + Duration.FromMinutes(30), SopDeadlines.Due(Sop, i.GetVisits()[0], Calendar, standards));
        Assert.Equal(Monday9 + Duration.FromHours(2), SopDeadlines.Due(Sop, i.GetVisits()[0], Calendar));
    }

    [Fact]
    public void Overdue_MostOverdueFirst()
    {
        var clock = new FakeClock(Monday9);
        var engine = new SopEngine(clock, Roster);
        var early = engine.Start(Sop, "early", "TW II", "ani").Value;
        clock.Reset(Monday9 + Duration.FromHours(1));
        var late = engine.Start(Sop, "late", "TW II", "ani").Value;

        // Both due 2 h after their start: at 14:00 "early" (due 11:00) is 3 h over, "late" (due 12:00) 2 h.
        var overdue = SopDeadlines.Overdue([late, early], Monday9 + Duration.FromHours(5), Calendar, Roster);

        Assert.Equal(["early", "late"], overdue.Select(o => o.Instance.Id));
        Assert.True(overdue[0].OverdueBy > overdue[1].OverdueBy);
    }

    [Fact]
    public void Replay_NullArguments_ThrowNamingTheArgument_AnEmptyLogIsAProblem()
    {
        var log = new SopEngine(new FakeClock(Monday9), Roster).Start(Sop, "i-1", "TW II", "ani").Value.Events;

        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => SopInstance.Replay(null!, "i-1", log, SopReplayOptions.Default)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => SopInstance.Replay(Sop, null!, log, SopReplayOptions.Default)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => SopInstance.Replay(Sop, "i-1", null!, SopReplayOptions.Default)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => SopInstance.Replay(Sop, "i-1", log, null!)).ParamName);

        var empty = Assert.Single(SopInstance.Replay(Sop, "i-1", []).Problems);
        Assert.Equal((ProblemCodes.Empty, "events"), (empty.Code, empty.Path));
        Assert.Equal(["peristiwa", "event"], empty.Arguments);
    }

    [Fact]
    public void Instance_ToString_NamesItsOpenStepsWhileRunning()
    {
        var clock = new FakeClock(Monday9);
        var engine = new SopEngine(clock, Roster);
        var i = engine.Start(Sop, "i-1", "TW II", "ani").Value;
        Assert.Equal("i-1 (TW II): Running at step 1", i.ToString());

        i = engine.Complete(i, i.Version, "ani").Value;
        i = engine.Approve(i, i.Version, "budi").Value;
        Assert.Equal("i-1 (TW II): Completed", i.ToString());
    }

    [Fact]
    public void StrictReplay_AnEventActingWhereTheRosterGrantsDefinitive_NamesWhatTheRosterRecords()
    {
        var clock = new FakeClock(Monday9);
        var engine = new SopEngine(clock, Roster);
        var i = engine.Start(Sop, "i-1", "TW II", "ani").Value;
        clock.Advance(Duration.FromMinutes(30));
        i = engine.Complete(i, i.Version, "ani").Value;
        var edited = SopEventEdits.Rechained(Sop, "i-1", [i.Events[0], SopEventEdits.Copy(i.Events[1], acting: ActingStatus.Plt, actingFor: new Optional<string?>("budi"))]);

        Assert.True(SopInstance.Replay(Sop, "i-1", edited).IsValid); // the log alone is consistent
        var problem = Assert.Single(SopInstance.Replay(Sop, "i-1", edited, new SopReplayOptions { Roster = Roster }).Problems);

        Assert.Equal((ProblemCodes.SopLogInconsistent, "events[1]", edited[1].ToString()), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal(
            ["menurut daftar pegawai tindakan ini tercatat sebagai langkah 1, peran staf, bukan seperti dalam log", "under the roster this action records step 1, role staf, not what the log holds"],
            problem.Arguments);
    }
}
