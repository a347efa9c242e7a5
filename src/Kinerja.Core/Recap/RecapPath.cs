namespace Kinerja.Core.Recap;

/// <summary>
/// The ways a recap computes an indicator's figures, all giving the same figures (docs/recap.md, "One home for each rule").
/// </summary>
internal enum RecapPath
{
    /// <summary>64-bit integers, several figures at a time in the lanes of a vector (.NET, where vectors are accelerated).</summary>
    Vector = 0,

    /// <summary>64-bit integers, one figure at a time (.NET).</summary>
    Scalar = 1,

    /// <summary>Decimals through <see cref="Capaian.CapaianCalculator"/> only (the netstandard2.0 build's only way).</summary>
    Decimal = 2,
}

/// <summary>
/// Which <see cref="RecapPath"/> a recap takes: the fastest available, unless a caller (a test) forces
/// another for the recaps it starts (on .NET any path, the vector one in software where vectors are not
/// accelerated; on netstandard2.0 only decimals exist) (the choice flows to the threads a recap starts, and to no
/// other caller).
/// </summary>
internal static class RecapPaths
{
    private static readonly AsyncLocal<RecapPath?> Forced = new();

    /// <summary>The path a recap started now takes.</summary>
    public static RecapPath Current
    {
        get
        {
#if NET
            var fastest = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated
                ? RecapPath.Vector
                : RecapPath.Scalar;
#else
            const RecapPath fastest = RecapPath.Decimal;
#endif
#if NET
            // A forced path is taken even where it is faster than this machine's: vectors that are not accelerated run
            // in software, slowly, with the same figures, so tests check the vector path on any machine.
            return Forced.Value ?? fastest;
#else
            return Forced.Value is { } forced && forced > fastest ? forced : fastest;
#endif
        }
    }

    /// <summary>Makes the recaps this caller starts take <paramref name="path"/> (or a slower one when this build or machine lacks it) until the result is disposed.</summary>
    /// <param name="path">The path.</param>
    /// <returns>What restores the previous choice.</returns>
    public static IDisposable Force(RecapPath path)
    {
        var previous = Forced.Value;
        Forced.Value = path;
        return new Restore(previous);
    }

    private sealed class Restore(RecapPath? previous) : IDisposable
    {
        public void Dispose() => Forced.Value = previous;
    }
}
