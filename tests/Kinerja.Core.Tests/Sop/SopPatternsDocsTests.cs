using System.Text.RegularExpressions;
using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Tests.Serialization;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// Runs the worked examples of docs/sop.md ("Real SOPs as printed: eight patterns") as written there:
/// each JSON block is read with <see cref="KinerjaJson.ReadSopDefinition"/> and driven through the engine.
/// </summary>
public class SopPatternsDocsTests
{
    private readonly FakeClock _clock = new(SopTestKit.Monday0800Wib);

    [Fact]
    public void Sections_NumberingRestarts_RunsAsOneInstanceAndReturnsWithinTheSection()
    {
        var sop = Read("sections");
        Assert.Equal(["A/1", "A/2", "B/1", "B/2"], sop.Steps.Select(s => s.Key));
        Assert.Equal(["1", "2", "1", "2"], sop.Steps.Select(s => s.Id));
        Assert.Equal("B/1", sop.FindStep("B/2")!.Decision!.NoStep);
        Assert.Equal("kasubbag", sop.FindStep("A/1")!.Actor);

        var engine = Engine(sop);
        var i = engine.Start(sop, "i-1", "TW I 2026", "kasubbag").Value;
        i = Complete(engine, i, "kasubbag");
        i = Complete(engine, i, "kasubbag");
        Assert.Equal("B/1", i.CurrentStep!.Key);
        i = Complete(engine, i, "kasubbag");
        i = engine.Return(i, i.Version, "sekcam", "Format belum sesuai").Value;
        Assert.Equal("B/1", i.CurrentStep!.Key);
        i = Complete(engine, i, "kasubbag");
        i = engine.Approve(i, i.Version, "sekcam").Value;

        Assert.Equal(SopStatus.Completed, i.Status);
        Assert.Equal(["A/1", "A/1", "A/2", "B/1", "B/2", "B/1", "B/2"], i.Events.Select(e => e.Step));
    }

    [Fact]
    public void ReturnToRole_GoesBackToTheLatestStepThatRoleDid()
    {
        var sop = Read("return-to-role");
        Assert.Equal("kasi", sop.FindStep("3")!.Decision!.NoRole);

        var engine = Engine(sop);
        var i = engine.Start(sop, "i-1", "TW I 2026", "staf-seksi").Value;
        i = Complete(engine, i, "staf-seksi");
        i = engine.Approve(i, i.Version, "kasi").Value;
        i = engine.Return(i, i.Version, "camat", "Capaian IK2 tidak didukung bukti").Value;

        Assert.Equal("2", i.CurrentStep!.Key);
        Assert.Equal("kasi", i.OpenSteps[0].PendingRoles[0]);
        i = engine.Approve(i, i.Version, "kasi").Value;
        i = engine.Approve(i, i.Version, "camat").Value;
        Assert.Equal(SopStatus.Completed, i.Status);
    }

    [Fact]
    public void ReturnToRole_NoEarlierStepOfThatRole_IsADefinitionProblem()
    {
        var json = Pattern("return-to-role").Replace("\"noRole\": \"Kasi\"", "\"noRole\": \"Camat\"", StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadSopDefinition(json).Errors);

        Assert.Equal((ProblemCodes.SopReturnRoleNotBefore, "$.steps[2].decision.noRole", "Camat"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("3")]
    public void Return_ToItselfOrLater_IsADefinitionProblemUnlessSaidExplicitly(string target)
    {
        var json = Pattern("return-to-role").Replace("\"no\": \"1\"", "\"no\": \"" + target + "\"", StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadSopDefinition(json).Errors);
        Assert.Equal((ProblemCodes.SopReturnNotBack, "$.steps[1].decision.no", target), (problem.Code, problem.Path, problem.AttemptedValue));

        var explicitly = json.Replace("\"no\": \"" + target + "\"", "\"no\": \"" + target + "\", \"returnAnywhere\": true", StringComparison.Ordinal);
        Assert.True(KinerjaJson.ReadSopDefinition(explicitly).IsValid);
    }

    [Fact]
    public void Parallel_EachSectionActsAndTheJoinWaitsForEveryBranch()
    {
        var sop = Read("parallel");
        Assert.Equal(["kasi-pem", "kasi-trantib"], sop.FindStep("3")!.Actors);
        Assert.Equal(["2", "3"], sop.FindStep("1")!.Split);

        var engine = Engine(sop);
        var i = engine.Start(sop, "i-1", "TW I 2026", "kasubbag").Value;
        i = Complete(engine, i, "kasubbag");
        Assert.Equal(["2", "3"], i.OpenSteps.Select(o => o.Step.Key));
        Assert.Equal(["kasi-pem", "kasi-trantib"], i.OpenSteps[1].PendingRoles);

        i = Complete(engine, i, "kasi-pem");
        Assert.Equal(["kasi-trantib"], i.OpenSteps[1].PendingRoles);
        i = Complete(engine, i, "staf-sekretariat");
        Assert.Equal(["3"], i.OpenSteps.Select(o => o.Step.Key));
        Assert.Equal(["4"], i.WaitingJoins.Select(s => s.Key));
        Assert.Same(i.WaitingJoins, i.WaitingJoins); // made once, not on every read
        Assert.Equal(ProblemCodes.SopWrongRole, Assert.Single(engine.Complete(i, i.Version, "kasubbag").Errors).Code);

        i = Complete(engine, i, "kasi-trantib");
        Assert.Equal(["4"], i.OpenSteps.Select(o => o.Step.Key));
        Assert.Empty(i.WaitingJoins);
        i = Complete(engine, i, "kasubbag");
        Assert.Equal(SopStatus.Completed, i.Status);

        var visits = i.GetVisits();
        Assert.Equal(2, visits.Count(v => v.Step == "3"));
        Assert.Equal(["kasi-pem", "kasi-trantib"], visits.Where(v => v.Step == "3").Select(v => v.Role).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parallel_BranchesMeetingWithoutAJoin_IsADefinitionProblem()
    {
        var json = Pattern("parallel").Replace(", \"join\": true", string.Empty, StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadSopDefinition(json).Errors);

        Assert.Equal((ProblemCodes.SopJoinMissing, "$.steps[3].join", "4"), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal("1", problem.Arguments[0]);
    }

    [Fact]
    public void Parallel_PictureAndTableShowEveryActorsLane()
    {
        var sop = Read("parallel");

        var mermaid = SopDiagram.ToMermaid(sop);
        var table = SopDiagram.ToMarkdownTable(sop);

        Assert.Contains("s3_1[\"3. Mengisi data capaian kegiatan masing-masing seksi (masing-masing)\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3_2[\"3. Mengisi data capaian kegiatan masing-masing seksi (masing-masing)\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("s1 -->|paralel| s2", mermaid, StringComparison.Ordinal);
        Assert.Contains("s1 -->|paralel| s3_1", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3_2 --> s4", mermaid, StringComparison.Ordinal);
        Assert.Contains("s4[[\"4. Menghimpun data capaian\"]]", mermaid, StringComparison.Ordinal);
        var row = table.Split('\n').Single(l => l.StartsWith("| 3 |", StringComparison.Ordinal));
        Assert.Equal(2, row.Split('|').Count(c => c.Trim() == "✓"));
    }

    [Fact]
    public void Acting_PltSignerAndAPlhActingOnlyWithinTheAssignment()
    {
        var sop = Read("acting");
        Assert.Equal((ActingStatus.Plt, new LocalDate(2026, 3, 2)), (sop.Header.Pengesahan!.Acting, sop.Header.Pengesahan.TanggalPengesahan));

        // The roster of the docs' appsettings.json block, built in code (the DI tests read the block itself).
        var roster = OfficeRoster.CreateBuilder()
            .WithTimeZone(OfficeTimeZones.Wita)
            .AddPerson("camat", "Nama Camat", "Camat")
            .AddPerson("sekcam", "Nama Sekcam", "Sekretaris Kecamatan")
            .AddActing("sekcam", "Camat", ActingStatus.Plh, "camat", new LocalDate(2026, 7, 6), new LocalDate(2026, 7, 10), "Sprint 800/41/2026")
            .AddPerson("kasubbag", "Nama Kasubbag", "Kasubbag Perencanaan dan Keuangan")
            .Build().Value;
        SopInstance Prepared(Instant at)
        {
            var engine = new SopEngine(new FakeClock(at), roster);
            var i = engine.Start(sop, "i-1", "Laporan Kinerja 2026", "kasubbag").Value;
            return engine.Complete(i, i.Version, "kasubbag").Value;
        }

        var friday = new LocalDateTime(2026, 7, 10, 15, 0).InZoneStrictly(OfficeTimeZones.Wita).ToInstant();
        var monday = new LocalDateTime(2026, 7, 13, 8, 0).InZoneStrictly(OfficeTimeZones.Wita).ToInstant();
        var during = new SopEngine(new FakeClock(friday), roster).Approve(Prepared(friday), 2, "sekcam");
        var after = new SopEngine(new FakeClock(monday), roster).Approve(Prepared(monday), 2, "sekcam");
        var camat = new SopEngine(new FakeClock(monday), roster).Approve(Prepared(monday), 2, "camat");

        var e = during.Value.Events[^1];
        Assert.Equal(("camat", ActingStatus.Plh, "camat", "Sprint 800/41/2026"), (e.Role, e.Acting, e.StandsInFor, e.Assignment));
        Assert.Equal((ProblemCodes.SopWrongRole, "sekcam"), (Assert.Single(after.Errors).Code, after.Errors.First().AttemptedValue));
        Assert.Equal((ActingStatus.Definitive, (string?)null), (camat.Value.Events[^1].Acting, camat.Value.Events[^1].StandsInFor));
        Assert.Contains("\"acting\": \"plh\"", KinerjaJson.Write(during.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Instruction_TheCamatGivesTheDeadlineWhenTheStepOpens()
    {
        var sop = Read("instruction");
        Assert.True(sop.FindStep("2")!.Waktu.IsByInstruction);
        Assert.Equal("camat", sop.FindStep("2")!.InstructedBy);
        var calendar = Calendar();
        var engine = Engine(sop);
        var i = engine.Start(sop, "i-1", "Evaluasi 2026", "camat").Value;
        i = Complete(engine, i, "camat");
        Assert.Null(SopDeadlines.DueOfOpenStep(i, i.OpenSteps[0], calendar));

        var byStaff = engine.Instruct(i, i.Version, "kasubbag", "2", MutuBakuWaktu.Of(2, MutuBakuUnit.Day));
        var onAnotherStep = engine.Instruct(i, i.Version, "camat", "3", MutuBakuWaktu.Of(2, MutuBakuUnit.Day));
        i = engine.Instruct(i, i.Version, "camat", "2", MutuBakuWaktu.Of(2, MutuBakuUnit.Day), "Disposisi 12/2026").Value;

        Assert.Equal(ProblemCodes.SopWrongRole, Assert.Single(byStaff.Errors).Code);
        Assert.Equal(ProblemCodes.SopStepNotOpen, Assert.Single(onAnotherStep.Errors).Code);
        var e = i.Events[^1];
        Assert.Equal((SopEventKind.Instructed, "2", "camat", "2 Hari"), (e.Kind, e.Step, e.Role, e.Instruction!.Text));
        var opened = i.OpenSteps[0].OpenedAt;
        Assert.Equal(MutuBakuWaktu.Of(2, MutuBakuUnit.Day).Due(calendar, opened), SopDeadlines.DueOfOpenStep(i, i.OpenSteps[0], calendar));

        _clock.Advance(Duration.FromHours(3));
        i = Complete(engine, i, "kasubbag");
        i = Complete(engine, i, "camat");
        var row = SlaReport.Build(sop, [i], calendar).Steps.Single(r => r.Key == "2");
        Assert.Equal((1, 1, 0), (row.Closed, row.WithinStandard, row.WithoutStandard));
        Assert.Equal(Canonical.Of(i), Canonical.Of(KinerjaJson.ReadSopInstance(KinerjaJson.Write(i), sop).Value));
    }

    [Fact]
    public void Instruction_OnAStepWithAPrintedStandard_IsADefinitionProblem()
    {
        var json = Pattern("instruction").Replace("\"waktu\": \"1 Hari\" },\n    { \"id\": \"2\"", "\"waktu\": \"1 Hari\", \"instructedBy\": \"Camat\" },\n    { \"id\": \"2\"", StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadSopDefinition(json).Errors);

        Assert.Equal((ProblemCodes.SopDefinitionInvalid, "$.steps[0].instructedBy"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Outputs_PolicyDecidesWhatAMissingOutputDoes()
    {
        var sop = Read("outputs");
        Assert.Equal(["Format pengumpulan data", "Rencana aksi"], sop.Steps[0].Kelengkapan);
        var roster = RosterFor(sop);
        var started = new SopEngine(_clock, roster).Start(sop, "i-1", "TW I 2026", "kasubbag").Value;
        SopAttachment[] one = [new("Rekap data capaian", "REKAP/TW1/2026.xlsx")];

        var warned = new SopEngine(_clock, roster).Complete(started, 1, "kasubbag", one);
        var refused = new SopEngine(_clock, roster, new SopEngineOptions { OutputPolicy = SopOutputPolicy.Require }).Complete(started, 1, "kasubbag", one);
        var silent = new SopEngine(_clock, roster, new SopEngineOptions { OutputPolicy = SopOutputPolicy.Off }).Complete(started, 1, "kasubbag", one);
        var complete = new SopEngine(_clock, roster, new SopEngineOptions { OutputPolicy = SopOutputPolicy.Require })
            .Complete(started, 1, "kasubbag", [.. one, new("berita acara", "BA/12/2026")]);

        var warning = Assert.Single(warned.Warnings);
        Assert.Equal((ProblemCodes.SopOutputsMissing, "Berita acara"), (warning.Code, warning.AttemptedValue));
        Assert.Equal(SopStatus.Completed, warned.Value.Status);
        Assert.Equal(one, warned.Value.Events[^1].Attachments);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((ProblemCodes.SopOutputsMissing, "Berita acara"), (error.Code, error.AttemptedValue));
        Assert.Equal("attachments: keluaran langkah 1 belum dilampirkan: Berita acara.", error.Message);
        Assert.Empty(silent.Problems);
        Assert.Empty(complete.Problems);
        Assert.Equal(2, complete.Value.Events[^1].Attachments.Count);
    }

    [Fact]
    public void Gaps_Record_EndsCompletedWithGaps()
    {
        var sop = Read("gaps");
        var gap = Assert.Single(sop.Gaps);
        Assert.Equal("2", gap.After);
        Assert.Equal(["3", "4"], gap.Steps);

        var i = RunToEnd(sop);

        Assert.Equal(SopStatus.CompletedWithGaps, i.Status);
        Assert.Same(gap, Assert.Single(i.ReachedGaps));
        Assert.Same(i.ReachedGaps, i.ReachedGaps);
        var sla = SlaReport.Build(sop, [i], Calendar());
        Assert.Equal(1, sla.Instances[SopStatus.CompletedWithGaps]);
        Assert.Equal(0, sla.Instances[SopStatus.Completed]);
        Assert.Equal((gap, 1), (Assert.Single(sla.Gaps).Gap, sla.Gaps[0].InstanceCount));
    }

    [Fact]
    public void Gaps_Stop_StopsWhereTheMissingStepsWouldBe()
    {
        var sop = Read("gaps", json => json.Replace("\"gapPolicy\": \"record\"", "\"gapPolicy\": \"stop\"", StringComparison.Ordinal));

        var i = RunToEnd(sop);

        Assert.Equal(SopStatus.StoppedAtGap, i.Status);
        Assert.Equal("2", i.Events[^1].Step);
        Assert.Empty(i.OpenSteps);
        Assert.Equal(SopStatus.StoppedAtGap, SopInstance.Replay(sop, i.Id, i.Events).Value.Status);
        Assert.Equal(ProblemCodes.SopNotRunning, Assert.Single(Engine(sop).Complete(i, i.Version, "kasubbag").Errors).Code);
    }

    [Fact]
    public void RoleNames_IdNameOrAliasResolveToTheRoleId()
    {
        var sop = Read("role-names");

        Assert.Equal(["kasi-pem", "kasi-pem", "kasi-pem", "sekcam"], sop.Steps.Select(s => s.Actor));
    }

    [Fact]
    public void RoleNames_UnknownName_ListsTheNearestRoles()
    {
        var json = Pattern("role-names").Replace("\"actor\": \"kasi-pem\"", "\"actor\": \"Kasi Pemrintahan\"", StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadSopDefinition(json).Errors);

        Assert.Equal((ProblemCodes.SopUnknownRole, "$.steps[0].actor"), (problem.Code, problem.Path));
        Assert.Equal("$.steps[0].actor: peran 'Kasi Pemrintahan' tidak dikenal; yang paling mirip: Kepala Seksi Pemerintahan (kasi-pem), Sekretaris Kecamatan (sekcam).", problem.Message);
    }

    [Fact]
    public void RoleNames_ANameTwoRolesShare_IsRefused()
    {
        var json = Pattern("role-names").Replace("[ \"Sekcam\", \"Sekretaris\" ]", "[ \"Sekcam\", \"Sekretaris\", \"Kasi Pem\" ]", StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadSopDefinition(json).Errors);

        Assert.Equal((ProblemCodes.SopRoleNameShared, "kasi pem"), (problem.Code, problem.AttemptedValue));
    }

    [Fact]
    public void Version2WithoutKind_IsAMissingKindNotVersion0()
    {
        var json = Pattern("sections").Replace("\"kind\": \"sopDefinition\",", string.Empty, StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadSopDefinition(json).Errors);

        Assert.Equal((ProblemCodes.Required, "$.kind"), (problem.Code, problem.Path));
    }

    [Fact]
    public void EveryPatternBlock_IsReadWithoutProblems()
    {
        var blocks = Blocks();
        Assert.Equal(["sections", "return-to-role", "parallel", "acting", "acting-roster", "outputs", "instruction", "gaps", "role-names"], blocks.Keys);
        Assert.All(blocks.Where(b => b.Key != "acting-roster"), b => Assert.Empty(KinerjaJson.ReadSopDefinition(b.Value).Problems));
    }

    internal static string Pattern(string name) => Blocks()[name];

    private static Dictionary<string, string> Blocks()
    {
        var docs = File.ReadAllText(Path.Combine(SopDiagramTests.RepoRoot(), "docs", "sop.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Regex.Matches(docs, @"<!-- pattern: (?<name>[a-z-]+) -->\n.*?```json\n(?<json>.*?)\n```", RegexOptions.Singleline))
        {
            blocks.Add(m.Groups["name"].Value, m.Groups["json"].Value);
        }

        return blocks;
    }

    private static SopDefinition Read(string name, Func<string, string>? edit = null)
    {
        var read = KinerjaJson.ReadSopDefinition((edit ?? (j => j))(Pattern(name)));
        Assert.True(read.IsValid, read.ToString());
        return read.Value;
    }

    /// <summary>One person per role, whose id is the role's id and who holds the role by its printed name.</summary>
    private static OfficeRoster RosterFor(SopDefinition sop) => SopTestKit.RosterFor(sop);

    private static WorkingCalendar Calendar() => WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, []);

    private static SopInstance Complete(SopEngine engine, SopInstance i, string person)
    {
        var result = engine.Complete(i, i.Version, person);
        Assert.True(result.IsValid, result.ToString());
        return result.Value;
    }

    private SopEngine Engine(SopDefinition sop) => new(_clock, RosterFor(sop));

    private SopInstance RunToEnd(SopDefinition sop)
    {
        var engine = Engine(sop);
        var i = engine.Start(sop, "i-1", "TW I 2026", sop.FirstStep.Actor).Value;
        while (i.Status == SopStatus.Running)
        {
            _clock.Advance(Duration.FromMinutes(30));
            i = Complete(engine, i, i.OpenSteps[0].PendingRoles[0]);
        }

        return i;
    }
}
