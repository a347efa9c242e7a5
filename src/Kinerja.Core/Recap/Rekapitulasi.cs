using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Recap;

/// <summary>
/// Builds a recap (rekapitulasi) from flat measurements: a pure function of the rows and the policy.
/// Every indicator's capaian per quarter and cumulative to each quarter follows the same rules as
/// <see cref="CapaianEvaluator"/> (its polarity, its aggregation method, missing is not zero), then
/// adds into its sasaran, unit, kecamatan, kabupaten and the total.
/// </summary>
public static class Rekapitulasi
{
    /// <summary>Builds a recap.</summary>
    /// <param name="indicators">The indicator rows: at most one per indicator and quarter.</param>
    /// <param name="budget">The budget rows: at most one per program of a unit.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The recap, or every problem in the rows (duplicates, an indicator whose rows disagree, negative figures).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<RecapTable> Build(IEnumerable<IndicatorMeasurement> indicators, IEnumerable<BudgetMeasurement> budget, RecapPolicy policy)
    {
        if (indicators is null)
        {
            throw new ArgumentNullException(nameof(indicators));
        }

        if (budget is null)
        {
            throw new ArgumentNullException(nameof(budget));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var problems = new Problems();
        var byIndicator = new Dictionary<(string, string, string, string), IndicatorMeasurement?[]>();
        var firstPath = new Dictionary<(string, string, string, string, int), string>();
        var index = 0;
        foreach (var row in indicators)
        {
            var path = Text.Index("indicators", index++);
            if (row is null)
            {
                problems.Error(ProblemCodes.Required, path, null);
                continue;
            }

            var key = (row.Kabupaten, row.Kecamatan, row.Unit, row.Indicator);
            if (firstPath.TryGetValue((row.Kabupaten, row.Kecamatan, row.Unit, row.Indicator, row.Triwulan), out var first))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".triwulan", Text.Of(row.Triwulan), first);
                continue;
            }

            firstPath.Add((row.Kabupaten, row.Kecamatan, row.Unit, row.Indicator, row.Triwulan), path);
            if (row.TargetLower < 0m)
            {
                problems.Error(ProblemCodes.TargetNegative, path + ".targetLower", Text.Of(row.TargetLower));
            }

            if (row.Realisasi < 0m)
            {
                problems.Error(ProblemCodes.RealisasiNegative, path + ".realisasi", Text.Of(row.Realisasi));
            }

            if (!byIndicator.TryGetValue(key, out var quarters))
            {
                quarters = new IndicatorMeasurement?[4];
                byIndicator.Add(key, quarters);
            }
            else if (quarters.First(q => q is not null) is { } sibling
                && (sibling.Polarity != row.Polarity || sibling.Aggregation != row.Aggregation || sibling.Sasaran != row.Sasaran))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".indicator", row.Indicator, "polarity, aggregation and sasaran of " + firstPath[(sibling.Kabupaten, sibling.Kecamatan, sibling.Unit, sibling.Indicator, sibling.Triwulan)]);
            }

            quarters[row.Triwulan - 1] = row;
        }

        var programs = new HashSet<(string, string, string, string)>();
        var budgetRows = new List<BudgetMeasurement>();
        index = 0;
        foreach (var row in budget)
        {
            var path = Text.Index("budget", index++);
            if (row is null)
            {
                problems.Error(ProblemCodes.Required, path, null);
            }
            else if (!programs.Add((row.Kabupaten, row.Kecamatan, row.Unit, row.Program)))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".program", row.Program, "budget");
            }
            else
            {
                budgetRows.Add(row);
            }
        }

        if (problems.HasErrors)
        {
            return problems.Result<RecapTable>(() => null!);
        }

        var bands = policy.Scale.Bands.Count;
        var capaian = new Dictionary<(RecapKey, int), RecapAccumulator>();
        foreach (var quarters in byIndicator.Values)
        {
            AddIndicator(quarters, policy, capaian, bands);
        }

        var money = new Dictionary<(RecapKey, int), (int Programs, int NotReported, decimal Pagu, decimal ReportedPagu, decimal Realisasi)>();
        foreach (var row in budgetRows)
        {
            AddProgram(row, money);
        }

        return problems.Result(() => new RecapTable(
            policy.Scale.Name,
            bands,
            capaian.ToDictionary(p => p.Key, p => p.Value.Freeze()),
            money.ToDictionary(p => p.Key, p => new BudgetFigures(p.Value.Programs, p.Value.NotReported, p.Value.Pagu, p.Value.ReportedPagu, p.Value.Realisasi))));
    }

    private static void AddIndicator(IndicatorMeasurement?[] quarters, RecapPolicy policy, Dictionary<(RecapKey, int), RecapAccumulator> groups, int bands)
    {
        var any = quarters.First(q => q is not null)!;
        var targets = quarters.Select(q => q?.TargetLower is { } lo ? (lo == q.TargetUpper ? Target.Of(lo) : Target.Between(lo, q.TargetUpper!.Value)) : null).ToArray();
        var values = quarters.Select(q => q?.Realisasi).ToArray();
        var keys = new[]
        {
            new RecapKey(RecapLevel.Indicator, any.Kabupaten, any.Kecamatan, any.Unit, any.Indicator),
            new RecapKey(RecapLevel.Sasaran, any.Kabupaten, any.Kecamatan, any.Unit, any.Sasaran),
            new RecapKey(RecapLevel.Unit, any.Kabupaten, any.Kecamatan, any.Unit),
            new RecapKey(RecapLevel.Kecamatan, any.Kabupaten, any.Kecamatan),
            new RecapKey(RecapLevel.Kabupaten, any.Kabupaten),
            new RecapKey(RecapLevel.National),
        };

        foreach (var q in Triwulan.All)
        {
            var alone = values[q.Index] is not { } r ? CapaianResult.NotReported
                : targets[q.Index] is not { } t ? CapaianResult.NotComputable(CapaianReason.TargetMissing)
                : CapaianCalculator.Calculate(any.Polarity, t, r, policy.Capaian);
            Add(groups, keys, new RecapPeriod(q, false).Index, alone, policy, bands);

            var reported = q.ToDate.Where(t => values[t.Index] is not null).ToArray();
            var missing = q.ToDate.Where(t => values[t.Index] is null).ToArray();
            var figures = TriwulanAggregation.Aggregate(any.Aggregation, values, targets, q, reported, missing);
            var cumulative = figures.Realisasi is not { } total ? CapaianResult.NotReported
                : figures.Target is not { } target ? CapaianResult.NotComputable(CapaianReason.TargetMissing)
                : CapaianCalculator.Calculate(any.Polarity, target, total, policy.Capaian);
            Add(groups, keys, new RecapPeriod(q, true).Index, cumulative, policy, bands);
        }
    }

    private static void Add(Dictionary<(RecapKey, int), RecapAccumulator> groups, RecapKey[] keys, int period, CapaianResult result, RecapPolicy policy, int bands)
    {
        var band = result.Value is { } v ? policy.Scale.IndexOf(v) : -1;
        var quanta = result.Value is { } value
            ? Math.Round((policy.AverageCap is { } cap && value > cap ? cap : value) * RecapFigures.QuantaPerPercent, MidpointRounding.ToEven)
            : 0m;
        foreach (var key in keys)
        {
            if (!groups.TryGetValue((key, period), out var a))
            {
                a = new RecapAccumulator(bands);
                groups.Add((key, period), a);
            }

            a.Indicators++;
            switch (result.Status)
            {
                case CapaianStatus.Computed:
                    a.Computed++;
                    a.Sum += quanta;
                    a.Categories[band]++;
                    break;
                case CapaianStatus.NotReported:
                    a.NotReported++;
                    break;
                default:
                    switch (result.Reason)
                    {
                        case CapaianReason.ZeroTarget:
                            a.ZeroTarget++;
                            break;
                        case CapaianReason.TargetMissing:
                            a.TargetMissing++;
                            break;
                        case CapaianReason.ZeroRealisasi:
                            a.ZeroRealisasi++;
                            break;
                        default:
                            a.Other++;
                            break;
                    }

                    break;
            }
        }
    }

    private static void AddProgram(BudgetMeasurement row, Dictionary<(RecapKey, int), (int Programs, int NotReported, decimal Pagu, decimal ReportedPagu, decimal Realisasi)> groups)
    {
        var keys = new[]
        {
            new RecapKey(RecapLevel.Program, row.Kabupaten, row.Kecamatan, row.Unit, row.Program),
            new RecapKey(RecapLevel.Unit, row.Kabupaten, row.Kecamatan, row.Unit),
            new RecapKey(RecapLevel.Kecamatan, row.Kabupaten, row.Kecamatan),
            new RecapKey(RecapLevel.Kabupaten, row.Kabupaten),
            new RecapKey(RecapLevel.National),
        };
        decimal? cumulative = 0m;
        foreach (var q in Triwulan.All)
        {
            var amount = row.Quarters[q.Index];
            cumulative = amount is { } a && cumulative is { } c ? c + a : null;
            foreach (var (period, spent) in new[] { (new RecapPeriod(q, false).Index, amount), (new RecapPeriod(q, true).Index, cumulative) })
            {
                foreach (var key in keys)
                {
                    groups.TryGetValue((key, period), out var g);
                    groups[(key, period)] = spent is { } s
                        ? (g.Programs + 1, g.NotReported, g.Pagu + row.Pagu, g.ReportedPagu + row.Pagu, g.Realisasi + s)
                        : (g.Programs + 1, g.NotReported + 1, g.Pagu + row.Pagu, g.ReportedPagu, g.Realisasi);
                }
            }
        }
    }
}
