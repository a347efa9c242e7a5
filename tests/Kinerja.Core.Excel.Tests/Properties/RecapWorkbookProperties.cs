using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Excel.Tests.Properties;

/// <summary>A recap's input rows: a few kecamatan, units and indicators, missing targets and realisasi, and budgets.</summary>
/// <param name="Rows">The indicator rows.</param>
/// <param name="Budget">The budget rows.</param>
public sealed record RecapRows(IReadOnlyList<IndicatorMeasurement> Rows, IReadOnlyList<BudgetMeasurement> Budget)
{
    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, Rows.Select(r => r.ToString()).Concat(Budget.Select(b => b.ProgramId + " " + b.Pagu.ToString(CultureInfo.InvariantCulture) + " [" + string.Join(", ", b.Realisasi) + "]")));
}

/// <summary>Generators of recap inputs for the workbook properties (registered by <see cref="ExcelPropertyAttribute"/>).</summary>
public static class RecapRowArbitraries
{
    /// <summary>Recap inputs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecapRows> Inputs() => Arb.From(
        from kecamatan in Gen.Choose(1, 2)
        from units in Gen.Choose(1, 2)
        from indicators in Gen.Choose(1, 3)
        let slots = (from k in Enumerable.Range(1, kecamatan)
                     from u in Enumerable.Range(1, units)
                     from i in Enumerable.Range(1, indicators)
                     select ("KEC" + k, "U" + u, "IK" + i)).ToArray()
        from rows in Gen.CollectToArray(slots.Select(s => IndicatorGen(s.Item1, s.Item2, s.Item3)))
        from budget in Gen.CollectToArray(Enumerable.Range(1, kecamatan).SelectMany(k => Enumerable.Range(1, units).Select(u => BudgetGen("KEC" + k, "U" + u))))
        select new RecapRows(rows.SelectMany(r => r).ToArray(), budget));

    private static Gen<decimal?> Figure(int nullWeight) => Gen.Frequency(
        (nullWeight, Gen.Constant((decimal?)null)),
        (1, Gen.Constant((decimal?)0m)),
        (12, Gen.Choose(1, 2_000_000).Select(n => (decimal?)(n / 1000m))));

    private static Gen<IndicatorMeasurement[]> IndicatorGen(string kecamatan, string unit, string indicator) =>
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Negative, Polarity.KeepStable)
        from method in Gen.Elements(AggregationMethod.CumulativeSum, AggregationMethod.LastValue, AggregationMethod.Average)
        from sasaran in Gen.Elements("S1", "S2")
        from targets in Gen.ArrayOf(Figure(2), 4)
        from values in Gen.ArrayOf(Figure(3), 4)
        select Enumerable.Range(0, 4)
            .Select(q => new IndicatorMeasurement("3303", kecamatan, unit, sasaran, indicator, polarity, method, q + 1, targets[q], targets[q], values[q]))
            .ToArray();

    private static Gen<BudgetMeasurement> BudgetGen(string kecamatan, string unit) =>
        from pagu in Gen.Frequency((1, Gen.Constant(0m)), (6, Gen.Choose(1, 1_000_000).Select(n => n * 1000m)))
        from spent in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant((decimal?)null)), (4, Gen.Choose(0, 300_000).Select(n => (decimal?)(n * 1000.5m)))), 4)
        select new BudgetMeasurement("3303", kecamatan, unit, "P-" + unit, pagu, spent[0], spent[1], spent[2], spent[3]);
}

public sealed class RecapWorkbookProperties
{
    [WorkbookProperty]
    public void Export_AnyRecap_StoresEveryFigureExactly(RecapRows input)
    {
        var built = RecapCalculator.Build(input.Rows, input.Budget, RecapPolicy.Default);
        Assert.True(built.IsValid, built.ToString());
        var recap = built.Value;
        using var stream = new MemoryStream();
        RecapWorkbook.Write(stream, recap);
        var xlsx = Xlsx.Open(stream.ToArray());

        foreach (var level in recap.Rows.Select(r => r.Key.Level).Distinct())
        {
            var sheet = RecapWorkbook.SheetNameOf(level);
            var rows = recap.Rows.Where(r => r.Key.Level == level).ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                var row = (i + 2).ToString(CultureInfo.InvariantCulture);
                var f = rows[i].Figures;
                Assert.Equal(rows[i].Period.ToString(), xlsx.Raw(sheet, "E" + row));
                Assert.Equal(f.IndicatorCount.ToString(CultureInfo.InvariantCulture), xlsx.Raw(sheet, "F" + row));
                Assert.Equal(f.Average, Exact(xlsx.Raw(sheet, "H" + row)));
                Assert.Equal(f.NotReported.ToString(CultureInfo.InvariantCulture), xlsx.Raw(sheet, "J" + row));
                Assert.Equal(f.CapaianSum, Exact(xlsx.Raw(sheet, ((char)('P' + recap.BandCount)).ToString() + row)));
            }

            Assert.Null(xlsx.Raw(sheet, "E" + (rows.Count + 2).ToString(CultureInfo.InvariantCulture)));
        }

        var budget = recap.BudgetRows.ToList();
        for (var i = 0; i < budget.Count; i++)
        {
            var row = (i + 2).ToString(CultureInfo.InvariantCulture);
            var f = budget[i].Figures;
            Assert.Equal(f.Pagu, Exact(xlsx.Raw(RecapWorkbook.BudgetSheetName, "I" + row)));
            Assert.Equal(f.Realisasi, Exact(xlsx.Raw(RecapWorkbook.BudgetSheetName, "K" + row)));
            Assert.Equal(f.Serapan, Exact(xlsx.Raw(RecapWorkbook.BudgetSheetName, "L" + row)));
        }
    }

    private static decimal? Exact(string? stored) => stored is null ? null : decimal.Parse(stored, NumberStyles.Float, CultureInfo.InvariantCulture);
}
