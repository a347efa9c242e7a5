using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;
using Kinerja.Core.Tests.Capaian;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Properties;

public class CapaianEvaluatorProperties
{
    [KinerjaProperty]
    public void Evaluate_FourQuartersSummingToAnnualTarget_CumulativeEqualsAnnualAtTwIv(CumulativeYear year)
    {
        var (pk, measurements) = Build(year, missing: null);

        var results = CapaianEvaluator.Evaluate(pk, measurements, year.Policy);

        Assert.Equal(pk.Indicators.Count, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var indicator = pk.Indicators[i];
            var tw4 = results[i][Triwulan.IV];
            var sum = year.Realisasi[i].Sum();
            Assert.Equal(sum, tw4.CumulativeRealisasi);
            Assert.Equal(indicator.AnnualTarget, tw4.CumulativeTarget);
            Assert.Empty(tw4.MissingTriwulan);
            Assert.Equal(tw4.AnnualCapaian, tw4.CumulativeCapaian);
            // The oracle is the regulation's formula written out in the test, not CapaianCalculator.
            ReferenceCapaian.AssertAgrees(ReferenceCapaian.Of(indicator.Polarity, indicator.AnnualTarget, sum, year.Policy), tw4.AnnualCapaian, $"{indicator.Id} {indicator.Polarity} T={indicator.AnnualTarget} R={sum} {year.Policy}");
        }
    }

    [KinerjaProperty]
    public void Evaluate_CumulativeSumWithAQuarterMissing_LaterCumulativeIsNotReported(CumulativeYear year, bool lastQuarter)
    {
        // Drop TW IV, or TW II, of every indicator: missing is not zero.
        var missing = lastQuarter ? Triwulan.IV : Triwulan.II;
        var (pk, measurements) = Build(year, missing);

        var results = CapaianEvaluator.Evaluate(pk, measurements, year.Policy);

        foreach (var result in results)
        {
            foreach (var q in Triwulan.All)
            {
                var figures = result[q];
                if (q >= missing)
                {
                    Assert.Equal(CapaianResult.NotReported, figures.CumulativeCapaian);
                    Assert.Equal(CapaianResult.NotReported, figures.AnnualCapaian);
                    Assert.Null(figures.CumulativeRealisasi);
                    Assert.Contains(missing, figures.MissingTriwulan);
                }
                else
                {
                    Assert.True(figures.CumulativeCapaian.Status != CapaianStatus.NotReported, $"{result.Indicator.Id} {q}: {figures.CumulativeCapaian}");
                    Assert.Empty(figures.MissingTriwulan);
                }
            }

            Assert.Equal(CapaianResult.NotReported, result[missing].Capaian);
        }
    }

    private static (PerjanjianKinerja Pk, MeasurementSet Measurements) Build(CumulativeYear year, Triwulan? missing)
    {
        var built = year.Spec.ToBuilder().Build();
        Assert.True(built.IsValid, built.ToString());
        Assert.DoesNotContain(built.Problems, p => p.Code == ProblemCodes.TriwulanTargetsInconsistent);
        var pk = built.Value;

        var builder = MeasurementSet.CreateBuilder(pk);
        for (var i = 0; i < pk.Indicators.Count; i++)
        {
            foreach (var q in Triwulan.All.Where(q => q != missing))
            {
                builder.AddRealisasi(pk.Indicators[i].Id, q.Number, year.Realisasi[i][q.Index]);
            }
        }

        var measurements = builder.Build();
        Assert.True(measurements.IsValid, measurements.ToString());
        return (pk, measurements.Value);
    }
}
