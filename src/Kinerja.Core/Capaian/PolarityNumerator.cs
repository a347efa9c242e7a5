using Kinerja.Core.Agreements;
#if NET
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
#endif

namespace Kinerja.Core.Capaian;

/// <summary>
/// The one home of the polarity rule: the numerator N of a capaian N / T × 100. Positive: R;
/// negative under (2T − R) / T: 2T − R; keep stable: T − |T − R|. Its forms side by side: on
/// decimals (<see cref="CapaianCalculator"/>), on the recap's 64-bit scaled integers, and (on .NET) in
/// the lanes of a vector, for one polarity or a polarity per lane. Every form gives keep-stable for any
/// polarity that is neither positive nor negative, so every path of the recap agrees with the evaluator
/// even there (a recap refuses undefined polarities where its rows come in anyway).
/// </summary>
internal static class PolarityNumerator
{
    /// <summary>N on decimals; throws <see cref="OverflowException"/> when it is beyond decimal.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <param name="target">T.</param>
    /// <param name="realisasi">R.</param>
    /// <returns>N.</returns>
    public static decimal Of(Polarity polarity, decimal target, decimal realisasi) => polarity switch
    {
        Polarity.Positive => realisasi,
        Polarity.Negative => (2m * target) - realisasi,
        _ => target - Math.Abs(target - realisasi),
    };

    /// <summary>N on integers at one scale (values at most 2⁶⁰, so nothing overflows).</summary>
    /// <param name="polarity">The polarity.</param>
    /// <param name="target">T, scaled.</param>
    /// <param name="realisasi">R, scaled.</param>
    /// <returns>N, scaled.</returns>
#if NET
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#endif
    public static long Of(Polarity polarity, long target, long realisasi) => polarity switch
    {
        Polarity.Positive => realisasi,
        Polarity.Negative => (2 * target) - realisasi,
        _ => target - Math.Abs(target - realisasi),
    };

#if NET
    /// <summary>N in every lane, for one polarity.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <param name="target">T per lane, scaled.</param>
    /// <param name="realisasi">R per lane, scaled.</param>
    /// <returns>N per lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Of(Polarity polarity, Vector512<long> target, Vector512<long> realisasi) => polarity switch
    {
        Polarity.Positive => realisasi,
        Polarity.Negative => target + target - realisasi,
        _ => target - Vector512.Abs(target - realisasi),
    };

    /// <summary>N in every lane, for the polarity of each lane (as <see cref="long"/>).</summary>
    /// <param name="polarity">The polarity per lane.</param>
    /// <param name="target">T per lane, scaled.</param>
    /// <param name="realisasi">R per lane, scaled.</param>
    /// <returns>N per lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Of(Vector512<long> polarity, Vector512<long> target, Vector512<long> realisasi) =>
        Vector512.ConditionalSelect(
            Vector512.Equals(polarity, Vector512<long>.Zero),
            realisasi,
            Vector512.ConditionalSelect(Vector512.Equals(polarity, Vector512<long>.One), target + target - realisasi, target - Vector512.Abs(target - realisasi)));
#endif
}
