using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// Each reason replay gives for an event that cannot follow the state before it, named exactly in both
/// languages: a log edited in one event (and chained again, as a forger would) is refused at that event
/// with the reason of the check it fails, and an untouched log replays.
/// </summary>
public class SopReplayRefusalTests
{
    private static readonly SopDefinition Review = SopDefinition.CreateBuilder("review", 1)
        .WithHeader(new SopHeader { Nama = "Reviu data kinerja" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddRole("sekcam", "Sekretaris Kecamatan")
        .AddStep("1", "Menyusun data capaian", "staf", s => s.WithWaktu("1 Hari"))
        .AddDecision("2", "Memeriksa data capaian", "kasi", returnTo: "1", s => s.WithWaktu("2 Jam"))
        .AddStep("3", "Menindaklanjuti arahan", "staf", s => s.WithWaktu("Disesuaikan dengan arahan pimpinan").InstructedBy("kasi"))
        .AddStep("4", "Menandatangani", "sekcam", s => s.WithWaktu("15 Menit"))
        .Build().Value;

    private static readonly OfficeRoster Roster = OfficeRoster.CreateBuilder()
        .AddPerson("ani", "Ani", "Staf")
        .AddPerson("budi", "Budi", "Kepala Seksi")
        .AddPerson("citra", "Citra", "Sekretaris Kecamatan")
        .Build().Value;

    private static readonly SopEvent[] Log = Run();

    private static SopEvent[] Run()
    {
        var clock = new FakeClock(SopTestKit.Monday0800Wib);
        var engine = new SopEngine(clock, Roster);
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        clock.Advance(Duration.FromMinutes(30));
        i = engine.Complete(i, i.Version, "ani").Value;
        clock.Advance(Duration.FromMinutes(30));
        i = engine.Approve(i, i.Version, "budi").Value;
        clock.Advance(Duration.FromMinutes(30));
        i = engine.Instruct(i, i.Version, "budi", "3", MutuBakuWaktu.Read("2 Jam").Value).Value;
        clock.Advance(Duration.FromMinutes(30));
        i = engine.Complete(i, i.Version, "ani").Value;
        clock.Advance(Duration.FromMinutes(30));
        return [.. engine.Complete(i, i.Version, "citra").Value.Events];
    }

    private static (string Indonesian, string English) RefusalAt(int index, params SopEvent[] events)
    {
        var log = SopEventEdits.Rechained(Review, "i-1", events);
        var problem = Assert.Single(SopInstance.Replay(Review, "i-1", log).Problems);
        Assert.Equal((ProblemCodes.SopLogInconsistent, "events[" + index + "]", log[index].ToString()), (problem.Code, problem.Path, problem.AttemptedValue));
        return (problem.Arguments[0], problem.Arguments[1]);
    }

    private static SopEvent[] With(int index, SopEvent replacement) => [.. Log[..index], replacement, .. Log[(index + 1)..]];

    [Fact]
    public void TheUntouchedLog_Replays()
    {
        Assert.Equal(
            [SopEventKind.Started, SopEventKind.Completed, SopEventKind.Approved, SopEventKind.Instructed, SopEventKind.Completed, SopEventKind.Completed],
            Log.Select(e => e.Kind));
        var replayed = SopInstance.Replay(Review, "i-1", Log, new SopReplayOptions { Roster = Roster });
        Assert.True(replayed.IsValid);
        Assert.Equal(SopStatus.Completed, replayed.Value.Status);
    }

    [Fact]
    public void FirstEventNotAStartOnTheFirstStep() =>
        Assert.Equal(
            ("log harus dimulai dengan peristiwa nomor 1, yaitu mulai, pada langkah pertama", "a log starts with event 1, Started, on the first step"),
            RefusalAt(0, With(0, SopEventEdits.Copy(Log[0], step: "2"))));

    [Fact]
    public void SequenceOutOfTurn()
    {
        // In a chained log the chain names it first; in an unchained one (a version-2 log) the flow check does.
        var edited = With(2, SopEventEdits.Copy(Log[2], sequence: 5));
        var chained = Assert.Single(SopInstance.Replay(Review, "i-1", SopEventEdits.Rechained(Review, "i-1", edited)).Problems);
        Assert.Equal((ProblemCodes.SopChainBroken, "events[2]", "5"), (chained.Code, chained.Path, chained.AttemptedValue));

        var unchained = Assert.Single(SopInstance.Replay(Review, "i-1", edited.Select(SopEventEdits.Unchained)).Problems);
        Assert.Equal((ProblemCodes.SopLogInconsistent, "events[2]"), (unchained.Code, unchained.Path));
        Assert.Equal(["nomor urut 5 seharusnya 3", "sequence 5 should be 3"], unchained.Arguments);
    }

    [Fact]
    public void EventAfterTheEnd() =>
        Assert.Equal(
            ("instans sudah berakhir", "the instance has already ended"),
            RefusalAt(6, [.. Log, SopEventEdits.Copy(Log[5], sequence: 7, at: Log[5].At + Duration.FromMinutes(1))]));

    [Fact]
    public void SecondStart() =>
        Assert.Equal(("instans sudah dimulai", "the instance has already started"), RefusalAt(1, With(1, SopEventEdits.Copy(Log[1], kind: SopEventKind.Started))));

    [Fact]
    public void StepNotOpen() =>
        Assert.Equal(("langkah 4 bukan langkah yang terbuka (1)", "step 4 is not an open step (1)"), RefusalAt(1, With(1, SopEventEdits.Copy(Log[1], step: "4"))));

    [Fact]
    public void DecisionOnAStepThatIsNotOne() =>
        Assert.Equal(("tindakan 'disetujui' tidak berlaku untuk langkah 1", "an event 'approved' does not apply to step 1"), RefusalAt(1, With(1, SopEventEdits.Copy(Log[1], kind: SopEventKind.Approved))));

    [Fact]
    public void CompletionOfADecisionStep() =>
        Assert.Equal(("tindakan 'diselesaikan' tidak berlaku untuk langkah 2", "an event 'completed' does not apply to step 2"), RefusalAt(2, With(2, SopEventEdits.Copy(Log[2], kind: SopEventKind.Completed))));

    [Theory]
    [InlineData("staf")]
    [InlineData("bendahara")]
    public void RoleWithNothingOpenAtTheStep(string role) =>
        Assert.Equal(("peran " + role + " tidak sedang menunggu di langkah 2", "role " + role + " has nothing open at step 2"), RefusalAt(2, With(2, SopEventEdits.Copy(Log[2], role: role))));

    [Fact]
    public void InstructionOnAStepWithItsOwnStandard()
    {
        var onTwo = new SopEvent(3, SopEventKind.Instructed, "2", "budi", "kasi", Log[1].At + Duration.FromMinutes(5), null) { Instruction = MutuBakuWaktu.Read("2 Jam").Value };
        Assert.Equal(
            ("arahan waktu hanya berlaku untuk langkah yang waktunya disesuaikan dengan arahan, dan harus berupa standar waktu", "an instruction applies only to a step whose time standard is set by instruction, and must be a time standard"),
            RefusalAt(2, [.. Log[..2], onTwo]));
    }

    [Fact]
    public void InstructionWithoutALimit() =>
        Assert.Equal(
            ("arahan waktu hanya berlaku untuk langkah yang waktunya disesuaikan dengan arahan, dan harus berupa standar waktu", "an instruction applies only to a step whose time standard is set by instruction, and must be a time standard"),
            RefusalAt(3, With(3, SopEventEdits.Copy(Log[3], instruction: new(MutuBakuWaktu.Read("Disesuaikan dengan arahan pimpinan").Value)))));

    [Fact]
    public void InstructionByAnotherRole() =>
        Assert.Equal(
            ("arahan waktu langkah 3 diberikan oleh peran kasi, bukan staf", "the instruction of step 3 is given by role kasi, not staf"),
            RefusalAt(3, With(3, SopEventEdits.Copy(Log[3], personId: "ani", role: "staf"))));

    [Fact]
    public void CancellationByARoleWithNothingOpenAndNotOfTheFirstStep()
    {
        var cancel = new SopEvent(3, SopEventKind.Cancelled, "2", "citra", "sekcam", Log[1].At + Duration.FromMinutes(5), "batal");
        Assert.Equal(
            ("peran sekcam tidak sedang menunggu di langkah 2 dan bukan peran langkah pertama", "role sekcam has nothing open at step 2 and is not a role of the first step"),
            RefusalAt(2, [.. Log[..2], cancel]));
    }

    [Fact]
    public void CancellationByTheFirstStepsRole_Replays()
    {
        var cancel = new SopEvent(3, SopEventKind.Cancelled, "2", "ani", "staf", Log[1].At + Duration.FromMinutes(5), "batal");
        var replayed = SopInstance.Replay(Review, "i-1", SopEventEdits.Rechained(Review, "i-1", [.. Log[..2], cancel]));
        Assert.Equal(SopStatus.Cancelled, replayed.Value.Status);
    }

    [Fact]
    public void EventEarlierThanTheOneBefore() =>
        Assert.Equal(
            ("waktunya lebih awal dari peristiwa sebelumnya", "it is earlier than the event before it"),
            RefusalAt(2, With(2, SopEventEdits.Copy(Log[2], at: Log[1].At - Duration.FromTicks(1)))));

    [Fact]
    public void EventAtTheSameMomentAsTheOneBefore_Replays() =>
        Assert.True(SopInstance.Replay(Review, "i-1", SopEventEdits.Rechained(Review, "i-1", With(2, SopEventEdits.Copy(Log[2], at: Log[1].At)))).IsValid);
}
