using Kinerja.Core.Budget;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Tests.Budget;

public class SerapanCalculatorTests
{
    [Fact]
    public void Evaluate_QuarterAndCumulative()
    {
        var pk = SamplePk.Build();
        var set = MeasurementSet.CreateBuilder(pk)
            .AddBudget("P1", 1, 60_000_000m).AddBudget("P1", 2, 100_000_000m).AddBudget("P1", 4, 150_000_000m)
            .Build().Value;
        var p1 = SerapanCalculator.Evaluate(pk, set).Single();

        Assert.Equal(15m, p1[Triwulan.I].Serapan.Value);
        Assert.Equal(25m, p1[Triwulan.II].Serapan.Value);
        Assert.Equal(40m, p1[Triwulan.II].CumulativeSerapan.Value);
        Assert.Equal(SerapanStatus.NotReported, p1[Triwulan.III].Serapan.Status);
        Assert.Equal(SerapanStatus.NotReported, p1[Triwulan.IV].CumulativeSerapan.Status);
        Assert.Equal(37.5m, p1[Triwulan.IV].Serapan.Value);
    }

    [Fact]
    public void Calculate_ZeroPagu_IsNotComputable() =>
        Assert.Equal(SerapanStatus.ZeroPagu, SerapanCalculator.Calculate(0m, 5m).Status);

    [Theory]
    [InlineData(90, 80, Efficiency.Efisien)]
    [InlineData(85, 80, Efficiency.CukupEfisien)]
    [InlineData(75, 80, Efficiency.CukupEfisien)]
    [InlineData(74, 80, Efficiency.TidakEfisien)]
    public void EfficiencyPolicy_DefaultFivePoints(int capaian, int serapan, Efficiency expected) =>
        Assert.Equal(expected, EfficiencyPolicy.Default.Classify(capaian, serapan));

    [Fact]
    public void EfficiencyPolicy_NegativeThreshold_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EfficiencyPolicy.Default with { Threshold = -1m });
}
