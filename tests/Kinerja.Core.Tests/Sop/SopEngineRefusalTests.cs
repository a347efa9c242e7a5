using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// Every refusal of the SOP engine with the field, value and arguments it names and its English text, and the
/// instance left as it was: a stale version, an ended instance, a clock set back, a step not open or named
/// ambiguously, the wrong action for a step, a missing reason, outputs or reference, separation of duties,
/// a person not on the roster or not holding the role, and an instruction where none applies.
/// </summary>
public class SopEngineRefusalTests
{
    private static readonly OfficeRoster Roster = SopTestKit.FourStaff;

    private static readonly SopDefinition Flow = SopDefinition.CreateBuilder("refusals", 1)
        .WithHeader(new SopHeader { Nama = "Uji penolakan" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddRole("sekcam", "Sekretaris Kecamatan")
        .AddStep("1", "Menyusun draf", "staf", s => s.WithWaktu("1 Hari").WithOutput("Draf laporan").SplitTo("2a", "2b"))
        .AddStep("2a", "Menghitung capaian", "staf", s => s.WithWaktu("2 Jam").WithNext("3"))
        .AddStep("2b", "Menyusun narasi", "staf", s => s.WithWaktu("2 Jam"))
        .AddDecision("3", "Memeriksa", "kasi", returnTo: "1", s => s.WithWaktu("2 Jam").AsJoin())
        .AddStep("4", "Menindaklanjuti arahan", "staf", s => s.WithWaktu("Disesuaikan dengan arahan pimpinan").InstructedBy("kasi"))
        .AddStep("5", "Menandatangani", "sekcam", s => s.WithWaktu("15 Menit"))
        .Build().Value;

    private static readonly SopAttachment Draf = new("Draf laporan", "ND-1/2026");

    private readonly FakeClock _clock = new(SopTestKit.Monday0800Wib, Duration.FromMinutes(1));

    private SopEngine Engine(SopEngineOptions? options = null) => new(_clock, Roster, options);

    private static SopInstance Started(SopEngine engine) => engine.Start(Flow, "i-1", "TW III", "ani").Value;

    /// <summary>Both parallel steps open: 2a and 2b, each for staf.</summary>
    private static SopInstance AtTheSplit(SopEngine engine)
    {
        var i = Started(engine);
        return engine.Complete(i, i.Version, "ani", [Draf]).Value;
    }

    /// <summary>The decision open, after dedi did 2b last.</summary>
    private static SopInstance AtTheDecision(SopEngine engine)
    {
        var i = AtTheSplit(engine);
        i = engine.Complete(i, i.Version, "ani", step: "2a").Value;
        return engine.Complete(i, i.Version, "dedi", step: "2b").Value;
    }


    [Fact]
    public void StaleVersion()
    {
        var engine = Engine();
        var i = Started(engine);
        var p = SopTestKit.Refused(engine.Complete(i, i.Version - 1, "ani", [Draf]), ProblemCodes.SopStaleVersion, "expectedVersion", "0", "1");
        Assert.Equal("expectedVersion: the action carries version 0, but the instance is now at version 1; reload and try again.", p.GetMessage(MessageLanguage.English));
        Assert.Equal(1, i.Version);
    }

    [Fact]
    public void EndedInstance()
    {
        var engine = Engine();
        var i = Started(engine);
        i = engine.Cancel(i, i.Version, "ani", "salah kirim").Value;
        var p = SopTestKit.Refused(engine.Complete(i, i.Version, "ani", [Draf]), ProblemCodes.SopNotRunning, "instance", SopStatus.Cancelled.ToString(), "dibatalkan", "cancelled");
        Assert.Equal("instance: this SOP is cancelled; no step is open.", p.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void ClockSetBack()
    {
        var engine = Engine();
        var i = Started(engine);
        var last = i.Events[^1].At;
        _clock.Reset(last - Duration.FromSeconds(1));
        var p = SopTestKit.Refused(engine.Complete(i, i.Version, "ani", [Draf]), ProblemCodes.SopClockBehind, "at", (last - Duration.FromSeconds(1)).ToString(), last.ToString());
        Assert.StartsWith("at: the clock reads ", p.GetMessage(MessageLanguage.English), StringComparison.Ordinal);

        // At the same moment as the last event is not behind.
        _clock.Reset(last);
        _clock.AutoAdvance = Duration.Zero;
        Assert.True(engine.Complete(i, i.Version, "ani", [Draf]).IsValid);
    }

    [Fact]
    public void NamedStepNotOpen()
    {
        var engine = Engine();
        var i = AtTheSplit(engine);
        var p = SopTestKit.Refused(engine.Complete(i, i.Version, "ani", step: "5"), ProblemCodes.SopStepNotOpen, "step", "5", "2a, 2b");
        Assert.Equal("step: step 5 is not open; open steps: 2a, 2b.", p.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void TwoOpenStepsOfThePerson_AreAmbiguous()
    {
        var engine = Engine();
        var i = AtTheSplit(engine);
        var p = SopTestKit.Refused(engine.Complete(i, i.Version, "ani"), ProblemCodes.SopAmbiguousStep, "step", null, "2a, 2b");
        Assert.Equal("step: this person can act on several open steps (2a, 2b); name the step meant.", p.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void OneOpenStepOfThePersonAmongSeveral_IsTaken()
    {
        var engine = Engine();
        var i = AtTheSplit(engine);
        i = engine.Complete(i, i.Version, "ani", step: "2a").Value;
        var done = engine.Complete(i, i.Version, "ani");
        Assert.True(done.IsValid);
        Assert.Equal("2b", done.Value.Events[^1].Step);
    }

    [Fact]
    public void CompletingADecision_AndDecidingAStepThatIsNotOne()
    {
        var engine = Engine();
        var i = AtTheDecision(engine);
        var completed = SopTestKit.Refused(engine.Complete(i, i.Version, "budi"), ProblemCodes.SopWrongAction, "action", SopEventKind.Completed.ToString(), "3", "adalah langkah keputusan (setujui atau kembalikan)", "is a decision (approve or return)", "diselesaikan", "completed");
        Assert.Equal("action: step 3 is a decision (approve or return); action 'completed' does not apply.", completed.GetMessage(MessageLanguage.English));
        Assert.Equal("action: langkah 3 adalah langkah keputusan (setujui atau kembalikan); tindakan 'diselesaikan' tidak dapat dipakai.", completed.GetMessage(MessageLanguage.Indonesian));

        var j = Started(engine);
        SopTestKit.Refused(engine.Approve(j, j.Version, "ani"), ProblemCodes.SopWrongAction, "action", SopEventKind.Approved.ToString(), "1", "bukan langkah keputusan (selesaikan)", "is not a decision (complete it)", "disetujui", "approved");
        SopTestKit.Refused(engine.Return(j, j.Version, "ani", "kurang"), ProblemCodes.SopWrongAction, "action", SopEventKind.Returned.ToString(), "1", "bukan langkah keputusan (selesaikan)", "is not a decision (complete it)", "dikembalikan", "returned");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ReturnOrCancelWithoutAReason(string reason)
    {
        var engine = Engine();
        var i = AtTheDecision(engine);
        var p = SopTestKit.Refused(engine.Return(i, i.Version, "budi", reason), ProblemCodes.SopReasonRequired, "reason", SopEventKind.Returned.ToString(), "dikembalikan", "returned");
        Assert.Equal("reason: a reason is required for action 'returned'.", p.GetMessage(MessageLanguage.English));
        Assert.Equal("reason: alasan wajib diisi untuk tindakan 'dikembalikan'.", p.GetMessage(MessageLanguage.Indonesian));
        SopTestKit.Refused(engine.Cancel(i, i.Version, "ani", reason), ProblemCodes.SopReasonRequired, "reason", SopEventKind.Cancelled.ToString(), "dibatalkan", "cancelled");
        Assert.True(engine.Return(i, i.Version, "budi", "angka TW II salah").IsValid);
    }

    [Fact]
    public void OutputsMissing_UnderEachPolicy()
    {
        var require = Engine(new SopEngineOptions { OutputPolicy = SopOutputPolicy.Require });
        var i = Started(require);
        var p = SopTestKit.Refused(require.Complete(i, i.Version, "ani"), ProblemCodes.SopOutputsMissing, "attachments", "Draf laporan", "1");
        Assert.Equal("attachments: outputs of step 1 are not attached: Draf laporan.", p.GetMessage(MessageLanguage.English));
        SopTestKit.Refused(require.Complete(i, i.Version, "ani", [new SopAttachment("Lampiran lain", "X-1")]), ProblemCodes.SopOutputsMissing, "attachments", "Draf laporan", "1");
        Assert.True(require.Complete(i, i.Version, "ani", [new SopAttachment("draf  LAPORAN", "ND-1")]).IsValid, "outputs match as role names do: case and spaces aside");

        var warn = Engine(new SopEngineOptions { OutputPolicy = SopOutputPolicy.Warn });
        var warned = warn.Complete(i, i.Version, "ani");
        Assert.True(warned.IsValid);
        var warning = Assert.Single(warned.Problems);
        Assert.Equal((ProblemCodes.SopOutputsMissing, Severity.Warning), (warning.Code, warning.Severity));

        var off = Engine(new SopEngineOptions { OutputPolicy = SopOutputPolicy.Off });
        var quiet = off.Complete(i, i.Version, "ani");
        Assert.True(quiet.IsValid);
        Assert.Empty(quiet.Problems);
    }

    [Fact]
    public void AttachmentWithoutAReference_UnderEveryPolicy()
    {
        foreach (var policy in new[] { SopOutputPolicy.Off, SopOutputPolicy.Warn, SopOutputPolicy.Require })
        {
            var engine = Engine(new SopEngineOptions { OutputPolicy = policy });
            var i = Started(engine);
            SopTestKit.Refused(engine.Complete(i, i.Version, "ani", [Draf, new SopAttachment("Draf laporan", " ")]), ProblemCodes.Required, "attachments[1].reference", null);
        }
    }

    [Fact]
    public void SeparationOfDuties_RefusesWhoPreparedTheWork_OnlyWhenAsked()
    {
        var strict = Engine(new SopEngineOptions { EnforceSeparationOfDuties = true });
        var i = AtTheDecision(strict);
        var p = SopTestKit.Refused(strict.Approve(i, i.Version, "dedi"), ProblemCodes.SopSeparationOfDuties, "personId", "dedi", "2b", "3");
        Assert.Equal("personId: 'dedi' prepared the output of step 2b and so cannot decide step 3.", p.GetMessage(MessageLanguage.English));
        SopTestKit.Refused(strict.Return(i, i.Version, "dedi", "ulang"), ProblemCodes.SopSeparationOfDuties, "personId", "dedi", "2b", "3");
        Assert.True(strict.Approve(i, i.Version, "budi").IsValid);

        Assert.True(Engine().Approve(AtTheDecision(Engine()), 4, "dedi").IsValid, "off by default");
    }

    [Fact]
    public void PersonNotOnTheRoster_OrWithoutTheRole()
    {
        var engine = Engine();
        var unknown = SopTestKit.Refused(engine.Start(Flow, "i-1", "TW III", "zaki"), ProblemCodes.SopUnknownPerson, "personId", "zaki");
        Assert.Equal("personId: person 'zaki' is not on this office's roster.", unknown.GetMessage(MessageLanguage.English));
        SopTestKit.Refused(engine.Start(Flow, "i-1", "TW III", " "), ProblemCodes.SopUnknownPerson, "personId", " ");

        var wrong = SopTestKit.Refused(engine.Start(Flow, "i-1", "TW III", "budi"), ProblemCodes.SopWrongRole, "personId", "budi", "Staf", "1");
        Assert.Equal("personId: 'budi' does not hold role Staf, which does step 1.", wrong.GetMessage(MessageLanguage.English));

        var i = AtTheDecision(engine);
        SopTestKit.Refused(engine.Approve(i, i.Version, "citra"), ProblemCodes.SopWrongRole, "personId", "citra", "Kepala Seksi", "3");
    }

    [Fact]
    public void Instruction_WhereNoneApplies()
    {
        var engine = Engine();
        var i = AtTheDecision(engine);
        var twoHours = MutuBakuWaktu.Read("2 Jam").Value;
        SopTestKit.Refused(engine.Instruct(i, i.Version, "budi", "4", twoHours), ProblemCodes.SopStepNotOpen, "step", "4", "3");

        // Step 3 has no InstructedBy: its instruction would come from the role that opened it (staf, by completing 2b).
        var printed = SopTestKit.Refused(engine.Instruct(i, i.Version, "ani", "3", twoHours), ProblemCodes.SopWrongAction, "action", SopEventKind.Instructed.ToString(), "3", "standar waktunya tercetak (2 Jam), tidak disesuaikan dengan arahan", "has a printed time standard (2 Jam), not one set by instruction", "arahan waktu", "time set by instruction");
        Assert.Equal("action: step 3 has a printed time standard (2 Jam), not one set by instruction; action 'time set by instruction' does not apply.", printed.GetMessage(MessageLanguage.English));

        i = engine.Approve(i, i.Version, "budi").Value;
        var byInstruction = MutuBakuWaktu.Read("Disesuaikan dengan arahan pimpinan").Value;
        SopTestKit.Refused(engine.Instruct(i, i.Version, "budi", "4", byInstruction), ProblemCodes.TimeStandardFormat, "standard", byInstruction.Text);
        SopTestKit.Refused(engine.Instruct(i, i.Version, "ani", "4", twoHours), ProblemCodes.SopWrongRole, "personId", "ani", "Kepala Seksi", "4");
        Assert.True(engine.Instruct(i, i.Version, "budi", "4", twoHours).IsValid);
    }
}
