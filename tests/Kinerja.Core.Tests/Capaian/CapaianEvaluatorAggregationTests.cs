using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Tests.Capaian;

/// <summary>
/// <see cref="CapaianEvaluator"/> beyond <see cref="CapaianEvaluatorTests"/>: argument errors, range
/// targets aggregated bound by bound under each method (docs/quarters.md), quarters without a target,
/// and graded indicators under Maximum and Minimum. Every figure is worked out by hand in a comment.
/// </summary>
public class CapaianEvaluatorAggregationTests
{
    private static readonly PerjanjianKinerja Pk = SamplePk.Build();

    [Fact]
    public void Evaluate_NullArguments_ThrowNamingTheArgument()
    {
        var set = MeasurementSet.CreateBuilder(Pk).Build().Value;
        var indicator = Pk.FindIndicator("IK1")!;

        Assert.Equal("pk", Assert.Throws<ArgumentNullException>(() => CapaianEvaluator.Evaluate((PerjanjianKinerja)null!, set, CapaianPolicy.Default)).ParamName);
        Assert.Equal("measurements", Assert.Throws<ArgumentNullException>(() => CapaianEvaluator.Evaluate(Pk, null!, CapaianPolicy.Default)).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => CapaianEvaluator.Evaluate((Indicator)null!, set, CapaianPolicy.Default)).ParamName);
        Assert.Equal("measurements", Assert.Throws<ArgumentNullException>(() => CapaianEvaluator.Evaluate(indicator, null!, CapaianPolicy.Default)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => CapaianEvaluator.Evaluate(indicator, set, null!)).ParamName);
    }

    [Fact]
    public void Evaluate_MeasurementsOfAnotherYear_MessageNamesBothPks()
    {
        var nextYear = SamplePk.Builder(2027).AddSasaran("S1", "S", s => s.AddIndicator("IK1", "I", i => i.WithSatuan("%").WithAnnualTarget(1m))).Build().Value;
        var wrong = MeasurementSet.CreateBuilder(nextYear).Build().Value;

        var e = Assert.Throws<ArgumentException>(() => CapaianEvaluator.Evaluate(Pk, wrong, CapaianPolicy.Default));

        Assert.Equal("measurements", e.ParamName);
        Assert.StartsWith($"The measurements are of PK {nextYear.Key}, not of PK {Pk.Key}.", e.Message, StringComparison.Ordinal);
    }

    // Quarterly range targets [10, 50], [30, 40], [20, 45], [25, 60]; TW I and TW II reported (20 and 35).
    // At TW II, bound by bound over TW I-II:
    //   CumulativeSum: [10 + 30, 50 + 40] = [40, 90], R = 55
    //   Average:       [40 / 2, 90 / 2] = [20, 45], R = 27.5
    //   Maximum:       [max(10, 30), max(50, 40)] = [30, 50], R = 35
    //   Minimum:       [min(10, 30), min(50, 40)] = [10, 40], R = 20
    // Annual targets, by the same rule over all four: sum [85, 195], mean [21.25, 48.75], max [30, 60], min [10, 40].
    [Theory]
    [InlineData(AggregationMethod.CumulativeSum, "85", "195", "40", "90", "55")]
    [InlineData(AggregationMethod.Average, "21.25", "48.75", "20", "45", "27.5")]
    [InlineData(AggregationMethod.Maximum, "30", "60", "30", "50", "35")]
    [InlineData(AggregationMethod.Minimum, "10", "40", "10", "40", "20")]
    public void Evaluate_RangeTargets_AggregateBoundByBound(AggregationMethod method, string annualLower, string annualUpper, string lower, string upper, string realisasi)
    {
        var pk = SamplePk.Builder()
            .AddSasaran("S1", "S", s => s.AddIndicator("X", "X", i => i
                .WithSatuan("%").WithAggregation(method)
                .WithAnnualTarget(Target.Between(D(annualLower), D(annualUpper)))
                .WithTriwulanTargets(Target.Between(10m, 50m), Target.Between(30m, 40m), Target.Between(20m, 45m), Target.Between(25m, 60m))))
            .Build().Value;
        var set = MeasurementSet.CreateBuilder(pk).AddRealisasi("X", 1, 20m).AddRealisasi("X", 2, 35m).Build().Value;

        var tw2 = CapaianEvaluator.Evaluate(pk, set, CapaianPolicy.Default).Single()[Triwulan.II];

        Assert.Equal(Target.Between(D(lower), D(upper)), tw2.CumulativeTarget);
        Assert.Equal(D(realisasi), tw2.CumulativeRealisasi);
        Assert.Equal(100m, tw2.CumulativeCapaian.Value); // inside the range in each case
    }

    [Fact]
    public void Evaluate_QuarterWithoutTarget_QuarterAndCumulativeHaveNoTarget()
    {
        // Average, annual 50, only TW I has a target (40). TW I: 40, TW II: 70.
        var pk = SamplePk.Builder()
            .AddSasaran("S1", "S", s => s.AddIndicator("X", "X", i => i
                .WithSatuan("%").WithAggregation(AggregationMethod.Average).WithAnnualTarget(50m).WithTriwulanTarget(1, Target.Of(40m))))
            .Build().Value;
        var set = MeasurementSet.CreateBuilder(pk).AddRealisasi("X", 1, 40m).AddRealisasi("X", 2, 70m).Build().Value;

        var x = CapaianEvaluator.Evaluate(pk, set, CapaianPolicy.Default).Single();

        Assert.Equal(100m, x[Triwulan.I].Capaian.Value);                                   // 40 / 40
        Assert.Equal(CapaianResult.NotComputable(CapaianReason.TargetMissing), x[Triwulan.II].Capaian);
        Assert.Equal(55m, x[Triwulan.II].CumulativeRealisasi);                             // (40 + 70) / 2
        Assert.Null(x[Triwulan.II].CumulativeTarget);                                      // TW II has none
        Assert.Equal(CapaianResult.NotComputable(CapaianReason.TargetMissing), x[Triwulan.II].CumulativeCapaian);
        Assert.Equal(110m, x[Triwulan.II].AnnualCapaian.Value);                            // 55 / 50
    }

    // Nilai SAKIP scores: D 1, C 2, CC 3, B 4, BB 5, A 6, AA 7. Quarterly targets B, BB, B, A (annual: max A, min B).
    // Reported: TW I "bb" (5), TW II "CC" (3), TW III "BB" (5), TW IV not reported.
    private static PerjanjianKinerja GradedPk(AggregationMethod method) =>
        SamplePk.Builder()
            .AddSasaran("S1", "S", s => s.AddIndicator("G", "Predikat SAKIP", i => i
                .WithSatuan("Predikat").WithGradeScale(GradeScale.NilaiSakip).WithAggregation(method)
                .WithAnnualTarget(Target.OfGrade(method == AggregationMethod.Minimum ? "B" : "A"))
                .WithTriwulanTargets(Target.OfGrade("B"), Target.OfGrade("BB"), Target.OfGrade("B"), Target.OfGrade("A"))))
            .Build().Value;

    private static IndicatorCapaian EvaluateGraded(AggregationMethod method)
    {
        var pk = GradedPk(method);
        var set = MeasurementSet.CreateBuilder(pk).AddGrade("G", 1, "bb").AddGrade("G", 2, "CC").AddGrade("G", 3, "BB").Build().Value;
        return CapaianEvaluator.Evaluate(pk, set, CapaianPolicy.Default).Single();
    }

    [Fact]
    public void Evaluate_GradedMaximum_HighestGradeEarliestQuarterAgainstHighestTarget()
    {
        var g = EvaluateGraded(AggregationMethod.Maximum);

        // TW II: best of bb (5), CC (3) is TW I's "bb"; targets B (4), BB (5): highest BB. 5 / 5 = 100.
        Assert.Equal("bb", g[Triwulan.II].CumulativeGrade);
        Assert.Equal(Target.OfGrade("BB"), g[Triwulan.II].CumulativeTarget);
        Assert.Equal(100m, g[Triwulan.II].CumulativeCapaian.Value);
        Assert.Equal(500m / 6m, g[Triwulan.II].AnnualCapaian.Value);                      // 5 / A (6)
        // TW III: bb (TW I) and BB (TW III) tie at 5; the earlier quarter wins.
        Assert.Equal("bb", g[Triwulan.III].CumulativeGrade);
        // TW IV not reported: missing, and TW I-III still aggregated.
        Assert.Equal(new[] { Triwulan.IV }, g[Triwulan.IV].MissingTriwulan);
        Assert.Equal("bb", g[Triwulan.IV].CumulativeGrade);
        Assert.Equal(CapaianResult.NotReported, g[Triwulan.IV].Capaian);
    }

    [Fact]
    public void Evaluate_GradedMinimum_LowestGradeAgainstLowestTarget()
    {
        var g = EvaluateGraded(AggregationMethod.Minimum);

        // TW I: only bb (5) against B (4): 125. TW II: lowest is CC (3); lowest target B (4): 3 / 4 = 75.
        Assert.Equal("bb", g[Triwulan.I].CumulativeGrade);
        Assert.Equal(125m, g[Triwulan.I].CumulativeCapaian.Value);
        Assert.Equal("CC", g[Triwulan.II].CumulativeGrade);
        Assert.Equal(Target.OfGrade("B"), g[Triwulan.II].CumulativeTarget);
        Assert.Equal(75m, g[Triwulan.II].CumulativeCapaian.Value);
        Assert.Equal(75m, g[Triwulan.II].AnnualCapaian.Value);                            // 3 / B (4)
        Assert.Empty(g[Triwulan.II].MissingTriwulan);
    }

    [Fact]
    public void Evaluate_GradedMaximumWithAReportedQuarterWithoutTarget_NoCumulativeTarget()
    {
        // Maximum over TW I-II where TW II has no target: no max of targets can be taken.
        var pk = SamplePk.Builder()
            .AddSasaran("S1", "S", s => s.AddIndicator("G", "Predikat SAKIP", i => i
                .WithSatuan("Predikat").WithGradeScale(GradeScale.NilaiSakip).WithAggregation(AggregationMethod.Maximum)
                .WithAnnualTarget(Target.OfGrade("BB")).WithTriwulanTarget(1, Target.OfGrade("B"))))
            .Build().Value;
        var set = MeasurementSet.CreateBuilder(pk).AddGrade("G", 1, "B").AddGrade("G", 2, "BB").Build().Value;

        var tw2 = CapaianEvaluator.Evaluate(pk, set, CapaianPolicy.Default).Single()[Triwulan.II];

        Assert.Equal("BB", tw2.CumulativeGrade);
        Assert.Null(tw2.CumulativeTarget);
        Assert.Equal(CapaianResult.NotComputable(CapaianReason.TargetMissing), tw2.CumulativeCapaian);
        Assert.Equal(100m, tw2.AnnualCapaian.Value);                                      // BB against BB
    }

    [Fact]
    public void Evaluate_GradedWithAGap_MissingQuartersAreTheUnreportedOnes()
    {
        // IK3 (last value): grades in TW II and TW IV only.
        var set = MeasurementSet.CreateBuilder(Pk).AddGrade("IK3", 2, "B").AddGrade("IK3", 4, "BB").Build().Value;
        var ik3 = CapaianEvaluator.Evaluate(Pk.FindIndicator("IK3")!, set, CapaianPolicy.Default);

        Assert.Equal(new[] { Triwulan.I, Triwulan.III }, ik3[Triwulan.IV].MissingTriwulan);
        Assert.Equal(new[] { Triwulan.I }, ik3[Triwulan.II].MissingTriwulan);
    }

    [Fact]
    public void Evaluate_GradedMinimumTieAndQuarterWithoutTarget_EarliestGradeNoCumulativeTarget()
    {
        // Minimum, target only in TW I (B). TW I "cc" and TW II "CC" tie at 3: the earlier spelling wins;
        // TW II has no target, so no min of targets and no cumulative figure. Annual: CC (3) / B (4) = 75.
        var pk = SamplePk.Builder()
            .AddSasaran("S1", "S", s => s.AddIndicator("G", "Predikat SAKIP", i => i
                .WithSatuan("Predikat").WithGradeScale(GradeScale.NilaiSakip).WithAggregation(AggregationMethod.Minimum)
                .WithAnnualTarget(Target.OfGrade("B")).WithTriwulanTarget(1, Target.OfGrade("B"))))
            .Build().Value;
        var set = MeasurementSet.CreateBuilder(pk).AddGrade("G", 1, "cc").AddGrade("G", 2, "CC").Build().Value;

        var tw2 = CapaianEvaluator.Evaluate(pk, set, CapaianPolicy.Default).Single()[Triwulan.II];

        Assert.Equal("cc", tw2.CumulativeGrade);
        Assert.Null(tw2.CumulativeTarget);
        Assert.Equal(CapaianResult.NotComputable(CapaianReason.TargetMissing), tw2.CumulativeCapaian);
        Assert.Equal(75m, tw2.AnnualCapaian.Value);
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
