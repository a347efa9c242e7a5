using Kinerja.Core.Budget;
using Kinerja.Core.Scales;

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
        // The bands read d between the printed figures unless the policy says exact (D47).
        var difference = c.Policy.Basis == CategoryBasis.Exact
            ? c.High - c.Serapan
            : Math.Round(c.High, 2, MidpointRounding.AwayFromZero) - Math.Round(c.Serapan, 2, MidpointRounding.AwayFromZero);
        var expected = difference > c.Policy.Threshold ? Efficiency.Efisien
            : difference >= -c.Policy.Threshold ? Efficiency.CukupEfisien
            : Efficiency.TidakEfisien;

        Assert.Equal(expected, c.Policy.Classify(c.High, c.Serapan));
    }

    [KinerjaProperty]
    public void Classify_OnThePrintedBasis_EqualsTheExactBasisOnThePrintedFigures(EfficiencyCase c)
    {
        var printed = c.Policy with { Basis = CategoryBasis.Printed };
        var exact = c.Policy with { Basis = CategoryBasis.Exact };

        Assert.Equal(
            exact.Classify(Math.Round(c.High, 2, MidpointRounding.AwayFromZero), Math.Round(c.Serapan, 2, MidpointRounding.AwayFromZero)),
            printed.Classify(c.High, c.Serapan));
    }
}
