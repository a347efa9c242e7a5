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
        Assert.All(template.Steps.Where(s => s.ActorInferred), s => Assert.False(string.IsNullOrWhiteSpace(s.ActorNote)));

        var json = SopDefinitionJson.Write(template);
        var again = SopDefinitionJson.Parse(json);
        Assert.True(again.IsValid, again.ToString());
        Assert.Equal(json, SopDefinitionJson.Write(again.Value));
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

    [Fact]
    public void Bobotsari_RecordsTheMissingStepsAndDecisions()
    {
        var sop = SopTemplates.BobotsariLaporanPengukuranPk;
        Assert.Contains(sop.Gaps, g => g.Steps.SequenceEqual(["11", "12"]) && g.After == "10");
        Assert.Null(sop.FindStep("11"));
        Assert.Equal(["5", "6", "9", "13"], sop.Steps.Where(s => s.IsDecision).Select(s => s.Key).ToArray());
        Assert.Equal("3 - 5 Hari", sop.FindStep("3")!.Waktu.Text);
        Assert.False(sop.FindStep("15")!.ActorInferred);
        Assert.Equal(new LocalDate(2026, 1, 6), sop.Header.TanggalPembuatan);
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
}
