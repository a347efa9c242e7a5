using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// Tests for the mutants a Stryker.NET run left alive in the SOP engine, its deadlines and its SLA report: the
/// argument checks and the parameter each names, the fields, values and arguments of refusals and warnings, which
/// open step and role a cancel is recorded at, who may give an instruction, and how the SLA report selects
/// instances and stays, counts a stay closed exactly at its due moment, keeps the longest stay and lists gaps.
/// </summary>
public class SopEngineSurvivorTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2026.Holidays);

    private static readonly OfficeRoster Roster = SopTestKit.FourStaff;

    private static readonly SopDefinition Flow = SopDefinition.CreateBuilder("survivors", 1)
        .WithHeader(new SopHeader { Nama = "Uji mutan" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddStep("1", "Menyusun draf", "staf", s => s.WithWaktu("2 Jam").SplitTo("2a", "2b"))
        .AddStep("2a", "Menghitung capaian", "staf", s => s.WithWaktu("2 Jam").WithNext("3"))
        .AddStep("2b", "Menyusun narasi", "staf", s => s.WithWaktu("2 Jam"))
        .AddDecision("3", "Memeriksa", "kasi", returnTo: "1", s => s.WithWaktu("2 Jam").AsJoin())
        .AddStep("4", "Mengarsipkan", "staf", s => s.WithWaktu("-"))
        .Build().Value;

    private static readonly SopDefinition Serial = SopDefinition.CreateBuilder("serial", 1)
        .WithHeader(new SopHeader { Nama = "Uji laporan" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddStep("1", "Menyusun", "staf", s => s.WithWaktu("2 Jam").WithOutput("Draf laporan", "Daftar hadir"))
        .AddDecision("2", "Memeriksa", "kasi", returnTo: "1", s => s.WithWaktu("1 Hari"))
        .AddStep("3", "Arsip", "staf", s => s.WithWaktu("-"))
        .Build().Value;

    private static readonly SopDefinition Instructed = SopDefinition.CreateBuilder("instructed", 1)
        .WithHeader(new SopHeader { Nama = "Uji arahan" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddStep("1", "Menyusun", "staf", s => s.WithWaktu("1 Jam"))
        .AddStep("2", "Menindaklanjuti arahan", "staf", s => s.WithWaktu("Disesuaikan dengan arahan pimpinan").InstructedBy("kasi"))
        .AddStep("3", "Arsip", "staf", s => s.WithWaktu("-"))
        .Build().Value;

    private static readonly SopDefinition ByAny = SopDefinition.CreateBuilder("byany", 1)
        .WithHeader(new SopHeader { Nama = "Uji peran" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddRole("sekcam", "Sekretaris Kecamatan")
        .AddStepByAny("1", "Menyusun", ["staf", "kasi"])
        .AddStep("2", "Menandatangani", "sekcam")
        .Build().Value;

    private static readonly SopDefinition WithGap = SopDefinition.CreateBuilder("gap", 1)
        .WithHeader(new SopHeader { Nama = "Uji celah" })
        .AddRole("staf", "Staf")
        .AddStep("1", "Menyusun data", "staf")
        .AddGap(["1"], "Uraian langkah 1 terpotong.")
        .Build().Value;

    private readonly FakeClock _clock = new(Wib(8, 0));

    private SopEngine Engine(SopEngineOptions? options = null) => new(_clock, Roster, options);

    /// <summary>Monday 8 June 2026 at the given time, WIB.</summary>
    private static Instant Wib(int hour, int minute) =>
        new LocalDateTime(2026, 6, 8, hour, minute).InZoneStrictly(OfficeTimeZones.Wib).ToInstant();


    /// <summary>Both parallel steps of <see cref="Flow"/> open, each for staf.</summary>
    private static SopInstance AtTheSplit(SopEngine engine)
    {
        var i = engine.Start(Flow, "i-1", "TW III", "ani").Value;
        return engine.Complete(i, i.Version, "ani").Value;
    }

    // SopEngine.Start

    [Fact]
    public void Start_NullDefinition_ThrowsNamingDefinition()
    {
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => Engine().Start(null!, "i-1", "TW III", "ani")).ParamName);
    }

    [Fact]
    public void Start_BlankInstanceId_RefusedAtInstanceId()
    {
        SopTestKit.Refused(Engine().Start(Flow, " ", "TW III", "ani"), ProblemCodes.Required, "instanceId", " ");
    }

    [Fact]
    public void Start_BlankSubject_RefusedAtSubject()
    {
        SopTestKit.Refused(Engine().Start(Flow, "i-1", "", "ani"), ProblemCodes.Required, "subject", "");
    }

    // SopEngine.Instruct

    [Fact]
    public void Instruct_NullInstance_ThrowsNamingInstance()
    {
        var standard = MutuBakuWaktu.Read("2 Jam").Value;
        Assert.Equal("instance", Assert.Throws<ArgumentNullException>(() => Engine().Instruct(null!, 1, "budi", "2", standard)).ParamName);
    }

    [Fact]
    public void Instruct_NullStep_ThrowsNamingStep()
    {
        var engine = Engine();
        var i = engine.Start(Instructed, "i-1", "TW III", "ani").Value;
        var standard = MutuBakuWaktu.Read("2 Jam").Value;
        Assert.Equal("step", Assert.Throws<ArgumentNullException>(() => engine.Instruct(i, i.Version, "budi", null!, standard)).ParamName);
    }

    [Fact]
    public void Instruct_NullStandard_ThrowsNamingStandard()
    {
        var engine = Engine();
        var i = engine.Start(Instructed, "i-1", "TW III", "ani").Value;
        i = engine.Complete(i, i.Version, "ani").Value;
        Assert.Equal("standard", Assert.Throws<ArgumentNullException>(() => engine.Instruct(i, i.Version, "budi", "2", null!)).ParamName);
    }

    [Fact]
    public void Instruct_StepNotOpen_NamesTheStepAndEveryOpenStep()
    {
        var engine = Engine();
        var i = AtTheSplit(engine);
        SopTestKit.Refused(engine.Instruct(i, i.Version, "budi", "4", MutuBakuWaktu.Read("2 Jam").Value), ProblemCodes.SopStepNotOpen, "step", "4", "2a, 2b");
    }

    [Fact]
    public void Instruct_ByTheInstructedByRoleNotTheOpeningRole_IsAccepted()
    {
        var engine = Engine();
        var i = engine.Start(Instructed, "i-1", "TW III", "ani").Value;
        i = engine.Complete(i, i.Version, "ani").Value; // step 2 opened by staf; its instructions come from kasi
        var result = engine.Instruct(i, i.Version, "budi", "2", MutuBakuWaktu.Read("2 Jam").Value);
        Assert.True(result.IsValid, result.ToString());
        var e = result.Value.Events[^1];
        Assert.Equal((SopEventKind.Instructed, "2", "budi", "kasi"), (e.Kind, e.Step, e.PersonId, e.Role));
    }

    // SopEngine.Act

    [Fact]
    public void Complete_NullInstance_ThrowsNamingInstance()
    {
        Assert.Equal("instance", Assert.Throws<ArgumentNullException>(() => Engine().Complete(null!, 1, "ani")).ParamName);
    }

    [Fact]
    public void Cancel_PersonHoldingSeveralOpenSteps_IsRecordedAtTheFirst()
    {
        var engine = Engine();
        var i = AtTheSplit(engine);
        var result = engine.Cancel(i, i.Version, "ani", "Dibatalkan pimpinan");
        Assert.True(result.IsValid, result.ToString());
        var e = result.Value.Events[^1];
        Assert.Equal((SopEventKind.Cancelled, "2a", "staf"), (e.Kind, e.Step, e.Role));
    }

    [Fact]
    public void Cancel_PersonHoldingTheOpenStepsRoleAndTheFirstStepsRole_ActsInTheOpenStepsRole()
    {
        var engine = Engine();
        var i = AtTheSplit(engine);
        i = engine.Complete(i, i.Version, "ani", step: "2a").Value;
        i = engine.Complete(i, i.Version, "ani", step: "2b").Value; // the decision (kasi) is open
        var result = engine.Cancel(i, i.Version, "dedi", "Dibatalkan pimpinan");
        Assert.True(result.IsValid, result.ToString());
        var e = result.Value.Events[^1];
        Assert.Equal((SopEventKind.Cancelled, "3", "dedi", "kasi"), (e.Kind, e.Step, e.PersonId, e.Role));
    }

    [Fact]
    public void Complete_OutputsMissingUnderRequire_ListsThemSeparatedBySemicolons()
    {
        var engine = Engine(new SopEngineOptions { OutputPolicy = SopOutputPolicy.Require });
        var i = engine.Start(Serial, "i-1", "TW III", "ani").Value;
        SopTestKit.Refused(engine.Complete(i, i.Version, "ani"), ProblemCodes.SopOutputsMissing, "attachments", "Draf laporan; Daftar hadir", "1");
    }

    [Fact]
    public void Complete_OutputsMissingUnderWarn_WarnsAtAttachments()
    {
        var engine = Engine();
        var i = engine.Start(Serial, "i-1", "TW III", "ani").Value;
        var result = engine.Complete(i, i.Version, "ani", [new SopAttachment("Draf laporan", "ND-1/2026")]);
        Assert.True(result.IsValid, result.ToString());
        var warning = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.SopOutputsMissing, "attachments", "Daftar hadir", Severity.Warning), (warning.Code, warning.Path, warning.AttemptedValue, warning.Severity));
        Assert.Equal(["1"], warning.Arguments);
    }

    [Fact]
    public void Start_PersonHoldingNoneOfSeveralRoles_NamesEveryRoleSeparatedByCommas()
    {
        SopTestKit.Refused(Engine().Start(ByAny, "i-1", "TW III", "citra"), ProblemCodes.SopWrongRole, "personId", "citra", "Staf, Kepala Seksi", "1");
    }

    // SopDeadlines

    /// <summary>A stay on step 2a of <see cref="Flow"/>, a step <see cref="Serial"/> does not have.</summary>
    private SopStepVisit ForeignVisit() => AtTheSplit(Engine()).GetVisits().Single(v => v.Step == "2a");

    [Fact]
    public void Due_StepNotInTheDefinition_ThrowsNamingTheStepAndTheDefinition()
    {
        var ex = Assert.Throws<ArgumentException>(() => SopDeadlines.Due(Serial, ForeignVisit(), Calendar));
        Assert.Equal("Step '2a' is not in serial v1: Uji laporan. (Parameter 'visit')", ex.Message);
    }

    [Fact]
    public void Due_NullCalendar_ThrowsNamingCalendarBeforeLookingUpTheStep()
    {
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SopDeadlines.Due(Serial, ForeignVisit(), null!)).ParamName);
    }

    [Fact]
    public void DueOfCurrentStep_NullCalendarOnAnEndedInstance_ThrowsNamingCalendar()
    {
        var engine = Engine();
        var i = engine.Start(Serial, "i-1", "TW III", "ani").Value;
        i = engine.Cancel(i, i.Version, "ani", "Dibatalkan pimpinan").Value;
        Assert.Equal(SopStatus.Cancelled, i.Status);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SopDeadlines.DueOfCurrentStep(i, null!)).ParamName);
    }

    // SlaReport

    [Fact]
    public void Build_NullDefinition_ThrowsNamingDefinition()
    {
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => SlaReport.Build(null!, [], Calendar)).ParamName);
    }

    [Fact]
    public void Build_NullInstances_ThrowsNamingInstances()
    {
        Assert.Equal("instances", Assert.Throws<ArgumentNullException>(() => SlaReport.Build(Serial, null!, Calendar)).ParamName);
    }

    [Fact]
    public void Build_NullCalendarWithoutInstances_ThrowsNamingCalendar()
    {
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SlaReport.Build(Serial, [], null!)).ParamName);
    }

    [Fact]
    public void MeanWorkingTime_NoClosedStay_IsZero()
    {
        var row = SlaReport.Build(Serial, [], Calendar).Steps[0];
        Assert.Equal((0, Duration.Zero), (row.Closed, row.MeanWorkingTime));
    }

    [Fact]
    public void Build_InstanceOfAnotherVersionOfTheSameId_IsSkipped()
    {
        var version2 = SopDefinition.CreateBuilder("serial", 2)
            .WithHeader(new SopHeader { Nama = "Uji laporan" })
            .AddRole("staf", "Staf")
            .AddStep("1", "Menyusun", "staf")
            .Build().Value;
        var i = Engine().Start(version2, "i-1", "TW III", "ani").Value;
        var report = SlaReport.Build(Serial, [i], Calendar);
        Assert.Equal(0, report.Instances[SopStatus.Running]);
    }

    [Fact]
    public void Build_RunningInstance_CountsNoOpenStay()
    {
        var i = Engine().Start(Serial, "i-1", "TW III", "ani").Value;
        var report = SlaReport.Build(Serial, [i], Calendar);
        Assert.Equal(1, report.Instances[SopStatus.Running]);
        Assert.Equal(0, report.Steps[0].Closed);
        Assert.Equal(0, report.Roles[0].Closed);
    }

    [Fact]
    public void Build_OfficeOverride_IsTheStandardShown()
    {
        var thirtyMinutes = MutuBakuWaktu.Read("30 Menit").Value;
        var standards = SopTimeStandards.None.WithOverride("serial", "1", thirtyMinutes);
        var report = SlaReport.Build(Serial, [], Calendar, standards);
        Assert.Equal("30 Menit", thirtyMinutes.Text);
        Assert.Equal("30 Menit", report.Steps[0].Standard);
    }

    [Fact]
    public void Build_GapNoInstanceReached_IsNotListed()
    {
        Assert.Single(WithGap.Gaps);
        Assert.Empty(SlaReport.Build(WithGap, [], Calendar).Gaps);
    }

    [Fact]
    public void Build_StayClosedExactlyAtItsDueMoment_IsWithinStandard()
    {
        var engine = Engine();
        var i = engine.Start(Serial, "i-1", "TW III", "ani").Value; // 08:00, "2 Jam": due at 10:00
        _clock.Reset(Wib(10, 0));
        i = engine.Complete(i, i.Version, "ani", [new SopAttachment("Draf laporan", "a"), new SopAttachment("Daftar hadir", "b")]).Value;
        Assert.Equal(Wib(10, 0), SopDeadlines.Due(Serial, i.GetVisits()[0], Calendar));
        var row = SlaReport.Build(Serial, [i], Calendar).Steps[0];
        Assert.Equal((1, 1, 0), (row.Closed, row.WithinStandard, row.Late));
    }

    [Fact]
    public void Build_LongerStayBeforeShorterOne_MaximumIsTheLonger()
    {
        var engine = Engine();
        var i = engine.Start(Serial, "i-1", "TW III", "ani").Value; // 08:00
        _clock.Reset(Wib(10, 0));
        i = engine.Complete(i, i.Version, "ani").Value; // first stay: 2 h
        _clock.Reset(Wib(10, 10));
        i = engine.Return(i, i.Version, "budi", "Data belum lengkap").Value;
        _clock.Reset(Wib(10, 40));
        i = engine.Complete(i, i.Version, "ani").Value; // second stay: 30 min
        var row = SlaReport.Build(Serial, [i], Calendar).Steps[0];
        Assert.Equal((2, Duration.FromHours(2), Duration.FromMinutes(150)), (row.Closed, row.MaximumWorkingTime, row.TotalWorkingTime));
    }
}
