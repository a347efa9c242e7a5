#if NET
using System.Runtime.Intrinsics;

namespace Kinerja.Core.Recap;

/// <summary>
/// The counts, capaian sum and category counts of many indicators in the eight periods of a recap,
/// one vector lane per period, added up without a branch per figure and then flushed into a group's
/// eight <see cref="RecapTally"/> and category counts. Takes the figures of the integer way only,
/// whose quanta are at most 10¹⁵ each, and flushes every <see cref="Capacity"/> indicators, so the
/// 64-bit lane sums cannot overflow.
/// </summary>
internal sealed class LaneTally
{
    /// <summary>Indicators added between flushes at most: 4,096 × 10¹⁵ stays far below 2⁶³.</summary>
    public const int Capacity = 4096;

    private readonly int _bands;
    private readonly Vector256<int>[] _kinds = new Vector256<int>[FigureKinds.Number];
    private readonly Vector256<int>[] _categories;
    private Vector512<long> _sum;
    private int _indicators;

    public LaneTally(int bands)
    {
        _bands = bands;
        _categories = new Vector256<int>[bands];
    }

    /// <summary>Whether the lanes apply: the recap takes <see cref="RecapPath.Vector"/> (this machine's vectors of 256 and 512 bits are accelerated, and no caller forced another path).</summary>
    public static bool Applies => RecapPaths.Current == RecapPath.Vector;

    /// <summary>Whether the next indicator must wait for a flush.</summary>
    public bool Full => _indicators == Capacity;

    /// <summary>Adds one indicator's eight figures (of the integer way).</summary>
    public void Add(IndicatorPeriods periods)
    {
        var kinds = Vector256.Create<int>(System.Runtime.InteropServices.MemoryMarshal.Cast<FigureKind, int>(periods.Kinds));
        var computed = Vector256.Equals(kinds, Vector256.Create((int)FigureKind.Computed));
        _kinds[(int)FigureKind.Computed] -= computed;
        for (var k = (int)FigureKind.Computed + 1; k < _kinds.Length; k++)
        {
            _kinds[k] -= Vector256.Equals(kinds, Vector256.Create(k));
        }

        var wide = Vector512.Create(Vector256.WidenLower(computed), Vector256.WidenUpper(computed));
        _sum += Vector512.Create(periods.Quanta) & wide;
        var bands = Vector256.Create(periods.Bands);
        for (var b = 0; b < _categories.Length; b++)
        {
            _categories[b] -= Vector256.Equals(bands, Vector256.Create(b)) & computed;
        }

        _indicators++;
    }

    /// <summary>Adds what the lanes hold into eight tallies and 8 × bands category counts, and empties them.</summary>
    public void FlushInto(RecapTally[] tallies, int tallyAt, int[] categories, int categoryAt)
    {
        if (_indicators == 0)
        {
            return;
        }

        for (var p = 0; p < 8; p++)
        {
            ref var tally = ref tallies[tallyAt + p];
            tally.Indicators += _indicators;
            for (var k = 0; k < _kinds.Length; k++)
            {
                FigureKinds.Count(ref tally, (FigureKind)k, _kinds[k].GetElement(p));
            }

            tally.AddQuanta(_sum.GetElement(p));
            for (var b = 0; b < _bands; b++)
            {
                categories[categoryAt + (p * _bands) + b] += _categories[b].GetElement(p);
            }
        }

        Array.Clear(_kinds, 0, _kinds.Length);
        Array.Clear(_categories, 0, _categories.Length);
        _sum = Vector512<long>.Zero;
        _indicators = 0;
    }
}
#endif
