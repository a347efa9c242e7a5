using Kinerja.Core.Capaian;

namespace Kinerja.Core.Recap;

/// <summary>What one indicator's figure in one period of a recap is, and so which counter of its group it goes to.</summary>
internal enum FigureKind
{
    /// <summary>A capaian: counted in <see cref="RecapFigures.Computed"/>, its quanta in the sum, its band in the categories.</summary>
    Computed = 0,

    /// <summary>Not reported: <see cref="RecapFigures.NotReported"/>.</summary>
    NotReported = 1,

    /// <summary>Not computable, target 0: <see cref="RecapFigures.ZeroTarget"/>.</summary>
    ZeroTarget = 2,

    /// <summary>Not computable, no target: <see cref="RecapFigures.TargetMissing"/>.</summary>
    TargetMissing = 3,

    /// <summary>Not computable, R = 0 under T / R: <see cref="RecapFigures.ZeroRealisasi"/>.</summary>
    ZeroRealisasi = 4,

    /// <summary>Not computable otherwise (beyond decimal, beyond <see cref="RecapFigures.MaxCapaian"/>): <see cref="RecapFigures.OtherNotComputable"/>.</summary>
    Other = 5,
}

/// <summary>The one home of the rules from a capaian result to a <see cref="FigureKind"/> and from a kind to its counter.</summary>
internal static class FigureKinds
{
    /// <summary>How many kinds there are.</summary>
    public const int Number = 6;

    /// <summary>The kind of a result that is not computed (a computed one is <see cref="FigureKind.Computed"/> unless beyond the recap's range, which its caller decides).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The kind.</returns>
    public static FigureKind Of(CapaianResult result) => result.Status switch
    {
        CapaianStatus.Computed => FigureKind.Computed,
        CapaianStatus.NotReported => FigureKind.NotReported,
        _ => result.Reason switch
        {
            CapaianReason.ZeroTarget => FigureKind.ZeroTarget,
            CapaianReason.TargetMissing => FigureKind.TargetMissing,
            CapaianReason.ZeroRealisasi => FigureKind.ZeroRealisasi,
            _ => FigureKind.Other,
        },
    };

    /// <summary>Adds <paramref name="n"/> figures of one kind to the counter of that kind (not to the indicators, not to the sum).</summary>
    /// <param name="tally">The group's tally in one period.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="n">How many.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Count(ref RecapTally tally, FigureKind kind, int n)
    {
        switch (kind)
        {
            case FigureKind.Computed:
                tally.Computed += n;
                break;
            case FigureKind.NotReported:
                tally.NotReported += n;
                break;
            case FigureKind.ZeroTarget:
                tally.ZeroTarget += n;
                break;
            case FigureKind.TargetMissing:
                tally.TargetMissing += n;
                break;
            case FigureKind.ZeroRealisasi:
                tally.ZeroRealisasi += n;
                break;
            default:
                tally.Other += n;
                break;
        }
    }
}
