using System.Globalization;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

public class SopTemplatesTests
{
    public static TheoryData<string> TemplateIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in new[]
        {
            "bobotsari-laporan-pengukuran-pk",
            "purbalingga-mekanisme-pengukuran-kinerja",
            "bojong-pengumpulan-data-kinerja",
            "awayan-pengumpulan-data-kinerja-triwulan",
            "awayan-pelaksanaan-pengukuran-kinerja-triwulan",
            "ajibarang-pengukuran-data-kinerja",
        })
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Template_EveryGap_HasItsNoteInIndonesianAndEnglish_AndKeepsBothThroughJson(string id)
    {
        var template = SopTemplates.Get(id);
        Assert.NotEmpty(template.Gaps);
        foreach (var gap in template.Gaps)
        {
            Assert.False(string.IsNullOrWhiteSpace(gap.NoteIndonesian), id + ": a gap has no Indonesian note: " + gap.Note);
            Assert.NotEqual(gap.Note, gap.NoteIndonesian);
            Assert.Equal(gap.NoteIndonesian, gap.GetNote());
            Assert.Equal(gap.Note, gap.GetNote(Kinerja.Core.Validation.MessageLanguage.English));
        }

        var read = KinerjaJson.ReadSopDefinition(KinerjaJson.Write(template));
        Assert.True(read.IsValid, read.ToString());
        Assert.Equal(template.Gaps.Select(g => (g.Note, g.NoteIndonesian)), read.Value.Gaps.Select(g => (g.Note, g.NoteIndonesian)));
    }

    [Fact]
    public void Gap_WithoutIndonesianNote_ShowsItsNoteAsRecordedInEitherLanguage()
    {
        var definition = SopDefinition.CreateBuilder("g")
            .WithHeader(new SopHeader { Nama = "Contoh" })
            .AddRole("staf", "Staf")
            .AddStep("1", "Menyusun data", "staf")
            .AddGap(["1"], "Uraian langkah 1 terpotong.")
            .Build();
        Assert.True(definition.IsValid, definition.ToString());
        var gap = Assert.Single(definition.Value.Gaps);
        Assert.Null(gap.NoteIndonesian);
        Assert.Equal("Uraian langkah 1 terpotong.", gap.GetNote());
        Assert.Equal("Uraian langkah 1 terpotong.", gap.GetNote(Kinerja.Core.Validation.MessageLanguage.English));
    }

    /// <summary>Every template with each way of choosing among the parts that could act: the first in printed order, the last, and strides through them.</summary>
    public static TheoryData<string, string> TemplatesAndOrders()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in TemplateIds())
        {
            foreach (var order in new[] { "first", "last", "stride-2", "stride-3", "stride-5" })
            {
                data.Add(id, order);
            }
        }

        return data;
    }

    [Fact]
    public void All_HoldsTheSixSeedSops() => Assert.Equal(6, SopTemplates.All.Count);

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Template_LoadsAndRoundTripsThroughJson(string id)
    {
        var template = SopTemplates.Get(id);
        Assert.Equal(id, template.Id);
        Assert.NotEmpty(template.Steps);
        Assert.All(template.Steps, s => Assert.NotNull(template.FindRole(s.Actor)));
        Assert.All(template.Steps.Where(s => s.IsActorInferred), s => Assert.False(string.IsNullOrWhiteSpace(s.ActorNote)));

        var json = KinerjaJson.Write(template);
        var again = KinerjaJson.ReadSopDefinition(json);
        Assert.True(again.IsValid, again.ToString());
        Assert.Equal(json, KinerjaJson.Write(again.Value));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Template_RunsEndToEnd_WithOneReturnForCorrectionWhereItHasDecisions(string id)
    {
        var template = SopTemplates.Get(id);
        var clock = new FakeClock(SopTestKit.Monday0800Wib);
        var engine = new SopEngine(clock, SopTestKit.RosterFor(template));

        var (instance, returns) = SopTestKit.RunToEnd(engine, clock, template);

        Assert.Equal(template.Gaps.Any(g => g.Steps.Count > 0) ? SopStatus.CompletedWithGaps : SopStatus.Completed, instance.Status);
        Assert.Null(instance.CurrentStep);
        Assert.Equal(template.Steps.Any(s => s.IsDecision) ? 1 : 0, returns);
        Assert.Equal(template.Steps[template.Steps.Count - 1].Key, instance.Events[instance.Events.Count - 1].Step);
        Assert.All(template.Steps, s => Assert.Contains(instance.GetVisits(), v => v.Step == s.Key));

        var replayed = SopInstance.Replay(template, instance.Id, instance.Events).Value;
        Assert.Equal(instance.Status, replayed.Status);
        Assert.Equal(instance.Version, replayed.Version);
        Assert.Equal(instance.GetVisits().Select(v => (v.Step, v.OpenedAt, v.ClosedAt, v.Outcome)), replayed.GetVisits().Select(v => (v.Step, v.OpenedAt, v.ClosedAt, v.Outcome)));
    }

    [Theory]
    [MemberData(nameof(TemplatesAndOrders))]
    public void Template_RunsToItsEnd_WithParallelPartsInAnyOrder_AndHasGapsExactlyWhenItRecordsStepGaps(string id, string order)
    {
        var template = SopTemplates.Get(id);
        var clock = new FakeClock(SopTestKit.Monday0800Wib);
        var engine = new SopEngine(clock, SopTestKit.RosterFor(template));
        var stride = order.StartsWith("stride-", StringComparison.Ordinal) ? int.Parse(order["stride-".Length..], CultureInfo.InvariantCulture) : 0;
        var actions = 0;

        var instance = SopTestKit.RunToEndInOrder(engine, clock, template, parts => order switch
        {
            "first" => 0,
            "last" => parts.Count - 1,
            _ => actions++ * stride % parts.Count,
        });

        var stepGaps = template.Gaps.Where(g => g.Steps.Count > 0).ToArray();
        Assert.Equal(stepGaps.Length > 0 ? SopStatus.CompletedWithGaps : SopStatus.Completed, instance.Status);
        Assert.Equal(stepGaps, instance.ReachedGaps);
        Assert.Empty(instance.OpenSteps);
        Assert.Empty(instance.WaitingJoins);
        Assert.All(template.Steps, s => Assert.True(
            s.Completion == SopCompletion.Any ? s.Actors.Any(a => Acted(instance, s, a)) : s.Actors.All(a => Acted(instance, s, a)),
            "step " + s.Key + " was not done by its actors"));
        Assert.Equal(template.Steps.Count(s => s.IsDecision), instance.Events.Count(e => e.Kind == SopEventKind.Returned));

        var replayed = SopInstance.Replay(template, instance.Id, instance.Events);
        Assert.True(replayed.IsValid, replayed.ToString());
        Assert.Equal(instance.Status, replayed.Value.Status);
        Assert.Equal(instance.GetVisits().Select(v => (v.Step, v.Role, v.OpenedAt, v.ClosedAt, v.Outcome)), replayed.Value.GetVisits().Select(v => (v.Step, v.Role, v.OpenedAt, v.ClosedAt, v.Outcome)));

        static bool Acted(SopInstance i, SopStep step, string role) =>
            i.Events.Any(e => e.Step == step.Key && e.Role == role && e.Kind is SopEventKind.Completed or SopEventKind.Approved);
    }

    [Fact]
    public void Bobotsari_RecordsTheMissingStepsAndDecisions()
    {
        var sop = SopTemplates.BobotsariLaporanPengukuranPk;
        Assert.Contains(sop.Gaps, g => g.Steps.SequenceEqual(["11", "12"]) && g.After == "10");
        Assert.Null(sop.FindStep("11"));
        Assert.Equal(["5", "6", "9", "13"], sop.Steps.Where(s => s.IsDecision).Select(s => s.Key).ToArray());
        Assert.Equal("3 - 5 Hari", sop.FindStep("3")!.Waktu.Text);
        Assert.False(sop.FindStep("15")!.IsActorInferred);
        Assert.Equal(new LocalDate(2026, 1, 6), sop.Header.TanggalPembuatan);
    }

    [Fact]
    public void Bobotsari_TwoTracksAsPrinted_SplitAfterTheRequestJoinWhereTheKasubbagCollects()
    {
        var sop = SopTemplates.BobotsariLaporanPengukuranPk;
        string[] Next(string key) => [.. sop.NextSteps(sop.FindStep(key)!).Select(s => s.Key)];

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "13", "14", "15", "16", "17", "18", "19"], sop.Steps.Select(s => s.Key));
        Assert.Equal(["3", "4"], sop.FindStep("2")!.Split);
        Assert.Equal(["2"], sop.Steps.Where(s => s.Split.Count > 0).Select(s => s.Key));

        // The Program track, through the secretariat: 3 → 5 (benar → 7, salah → 3) → 7 → 8.
        Assert.Equal(["5"], Next("3"));
        Assert.Equal(("7", "3"), (sop.FindStep("5")!.Decision!.YesStep, sop.FindStep("5")!.Decision!.NoStep));
        Assert.Equal(["8"], Next("7"));
        Assert.Equal(["staff-sekretariat", "kepala-sub-bagian", "sekretaris-kecamatan"], new[] { "3", "5", "7" }.Select(k => sop.FindStep(k)!.Actor));

        // The kegiatan track, through the sections: 4 → 6 (benar → 8, salah → 4) → 8.
        Assert.Equal(["6"], Next("4"));
        Assert.Equal(("8", "4"), (sop.FindStep("6")!.Decision!.YesStep, sop.FindStep("6")!.Decision!.NoStep));
        Assert.Equal(["staf-seksi", "kepala-seksi"], new[] { "4", "6" }.Select(k => sop.FindStep(k)!.Actor));

        Assert.Equal(["8"], sop.Steps.Where(s => s.IsJoin).Select(s => s.Key));
        Assert.Equal("kasubbag-perencanaan-keuangan", sop.FindStep("8")!.Actor);

        // Returns to a person, as printed: "kembali ke Kepala Seksi", "dikembalikan ke Kasubbag Perencanaan dan Keuangan".
        Assert.Equal(("kepala-seksi", null), (sop.FindStep("9")!.Decision!.NoRole, sop.FindStep("9")!.Decision!.NoStep));
        Assert.Equal(("kasubbag-perencanaan-keuangan", null), (sop.FindStep("13")!.Decision!.NoRole, sop.FindStep("13")!.Decision!.NoStep));
        Assert.All(sop.Steps.Where(s => s.Key != "15"), s => Assert.True(s.IsActorInferred, s.Key));
    }

    [Fact]
    public void Bobotsari_Collection_OpensOnlyWhenBothTracksHaveArrived()
    {
        var run = new Run(SopTemplates.BobotsariLaporanPengukuranPk);
        run.Complete("1", "kasubbag-perencanaan-keuangan").Complete("2", "kasubbag-perencanaan-keuangan");
        Assert.Equal(["3", "4"], run.Open);

        run.Complete("3", "staff-sekretariat").Approve("5", "kepala-sub-bagian").Complete("7", "sekretaris-kecamatan");
        Assert.Equal(["4"], run.Open);
        Assert.Equal(["8"], run.Instance.WaitingJoins.Select(s => s.Key));

        run.Complete("4", "staf-seksi").Approve("6", "kepala-seksi");
        Assert.Equal(["8"], run.Open);
        Assert.Empty(run.Instance.WaitingJoins);
    }

    [Fact]
    public void Bobotsari_ReturnInOneTrack_LeavesTheOtherTrackRunning()
    {
        var run = new Run(SopTemplates.BobotsariLaporanPengukuranPk);
        run.Complete("1", "kasubbag-perencanaan-keuangan").Complete("2", "kasubbag-perencanaan-keuangan").Complete("3", "staff-sekretariat").Complete("4", "staf-seksi");
        Assert.Equal(["5", "6"], run.Open);

        run.Return("5", "kepala-sub-bagian");
        Assert.Equal(["3", "6"], run.Open);

        run.Return("6", "kepala-seksi");
        Assert.Equal(["3", "4"], run.Open);
    }

    [Fact]
    public void Bobotsari_Step9Return_GoesToTheKepalaSeksiAndBackThroughTheCollection()
    {
        var run = new Run(SopTemplates.BobotsariLaporanPengukuranPk);
        run.Complete("1", "kasubbag-perencanaan-keuangan").Complete("2", "kasubbag-perencanaan-keuangan")
            .Complete("4", "staf-seksi").Complete("3", "staff-sekretariat").Approve("6", "kepala-seksi").Approve("5", "kepala-sub-bagian")
            .Complete("7", "sekretaris-kecamatan").Complete("8", "kasubbag-perencanaan-keuangan");
        Assert.Equal(["9"], run.Open);

        run.Return("9", "kasubbag-perencanaan-keuangan");
        Assert.Equal(["6"], run.Open);

        run.Approve("6", "kepala-seksi");
        Assert.Equal(["8"], run.Open);

        run.Complete("8", "kasubbag-perencanaan-keuangan").Approve("9", "kasubbag-perencanaan-keuangan").Complete("10", "kasubbag-perencanaan-keuangan");
        Assert.Equal(["13"], run.Open);

        run.Return("13", "sekretaris-kecamatan");
        Assert.Equal(["10"], run.Open);
    }

    [Fact]
    public void Bojong_Step2_IsDoneByEachUnitThatSuppliesData()
    {
        var sop = SopTemplates.BojongPengumpulanDataKinerja;
        string[] units =
        [
            "Kasi Tata Pemerintahan", "Kasi Pemberdayaan Masyarakat", "Kasi Perekonomian dan Pembangunan", "Kasi Keamanan dan Ketertiban",
            "Kasi Kesejahteraan sosial", "Kasubag Umum dan Kepegawaian", "Kasubag Perencanaan Keuangan dan Laporan",
        ];

        // The four columns of the step table, then the Unit Penyuplai Data of the pengorganisasian, as printed.
        Assert.Equal(["Camat", "Sekcam", "Kasi/Kasubbag", "staff", .. units], sop.Roles.Select(r => r.Name));
        var step2 = sop.FindStep("2")!;
        Assert.Equal(units, step2.Actors.Select(a => sop.FindRole(a)!.Name));
        Assert.Equal(SopCompletion.All, step2.Completion);
        Assert.True(step2.IsActorInferred);
        Assert.Contains("dari masing2 bagian", step2.Activity, StringComparison.Ordinal);

        // Nothing else in the table prints more than one role, a return or work side by side.
        Assert.All(sop.Steps.Where(s => s.Key != "2"), s => Assert.Single(s.Actors));
        Assert.DoesNotContain(sop.Steps, s => s.IsDecision || s.Split.Count > 0 || s.IsJoin || s.Next is not null);
        Assert.Equal("kasi-kasubbag", sop.FindStep("3")!.Actor);
    }

    [Fact]
    public void Bojong_Collection_OpensWhenTheLastUnitHasSentItsData()
    {
        var sop = SopTemplates.BojongPengumpulanDataKinerja;
        var run = new Run(sop);
        run.Complete("1", "camat");
        var units = sop.FindStep("2")!.Actors;

        foreach (var unit in units.Reverse().Take(units.Count - 1))
        {
            run.Complete("2", unit);
            Assert.Equal(["2"], run.Open);
        }

        Assert.Equal([units[0]], run.Instance.OpenSteps[0].PendingRoles);
        run.Complete("2", units[0]);
        Assert.Equal(["3"], run.Open);
        Assert.Equal(units.Order(StringComparer.Ordinal), run.Instance.GetVisits().Where(v => v.Step == "2").Select(v => v.Role).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OtherGaps_AreRecorded()
    {
        Assert.Contains(SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan.Gaps, g => g.Steps.SequenceEqual(["6", "7"]) && g.After == "5");
        Assert.Contains(SopTemplates.BojongPengumpulanDataKinerja.Gaps, g => g.Steps.Contains("9") && g.Steps.Contains("10"));
        Assert.Equal(
            SopTemplates.BojongPengumpulanDataKinerja.FindStep("9")!.Activity,
            SopTemplates.BojongPengumpulanDataKinerja.FindStep("10")!.Activity);
        Assert.Equal(["10", "11"], SopTemplates.PurbalinggaMekanismePengukuranKinerja.Steps.Where(s => s.IsDecision).Select(s => s.Key).ToArray());
    }

    [Fact]
    public void Get_UnknownId_ListsTheTemplates()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => SopTemplates.Get("nope"));
        Assert.Contains("bojong-pengumpulan-data-kinerja", e.Message, StringComparison.Ordinal);
    }

    /// <summary>An instance of a template driven step by step, each action by the person whose id is the role's id (<see cref="SopTestKit.RosterFor"/>).</summary>
    private sealed class Run
    {
        private readonly FakeClock _clock = new(SopTestKit.Monday0800Wib);
        private readonly SopEngine _engine;

        public Run(SopDefinition definition)
        {
            _engine = new SopEngine(_clock, SopTestKit.RosterFor(definition));
            Instance = _engine.Start(definition, "run-1", "pengukuran kinerja TW III 2026", definition.FirstStep.Actor).Value;
        }

        public SopInstance Instance { get; private set; }

        public string[] Open => [.. Instance.OpenSteps.Select(o => o.Step.Key)];

        public Run Complete(string step, string role) => Then(_engine.Complete(Instance, Instance.Version, role, step: step));

        public Run Approve(string step, string role) => Then(_engine.Approve(Instance, Instance.Version, role, step: step));

        public Run Return(string step, string role) => Then(_engine.Return(Instance, Instance.Version, role, "Data belum lengkap, mohon diperbaiki", step));

        private Run Then(Kinerja.Core.Validation.ValidationResult<SopInstance> result)
        {
            _clock.Advance(Duration.FromMinutes(30));
            Assert.True(result.IsValid, result.ToString());
            Instance = result.Value;
            return this;
        }
    }
}
