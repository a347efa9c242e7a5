using System.Collections.Concurrent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Specifications;
using Kinerja.Core.Tests.Properties;

namespace Kinerja.Core.Tests.Specifications;

public class SpecificationProperties
{
    private static readonly CategoryScale Scale = CategoryScales.Permendagri86;

    private static readonly CapaianPolicy Unfloored = CapaianPolicy.Default with { FloorAtZero = false };

    // The bands of the printed figure (the scale's default basis, D47) as intervals on the exact figure, which a query can filter.
    private static readonly Specification<IndicatorMeasurement>[] Unpoliced =
        [.. Scale.ExactBands.Select(b => new Specification<IndicatorMeasurement>().InCategory(b))];

    // Specifications are immutable and compile once: share them across cases (policies come from a small set).
    private static readonly ConcurrentDictionary<CapaianPolicy, Specification<IndicatorMeasurement>[]> Policed = new();

    [KinerjaProperty(Arbitrary = new[] { typeof(KinerjaArbitraries), typeof(SpecificationArbitraries) })]
    public void IsSatisfiedBy_AgreesWithEvaluateAndWithApplyOnAQueryable(MeasurementRows rows, MeasurementQuery query)
    {
        var spec = query.Specification;
        var satisfying = rows.Rows.Where(spec.IsSatisfiedBy).ToArray();
        var evaluated = spec.Evaluate(rows.Rows).ToArray();
        var applied = spec.Apply(rows.Rows.AsQueryable()).ToArray();

        Assert.Equal(evaluated, applied);
        var unpaged = query.Unpaged.Evaluate(rows.Rows).ToArray();
        Assert.Equal(unpaged.Skip(spec.SkipCount ?? 0).Take(spec.TakeCount ?? int.MaxValue), evaluated);
        if (spec.IsOrdered)
        {
            Assert.Equal(satisfying.ToHashSet(ReferenceEqualityComparer.Instance), unpaged.ToHashSet(ReferenceEqualityComparer.Instance));
            Assert.Equal(satisfying.Length, unpaged.Length);
        }
        else
        {
            Assert.Equal(satisfying, unpaged);
        }

        Assert.All(evaluated, row => Assert.True(spec.IsSatisfiedBy(row)));
    }

    [KinerjaProperty(Arbitrary = new[] { typeof(KinerjaArbitraries), typeof(SpecificationArbitraries) })]
    public void InCategory_AgreesWithClassifyingTheCalculatorsCapaian(CategoryCase c)
    {
        var row = c.Row;
        // Apply and Evaluate agree with IsSatisfiedBy for InCategory too: the first property covers them.
        var bands = Unpoliced.Select((s, i) => (s, i)).Where(x => x.s.IsSatisfiedBy(row)).Select(x => x.i).ToArray();
        if (c.Target == 0m)
        {
            Assert.Empty(bands);
            return;
        }

        var capaian = CapaianCalculator.Calculate(c.Polarity, c.Target, c.Realisasi, Unfloored);
        Assert.Equal([Scale.IndexOf(capaian.Value!.Value)], bands);
    }

    [KinerjaProperty(Arbitrary = new[] { typeof(KinerjaArbitraries), typeof(SpecificationArbitraries) })]
    public void InCategoryWithPolicy_AgreesWithClassifyingTheCalculatorsCapaian(CategoryCase c, CapaianPolicy policy)
    {
        policy = policy with { NegativeFormula = NegativePolarityFormula.TwoMinusRatio };
        var specs = Policed.GetOrAdd(policy, p => [.. Scale.ExactBands.Select(b => new Specification<IndicatorMeasurement>().InCategory(b, p))]);
        var bands = specs.Select((s, i) => (s, i)).Where(x => x.s.IsSatisfiedBy(c.Row)).Select(x => x.i).ToArray();
        var expected = CapaianCalculator.Calculate(c.Polarity, c.Target, c.Realisasi, policy).Classify(Scale);
        Assert.Equal(expected is null ? [] : [Scale.Bands.ToList().IndexOf(expected)], bands);
    }
}
