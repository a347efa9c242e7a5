using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// The recap's input rows refuse what they cannot hold, naming it, and read as their figures: a negative amount in any
/// quarter, a null code, a quarter outside 1 to 4, unordered target bounds, and a row's text with a single target and a
/// range (the recap-periods Stryker run of 6 December 2026, docs/mutation.md).
/// </summary>
public class MeasurementRowEdgeTests
{
    [Theory]
    [InlineData(-1, null, null, null, null)]
    [InlineData(0, -1, null, null, null)]
    [InlineData(0, null, -1, null, null)]
    [InlineData(0, null, null, -1, null)]
    [InlineData(0, null, null, null, -1)]
    public void Budget_ANegativeAmountInAnyPlace_IsRefusedListingEveryAmount(int pagu, int? tw1, int? tw2, int? tw3, int? tw4)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetMeasurement("3303", "BBS", "PEM", "P1", pagu, tw1, tw2, tw3, tw4));

        Assert.Equal("pagu", e.ParamName);
        Assert.StartsWith($"Amounts should be 0 or more; got pagu {pagu}, {Text(tw1)}, {Text(tw2)}, {Text(tw3)}, {Text(tw4)}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_ZeroPaguAndZeroAmounts_AreKept()
    {
        var row = new BudgetMeasurement("3303", "BBS", "PEM", "P1", 0m, 0m, 0m, 0m, 0m);

        Assert.Equal(0m, row.Pagu);
        Assert.Equal([0m, 0m, 0m, 0m], row.Realisasi);
        Assert.True(BudgetMeasurement.FromCumulative("3303", "BBS", "PEM", "P1", 0m, 0m, null, null, null).IsValid);
    }

    [Theory]
    [InlineData("kabupatenCode")]
    [InlineData("kecamatanCode")]
    [InlineData("unitCode")]
    [InlineData("programId")]
    public void Budget_FromCumulative_ANullCode_IsNamed(string code)
    {
        string? Of(string name) => name == code ? null : "X";

        var e = Assert.Throws<ArgumentNullException>(() => BudgetMeasurement.FromCumulative(Of("kabupatenCode")!, Of("kecamatanCode")!, Of("unitCode")!, Of("programId")!, 10m, 1m, null, null, null));
        var withProblems = Assert.Throws<ArgumentNullException>(() => BudgetMeasurement.FromCumulative(Of("kabupatenCode")!, Of("kecamatanCode")!, Of("unitCode")!, Of("programId")!, -10m, 5m, 1m, null, null));

        Assert.Equal(code, e.ParamName);
        Assert.Equal(code, withProblems.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Indicator_AQuarterOutside1To4_IsRefusedSayingTheRange(int triwulan)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorMeasurement("3303", "BBS", "PEM", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, triwulan, 10m, 10m, 8m));

        Assert.Equal("triwulan", e.ParamName);
        Assert.StartsWith("Value should be in range [1-4].", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_UnorderedBounds_AreRefusedNamingBoth()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorMeasurement("3303", "BBS", "PEM", "S1", "IK1", Polarity.KeepStable, AggregationMethod.LastValue, 1, 20m, 10m, 8m));

        Assert.Equal("targetUpper", e.ParamName);
        Assert.StartsWith("The target bounds should both be given with lower <= upper; got 20 and 10.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_Text_ShowsARangeTargetWithBothBounds_ASingleTargetOnce()
    {
        Assert.Equal("3303/BBS/PEM/IK1 TW2: T=10 R=8,5".Replace(",", ".", StringComparison.Ordinal), new IndicatorMeasurement("3303", "BBS", "PEM", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 2, 10m, 10m, 8.5m).ToString());
        Assert.Equal("3303/BBS/PEM/IK1 TW4: T=10-20 R=null", new IndicatorMeasurement("3303", "BBS", "PEM", "S1", "IK1", Polarity.KeepStable, AggregationMethod.LastValue, 4, 10m, 20m, null).ToString());
    }

    private static string Text(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
