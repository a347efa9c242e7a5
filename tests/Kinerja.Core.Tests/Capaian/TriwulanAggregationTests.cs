using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;

namespace Kinerja.Core.Tests.Capaian;

/// <summary>
/// Which quarters a figure to date aggregates (<see cref="TriwulanAggregation.Aggregated"/>), the rule the decimal way
/// and the recap's integer way both take: by hand at its edges, and for every method, every set of reported quarters
/// and every quarter against the rule as docs/quarters.md words it.
/// </summary>
public class TriwulanAggregationTests
{
    [Theory]
    [InlineData(AggregationMethod.CumulativeSum, 0b1011, 3, 0)]      // TW III missing: missing is not zero
    [InlineData(AggregationMethod.CumulativeSum, 0b1011, 1, 0b0011)] // later quarters do not count
    [InlineData(AggregationMethod.LastValue, 0b0101, 3, 0b0100)]     // the last reported quarter alone
    [InlineData(AggregationMethod.Average, 0b0110, 2, 0b0110)]       // the quarters reported so far
    [InlineData(AggregationMethod.Average, 0b0110, 0, 0)]            // none reported to date
    [InlineData(AggregationMethod.Maximum, 0b1000, 2, 0)]
    [InlineData(AggregationMethod.Minimum, 0b1001, 3, 0b1001)]
    public void Aggregated_TakesTheQuartersTheMethodNeeds(AggregationMethod method, int reported, int q, int expected) =>
        Assert.Equal(expected, TriwulanAggregation.Aggregated(method, reported, q));

    [Fact]
    public void Aggregated_EveryMethodReportedSetAndQuarter_FollowsTheRule()
    {
        foreach (var method in Enum.GetValues<AggregationMethod>())
        {
            for (var reported = 0; reported < 16; reported++)
            {
                for (var q = 0; q < 4; q++)
                {
                    var toDate = Enumerable.Range(0, q + 1).Where(t => (reported & (1 << t)) != 0).ToList();
                    var expected = toDate.Count == 0 || (method == AggregationMethod.CumulativeSum && toDate.Count != q + 1) ? []
                        : method == AggregationMethod.LastValue ? [toDate[^1]]
                        : toDate;
                    var mask = TriwulanAggregation.Aggregated(method, reported, q);
                    var actual = Enumerable.Range(0, 4).Where(t => (mask & (1 << t)) != 0).ToList();
                    Assert.True(expected.SequenceEqual(actual), $"{method}, reported {Convert.ToString(reported, 2)}, TW {q + 1}: [{string.Join(",", actual)}]");
                }
            }
        }
    }

    [Theory]
    [InlineData(0b0111, 0b0011, true)]
    [InlineData(0b0101, 0b0011, false)] // TW II has no target: the aggregate has none
    [InlineData(0b0000, 0b0000, true)]
    public void HasTarget_OnlyWhenEveryQuarterAggregatedHasOne(int withTarget, int mask, bool has) =>
        Assert.Equal(has, TriwulanAggregation.HasTarget(withTarget, mask));
}
