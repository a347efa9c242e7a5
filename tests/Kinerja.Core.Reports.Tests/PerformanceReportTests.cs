using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Reports.Tests;

public sealed class PerformanceReportTests
{
    [Fact]
    public void Create_DemoKecamatan_FiguresAreTheEvaluators()
    {
        var report = Fixtures.Report;
        var expected = CapaianEvaluator.Evaluate(Fixtures.Pk, Fixtures.Realisasi, CapaianPolicy.Default);

        Assert.Equal(expected.Count, report.Capaian.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].ByTriwulan.Select(q => q.AnnualCapaian), report.Capaian[i].ByTriwulan.Select(q => q.AnnualCapaian));
        }
    }

    [Fact]
    public void Create_RenstraTarget_IsTheCalculatorsCapaianOfTheYearsRealisasi()
    {
        var report = Fixtures.Report;
        var ik2 = report.Capaian[1][Triwulan.IV].CumulativeRealisasi!.Value;

        Assert.Equal(CapaianCalculator.Calculate(Polarity.Positive, Target.Of(1300m), ik2, CapaianPolicy.Default), report.FindRenstraCapaian("IK2"));
        Assert.Null(report.FindRenstraCapaian("IK4"));
        Assert.Equal(CapaianCalculator.CalculateGrade(GradeScale.NilaiSakip, "A", "BB", CapaianPolicy.Default), report.FindRenstraCapaian("IK5"));
    }

    [Fact]
    public void Create_PreviousYear_MatchedById()
    {
        var report = Fixtures.Report;

        Assert.Equal(1100m, report.FindPreviousCapaian("IK2")!.Indicator.AnnualTarget.Value);
        Assert.Null(report.FindPreviousCapaian("IK3"));
    }

    [Fact]
    public void Create_BadInput_EveryProblemNamesFieldAndValueAndNothingIsBuilt()
    {
        var input = Fixtures.Input with
        {
            PreviousPerjanjianKinerja = Fixtures.Pk,
            PreviousMeasurements = Fixtures.PreviousMeasurements,
            RenstraYear = 2040,
            RenstraTargets = new Dictionary<string, Target>(StringComparer.Ordinal)
            {
                ["IK9"] = 5m,
                ["IK1"] = Target.OfGrade("A"),
                ["IK5"] = Target.OfGrade("Z"),
                ["IK2"] = -1m,
            },
        };

        var result = PerformanceReport.Create(input);

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                ("year.out-of-range", "previousPerjanjianKinerja.year", "2026"),
                ("reference.unknown", "previousMeasurements.key", Fixtures.PreviousMeasurements.Key.ToString()),
                ("year.out-of-range", "renstraYear", "2040"),
                ("target.kind", "renstraTargets[IK1]", "A"),
                ("target.negative", "renstraTargets[IK2]", "-1"),
                ("grade.unknown", "renstraTargets[IK5]", "Z"),
                ("reference.unknown", "renstraTargets[IK9]", "IK9"),
            ],
            result.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
        Assert.Equal("renstraTargets[IK1]: a target that is a grade does not fit an indicator whose values are numbers.", result.Problems[3].GetMessage(MessageLanguage.English));
        Assert.Equal("renstraTargets[IK1]: target berupa predikat tidak sesuai dengan indikator yang nilainya angka.", result.Problems[3].Message);
        Assert.Equal("renstraYear: tahun 2040 di luar rentang [2026-2030].", result.Problems[2].Message);
        Assert.Equal("renstraYear: year 2040 should be in range [2026-2030].", result.Problems[2].GetMessage(MessageLanguage.English));
        Assert.Equal("renstraTargets[IK9]: indicator 'IK9' was not found.", result.Problems[6].GetMessage(MessageLanguage.English));
        Assert.Equal("renstraTargets[IK9]: indikator 'IK9' tidak ditemukan.", result.Problems[6].Message);
    }

    [Fact]
    public void Create_RealisasiOfAnotherPk_ProblemNotException()
    {
        var result = PerformanceReport.Create(new ReportInput(Fixtures.Pk, Fixtures.PreviousMeasurements));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("reference.unknown", "measurements.key"), (problem.Code, problem.Path));
    }
}
