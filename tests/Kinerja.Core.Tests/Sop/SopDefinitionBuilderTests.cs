using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Sop;

public class SopDefinitionBuilderTests
{
    private static SopDefinitionBuilder Base() => SopDefinition.CreateBuilder("x")
        .WithHeader(new SopHeader { Nama = "SOP uji" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi");

    [Fact]
    public void Build_ReportsEveryProblemNamingTheStep()
    {
        var result = Base()
            .AddRole("staf", "Staf lagi")
            .AddStep("1", "Menyusun", "staf", s => s.WithWaktu("segera"))
            .AddStep("2", "Memeriksa", "camat")
            .AddStep("2", "Lagi", "")
            .AddDecision("3", "Memutuskan", "kasi", returnTo: "9")
            .AddStep("4", "Lompat", "staf", s => s.WithNext("12"))
            .Build();

        var found = result.Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Contains((ProblemCodes.Duplicate, "roles[2].id"), found);
        Assert.Contains((ProblemCodes.TimeStandardFormat, "steps[0].waktu"), found);
        Assert.Contains((ProblemCodes.SopUnknownRole, "steps[1].actor"), found);
        Assert.Contains((ProblemCodes.Duplicate, "steps[2].id"), found);
        Assert.Contains((ProblemCodes.Required, "steps[2].actor"), found);
        Assert.Contains((ProblemCodes.UnknownReference, "steps[3].decision.no"), found);
        Assert.Contains((ProblemCodes.UnknownReference, "steps[4].next"), found);
        Assert.Equal("steps[1].actor: peran 'camat' tidak dikenal; yang paling mirip: Kepala Seksi (kasi), Staf (staf).", result.Problems.First(p => p.Path == "steps[1].actor").Message);
    }

    [Fact]
    public void Build_UnreachableStep_IsNamed()
    {
        var result = Base()
            .AddStep("1", "Menyusun", "staf", s => s.WithNext("3"))
            .AddStep("2", "Terlewat", "staf")
            .AddStep("3", "Selesai", "kasi")
            .Build();
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.SopUnreachable, "steps[1]", "2"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void Build_LoopWithNoWayOut_IsNamed()
    {
        var result = Base()
            .AddStep("1", "Menyusun", "staf")
            .AddStep("2", "Memeriksa", "kasi", s => s.WithNext("1"))
            .AddStep("3", "Tak pernah", "kasi")
            .Build();
        var found = result.Problems.Select(p => (p.Code, p.Path)).ToArray();
        // The loop is named once, at the property that closes it, with its steps.
        var loop = Assert.Single(result.Problems, p => p.Code == ProblemCodes.SopNoWayOut);
        Assert.Equal(("steps[1].next", "1", "1, 2"), (loop.Path, loop.AttemptedValue, loop.Arguments[0]));
        Assert.Contains((ProblemCodes.SopUnreachable, "steps[2]"), found);
    }

    [Fact]
    public void Build_DecisionLoop_WithWayOut_IsValid()
    {
        var sop = Base()
            .AddStep("1", "Menyusun", "staf")
            .AddDecision("2", "Memeriksa", "kasi", returnTo: "1")
            .Build();
        Assert.True(sop.IsValid);
        Assert.Empty(sop.Value.NextSteps(sop.Value.FindStep("2")!));
    }

    [Fact]
    public void Parse_MalformedJsonTemplate_NamesTheJsonPath()
    {
        const string json = """
            { "id": "x", "header": { "nama": "SOP" }, "roles": [ { "id": "staf", "name": "Staf" } ],
              "steps": [ { "number": 1, "activity": "A", "actor": "staf", "waktu": 15 },
                         { "number": 2, "activity": "B", "actor": "kasi", "decision": { "no": 7 } } ] }
            """;
        var found = KinerjaJson.ReadSopDefinition(json).Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Contains((ProblemCodes.JsonType, "$.steps[0].waktu"), found);

        var fixedType = json.Replace("\"waktu\": 15", "\"waktu\": \"15 Menit\"", StringComparison.Ordinal);
        var second = KinerjaJson.ReadSopDefinition(fixedType).Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Equal(new[] { (ProblemCodes.SopUnknownRole, "$.steps[1].actor"), (ProblemCodes.UnknownReference, "$.steps[1].decision.no") }, second);

        Assert.Equal(ProblemCodes.JsonMalformed, Assert.Single(KinerjaJson.ReadSopDefinition("{ \"id\": ").Problems).Code);
    }
}

/// <summary>Steps of a section the builder refused: named once, never a thrown exception.</summary>
public class SopDefinitionBuilderRefusedSectionTests
{
    [Theory]
    [InlineData("A/B", "A. Pengumpulan", ProblemCodes.SopDefinitionInvalid, "sections[0].id")]
    [InlineData("", "A. Pengumpulan", ProblemCodes.Required, "sections[0].id")]
    [InlineData("A", "", ProblemCodes.Required, "sections[0].name")]
    public void Build_StepOfARefusedSection_IsAProblemNotAnException(string id, string name, string code, string path)
    {
        var result = SopDefinition.CreateBuilder("x")
            .WithHeader(new SopHeader { Nama = "SOP uji" })
            .AddRole("staf", "Staf")
            .AddSection(id, name)
            .AddStep("1", "Menyusun", "staf")
            .AddStep("2", "Menyerahkan", "staf")
            .Build();

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Code == code && p.Path == path);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.UnknownReference && p.Path == "steps[0].section");
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.UnknownReference && p.Path == "steps[1].section");
    }
}
