using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Tests.Capaian;

/// <summary>
/// Quarter aggregation. The Permendagri 86/2017 evaluation table sums realisasi TW I-IV
/// (column 12 = 8 + 9 + 10 + 11) and divides by the year's target (column 13 = 12 / 7 × 100);
/// the figures below are constructed to exercise that arithmetic (no published table with
/// quarterly figures was available to us).
/// </summary>
public class CapaianEvaluatorTests
{
    private static readonly PerjanjianKinerja Pk = SamplePk.Build();

    [Fact]
    public void Evaluate_CumulativeSum_FollowsPermendagri86Columns()
    {
        var set = MeasurementSet.CreateBuilder(Pk)
            .AddRealisasi("IK1", 1, 8m).AddRealisasi("IK1", 2, 22m).AddRealisasi("IK1", 3, 31m).AddRealisasi("IK1", 4, 35m)
            .Build().Value;
        var ik1 = CapaianEvaluator.Evaluate(Pk.FindIndicator("IK1")!, set, CapaianPolicy.Default);

        Assert.Equal(80m, ik1[Triwulan.I].Capaian.Value);                   // 8 / 10
        Assert.Equal(110m, ik1[Triwulan.II].Capaian.Value);                 // 22 / 20
        Assert.Equal(30m, ik1[Triwulan.II].CumulativeRealisasi);            // 8 + 22
        Assert.Equal(Target.Of(30m), ik1[Triwulan.II].CumulativeTarget);    // 10 + 20
        Assert.Equal(100m, ik1[Triwulan.II].CumulativeCapaian.Value);
        Assert.Equal(30m, ik1[Triwulan.II].AnnualCapaian.Value);            // 30 / 100
        Assert.Equal(96m, ik1[Triwulan.IV].CumulativeRealisasi);            // column 12
        Assert.Equal(96m, ik1[Triwulan.IV].AnnualCapaian.Value);            // column 13
        Assert.Equal(ik1[Triwulan.IV].AnnualCapaian, ik1[Triwulan.IV].CumulativeCapaian);
    }

    [Fact]
    public void Evaluate_CumulativeSumWithMissingQuarter_IsNotReportedNotZero()
    {
        var set = MeasurementSet.CreateBuilder(Pk).AddRealisasi("IK1", 1, 8m).AddRealisasi("IK1", 3, 31m).Build().Value;
        var ik1 = CapaianEvaluator.Evaluate(Pk.FindIndicator("IK1")!, set, CapaianPolicy.Default);

        Assert.Equal(CapaianStatus.NotReported, ik1[Triwulan.II].Capaian.Status);
        Assert.Equal(CapaianStatus.NotReported, ik1[Triwulan.III].CumulativeCapaian.Status);
        Assert.Null(ik1[Triwulan.III].CumulativeRealisasi);
        Assert.Equal(new[] { Triwulan.II }, ik1[Triwulan.III].MissingTriwulan);
        Assert.Equal(310m / 3m, ik1[Triwulan.III].Capaian.Value);
    }

    [Fact]
    public void Evaluate_LastValueNegative_UsesLastReportedQuarter()
    {
        var set = MeasurementSet.CreateBuilder(Pk).AddRealisasi("IK2", 1, 7m).AddRealisasi("IK2", 2, 5.4m).Build().Value;
        var ik2 = CapaianEvaluator.Evaluate(Pk.FindIndicator("IK2")!, set, CapaianPolicy.Default);

        Assert.Equal(110m, ik2[Triwulan.II].Capaian.Value);                  // (2 × 6 − 5,4) / 6
        Assert.Equal(5.4m, ik2[Triwulan.III].CumulativeRealisasi);          // TW III not reported: last known is TW II
        Assert.Equal(Target.Of(6m), ik2[Triwulan.III].CumulativeTarget);     // compared with TW II's target
        Assert.Equal(CapaianStatus.NotReported, ik2[Triwulan.III].Capaian.Status);
        Assert.Equal(92m, ik2[Triwulan.III].AnnualCapaian.Value);            // (2 × 5 − 5,4) / 5
    }

    [Fact]
    public void Evaluate_QualitativeLastValue_ComparesGradeScores()
    {
        var set = MeasurementSet.CreateBuilder(Pk).AddGrade("IK3", 2, "B").AddGrade("IK3", 4, "BB").Build().Value;
        var ik3 = CapaianEvaluator.Evaluate(Pk.FindIndicator("IK3")!, set, CapaianPolicy.Default);

        Assert.Equal(CapaianReason.TargetMissing, ik3[Triwulan.II].Capaian.Reason);   // no TW II target
        Assert.Equal(80m, ik3[Triwulan.II].AnnualCapaian.Value);                      // B (4) against BB (5)
        Assert.Equal("BB", ik3[Triwulan.IV].CumulativeGrade);
        Assert.Equal(100m, ik3[Triwulan.IV].CumulativeCapaian.Value);
    }

    [Theory]
    [InlineData(AggregationMethod.Average, "55", "50")]
    [InlineData(AggregationMethod.Maximum, "70", "60")]
    [InlineData(AggregationMethod.Minimum, "40", "40")]
    public void Evaluate_OtherMethods_AggregateReportedQuarters(AggregationMethod method, string realisasi, string target)
    {
        var pk = SamplePk.Builder()
            .AddSasaran("S1", "S", s => s.AddIndicator("X", "X", i => i
                .WithSatuan("%").WithAggregation(method).WithAnnualTarget(50m).WithTriwulanTargets(40m, 60m, 50m, 50m)))
            .Build().Value;
        var set = MeasurementSet.CreateBuilder(pk).AddRealisasi("X", 1, 40m).AddRealisasi("X", 2, 70m).Build().Value;
        var x = CapaianEvaluator.Evaluate(pk, set, CapaianPolicy.Default).Single();

        Assert.Equal(decimal.Parse(realisasi, System.Globalization.CultureInfo.InvariantCulture), x[Triwulan.III].CumulativeRealisasi);
        Assert.Equal(Target.Of(decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture)), x[Triwulan.III].CumulativeTarget);
    }

    [Fact]
    public void Evaluate_MeasurementsOfAnotherPk_Throws()
    {
        var other = SamplePk.Build(); // same key: fine
        var set = MeasurementSet.CreateBuilder(other).Build().Value;
        Assert.Equal(3, CapaianEvaluator.Evaluate(Pk, set, CapaianPolicy.Default).Count);

        var nextYear = SamplePk.Builder(2027).AddSasaran("S1", "S", s => s.AddIndicator("IK1", "I", i => i.WithSatuan("%").WithAnnualTarget(1m))).Build().Value;
        var wrong = MeasurementSet.CreateBuilder(nextYear).Build().Value;
        Assert.Throws<ArgumentException>(() => CapaianEvaluator.Evaluate(Pk, wrong, CapaianPolicy.Default));
    }

    [Fact]
    public void Evaluate_NothingReported_EveryFigureNotReported()
    {
        var set = MeasurementSet.CreateBuilder(Pk).Build().Value;
        var all = CapaianEvaluator.Evaluate(Pk, set, CapaianPolicy.Default);
        Assert.All(all.SelectMany(i => i.ByTriwulan), q =>
        {
            Assert.Equal(CapaianStatus.NotReported, q.Capaian.Status);
            Assert.Equal(CapaianStatus.NotReported, q.AnnualCapaian.Status);
        });
    }

    [Fact]
    public void Evaluate_QuartersAddingUpBeyondDecimal_AreOutOfRangeNotAnOverflow()
    {
        // 5 × 10²⁸ twice is beyond a decimal (7.9 × 10²⁸): the cumulative and annual figures are not
        // computable, and so is each quarter's own capaian (5 × 10²⁸ / 20 × 100 is beyond it too).
        var set = MeasurementSet.CreateBuilder(Pk)
            .AddRealisasi("IK1", 1, 50_000_000_000_000_000_000_000_000_000m).AddRealisasi("IK1", 2, 50_000_000_000_000_000_000_000_000_000m)
            .Build().Value;

        var ik1 = CapaianEvaluator.Evaluate(Pk.FindIndicator("IK1")!, set, CapaianPolicy.Default);

        Assert.Equal(CapaianReason.OutOfRange, ik1[Triwulan.I].Capaian.Reason);
        Assert.Equal(CapaianReason.OutOfRange, ik1[Triwulan.II].CumulativeCapaian.Reason);
        Assert.Equal(CapaianReason.OutOfRange, ik1[Triwulan.II].AnnualCapaian.Reason);
        Assert.Null(ik1[Triwulan.II].CumulativeRealisasi);
    }
}
