using Kinerja.Core.Agreements;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Agreements;

public class PerjanjianKinerjaBuilderTests
{
    [Fact]
    public void Build_ValidPk_HoldsEverything()
    {
        var pk = SamplePk.Build();
        Assert.Equal(new PerjanjianKinerjaKey("3303-BBS", 2026), pk.Key);
        Assert.Equal(1, pk.Version);
        Assert.Equal(2, pk.Sasaran.Count);
        Assert.Equal(new[] { "IK1", "IK2", "IK3" }, pk.Indicators.Select(i => i.Id).ToArray());
        Assert.Equal("S1", pk.FindSasaranOf("IK2")!.Id);
        Assert.Null(pk.FindIndicator("nope"));
        Assert.Equal(400_000_000m, pk.TotalPagu);
        Assert.Equal(Target.Of(30m), pk.FindIndicator("IK1")!.GetTriwulanTarget(Triwulan.III));
        Assert.Null(pk.PihakKedua.Nip);
        Assert.Equal(SamplePk.CamatNip, pk.PihakPertama.Nip!.Value.Digits);
    }

    [Fact]
    public void Build_NegativeTarget_ReportsFieldAndValueAndBuildsNothing()
    {
        var result = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("%").WithAnnualTarget(-5m)))
            .Build();

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.TargetNegative, problem.Code);
        Assert.Equal("sasaran[0].indicators[0].annualTarget", problem.Path);
        Assert.Equal("-5", problem.AttemptedValue);
        Assert.Equal("sasaran[0].indicators[0].annualTarget: target -5 negatif; target tidak boleh kurang dari 0.", problem.Message);
        Assert.Equal("sasaran[0].indicators[0].annualTarget: target -5 is negative; a target cannot be below 0.", problem.GetMessage(MessageLanguage.English));
        Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.False(result.TryGetValue(out _));
    }

    [Fact]
    public void Build_QuarterFive_ReportsTriwulanOutOfRange()
    {
        var result = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("%").WithAnnualTarget(90m).WithTriwulanTarget(5, 90m)))
            .Build();

        var problem = Assert.Single(result.Errors);
        Assert.Equal(ProblemCodes.TriwulanOutOfRange, problem.Code);
        Assert.Equal("sasaran[0].indicators[0].quarterlyTargets.triwulan", problem.Path);
        Assert.Equal("5", problem.AttemptedValue);
    }

    [Fact]
    public void Build_ManyBreaks_ReportsEveryOneAtOnce()
    {
        var result = PerjanjianKinerja.CreateBuilder(new OfficeUnit("", "Kecamatan"), 1999)
            .WithPihakPertama("", "Camat", "197803122005011003")
            .WithPihakKedua("Sekda", "Sekretaris Daerah", "197803122005011003")
            .AddSasaran("S1", "", s => s
                .AddIndicator("IK1", "A", i => i.WithAnnualTarget(Target.Between(90m, 80m)))
                .AddIndicator("IK1", "B", i => i.WithSatuan("%").WithAnnualTarget(Target.OfGrade("WTP"))))
            .AddSasaran("S1", "Lagi", s => { })
            .AddProgram("P1", "Program", ProgramKind.Program, -1m)
            .Build();

        var found = result.Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Contains((ProblemCodes.Required, "unit.code"), found);
        Assert.Contains((ProblemCodes.YearOutOfRange, "year"), found);
        Assert.Contains((ProblemCodes.Required, "pihakPertama.name"), found);
        Assert.Contains((ProblemCodes.Required, "sasaran[0].name"), found);
        Assert.Contains((ProblemCodes.Required, "sasaran[0].indicators[0].satuan"), found);
        Assert.Contains((ProblemCodes.TargetRangeUnordered, "sasaran[0].indicators[0].annualTarget"), found);
        Assert.Contains((ProblemCodes.Duplicate, "sasaran[0].indicators[1].id"), found);
        Assert.Contains((ProblemCodes.TargetKind, "sasaran[0].indicators[1].annualTarget"), found);
        Assert.Contains((ProblemCodes.Duplicate, "sasaran[1].id"), found);
        Assert.Contains((ProblemCodes.Empty, "sasaran[1].indicators"), found);
        Assert.Contains((ProblemCodes.AmountNegative, "programs[0].pagu"), found);
        Assert.All(result.Problems, p => Assert.Equal(Severity.Error, p.Severity));
    }

    [Fact]
    public void Build_SamePersonBothSides_IsRejected()
    {
        var result = PerjanjianKinerja.CreateBuilder(SamplePk.Kecamatan, 2026)
            .WithPihakPertama("A", "Camat", SamplePk.CamatNip)
            .WithPihakKedua("A", "Bupati", "19780312 200501 1 003")
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "I", i => i.WithSatuan("%").WithAnnualTarget(1m)))
            .Build();
        Assert.Equal(ProblemCodes.PihakSamePerson, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Build_QuarterlyTargetsNotSummingToAnnual_WarnsNamingBothFigures()
    {
        var result = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i
                .WithSatuan("Dokumen").WithAnnualTarget(100m).WithTriwulanTargets(10m, 20m, 30m, 30m)))
            .Build();

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemCodes.TriwulanTargetsInconsistent, warning.Code);
        Assert.Equal("90", warning.AttemptedValue);
        Assert.Contains("T1 + T2 + T3 + T4 = 90", warning.Message, StringComparison.Ordinal);
        Assert.Contains("target tahunan = 100", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AggregationMethod.LastValue, 80, 85, 88, 90, 90, false)]
    [InlineData(AggregationMethod.LastValue, 80, 85, 88, 89, 90, true)]
    [InlineData(AggregationMethod.Average, 80, 82, 84, 86, 83, false)]
    [InlineData(AggregationMethod.Average, 80, 82, 84, 86, 85, true)]
    [InlineData(AggregationMethod.Maximum, 80, 92, 84, 86, 92, false)]
    [InlineData(AggregationMethod.Minimum, 80, 92, 84, 86, 84, true)]
    public void Build_ConsistencyUnderEachMethod(AggregationMethod method, int t1, int t2, int t3, int t4, int annual, bool warns)
    {
        var result = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i
                .WithSatuan("%").WithAggregation(method).WithAnnualTarget(annual).WithTriwulanTargets(t1, t2, t3, t4)))
            .Build();
        Assert.True(result.IsValid);
        Assert.Equal(warns, result.Warnings.Any(w => w.Code == ProblemCodes.TriwulanTargetsInconsistent));
    }

    [Fact]
    public void Build_SomeQuarterlyTargetsMissing_WarnsIncomplete()
    {
        var result = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i
                .WithSatuan("Dokumen").WithAnnualTarget(100m).WithTriwulanTarget(1, 50m).WithTriwulanTarget(3, 50m)))
            .Build();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemCodes.TriwulanTargetsIncomplete, warning.Code);
        Assert.Equal("TW I, TW III", warning.AttemptedValue);
    }

    [Fact]
    public void Build_QualitativeIndicatorRules()
    {
        var result = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s
                .AddIndicator("IK1", "Opini", i => i.WithSatuan("Opini").WithAggregation(AggregationMethod.Average).WithGradeScale(GradeScale.OpiniBpk).WithAnnualTarget(Target.OfGrade("WTX")))
                .AddIndicator("IK2", "Tanpa skala", i => i.WithSatuan("Predikat").WithValueKind(ValueKind.QualitativeGrade).WithAggregation(AggregationMethod.LastValue).WithAnnualTarget(Target.OfGrade("A"))))
            .Build();
        var found = result.Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Contains((ProblemCodes.AggregationNotForGrades, "sasaran[0].indicators[0].aggregation"), found);
        Assert.Contains((ProblemCodes.GradeUnknown, "sasaran[0].indicators[0].annualTarget"), found);
        Assert.Contains((ProblemCodes.GradeScaleMissing, "sasaran[0].indicators[1].gradeScale"), found);
    }

    [Fact]
    public void WithGradeScale_WithoutAggregation_DefaultsToLastValue()
    {
        var pk = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Opini BPK", i => i
                .WithSatuan("Opini").WithGradeScale(GradeScale.OpiniBpk).WithAnnualTarget(Target.OfGrade("WTP"))))
            .Build().Value;
        Assert.Equal(AggregationMethod.LastValue, pk.FindIndicator("IK1")!.Aggregation);
        Assert.Equal(ValueKind.QualitativeGrade, pk.FindIndicator("IK1")!.ValueKind);
    }

    [Fact]
    public void Build_ProgramCascadeWithoutSasaranId_IsRejected()
    {
        var result = SamplePk.Build().ToRevisionBuilder()
            .AddProgram("P2", "Program", ProgramKind.Program, 1m, new CascadeLink(new PerjanjianKinerjaKey("3303", 2026), " "))
            .Build();
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.Required, "programs[1].cascadesTo.sasaranId"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Build_CascadeToAnotherYear_IsRejected()
    {
        var result = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s
                .CascadesTo(new CascadeLink(new PerjanjianKinerjaKey("3303", 2025), "SK1"))
                .AddIndicator("IK1", "I", i => i.WithSatuan("%").WithAnnualTarget(1m)))
            .Build();
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.CascadeYear, problem.Code);
        Assert.Equal("sasaran[0].cascadesTo.year", problem.Path);
    }

    [Fact]
    public void ValidateCascade_LinkToMissingParentSasaran_IsReported()
    {
        var parent = SamplePk.Build();
        var child = PerjanjianKinerja.CreateBuilder(new OfficeUnit("3303-BBS-PEM", "Seksi Pemerintahan"), 2026)
            .WithPihakPertama("Kasi", "Kepala Seksi Pemerintahan", SamplePk.SekcamNip)
            .WithPihakKedua("Demo Camat", "Camat Bobotsari", SamplePk.CamatNip)
            .AddSasaran("SP1", "Tertib administrasi", s => s
                .CascadesTo(new CascadeLink(parent.Key, "S1"))
                .AddIndicator("IKP1", "Persentase", i => i.WithSatuan("%").WithAnnualTarget(100m)))
            .AddProgram("P9", "Program", ProgramKind.Program, 1m, new CascadeLink(parent.Key, "S9"))
            .Build().Value;

        var result = child.ValidateCascade(parent);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("programs[0].cascadesTo.sasaranId", problem.Path);
        Assert.Equal("S9", problem.AttemptedValue);
    }

    [Fact]
    public void Revision_NewVersionKeepsOldReadable()
    {
        var original = SamplePk.Build();
        var history = PerjanjianKinerjaHistory.Start(original);
        var revised = original.ToRevisionBuilder()
            .WithRevisionNote("Refocusing anggaran")
            .UpdateSasaran("S1", s => s.UpdateIndicator("IK1", i => i.WithAnnualTarget(120m).WithTriwulanTargets(20m, 30m, 30m, 40m)))
            .RemoveProgram("P1")
            .Build().Value;

        var next = history.Revise(revised);
        Assert.True(next.IsValid);
        Assert.Equal(2, next.Value.Current.Version);
        Assert.Equal(Target.Of(100m), next.Value.GetVersion(1).FindIndicator("IK1")!.AnnualTarget);
        Assert.Equal(Target.Of(120m), next.Value.GetVersion(2).FindIndicator("IK1")!.AnnualTarget);
        Assert.Empty(next.Value.Current.Programs);
        Assert.Single(history.Versions);

        Assert.Null(revised.SignedOn);
        var stale = next.Value.Revise(revised);
        Assert.Equal(ProblemCodes.RevisionOutOfOrder, Assert.Single(stale.Problems).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => next.Value.GetVersion(3));
    }

    [Fact]
    public void Revision_UnknownIds_AreReported()
    {
        var result = SamplePk.Build().ToRevisionBuilder()
            .UpdateSasaran("S9", _ => { })
            .UpdateSasaran("S1", s => s.RemoveIndicator("IK9"))
            .Build();
        var found = result.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)).ToArray();
        Assert.Contains((ProblemCodes.UnknownReference, "sasaran", "S9"), found);
        Assert.Contains((ProblemCodes.UnknownReference, "sasaran[0].indicators", "IK9"), found);
    }

    [Fact]
    public void Pejabat_PrintedJabatan_HasActingPrefix()
    {
        Assert.Equal("Plt. Camat Bobotsari", new Pejabat("A", "Camat Bobotsari", acting: ActingStatus.Plt).PrintedJabatan);
        Assert.Equal("Plh. Camat Bobotsari", new Pejabat("A", "Camat Bobotsari", acting: ActingStatus.Plh).PrintedJabatan);
        Assert.Equal("Camat Bobotsari", new Pejabat("A", "Camat Bobotsari").PrintedJabatan);
    }

    [Fact]
    public void Build_QuarterlyTargetsAddingUpBeyondDecimal_IsAnErrorNotAnOverflow()
    {
        // Four quarters of 5 × 10²⁸ add up beyond a decimal (7.9 × 10²⁸): a clear error on the quarterly targets.
        const decimal big = 50_000_000_000_000_000_000_000_000_000m;
        var result = SamplePk.Builder()
            .AddSasaran("S1", "Meningkatnya kualitas pelayanan publik", s => s
                .AddIndicator("IK1", "Jumlah dokumen", i => i.WithSatuan("Dokumen").WithAnnualTarget(big).WithTriwulanTargets(big, big, big, big)))
            .Build();

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ProblemCodes.OutOfRange, "sasaran[0].indicators[0].quarterlyTargets"), (error.Code, error.Path));
        Assert.StartsWith("50000000000000000000000000000; ", error.AttemptedValue, StringComparison.Ordinal);
    }
}
