#if !KINERJA_NETSTANDARD_ASSET
using System.Runtime.Intrinsics;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// The rule steps of <see cref="IntegerCapaian"/> one by one at their edges, scalar and vector, by hand: a figure
/// X = W + r / T quanta (W whole quanta, r the remainder of the division by T). A cap: X above it is in the cap's
/// band, and adds the cap. Half-even rounding: up past the half, at the half only from an odd W. A band bound: X on the bound is past
/// it when r &gt; 0 or the bound is exclusive. A mean of three is computed on decimals when X is exactly a mark
/// (r = 0, W on a bound or cap) or exactly on a half-quantum (2r = T).
/// </summary>
public class IntegerCapaianStepTests
{
    [Theory]
    [InlineData(50L, 0L, 100L, false, 1)]  // below the cap: its own band
    [InlineData(99L, 5L, 100L, false, 2)]
    [InlineData(100L, 0L, 100L, false, 2)] // exactly on the cap 100, past the bound 80
    [InlineData(100L, 1L, 100L, false, 2)] // over the cap: the cap's band, not past the bound 100
    [InlineData(150L, 0L, 100L, false, 2)]
    [InlineData(150L, 0L, 100L, true, 3)]  // the bound 100 exclusive: the cap itself is past it
    [InlineData(150L, 0L, 79L, false, 1)]  // a cap below the bound 80: never past it
    [InlineData(150L, 0L, 80L, false, 1)]  // the cap on the inclusive bound 80: in its band
    public void Thresholds_TheCapDropsTheBoundsItDoesNotPass(long whole, long remainder, long cap, bool exclusiveAt100, int band)
    {
        long[] bounds = [10, 80, 100, 200];
        int[] exclusive = [0, 0, exclusiveAt100 ? 1 : 0, 0];
        var thresholds = IntegerCapaian.Thresholds(bounds, exclusive, cap);
        var up = IntegerCapaian.RoundsUp(whole, remainder, 10);
        var e = IntegerCapaian.Encode(whole, remainder, up);
        Assert.Equal(band, IntegerCapaian.Band(e, thresholds, null));
        Assert.Equal(band, (int)IntegerCapaian.Band(Vector512.Create(e), thresholds).GetElement(2));
        Assert.Equal(Math.Min(whole + up, cap), IntegerCapaian.CappedQuanta(whole, up, cap));
    }

    [Fact]
    public void Thresholds_BoundsBeyondEveryFigure_AreClampedWithoutOverflow()
    {
        long[] bounds = [-9_000_000_000_000_000_000L, 0, 9_000_000_000_000_000_000L];
        var thresholds = IntegerCapaian.Thresholds(bounds, [0, 0, 0], null);
        Assert.Equal(3, thresholds.Length);
        Assert.True(thresholds[0] < 0, "a bound below every figure is passed by 0");
        Assert.True(thresholds[2] > IntegerCapaian.Encode(IntegerCapaian.MaxReach, 0, 0), "a bound above every figure is passed by none");
        Assert.Equal(1, IntegerCapaian.Band(IntegerCapaian.Encode(0, 0, 0), thresholds, null));
        Assert.Equal(2, IntegerCapaian.Band(IntegerCapaian.Encode(IntegerCapaian.MaxReach, 0, 0), thresholds, null));
    }

    [Theory]
    [InlineData(10L, 4L, 10L, 0L)] // 2r = 8 < 10: down
    [InlineData(10L, 6L, 10L, 1L)] // past the half: up
    [InlineData(10L, 5L, 10L, 0L)] // at the half, W even: stays
    [InlineData(11L, 5L, 10L, 1L)] // at the half, W odd: up
    [InlineData(11L, 0L, 10L, 0L)] // exact
    public void RoundsUp_HalfToEven(long whole, long remainder, long target, long up)
    {
        Assert.Equal(up, IntegerCapaian.RoundsUp(whole, remainder, target));
        Assert.Equal(up, IntegerCapaian.RoundsUp(Vector512.Create(whole), Vector512.Create(remainder), Vector512.Create(target)).GetElement(5));
    }

    [Theory]
    [InlineData(50L, 0L, false, 1)] // exactly on the inclusive bound 50: not past it
    [InlineData(50L, 1L, false, 2)] // just above 50: past it
    [InlineData(50L, 0L, true, 2)]  // on an exclusive bound: past it
    [InlineData(49L, 9L, true, 1)]  // below the bound
    [InlineData(80L, 0L, false, 2)] // on 80, inclusive
    [InlineData(81L, 0L, false, 3)]
    public void Band_CountsTheBoundsPassed(long whole, long remainder, bool exclusiveAt50, int band)
    {
        long[] bounds = [10, 50, 80];
        int[] exclusive = [0, exclusiveAt50 ? 1 : 0, 0];
        var thresholds = IntegerCapaian.Thresholds(bounds, exclusive, null);
        var e = IntegerCapaian.Encode(whole, remainder, IntegerCapaian.RoundsUp(whole, remainder, 10));
        Assert.Equal(band, IntegerCapaian.Band(e, thresholds, null));

        // The same in one 256-bit vector, padded with a threshold no figure passes, and in every lane.
        var vector = Vector256.Create(thresholds[0], thresholds[1], thresholds[2], long.MaxValue);
        Assert.Equal(band, IntegerCapaian.Band(e, thresholds, vector));
        Assert.Equal(band, (int)IntegerCapaian.Band(Vector512.Create(e), thresholds).GetElement(7));
    }

    [Theory]
    [InlineData(50L, 0L, 10L, true)]  // exactly on the mark 50
    [InlineData(50L, 1L, 10L, false)] // just past it, not on a half
    [InlineData(51L, 0L, 10L, false)] // whole, not a mark
    [InlineData(51L, 5L, 10L, true)]  // on a half-quantum
    [InlineData(51L, 4L, 10L, false)]
    public void NeedsDecimals_OnAMarkOrAHalfQuantum(long whole, long remainder, long target, bool needs)
    {
        long[] marks = [50, 100];
        Assert.Equal(needs, IntegerCapaian.NeedsDecimals(whole, remainder, target, marks));
        Assert.Equal(needs ? -1L : 0L, IntegerCapaian.NeedsDecimals(Vector512.Create(whole), Vector512.Create(remainder), Vector512.Create(target), marks).GetElement(0));
    }

    [Theory]
    [InlineData(1L, 3L)]
    [InlineData(92_233_720L, 7L)]     // the largest numerator of one division and around it
    [InlineData(92_233_721L, 7L)]
    [InlineData(90_000_000_000L, 9_000_000_000L)] // N = 10 × T, two divisions
    [InlineData(89_999_999_999L, 9_000_000_000L)]
    public void DivideExactly_IsTheExactQuotientInQuanta(long numerator, long target)
    {
        var whole = IntegerCapaian.DivideExactly(numerator, target, out var remainder);
        var scaled = (System.Numerics.BigInteger)numerator * 100_000_000_000L;
        var exact = System.Numerics.BigInteger.DivRem(scaled, target, out var rest);
        Assert.Equal((long)exact, whole);
        Assert.Equal((long)rest, remainder);
    }

    /// <summary>A figure's encoding E = 4W + 2·[r &gt; 0] + up against a bound's threshold: past an inclusive bound b exactly
    /// when X &gt; b, past an exclusive one when X ≥ b; the rounded quanta come back as (E &gt;&gt; 2) + (E &amp; 1). Every
    /// W around b with r at 0, just above 0, at the half and just below T, in one lane and in a 512-bit vector.</summary>
    [Fact]
    public void EncodeAndThreshold_PastABound_ExactlyWhenXIs()
    {
        const long target = 10;
        foreach (var bound in new[] { 0L, 1L, 50L, 120L })
        {
            foreach (var exclusive in new[] { 0, 1 })
            {
                var threshold = IntegerCapaian.Threshold(bound, exclusive);
                for (var whole = bound - 2; whole <= bound + 2; whole++)
                {
                    foreach (var remainder in new[] { 0L, 1L, 5L, 9L })
                    {
                        var up = IntegerCapaian.RoundsUp(whole, remainder, target);
                        var e = IntegerCapaian.Encode(whole, remainder, up);
                        var past = exclusive == 1 ? whole >= bound : whole > bound || (whole == bound && remainder > 0);
                        var at = $"W={whole}, r={remainder}, b={bound}, exclusive={exclusive}";
                        Assert.True(past == e > threshold, at);
                        Assert.True(whole + up == (e >> 2) + (e & 1), at);
                        var lanes = IntegerCapaian.Encode(Vector512.Create(whole), Vector512.Create(remainder), Vector512.Create(up));
                        Assert.True(e == lanes.GetElement(6), at);
                    }
                }
            }
        }
    }

    [Fact]
    public void NeedsDecimals_AMarkListedTwice_IsStillAMark()
    {
        long[] marks = [50, 100, 50];
        Assert.True(IntegerCapaian.NeedsDecimals(50, 0, 10, marks));
        Assert.Equal(-1L, IntegerCapaian.NeedsDecimals(Vector512.Create(50L), Vector512<long>.Zero, Vector512.Create(10L), marks).GetElement(1));
    }
}
#endif
