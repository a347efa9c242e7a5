using Kinerja.Core.Budget;

namespace Kinerja.Core.Tests.Properties;

public class EfficiencyPolicyProperties
{
    [KinerjaProperty]
    public void Classify_HigherCapaianAtSameSerapan_IsNeverLessEfficient(EfficiencyCase c)
    {
        var low = c.Policy.Classify(c.Low, c.Serapan);
        var high = c.Policy.Classify(c.High, c.Serapan);

        // Efisien (0) is the best, TidakEfisien (2) the worst.
        Assert.True((int)high <= (int)low, $"capaian {c.Low} is {low}, {c.High} is {high} at serapan {c.Serapan}, {c.Policy}");
    }

    [KinerjaProperty]
    public void Classify_HigherSerapanAtSameCapaian_IsNeverMoreEfficient(EfficiencyCase c)
    {
        var low = c.Policy.Classify(c.Serapan, c.Low);
        var high = c.Policy.Classify(c.Serapan, c.High);

        Assert.True((int)high >= (int)low, $"serapan {c.Low} is {low}, {c.High} is {high} at capaian {c.Serapan}, {c.Policy}");
    }

    [KinerjaProperty]
    public void Classify_AnyFigures_FollowsTheThresholdBands(EfficiencyCase c)
    {
        var difference = c.High - c.Serapan;
        var expected = difference > c.Policy.Threshold ? Efficiency.Efisien
            : difference >= -c.Policy.Threshold ? Efficiency.CukupEfisien
            : Efficiency.TidakEfisien;

        Assert.Equal(expected, c.Policy.Classify(c.High, c.Serapan));
    }
}
