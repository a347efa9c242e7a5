using Kinerja.Core.Budget;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Tests.Properties;

public class SerapanProperties
{
    [KinerjaProperty]
    public void Evaluate_AllFourQuartersReported_TwIvCumulativeIsSerapanOfTheTotal(SerapanYear year)
    {
        // Every quarter reported: an amount the generator left out is reported as 0 here.
        var amounts = year.Amounts.Select(a => a.Select(x => x ?? 0m).ToArray()).ToArray();

        var results = Evaluate(year, (p, q) => amounts[p][q]);

        for (var p = 0; p < results.Count; p++)
        {
            var total = amounts[p].Sum();
            var pagu = year.Spec.Programs[p].Pagu;
            var tw4 = results[p][Triwulan.IV];
            Assert.Equal(total, tw4.CumulativeRealisasi);
            Assert.Equal(SerapanCalculator.Calculate(pagu, total), tw4.CumulativeSerapan);
            Assert.Equal(pagu == 0m ? SerapanStatus.ZeroPagu : SerapanStatus.Computed, tw4.CumulativeSerapan.Status);
            if (pagu != 0m)
            {
                Assert.Equal(total * 100m / pagu, tw4.CumulativeSerapan.Value);
            }
        }
    }

    [KinerjaProperty]
    public void Evaluate_AQuarterMissing_LaterCumulativeIsNotReported(SerapanYear year)
    {
        var missing = new Triwulan(year.MissingQuarter);

        var results = Evaluate(year, (p, q) => q == missing.Index ? null : year.Amounts[p][q]);

        for (var p = 0; p < results.Count; p++)
        {
            var pagu = year.Spec.Programs[p].Pagu;
            var firstMissing = Triwulan.All.First(q => q == missing || year.Amounts[p][q.Index] is null);
            decimal? sum = 0m;
            foreach (var q in Triwulan.All)
            {
                var figures = results[p][q];
                var amount = q == missing ? null : year.Amounts[p][q.Index];
                Assert.Equal(amount, figures.Realisasi);
                Assert.Equal(amount is { } a ? SerapanCalculator.Calculate(pagu, a) : SerapanResult.None(SerapanStatus.NotReported), figures.Serapan);
                if (q >= firstMissing)
                {
                    Assert.Null(figures.CumulativeRealisasi);
                    Assert.Equal(SerapanResult.None(SerapanStatus.NotReported), figures.CumulativeSerapan);
                }
                else
                {
                    sum += amount;
                    Assert.Equal(sum, figures.CumulativeRealisasi);
                    Assert.Equal(SerapanCalculator.Calculate(pagu, sum!.Value), figures.CumulativeSerapan);
                }
            }
        }
    }

    private static IReadOnlyList<ProgramSerapan> Evaluate(SerapanYear year, Func<int, int, decimal?> amount)
    {
        var pk = year.Spec.ToBuilder().Build().Value;
        var builder = MeasurementSet.CreateBuilder(pk);
        for (var p = 0; p < pk.Programs.Count; p++)
        {
            foreach (var q in Triwulan.All)
            {
                if (amount(p, q.Index) is { } a)
                {
                    builder.AddBudget(pk.Programs[p].Id, q.Number, a);
                }
            }
        }

        var measurements = builder.Build();
        Assert.True(measurements.IsValid, measurements.ToString());
        return SerapanCalculator.Evaluate(pk, measurements.Value);
    }
}
