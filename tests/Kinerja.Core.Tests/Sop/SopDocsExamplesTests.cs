using System.Text.RegularExpressions;
using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// The examples of docs/sop.md outside the eight patterns, as written there: the builder's two definitions,
/// the JSON example, the engine's parallel run, the service-level report and the picture of parallel work.
/// </summary>
public class SopDocsExamplesTests
{
    /// <summary>docs/sop.md, "Building a definition": the first example.</summary>
    internal static ValidationResult<SopDefinition> Reviu(string signer = "sekcam") => SopDefinition.CreateBuilder("reviu-data-kinerja", version: 1)
        .WithHeader(new SopHeader
        {
            Instansi = "Kecamatan Contoh, Kabupaten Contoh",
            Nama = "Reviu Data Kinerja Triwulan",
            DasarHukum = ["Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah"],
        })
        .WithSource("SOP Kecamatan Contoh 2026")
        .AddRole("staf", "Staf", "Staff", "Pelaksana")
        .AddRole("kasi", "Kepala Seksi", "Kasi")
        .AddRole("sekcam", "Sekretaris Kecamatan", "Sekcam", "Sekretaris")
        .AddStep("1", "Menyusun data capaian kinerja triwulan", "staf", s => s
            .WithKelengkapan("Format pengumpulan data")
            .WithWaktu("1 Hari")
            .WithOutput("Data capaian kinerja"))
        .AddDecision("2", "Memeriksa data capaian kinerja", "Kasi", returnTo: "1", s => s
            .WithWaktu("2 Jam")
            .WithDecisionText("Data capaian benar?", "benar", "salah"))
        .AddStep("3", "Menandatangani data capaian kinerja", signer, s => s
            .WithWaktu("15 Menit")
            .ActorInferred("Penandatanganan sebelum dikirim ke Camat adalah tugas Sekcam."))
        .AddGap([], "Tanggal Revisi kosong pada sumber.")
        .Build();

    /// <summary>docs/sop.md, "Building a definition": the second example (sections, parallel work, a return to a role, a gap).</summary>
    internal static ValidationResult<SopDefinition> Pengumpulan() => SopDefinition.CreateBuilder("pengumpulan-data-kinerja")
        .WithHeader(new SopHeader { Nama = "SOP Pengumpulan dan Reviu Data Kinerja" })
        .AddRole("kasubbag", "Kasubbag Perencanaan dan Keuangan", "Kasubbag PK")
        .AddRole("kasi-pem", "Kasi Pemerintahan")
        .AddRole("kasi-trantib", "Kasi Ketentraman dan Ketertiban", "Kasi Trantib")
        .AddRole("camat", "Camat")
        .AddSection("A", "A. Pengumpulan data")
        .AddStep("1", "Meminta data capaian kepada seksi", "Kasubbag PK", s => s.WithWaktu("1 Hari").SplitTo("2", "3"))
        .AddStepByEach("2", "Mengisi data capaian kegiatan masing-masing seksi", ["kasi-pem", "Kasi Trantib"], s => s
            .WithWaktu("3 Hari").WithNext("4"))
        .AddStep("3", "Mengolah data capaian program", "kasubbag", s => s.WithWaktu("2 Hari"))
        .AddStep("4", "Menghimpun data capaian", "kasubbag", s => s.WithWaktu("1 Hari").AsJoin())
        .AddSection("B", "B. Reviu")
        .AddStep("1", "Menyusun draf laporan capaian", "kasubbag", s => s
            .WithWaktu("Disesuaikan dengan arahan pimpinan").InstructedBy("Camat")
            .WithOutput("Draf laporan capaian"))
        .AddDecisionReturningToRole("2", "Mereviu draf laporan capaian", "camat", returnToRole: "Kasubbag PK", s => s
            .WithWaktu("1 Hari")
            .WithDecisionText("Draf sudah benar?", "setuju", "tidak setuju"))
        .AddGap(["B/3"], "Baris penandatanganan laporan tidak terbaca pada sumber.", after: "B/2")
        .WithGapPolicy(SopGapPolicy.Record)
        .Build();

    /// <summary>docs/sop.md, "The engine": the roster of the parallel run.</summary>
    internal static OfficeRoster PengumpulanRoster() => OfficeRoster.CreateBuilder()
        .AddAliases("Kasubbag PK", "Kasubbag Perencanaan dan Keuangan")
        .AddPerson("sari", "Sari", "Kasubbag PK")
        .AddPerson("dedi", "Dedi", "Kasi Pemerintahan", "Kasubbag PK")
        .AddPerson("tono", "Tono", "Kasi Ketentraman dan Ketertiban")
        .AddPerson("camat", "Nama Camat", "Camat")
        .Build()
        .Value;

    [Fact]
    public void Build_DocsReviu_IsValidAndAnUnknownSignerNamesTheNearestRoles()
    {
        var reviu = Reviu().Value;
        Assert.Equal(["1", "2", "3"], reviu.Steps.Select(s => s.Key));
        Assert.Equal(("kasi", "1"), (reviu.FindStep("2")!.Actor, reviu.FindStep("2")!.Decision!.NoStep));

        var wrong = Reviu(signer: "camat");
        Assert.Equal(
            "steps[2].actor: peran 'camat' tidak dikenal; yang paling mirip: Kepala Seksi (kasi), Staf (staf), Sekretaris Kecamatan (sekcam).",
            Assert.Single(wrong.Errors).Message);
    }

    [Fact]
    public void Build_DocsPengumpulan_SectionsSplitJoinReturnToRoleAndGap()
    {
        var sop = Pengumpulan().Value;

        Assert.Equal(["A/1", "A/2", "A/3", "A/4", "B/1", "B/2"], sop.Steps.Select(s => s.Key));
        Assert.Equal(["A/2", "A/3"], sop.NextSteps(sop.FindStep("A/1")!).Select(s => s.Key));
        Assert.Equal(["kasi-pem", "kasi-trantib"], sop.FindStep("A/2")!.Actors);
        Assert.Equal("A/4", sop.FindStep("A/2")!.Next);
        Assert.True(sop.FindStep("A/4")!.IsJoin);
        Assert.Equal("camat", sop.FindStep("B/1")!.InstructedBy);
        Assert.Equal("kasubbag", sop.FindStep("B/2")!.Decision!.NoRole);
        Assert.Empty(sop.NextSteps(sop.FindStep("B/2")!));
        Assert.Equal(["B/3"], Assert.Single(sop.Gaps).Steps);
        Assert.Equal("B/2", sop.Gaps[0].After);
    }

    [Fact]
    public void ReadSopDefinition_DocsJsonExample_IsTheReviuOfTheBuilder()
    {
        var read = KinerjaJson.ReadSopDefinition(Block("## Loading from JSON", "json"));

        Assert.True(read.IsValid, read.ToString());
        var sop = read.Value;
        var built = Reviu().Value;
        Assert.Equal(built.Steps.Select(s => (s.Key, s.Actor, s.Waktu.Text, s.Decision?.NoStep)), sop.Steps.Select(s => (s.Key, s.Actor, s.Waktu.Text, s.Decision?.NoStep)));
        Assert.Equal(ActingStatus.Plt, sop.Header.Pengesahan!.Acting);
    }

    [Fact]
    public void Engine_DocsReviuRun_RecordsThePltSigner()
    {
        // docs/sop.md, "The engine": the roster of "Roles as configuration", on 5 October 2026.
        var reviu = Reviu().Value;
        var roster = OfficeRoster.CreateBuilder()
            .AddAliases("Sekcam", "Sekretaris Kecamatan", "Sekretaris")
            .AddAliases("Kasi", "Kepala Seksi")
            .AddPerson("ani", "Ani", "Staf")
            .AddPersonWithNip("budi", "Budi", "198501012010011001", "Kasi")
            .AddPerson("eko", "Eko", "Kasubbag Umum")
            .AddActing("eko", "Sekcam", ActingStatus.Plt, "jabatan Sekcam kosong", new LocalDate(2026, 9, 1), new LocalDate(2026, 12, 31), "Sprint 800/41/2026")
            .Build()
            .Value;
        var engine = new SopEngine(new FakeClock(Wib(10, 5, 9, 0)), roster);

        var i = engine.Start(reviu, "reviu-2026-tw3", "pengukuran kinerja TW III 2026", "ani").Value;
        i = engine.Complete(i, i.Version, "ani", [new SopAttachment("Data capaian kinerja", "data-capaian-v1.xlsx")]).Value;
        i = engine.Return(i, i.Version, "budi", "IK 2 belum ada bukti dukung").Value;
        i = engine.Complete(i, i.Version, "ani", [new SopAttachment("Data capaian kinerja", "data-capaian-v2.xlsx")]).Value;
        i = engine.Approve(i, i.Version, "budi").Value;
        var done = engine.Complete(i, i.Version, "eko").Value;

        Assert.Equal(SopStatus.Completed, done.Status);
        var signed = done.Events[^1];
        Assert.Equal((ActingStatus.Plt, "jabatan Sekcam kosong", "Sprint 800/41/2026"), (signed.Acting, signed.StandsInFor, signed.Assignment));
    }

    [Fact]
    public void Engine_DocsParallelRun_AsDocsSopMdShows()
    {
        var pengumpulan = Pengumpulan().Value;
        var roster = PengumpulanRoster();
        var clock = new FakeClock(SopTestKit.Monday0800Wib);
        var engine = new SopEngine(clock, roster);

        var p = engine.Start(pengumpulan, "pengumpulan-2026-tw3", "data kinerja TW III 2026", "sari").Value;
        p = engine.Complete(p, p.Version, "sari").Value;
        Assert.Equal([("A/2", "kasi-pem, kasi-trantib"), ("A/3", "kasubbag")], p.OpenSteps.Select(o => (o.Step.Key, string.Join(", ", o.PendingRoles))));
        var ambiguous = engine.Complete(p, p.Version, "dedi");
        Assert.Equal(ProblemCodes.SopAmbiguousStep, Assert.Single(ambiguous.Errors).Code);
        Assert.Equal("step: this person can act on several open steps (A/2, A/3); name the step meant.", ambiguous.Errors.Single().GetMessage(MessageLanguage.English));
        p = engine.Complete(p, p.Version, "dedi", step: "A/2").Value;
        Assert.Equal("kasi-pem", p.Events[^1].Role);
        Assert.Equal(
            "personId: 'dedi' does not hold role Kasi Ketentraman dan Ketertiban, which does step A/2.",
            Assert.Single(engine.Complete(p, p.Version, "dedi", step: "A/2").Errors).GetMessage(MessageLanguage.English));
        Assert.Equal(
            "step: step A/4 is not open; open steps: A/2, A/3.",
            Assert.Single(engine.Complete(p, p.Version, "dedi", step: "A/4").Errors).GetMessage(MessageLanguage.English));
        p = engine.Complete(p, p.Version, "sari").Value;
        Assert.Equal(["A/4"], p.WaitingJoins.Select(s => s.Key));
        Assert.Equal([("A/2", "kasi-trantib")], p.OpenSteps.Select(o => (o.Step.Key, string.Join(", ", o.PendingRoles))));

        // "Deadlines": A/2 "3 Hari" from Monday 8 June 08:00 is due Wednesday 10 June 16:00; on Thursday at 10:00 only Tono must act.
        var calendar = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2026.Holidays);
        Assert.Equal(Wib(6, 10, 16, 0), SopDeadlines.DueOfOpenStep(p, p.OpenSteps[0], calendar));
        var late = Assert.Single(SopDeadlines.Overdue([p], Wib(6, 11, 10, 0), calendar, roster));
        Assert.Equal(("A/2", "kasi-trantib", Duration.FromMinutes(150)), (late.Step.Key, late.Role.Id, late.OverdueBy));
        Assert.Equal(["tono"], late.WhoMustAct.Select(x => x.Id));
        p = engine.Complete(p, p.Version, "tono").Value;
        Assert.Equal("A/4", Assert.Single(p.OpenSteps).Step.Key);
        p = engine.Complete(p, p.Version, "sari").Value;
        p = engine.Complete(p, p.Version, "sari", [new SopAttachment("Draf laporan capaian", "ND 800/12/2026")]).Value;
        p = engine.Return(p, p.Version, "camat", "Capaian IK 2 belum didukung bukti").Value;
        Assert.Equal("B/1", p.CurrentStep!.Key);
        p = engine.Complete(p, p.Version, "sari", [new SopAttachment("Draf laporan capaian", "ND 800/13/2026")]).Value;
        p = engine.Approve(p, p.Version, "camat").Value;

        Assert.Equal(SopStatus.CompletedWithGaps, p.Status);
        Assert.Equal(["B/3"], Assert.Single(p.ReachedGaps).Steps);
        Assert.Equal(
            [("kasi-pem", "dedi"), ("kasi-trantib", "tono")],
            p.GetVisits().Where(v => v.Step == "A/2").Select(v => (v.Role, v.ClosedBy)));

        var report = SlaReport.Build(pengumpulan, [p], calendar);
        Assert.Equal((1, 0), (report.Instances[SopStatus.CompletedWithGaps], report.Instances[SopStatus.Completed]));
        Assert.Equal(1, Assert.Single(report.Gaps).InstanceCount);
        var a2 = report.Steps.Single(r => r.Key == "A/2");
        Assert.Equal(2, a2.Closed);
        var b1 = report.Steps.Single(r => r.Key == "B/1");
        Assert.Equal((2, 2), (b1.Closed, b1.WithoutStandard));
    }

    [Fact]
    public void ToMermaidAndToMarkdownTable_DocsParallelPictures_AreOnThePage()
    {
        var sop = Pengumpulan().Value;
        var mermaid = SopDiagram.ToMermaid(sop).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var table = SopDiagram.ToMarkdownTable(sop).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

        Assert.Contains("```mermaid\n" + mermaid + "\n```", Docs(), StringComparison.Ordinal);
        Assert.Contains("\n" + table + "\n", Docs(), StringComparison.Ordinal);
    }

    private static Instant Wib(int month, int day, int hour, int minute) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(OfficeTimeZones.Wib).ToInstant();

    private static string Docs() =>
        File.ReadAllText(Path.Combine(SopDiagramTests.RepoRoot(), "docs", "sop.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The first fenced block of a language after a heading of the page.</summary>
    private static string Block(string heading, string language)
    {
        var docs = Docs();
        var from = docs.IndexOf("\n" + heading, StringComparison.Ordinal);
        Assert.True(from >= 0, heading + " is not on the page");
        var m = Regex.Match(docs.Substring(from), "```" + language + "\n(?<body>.*?)\n```", RegexOptions.Singleline);
        Assert.True(m.Success);
        return m.Groups["body"].Value;
    }
}
