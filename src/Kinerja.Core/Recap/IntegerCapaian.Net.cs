#if NET
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Kinerja.Core.Recap;

/// <summary>
/// The steps that turn a capaian N / T × 100 into a recap's figure X = N × 10¹¹ / T = W + remainder / T in 10⁻⁹ %
/// quanta, in 64-bit integers, each with its scalar and its vector-lane form side by side.
/// </summary>
/// <remarks>Its place among the rules' homes, and the paths that call it: docs/recap.md, "One home for each rule".</remarks>
internal static class IntegerCapaian
{
    /// <summary>Quanta per unit of N / T: 100 % × 10⁹ quanta per percent.</summary>
    public const long QuantaPerRatio = 100_000_000_000L;

    /// <summary>
    /// W = ⌊N × 10¹¹ / T⌋ and its remainder, from <paramref name="estimate"/> (the double quotient,
    /// truncated): for X ≤ 10¹⁵ it is within 0.25 of X (relative error ≤ 2⁻⁵²), so one step corrects
    /// its floor, without branches (whether the estimate is one off is a coin toss on real data).
    /// N is at least 0 and at most <see cref="IndicatorPeriods.MaxOneDivision"/>. Why the double quotient is never one
    /// low, so the correction of a low estimate serves estimates made another way: docs/recap.md, "One home for each rule"
    /// (the mutations).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Divide(long numerator, long target, long estimate, out long remainder)
    {
        var whole = estimate;
        remainder = (numerator * QuantaPerRatio) - (whole * target);
        var low = remainder >> 63;
        whole += low;
        remainder += target & low;
        var high = ~((remainder - target) >> 63);
        whole -= high;
        remainder -= target & high;
        return whole;
    }

    /// <summary><see cref="Divide(long, long, long, out long)"/> in every lane, the estimate made here (N at least 0 in every lane).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Divide(Vector512<long> numerator, Vector512<long> target, out Vector512<long> remainder)
    {
        var scaled = numerator * QuantaPerRatio;
        var whole = Vector512.ConvertToInt64Native(Vector512.ConvertToDouble(scaled) / Vector512.ConvertToDouble(target));
        remainder = scaled - (whole * target);
        var low = Vector512.ShiftRightArithmetic(remainder, 63);
        whole += low;
        remainder += target & low;
        var high = ~Vector512.ShiftRightArithmetic(remainder - target, 63);
        whole -= high;
        remainder -= target & high;
        return whole;
    }

    /// <summary>
    /// ⌊N × 10¹¹ / T⌋ and its remainder exactly: one division where N × 10¹¹ fits a long, else two
    /// that cannot overflow (N at most T × 10⁴, T at most 9 × 10⁹).
    /// </summary>
    public static long DivideExactly(long numerator, long target, out long remainder)
    {
        if (numerator <= IndicatorPeriods.MaxOneDivision)
        {
            var scaled = numerator * QuantaPerRatio;
            var whole = scaled / target;
            remainder = scaled - (whole * target);
            return whole;
        }

        var hundreds = numerator * 100;
        var percent = hundreds / target;
        var r = hundreds - (percent * target);
        var billionths = r * 1_000_000_000L;
        var fraction = billionths / target;
        remainder = billionths - (fraction * target);
        return (percent * 1_000_000_000L) + fraction;
    }

    /// <summary>
    /// Whether a mean of three whose decimal divisions round must be computed on decimals: its decimal
    /// figure is within 0.15 / T quanta of X, so it rounds to X's quantum and lands on X's side of
    /// every bound and cap unless X is exactly on a half-quantum, or exactly on a bound or cap (a mark).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NeedsDecimals(long whole, long remainder, long target, long[] marks) =>
        (remainder == 0 && Array.IndexOf(marks, whole) >= 0) || 2 * remainder == target;

    /// <summary><see cref="NeedsDecimals(long, long, long, long[])"/> in every lane (all bits set where it does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> NeedsDecimals(Vector512<long> whole, Vector512<long> remainder, Vector512<long> target, long[] marks)
    {
        var onMark = Vector512<long>.Zero;
        foreach (var mark in marks)
        {
            onMark |= Vector512.Equals(whole, Vector512.Create(mark));
        }

        return (Vector512.Equals(remainder, Vector512<long>.Zero) & onMark) | Vector512.Equals(remainder + remainder, target);
    }

    /// <summary>The numerator floored at 0 (<see cref="Capaian.CapaianPolicy.FloorAtZero"/>): a figure below 0 counts as 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Floored(long numerator) => Math.Max(numerator, 0);

    /// <summary><see cref="Floored(long)"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Floored(Vector512<long> numerator) => Vector512.Max(numerator, Vector512<long>.Zero);

    /// <summary>
    /// The quanta a figure adds to a sum: X rounded half to even (W + <paramref name="up"/>), at most
    /// <paramref name="cap"/> (the average cap, or <see cref="long.MaxValue"/> for none). The same as
    /// "<paramref name="cap"/> when X is above it, else W + up": W + up is at least a cap of whole quanta when X is
    /// above it, and at most the cap otherwise. So one limit, the lesser of the cap and the average cap, serves both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long CappedQuanta(long whole, long up, long cap) => Math.Min(whole + up, cap);

    /// <summary><see cref="CappedQuanta(long, long, long)"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> CappedQuanta(Vector512<long> whole, Vector512<long> up, Vector512<long> cap) => Vector512.Min(whole + up, cap);

    /// <summary>Whether X rounds half to even up from W: past the half, or at the half when W is odd (1 or 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long RoundsUp(long whole, long remainder, long target)
    {
        var twice = 2 * remainder;
        return twice == target ? whole & 1 : (long)((ulong)(target - twice) >> 63);
    }

    /// <summary><see cref="RoundsUp(long, long, long)"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> RoundsUp(Vector512<long> whole, Vector512<long> remainder, Vector512<long> target)
    {
        var twice = remainder + remainder;
        return Vector512.ConditionalSelect(Vector512.Equals(twice, target), whole & Vector512<long>.One, Vector512.ShiftRightLogical(target - twice, 63));
    }

    /// <summary>
    /// X as E = 4W + 2·past + up (past = X above W, up = <see cref="RoundsUp(long, long, long)"/>), so
    /// that bands and caps are comparisons on one integer: with K = 2W + past, X is past a bound b
    /// exactly when K &gt; 2b, and at or past it when K &gt; 2b − 1; with E = 2K + up, K &gt; B exactly
    /// when E &gt; 2B + 1 (<see cref="Threshold"/>). The rounded quanta are W + up = (E &gt;&gt; 2) + (E &amp; 1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Encode(long whole, long remainder, long up) => (whole * 4) + (remainder > 0 ? 2 : 0) + up;

    /// <summary><see cref="Encode(long, long, long)"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Encode(Vector512<long> whole, Vector512<long> remainder, Vector512<long> up) =>
        Vector512.ShiftLeft(whole, 2) + (Vector512.GreaterThan(remainder, Vector512<long>.Zero) & Vector512.Create(2L)) + up;

    /// <summary>The encoded figure above which X is past a bound (see <see cref="Encode(long, long, long)"/>); <paramref name="exclusive"/> is 1 where the bound is not in its band.</summary>
    public static long Threshold(long bound, int exclusive) => (2 * ((2 * bound) - exclusive)) + 1;

    /// <summary>
    /// The thresholds of a policy's band bounds (ascending, in quanta) under its cap: a figure is in band b
    /// when its encoding is above exactly b of them. X capped at C is past a bound exactly when C is
    /// (C &gt; b, or C = b and the bound is exclusive), and an X over C is past every bound C passes; so the
    /// cap's step for the band is to drop the bounds C does not pass, and no figure is capped to find its
    /// band. Bounds beyond every figure's reach (0 to <see cref="MaxReach"/>) are clamped to just outside it,
    /// so that no threshold overflows.
    /// </summary>
    public static long[] Thresholds(long[] bounds, int[] exclusive, long? cap)
    {
        var thresholds = new List<long>(bounds.Length);
        for (var i = 0; i < bounds.Length; i++)
        {
            var bound = bounds[i];
            if (cap is { } c && (bound > c || (bound == c && exclusive[i] == 0)))
            {
                break;
            }

            thresholds.Add(Threshold(Math.Clamp(bound, -1, MaxReach + 1), exclusive[i]));
        }

        return [.. thresholds];
    }

    /// <summary>The greatest figure of the integer way in quanta: N at most <see cref="IndicatorPeriods.MaxRatio"/> × T.</summary>
    public const long MaxReach = IndicatorPeriods.MaxRatio * QuantaPerRatio;

    /// <summary>
    /// The band of an encoded figure: how many <see cref="Thresholds(long[], int[], long?)"/> it is above,
    /// counted without branches (on real data which band comes next is a coin toss).
    /// <paramref name="vector"/> holds the thresholds in one 256-bit vector, padded with
    /// <see cref="long.MaxValue"/>, when there are at most four.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Band(long encoded, long[] thresholds, Vector256<long>? vector)
    {
        if (vector is { } v)
        {
            return System.Numerics.BitOperations.PopCount(Vector256.ExtractMostSignificantBits(Vector256.GreaterThan(Vector256.Create(encoded), v)));
        }

        var band = 0;
        foreach (var threshold in thresholds)
        {
            band += encoded > threshold ? 1 : 0;
        }

        return band;
    }

    /// <summary><see cref="Band(long, long[], Vector256{long}?)"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Band(Vector512<long> encoded, long[] thresholds)
    {
        var band = Vector512<long>.Zero;
        foreach (var threshold in thresholds)
        {
            band -= Past(encoded, Vector512.Create(threshold));
        }

        return band;
    }

    /// <summary>All bits set in the lanes whose encoded figure is past the bound of <paramref name="threshold"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Past(Vector512<long> encoded, Vector512<long> threshold) => Vector512.GreaterThan(encoded, threshold);
}
#endif
