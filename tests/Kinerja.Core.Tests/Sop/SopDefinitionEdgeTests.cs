using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>The builder's checks one by one (code, path, attempted value, arguments), the flow checks and the definition's lookups.</summary>
public class SopDefinitionEdgeTests
{
    private static SopDefinitionBuilder Base(int version = 1) => SopDefinition.CreateBuilder("x", version)
        .WithHeader(new SopHeader { Nama = "SOP uji" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddRole("kabag", "Kepala Bagian");

    private static ValidationProblem Only<T>(ValidationResult<T> result)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems);
    }

    private static void AssertProblem(ValidationProblem problem, string code, string path, string? value, params string[] arguments)
    {
        Assert.Equal((code, path, value), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal(arguments, problem.Arguments);
    }

    [Fact]
    public void Build_VersionBelowOne_IsOutOfRangeNamingTheRange()
    {
        var problem = Only(Base(0).AddStep("1", "Menyusun", "staf").Build());
        AssertProblem(problem, ProblemCodes.OutOfRange, "version", "0", "1", "2147483647");
    }

    [Fact]
    public void Build_NoIdNoNameNoSteps_EachReported()
    {
        var result = SopDefinition.CreateBuilder("").AddRole("staf", "Staf").Build();
        Assert.Equal(3, result.Problems.Count);
        AssertProblem(result.Problems.Single(p => p.Path == "id"), ProblemCodes.Required, "id", "");
        AssertProblem(result.Problems.Single(p => p.Path == "header.nama"), ProblemCodes.Required, "header.nama", "");
        AssertProblem(result.Problems.Single(p => p.Path == "steps"), ProblemCodes.Empty, "steps", null, "langkah", "step");
        Assert.Equal("steps harus berisi paling sedikit satu langkah.", result.Problems.Single(p => p.Path == "steps").Message);
    }

    [Fact]
    public void Build_StepIdWithSlash_IsRefusedOnceAndNotAlsoADuplicate()
    {
        var result = Base().AddStep("1/2", "Menyusun", "staf").AddStep("1/2", "Lagi", "staf").Build();
        Assert.Equal(2, result.Problems.Count);
        AssertProblem(result.Problems[0], ProblemCodes.SopDefinitionInvalid, "steps[0].id", "1/2", "nomor langkah tidak boleh memuat '/'", "a step id must not contain '/'");
        AssertProblem(result.Problems[1], ProblemCodes.SopDefinitionInvalid, "steps[1].id", "1/2", "nomor langkah tidak boleh memuat '/'", "a step id must not contain '/'");
    }

    [Fact]
    public void Build_StepsWithoutId_AreRequiredAndNotDuplicates()
    {
        var result = Base().AddStep(null!, "Menyusun", "staf").AddStep(null!, "Lagi", "staf").Build();
        Assert.Equal(new[] { (ProblemCodes.Required, "steps[0].id"), (ProblemCodes.Required, "steps[1].id") }, result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Build_SectionIdWithSlash_RefusesTheSectionAndNamesItsSteps()
    {
        var result = Base().AddSection("A/B", "Bagian").AddStep("1", "Menyusun", "staf").AddStep("1", "Lagi", "staf").Build();
        Assert.Equal(3, result.Problems.Count);
        AssertProblem(result.Problems[0], ProblemCodes.SopDefinitionInvalid, "sections[0].id", "A/B", "kode bagian tidak boleh memuat '/'", "a section id must not contain '/'");
        AssertProblem(result.Problems[1], ProblemCodes.UnknownReference, "steps[0].section", "A/B", "bagian", "section");
        AssertProblem(result.Problems[2], ProblemCodes.UnknownReference, "steps[1].section", "A/B", "bagian", "section");
    }

    [Fact]
    public void Build_DuplicateSection_IsNamed()
    {
        var result = Base().AddSection("A", "Satu").AddStep("1", "Menyusun", "staf").AddSection("A", "Dua").Build();
        var problem = Only(result);
        AssertProblem(problem, ProblemCodes.Duplicate, "sections[1].id", "A", "sections");
    }

    [Fact]
    public void Build_DuplicateRole_NamesTheFirstRolesIdPath()
    {
        var problem = Only(Base().AddRole("kasi", "Kasi lagi").AddStep("1", "Menyusun", "staf").Build());
        AssertProblem(problem, ProblemCodes.Duplicate, "roles[3].id", "kasi", "roles[1].id");
    }

    [Fact]
    public void Build_RoleWithoutName_IsRefusedAndDoesNotClaimItsId()
    {
        var result = Base().AddRole("sekcam", "").AddRole("sekcam", "Sekretaris Camat").AddStep("1", "Menyusun", "staf").Build();
        AssertProblem(Only(result), ProblemCodes.Required, "roles[3].name", "");
    }

    [Fact]
    public void AddRole_NullAliases_AreNone()
    {
        var sop = Base().AddRole("sekcam", "Sekretaris Camat", null!).AddStep("1", "Menyusun", "sekcam").Build();
        Assert.True(sop.IsValid, sop.ToString());
        Assert.Equal("sekcam", sop.Value.FirstStep.Actor);
    }

    [Fact]
    public void Build_UnknownActorWithNoRolesAtAll_ListsNoNearestName()
    {
        var result = SopDefinition.CreateBuilder("x").WithHeader(new SopHeader { Nama = "SOP" }).AddStep("1", "Menyusun", "staf").Build();
        AssertProblem(Only(result), ProblemCodes.SopUnknownRole, "steps[0].actor", "staf", "-");
    }

    [Fact]
    public void AddStepByAny_TwoRoles_ClosesOnAnyOne()
    {
        var sop = Base().AddStepByAny("1", "Menyusun", ["staf", "kasi"]).Build();
        Assert.True(sop.IsValid, sop.ToString());
        Assert.Equal(SopCompletion.Any, sop.Value.FirstStep.Completion);
        Assert.Equal(new[] { "staf", "kasi" }, sop.Value.FirstStep.Actors);
    }

    [Fact]
    public void AddStepByEach_TwoRoles_ClosesWhenEachActs()
    {
        var sop = Base().AddStepByEach("1", "Menyusun", ["staf", "kasi"]).Build();
        Assert.True(sop.IsValid, sop.ToString());
        Assert.Equal(SopCompletion.All, sop.Value.FirstStep.Completion);
    }

    [Fact]
    public void AddStepByAny_OneRole_IsRefused()
    {
        var problem = Only(Base().AddStepByAny("1", "Menyusun", ["staf"]).Build());
        AssertProblem(problem, ProblemCodes.SopDefinitionInvalid, "steps[0].actors", "staf",
            "langkah oleh salah satu pelaksana memerlukan paling sedikit dua peran", "a step done by any one of several roles needs at least two roles");
    }

    [Fact]
    public void AddStepByAnyOrEach_NullOrEmptyActors_AreRequired()
    {
        AssertProblem(Only(Base().AddStepByAny("1", "Menyusun", null!).Build()), ProblemCodes.Required, "steps[0].actors", null);
        AssertProblem(Only(Base().AddStepByEach("1", "Menyusun", null!).Build()), ProblemCodes.Required, "steps[0].actors", null);
    }

    [Fact]
    public void AddStepByEach_RoleTwice_IsADuplicateAtTheSecond()
    {
        var problem = Only(Base().AddStepByEach("1", "Menyusun", ["staf", "Staf"]).Build());
        AssertProblem(problem, ProblemCodes.Duplicate, "steps[0].actors[1]", "Staf", "staf");
    }

    [Fact]
    public void AddStepByEach_UnknownSecondRole_IsNamedByIndex()
    {
        var problem = Only(Base().AddStepByEach("1", "Menyusun", ["staf", "camat"]).Build());
        Assert.Equal((ProblemCodes.SopUnknownRole, "steps[0].actors[1]", "camat"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void Decision_ByTwoRoles_IsRefused()
    {
        var result = Base().AddStep("1", "Menyusun", "staf").AddStepByEach("2", "Memeriksa", ["kasi", "kabag"], s => s.AsDecision("1")).Build();
        AssertProblem(Only(result), ProblemCodes.SopDefinitionInvalid, "steps[1].actors", "kasi, kabag", "langkah keputusan diputuskan oleh satu peran", "a decision is made by one role");
    }

    [Fact]
    public void Step_WithoutActivity_IsRequired()
    {
        AssertProblem(Only(Base().AddStep("1", " ", "staf").Build()), ProblemCodes.Required, "steps[0].activity", " ");
    }

    [Fact]
    public void InstructedBy_UnknownRole_IsNamed()
    {
        var result = Base().AddStep("1", "Menyusun", "staf", s => s.WithWaktu("Disesuaikan dengan arahan pimpinan").InstructedBy("camat")).Build();
        var problem = Only(result);
        Assert.Equal((ProblemCodes.SopUnknownRole, "steps[0].instructedBy", "camat"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void InstructedBy_OnAFixedTimeStandard_IsRefused()
    {
        var result = Base().AddStep("1", "Menyusun", "staf", s => s.WithWaktu("1 Hari").InstructedBy("Kepala Seksi")).Build();
        AssertProblem(Only(result), ProblemCodes.SopDefinitionInvalid, "steps[0].instructedBy", "Kepala Seksi",
            "hanya langkah yang waktunya 'disesuaikan dengan arahan pimpinan' yang diberi arahan", "only a step whose time standard is set by instruction takes an instruction");
    }

    [Fact]
    public void Next_UnknownStep_IsAnUnknownReferenceToAStep()
    {
        var result = Base().AddStep("1", "Menyusun", "staf", s => s.WithNext("9")).AddStep("2", "Selesai", "kasi").Build();
        AssertProblem(Only(result), ProblemCodes.UnknownReference, "steps[0].next", "9", "langkah", "step");
    }

    [Fact]
    public void Split_UnknownBranch_IsNamedByIndex()
    {
        var result = Base().AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "9")).AddStep("2", "Selesai", "kasi").Build();
        AssertProblem(Only(result), ProblemCodes.UnknownReference, "steps[0].split[1]", "9", "langkah", "step");
    }

    [Fact]
    public void Split_SameBranchTwice_IsADuplicate()
    {
        var result = Base().AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "2", "3")).AddStep("2", "A", "kasi").AddStep("3", "B", "kabag", s => s.AsJoin()).Build();
        AssertProblem(Only(result), ProblemCodes.Duplicate, "steps[0].split[1]", "2", "steps[0].split");
    }

    [Fact]
    public void Split_OneBranch_IsRefused()
    {
        var result = Base().AddStep("1", "Membagi", "staf", s => s.SplitTo("2")).AddStep("2", "Selesai", "kasi").Build();
        AssertProblem(Only(result), ProblemCodes.SopDefinitionInvalid, "steps[0].split", "2", "kerja paralel memerlukan paling sedikit dua langkah", "parallel work needs at least two steps");
    }

    [Fact]
    public void Split_WithNext_IsRefused()
    {
        var result = Base()
            .AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "3").WithNext("3"))
            .AddStep("2", "A", "kasi", s => s.WithNext("4"))
            .AddStep("3", "B", "kabag")
            .AddStep("4", "Gabung", "staf", s => s.AsJoin())
            .Build();
        AssertProblem(Only(result), ProblemCodes.SopDefinitionInvalid, "steps[0].split", "2, 3",
            "langkah yang membuka kerja paralel tidak boleh juga punya 'next' atau keputusan", "a step that opens parallel work cannot also have 'next' or a decision");
    }

    [Fact]
    public void SplitKelengkapanOutput_NullArrays_AddNothing()
    {
        var sop = Base().AddStep("1", "Menyusun", "staf", s => s.WithKelengkapan(null!).WithOutput(null!).SplitTo(null!)).Build();
        Assert.True(sop.IsValid, sop.ToString());
        Assert.Empty(sop.Value.FirstStep.Kelengkapan);
        Assert.Empty(sop.Value.FirstStep.Output);
        Assert.Empty(sop.Value.FirstStep.Split);
    }

    [Fact]
    public void ActorInferredAndActorNote_AreKept()
    {
        var sop = Base()
            .AddStep("1", "Menyusun", "staf", s => s.ActorInferred("disimpulkan"))
            .AddStep("2", "Memeriksa", "kasi", s => s.WithActorNote("dua orang"))
            .Build().Value;
        Assert.Equal((true, "disimpulkan"), (sop.Steps[0].IsActorInferred, sop.Steps[0].ActorNote));
        Assert.Equal((false, "dua orang"), (sop.Steps[1].IsActorInferred, sop.Steps[1].ActorNote));
    }

    [Fact]
    public void DecisionReturningToRole_UnknownRole_IsNamed()
    {
        var result = Base().AddStep("1", "Menyusun", "staf").AddDecisionReturningToRole("2", "Memeriksa", "kasi", "camat").Build();
        var problem = Only(result);
        Assert.Equal((ProblemCodes.SopUnknownRole, "steps[1].decision.noRole", "camat"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void Decision_WithoutReturn_IsRequired()
    {
        var result = Base().AddStep("1", "Menyusun", "staf").AddDecision("2", "Memeriksa", "kasi", returnTo: null!).Build();
        AssertProblem(Only(result), ProblemCodes.Required, "steps[1].decision.no", null);
    }

    [Fact]
    public void Decision_ReturningToItself_NamesItsKey()
    {
        var plain = Base().AddStep("1", "Menyusun", "staf").AddDecision("2", "Memeriksa", "kasi", returnTo: "2").Build();
        AssertProblem(Only(plain), ProblemCodes.SopReturnNotBack, "steps[1].decision.no", "2", "2");

        var inSection = Base().AddSection("A", "Bagian A").AddStep("1", "Menyusun", "staf").AddDecision("2", "Memeriksa", "kasi", returnTo: "2").Build();
        AssertProblem(Only(inSection), ProblemCodes.SopReturnNotBack, "steps[1].decision.no", "2", "A/2");
    }

    [Fact]
    public void DecisionReturningToRole_NoEarlierStep_NamesItsKeyInTheSection()
    {
        var result = Base().AddSection("A", "Bagian A").AddStep("1", "Menyusun", "staf").AddDecisionReturningToRole("2", "Memeriksa", "kasi", "kabag").Build();
        AssertProblem(Only(result), ProblemCodes.SopReturnRoleNotBefore, "steps[1].decision.noRole", "kabag", "A/2");
    }

    [Fact]
    public void Reference_ToAnotherSectionByKey_IsResolvedAsAKey()
    {
        var sop = Base()
            .AddSection("A", "Bagian A")
            .AddStep("1", "Menyusun", "staf", s => s.WithNext("B/1"))
            .AddStep("2", "Terlewat kecuali lewat B", "kasi", s => s.WithNext("B/2"))
            .AddSection("B", "Bagian B")
            .AddStep("1", "Memeriksa", "kasi", s => s.WithNext("A/2"))
            .AddStep("2", "Selesai", "kabag")
            .Build();
        Assert.True(sop.IsValid, sop.ToString());
        var d = sop.Value;
        Assert.Equal(new[] { "B/1" }, d.NextSteps(d.FindStep("A/1")!).Select(s => s.Key));
        Assert.Equal(new[] { "A/2" }, d.NextSteps(d.FindStep("B/1")!).Select(s => s.Key));
    }

    [Fact]
    public void Decision_ApproveTo_IsTheNextStep()
    {
        var sop = Base()
            .AddStep("1", "Menyusun", "staf")
            .AddStep("2", "Memeriksa", "kasi", s => s.AsDecision("1", approveTo: "4"))
            .AddStep("3", "Sesudah 4", "staf", s => s.WithNext("5"))
            .AddStep("4", "Melanjutkan", "kabag", s => s.WithNext("3"))
            .AddStep("5", "Selesai", "kabag")
            .Build();
        Assert.True(sop.IsValid, sop.ToString());
        var d = sop.Value;
        Assert.Equal(new[] { "4" }, d.NextSteps(d.FindStep("2")!).Select(s => s.Key));
    }

    [Fact]
    public void Gap_WithoutNote_AndBlankStep_AreRequired()
    {
        var result = Base().AddStep("1", "Menyusun", "staf").AddGap(["1"], "").AddGap([" "], "kosong").Build();
        Assert.Equal(2, result.Problems.Count);
        AssertProblem(result.Problems[0], ProblemCodes.Required, "gaps[0].note", "");
        AssertProblem(result.Problems[1], ProblemCodes.Required, "gaps[1].steps[0]", " ");
    }

    [Fact]
    public void Gap_NamingMissingStepsWithoutAfter_IsRefused()
    {
        var result = Base().AddStep("1", "Menyusun", "staf").AddGap(["2", "3"], "langkah 2 dan 3 hilang").Build();
        AssertProblem(Only(result), ProblemCodes.SopDefinitionInvalid, "gaps[0].after", null,
            "celah ini menyebut langkah yang tidak tercetak; isi 'after' dengan langkah tercetak yang mendahuluinya",
            "this gap names steps that are not printed; set 'after' to the printed step they would follow");
    }

    [Fact]
    public void Gap_AfterAnUnknownStep_IsAnUnknownReference()
    {
        var result = Base().AddStep("1", "Menyusun", "staf").AddGap(["2"], "langkah 2 hilang", after: "9").Build();
        AssertProblem(Only(result), ProblemCodes.UnknownReference, "gaps[0].after", "9", "langkah", "step");
    }

    [Fact]
    public void Gap_NamesAPrintedStepByItsKey_AndABlankIndonesianNoteIsNone()
    {
        var sop = Base().AddSection("A", "Bagian A").AddStep("1", "Menyusun", "staf").AddStep("2", "Memeriksa", "kasi")
            .AddGap([" A/1 ", "5"], "step 5 lost", after: "A/2", noteIndonesian: "  ")
            .AddGap(null!, "no steps")
            .Build();
        Assert.True(sop.IsValid, sop.ToString());
        var gap = sop.Value.Gaps[0];
        Assert.Equal(new[] { "A/1", "5" }, gap.Steps);
        Assert.Equal("A/2", gap.After);
        Assert.Null(gap.NoteIndonesian);
        Assert.Equal("step 5 lost", gap.GetNote(MessageLanguage.Indonesian));
        Assert.Empty(sop.Value.Gaps[1].Steps);
    }

    [Fact]
    public void Flow_SelfLoop_IsNamedAtItsNext()
    {
        var result = Base().AddStep("1", "Menyusun", "staf").AddStep("2", "Mengulang", "kasi", s => s.WithNext("2")).Build();
        var loop = Only(result);
        AssertProblem(loop, ProblemCodes.SopNoWayOut, "steps[1].next", "2", "2");
    }

    [Fact]
    public void Flow_LoopClosedTwice_IsNamedAtTheLatestStepThatCloses()
    {
        var result = Base()
            .AddStep("1", "Menyusun", "staf")
            .AddDecision("2", "Memeriksa", "kasi", returnTo: "1")
            .AddStep("3", "Kembali", "staf", s => s.WithNext("1"))
            .AddStep("4", "Tak pernah", "kabag")
            .Build();
        var loop = Assert.Single(result.Problems, p => p.Code == ProblemCodes.SopNoWayOut);
        AssertProblem(loop, ProblemCodes.SopNoWayOut, "steps[2].next", "1", "1, 2, 3");
        Assert.Equal(new[] { ProblemCodes.SopUnreachable, ProblemCodes.SopNoWayOut }, result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Flow_StepsLeadingIntoAClosedLoop_AreNotALoopThemselves()
    {
        // 1 and 2 form a loop (2 returns to 1) that leads on to 3; 3 and 4 form the closed loop.
        var result = Base()
            .AddStep("1", "Menyusun", "staf")
            .AddDecision("2", "Memeriksa", "kasi", returnTo: "1")
            .AddStep("3", "Mengirim", "staf")
            .AddStep("4", "Kembali", "kabag", s => s.WithNext("3"))
            .Build();
        AssertProblem(Only(result), ProblemCodes.SopNoWayOut, "steps[3].next", "3", "3, 4");
    }

    [Fact]
    public void Flow_DecisionReturningToRole_ClosesTheLoopThroughThatRolesStep()
    {
        // Approval goes back to the decision itself, so the only other edge is the return to Staf's step 1.
        var result = Base()
            .AddStep("1", "Menyusun", "staf")
            .AddStep("2", "Mengulang", "kasi", s => s.AsDecisionReturningToRole("staf", approveTo: "2"))
            .AddStep("3", "Tak pernah", "kabag")
            .Build();
        var loop = Assert.Single(result.Problems, p => p.Code == ProblemCodes.SopNoWayOut);
        Assert.Equal("1, 2", loop.Arguments[0]);
    }

    [Fact]
    public void Flow_ReturnsInsideParallelBranches_DoNotMakeThemMeet()
    {
        var byStep = Base()
            .AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "3"))
            .AddStep("2", "Mengisi A", "kasi", s => s.WithNext("4"))
            .AddDecision("3", "Memeriksa B", "kabag", returnTo: "2")
            .AddStep("4", "Menghimpun", "staf", s => s.AsJoin())
            .Build();
        Assert.True(byStep.IsValid, byStep.ToString());

        var byRole = Base()
            .AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "3"))
            .AddStep("2", "Mengisi A", "kasi", s => s.WithNext("4"))
            .AddDecisionReturningToRole("3", "Memeriksa B", "kabag", "kasi")
            .AddStep("4", "Menghimpun", "staf", s => s.AsJoin())
            .Build();
        Assert.True(byRole.IsValid, byRole.ToString());
    }

    [Fact]
    public void Flow_StepsAfterAJoin_AreNotWhereTheBranchesMeet()
    {
        // The branches meet at 5 (the join), which then goes on to 2, a step printed before it.
        var sop = Base()
            .AddStep("1", "Membagi", "staf", s => s.SplitTo("3", "4"))
            .AddStep("2", "Mengirim", "kabag", s => s.WithNext("6"))
            .AddStep("3", "Mengisi A", "kasi", s => s.WithNext("5"))
            .AddStep("4", "Mengisi B", "kabag", s => s.WithNext("5"))
            .AddStep("5", "Menghimpun", "staf", s => s.AsJoin().WithNext("2"))
            .AddStep("6", "Selesai", "staf")
            .Build();
        Assert.True(sop.IsValid, sop.ToString());
    }

    [Fact]
    public void Flow_BranchesMeetingAtAStepNotMarked_IsNamedAtThatStep()
    {
        var result = Base()
            .AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "3"))
            .AddStep("2", "Mengisi A", "kasi", s => s.WithNext("4"))
            .AddStep("3", "Mengisi B", "kabag")
            .AddStep("4", "Menghimpun", "staf")
            .Build();
        AssertProblem(Only(result), ProblemCodes.SopJoinMissing, "steps[3].join", "4", "1");
    }

    [Fact]
    public void Join_OpensOnlyWhenEveryBranchHasArrived()
    {
        var sop = Base().TwoBranchesAndAJoin().Build().Value;
        var engine = new SopEngine(new FakeClock(SopTestKit.Monday0800Wib), SopTestKit.RosterFor(sop));
        var i = engine.Start(sop, "i-1", "TW II", "staf").Value;
        i = engine.Complete(i, i.Version, "staf").Value;
        Assert.Equal(new[] { "2", "3" }, i.OpenSteps.Select(o => o.Step.Key));
        i = engine.Complete(i, i.Version, "kasi", step: "2").Value;
        Assert.Equal(new[] { "3" }, i.OpenSteps.Select(o => o.Step.Key));
        i = engine.Complete(i, i.Version, "kabag", step: "3").Value;
        Assert.Equal(new[] { "4" }, i.OpenSteps.Select(o => o.Step.Key));
    }

    [Fact]
    public void StepByEach_OfThirtyTwoRoles_WaitsForEveryOne()
    {
        var builder = SopDefinition.CreateBuilder("x").WithHeader(new SopHeader { Nama = "SOP" });
        var roles = Enumerable.Range(1, 32).Select(r => "seksi" + r).ToArray();
        foreach (var r in roles)
        {
            builder.AddRole(r, "Seksi " + r);
        }

        var sop = builder.AddStepByEach("1", "Mengisi", roles).AddStep("2", "Selesai", "seksi1").Build().Value;
        var engine = new SopEngine(new FakeClock(SopTestKit.Monday0800Wib), SopTestKit.RosterFor(sop));
        var i = engine.Start(sop, "i-1", "TW II", "seksi1").Value;
        i = engine.Complete(i, i.Version, "seksi1").Value;
        var open = Assert.Single(i.OpenSteps);
        Assert.Equal("1", open.Step.Key);
        Assert.Equal(31, open.PendingRoles.Count);
    }

    [Fact]
    public void Lookups_ToStringAndIndexOf()
    {
        var sop = Base(3).AddSection("A", "Bagian A").AddStep("1", "Menyusun", "staf").Build().Value;
        Assert.Equal("x v3: SOP uji", sop.ToString());
        Assert.Equal("A/1. Menyusun", sop.FirstStep.ToString());
        Assert.Equal(0, sop.IndexOf("A/1"));
        Assert.Equal(-1, sop.IndexOf("1"));
        Assert.Throws<ArgumentNullException>("step", () => sop.NextSteps(null!));
    }

    [Fact]
    public void Gap_ToString_ListsStepsAndNote()
    {
        var sop = Base().AddStep("1", "Menyusun", "staf").AddStep("2", "Memeriksa", "kasi").AddGap(["1", "2"], "duplicated").Build().Value;
        Assert.Equal("[1, 2] duplicated", sop.Gaps[0].ToString());
    }

    [Fact]
    public void Header_NamaByDefault_IsEmpty()
    {
        Assert.Equal(string.Empty, new SopHeader().Nama);
    }

    [Fact]
    public void MutuBakuWaktu_BadArguments_NameTheRange()
    {
        var unit = Assert.Throws<ArgumentOutOfRangeException>("unit", () => MutuBakuWaktu.Between(1, 2, MutuBakuUnit.None));
        Assert.Contains("Value should be Minute, Hour, Day or Week.", unit.Message, StringComparison.Ordinal);
        var bounds = Assert.Throws<ArgumentOutOfRangeException>("lower", () => MutuBakuWaktu.Between(3, 2, MutuBakuUnit.Day));
        Assert.Contains("Bounds should satisfy 0 < lower <= upper; got 3 and 2.", bounds.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("calendar", () => MutuBakuWaktu.Of(1, MutuBakuUnit.Day).Due(null!, SopTestKit.Monday0800Wib));
    }

    // ---- survivors of the sop-definitions run of 6 December (night) -----------------------------------------

    [Fact]
    public void Build_DuplicateStep_NamesTheStepItRepeats()
    {
        var result = Base().AddStep("1", "A", "staf").AddStep("1", "B", "kasi").Build();
        AssertProblem(Only(result), ProblemCodes.Duplicate, "steps[1].id", "1", "steps[0]");
    }

    [Fact]
    public void Build_RoleWithBlankIdOrName_NamesTheField()
    {
        var result = Base().AddRole(" ", "X").AddRole("y", " ").AddStep("1", "A", "staf").Build();
        Assert.Equal(
            new[] { (ProblemCodes.Required, "roles[3].id"), (ProblemCodes.Required, "roles[4].name") },
            result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Build_DecisionWithApproveStepAndNext_IsRefusedAtNext()
    {
        var result = Base()
            .AddStep("1", "A", "staf")
            .AddStep("2", "B", "kasi", s => s.AsDecision("1", "4").WithNext("3"))
            .AddStep("3", "C", "kabag")
            .AddStep("4", "D", "staf")
            .Build();
        var problem = Only(result);
        Assert.Equal((ProblemCodes.SopDefinitionInvalid, "steps[1].next", "3"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void Build_LoopClosedByApproval_IsNamedAtDecisionYes()
    {
        var result = Base().AddStep("1", "A", "staf").AddStep("2", "B", "kasi", s => s.AsDecision("1", "1")).Build();
        AssertProblem(Only(result), ProblemCodes.SopNoWayOut, "steps[1].decision.yes", "1", "1, 2");
    }

    /// <summary>A branch that goes back to the split itself: the loop is named at the split's branch, the walk of each
    /// branch stops at the split and still ends.</summary>
    [Fact]
    public void Build_LoopClosedByABranch_IsNamedAtTheBranch()
    {
        var result = Base().AddStep("1", "A", "staf").AddStep("2", "B", "kasi").AddStep("3", "C", "kabag", s => s.SplitTo("1", "2")).Build();
        Assert.False(result.IsValid);
        AssertProblem(result.Problems[0], ProblemCodes.SopNoWayOut, "steps[2].split[0]", "1", "1, 2, 3");
        AssertProblem(result.Problems[1], ProblemCodes.SopJoinMissing, "steps[1].join", "2", "3");
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void Build_BranchesThatNeverMeet_NeedNoJoin()
    {
        var result = Base().AddStep("1", "A", "staf", s => s.SplitTo("2", "3")).AddStep("2", "B", "kasi", s => s.WithNext("2")).AddStep("3", "C", "kabag").Build();
        AssertProblem(Only(result), ProblemCodes.SopNoWayOut, "steps[1].next", "2", "2");
    }

    [Fact]
    public void Build_BranchesMeetingUnmarked_NamesOnlyTheFirstStepTheyShare()
    {
        var result = Base()
            .AddStep("1", "A", "staf", s => s.SplitTo("2", "3"))
            .AddStep("2", "B", "kasi", s => s.WithNext("4"))
            .AddStep("3", "C", "kabag")
            .AddStep("4", "D", "staf")
            .AddStep("5", "E", "staf")
            .Build();
        AssertProblem(Only(result), ProblemCodes.SopJoinMissing, "steps[3].join", "4", "1");
    }

    [Fact]
    public void GapsNamingAPrintedStep_AreReachedWhenTheStepOpens_EachOnce()
    {
        var sop = Base().AddStep("1", "A", "staf").AddStep("2", "B", "kasi").AddStep("3", "C", "kabag")
            .AddGap(["2"], "isi langkah 2 hilang").AddGap(["2", "2"], "langkah 2 lagi").Build().Value;
        var engine = new SopEngine(new FakeClock(SopTestKit.Monday0800Wib), SopTestKit.RosterFor(sop));
        var i = engine.Start(sop, "i-1", "TW II", "staf").Value;
        Assert.Empty(i.ReachedGaps);
        i = engine.Complete(i, i.Version, "staf").Value;
        Assert.Equal(sop.Gaps, i.ReachedGaps);
        i = engine.Complete(i, i.Version, "kasi").Value;
        i = engine.Complete(i, i.Version, "kabag").Value;
        Assert.Equal((SopStatus.CompletedWithGaps, 2), (i.Status, i.ReachedGaps.Count));
    }

    [Fact]
    public void Table_DecisionAtTheEnd_ApprovesToTheEnd_AndACarriageReturnIsASpace()
    {
        var sop = Base().AddStep("1", "A\r\nB", "staf").AddDecision("2", "Menyetujui", "kasi", returnTo: "1").Build().Value;
        var table = SopDiagram.ToMarkdownTable(sop);
        Assert.Contains("| 1 | A  B | ✓ |", table, StringComparison.Ordinal);
        Assert.Contains("| 2 | Menyetujui ◇ ya → selesai, tidak → 1 |", table, StringComparison.Ordinal);
    }

    /// <summary>A branch that goes back to its split (step 3 sends the work to 1 again) is a loop with a way out: valid,
    /// and the join's walk back over the loop ends (each step once).</summary>
    [Fact]
    public void Build_BranchLoopingBackToItsSplit_IsValid_AndTheJoinStillOpens()
    {
        var sop = Base()
            .AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "3"))
            .AddStep("2", "Mengisi A", "kasi", s => s.WithNext("4"))
            .AddStep("3", "Mengulang", "kabag", s => s.WithNext("1"))
            .AddStep("4", "Menghimpun", "staf", s => s.AsJoin())
            .Build();
        Assert.Empty(sop.Problems);
        var engine = new SopEngine(new FakeClock(SopTestKit.Monday0800Wib), SopTestKit.RosterFor(sop.Value));
        var i = engine.Start(sop.Value, "i-1", "TW II", "staf").Value;
        i = engine.Complete(i, i.Version, "staf").Value;
        i = engine.Complete(i, i.Version, "kasi", step: "2").Value;
        Assert.Equal(new[] { "3" }, i.OpenSteps.Select(o => o.Step.Key));
    }

    /// <summary>Separation of duties looks forward from each completed step for the decision it prepared. On a flow whose
    /// branch goes back to its split (3 sends the work to 1 again) that walk meets the loop first and must still end,
    /// visiting each step once, and find the decision through the other branch.</summary>
    [Fact]
    public void SeparationOfDuties_OverABranchLoopingBackToItsSplit_FindsWhoPreparedTheDecision()
    {
        var sop = Base()
            .AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "3"))
            .AddStep("2", "Memeriksa", "kasi", s => s.AsDecision("1", approveTo: "4"))
            .AddStep("3", "Mengulang", "kabag", s => s.WithNext("1"))
            .AddStep("4", "Menghimpun", "staf", s => s.AsJoin())
            .Build().Value;
        var roster = OfficeRoster.CreateBuilder()
            .AddPerson("ani", "Ani", "Staf", "Kepala Seksi")
            .AddPerson("budi", "Budi", "Kepala Seksi")
            .AddPerson("citra", "Citra", "Kepala Bagian")
            .Build().Value;
        var engine = new SopEngine(new FakeClock(SopTestKit.Monday0800Wib), roster, new SopEngineOptions { EnforceSeparationOfDuties = true });
        var i = engine.Start(sop, "i-1", "TW II", "ani").Value;
        i = engine.Complete(i, i.Version, "ani").Value;

        var refused = engine.Approve(i, i.Version, "ani", step: "2");
        AssertProblem(Only(refused), ProblemCodes.SopSeparationOfDuties, "personId", "ani", "1", "2");
        Assert.True(engine.Approve(i, i.Version, "budi", step: "2").IsValid);
    }

    [Fact]
    public void StepByEach_OfThirtyThreeRoles_IsRefused()
    {
        var builder = SopDefinition.CreateBuilder("x").WithHeader(new SopHeader { Nama = "SOP" });
        var roles = Enumerable.Range(1, 33).Select(r => "seksi" + r).ToArray();
        foreach (var r in roles)
        {
            builder.AddRole(r, "Seksi " + r);
        }

        var result = builder.AddStepByEach("1", "Mengisi", roles).AddStep("2", "Selesai", "seksi1").Build();
        AssertProblem(Only(result), ProblemCodes.SopDefinitionInvalid, "steps[0].actors", "33", "satu langkah dikerjakan oleh paling banyak 32 peran", "a step is done by at most 32 roles");
    }
}
