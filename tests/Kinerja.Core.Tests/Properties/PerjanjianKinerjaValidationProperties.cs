using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Properties;

public class PerjanjianKinerjaValidationProperties
{
    [KinerjaProperty]
    public void Build_ValidSpecification_IsValidAndKeepsEverything(PkSpec spec)
    {
        var result = spec.ToBuilder().Build();

        Assert.True(result.IsValid, result + Environment.NewLine + spec);
        Assert.Empty(result.Errors);
        var pk = result.Value;
        Assert.Equal(spec.Year, pk.Year);
        Assert.Equal(spec.AllIndicators.Select(x => x.Indicator.Id), pk.Indicators.Select(i => i.Id));
        Assert.Equal(spec.AllIndicators.Select(x => x.Indicator.Annual), pk.Indicators.Select(i => i.AnnualTarget));
        Assert.Equal(spec.Programs.Sum(p => p.Pagu), pk.TotalPagu);
    }

    [KinerjaProperty]
    public void Build_InjectedBreaks_ReportsEveryBreakAtItsPathAndNothingElse(BrokenPk broken)
    {
        var result = broken.Spec.ToBuilder().Build();

        if (broken.Expected.Count == 0)
        {
            Assert.True(result.IsValid, result.ToString());
            return;
        }

        Assert.False(result.IsValid);
        var reported = result.Errors.Select(p => (p.Code, p.Path)).ToHashSet();
        foreach (var expected in broken.Expected)
        {
            Assert.True(
                reported.Contains((expected.Code, expected.Path)),
                $"{expected.Break}: no {expected.Code} at {expected.Path}; reported:{Environment.NewLine}{result}");
        }

        var unexpected = reported.Except(broken.Expected.Select(e => (e.Code, e.Path))).ToArray();
        Assert.True(unexpected.Length == 0, $"unexpected errors {string.Join(", ", unexpected)}; reported:{Environment.NewLine}{result}");
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }
}
