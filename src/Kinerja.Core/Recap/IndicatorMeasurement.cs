using Kinerja.Core.Agreements;
using Kinerja.Core.Internal;

namespace Kinerja.Core.Recap;

/// <summary>
/// One indicator's target and realisasi in one quarter, flattened with where it belongs: the row a recap
/// (rekapitulasi) reads (docs/recap.md, "Input"). Immutable; EF Core binds its constructor.
/// </summary>
public sealed class IndicatorMeasurement : IMeasurementFields
{
    /// <summary>Creates a row.</summary>
    /// <param name="kabupatenCode">The kabupaten's code.</param>
    /// <param name="kecamatanCode">The kecamatan's code.</param>
    /// <param name="unitCode">The unit's code (seksi or subbagian).</param>
    /// <param name="sasaranId">The sasaran's id.</param>
    /// <param name="indicatorId">The indicator's id, unique within the unit.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="aggregation">How the indicator's quarters add up.</param>
    /// <param name="triwulan">The quarter, 1 to 4.</param>
    /// <param name="targetLower">The quarter's target (a range's lower bound); <see langword="null"/> when the rencana aksi sets none.</param>
    /// <param name="targetUpper">A range's upper bound, equal to <paramref name="targetLower"/> for a single value.</param>
    /// <param name="realisasi">The realisasi, or <see langword="null"/> when not reported (not the same as 0).</param>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="polarity"/> or <paramref name="aggregation"/> is not a defined value, <paramref name="triwulan"/> is not in range [1-4], or the target bounds are unordered or only one is given.</exception>
    public IndicatorMeasurement(
        string kabupatenCode,
        string kecamatanCode,
        string unitCode,
        string sasaranId,
        string indicatorId,
        Polarity polarity,
        AggregationMethod aggregation,
        int triwulan,
        decimal? targetLower,
        decimal? targetUpper,
        decimal? realisasi)
    {
        KabupatenCode = kabupatenCode ?? throw new ArgumentNullException(nameof(kabupatenCode));
        KecamatanCode = kecamatanCode ?? throw new ArgumentNullException(nameof(kecamatanCode));
        UnitCode = unitCode ?? throw new ArgumentNullException(nameof(unitCode));
        SasaranId = sasaranId ?? throw new ArgumentNullException(nameof(sasaranId));
        IndicatorId = indicatorId ?? throw new ArgumentNullException(nameof(indicatorId));
        Polarity = EnumRanges.IsDefined(polarity) ? polarity : throw new ArgumentOutOfRangeException(nameof(polarity), polarity, $"Value should be in range [0-2]; {Text.Of((int)polarity)} is no polarity.");
        Aggregation = EnumRanges.IsDefined(aggregation) ? aggregation : throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, $"Value should be in range [0-4]; {Text.Of((int)aggregation)} is no aggregation method.");
        Triwulan = IsTriwulan(triwulan) ? triwulan : throw new ArgumentOutOfRangeException(nameof(triwulan), triwulan, "Value should be in range [1-4].");
        if (!AreTargetBounds(targetLower, targetUpper))
        {
            throw new ArgumentOutOfRangeException(nameof(targetUpper), targetUpper, $"The target bounds should both be given with lower <= upper; got {Text.Of(targetLower)} and {Text.Of(targetUpper)}.");
        }

        TargetLower = targetLower;
        TargetUpper = targetUpper;
        Realisasi = realisasi;
    }

    /// <summary>The kabupaten's code.</summary>
    public string KabupatenCode { get; }

    /// <summary>The kecamatan's code.</summary>
    public string KecamatanCode { get; }

    /// <summary>The unit's code.</summary>
    public string UnitCode { get; }

    /// <summary>The sasaran's id.</summary>
    public string SasaranId { get; }

    /// <summary>The indicator's id.</summary>
    public string IndicatorId { get; }

    /// <summary>Which direction is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>How the indicator's quarters add up.</summary>
    public AggregationMethod Aggregation { get; }

    /// <summary>The quarter, 1 to 4.</summary>
    public int Triwulan { get; }

    /// <summary>The quarter's target, or a range's lower bound; <see langword="null"/> when none is set.</summary>
    public decimal? TargetLower { get; }

    /// <summary>A range's upper bound, equal to <see cref="TargetLower"/> for a single value.</summary>
    public decimal? TargetUpper { get; }

    /// <summary>The realisasi, or <see langword="null"/> when not reported.</summary>
    public decimal? Realisasi { get; }

    /// <summary>Whether a quarter is 1 to 4: the check of the constructor (which throws) and of <see cref="RecapSourceBuilder.Add"/> (which reports).</summary>
    internal static bool IsTriwulan(int triwulan) => triwulan is >= 1 and <= 4;

    /// <summary>Whether target bounds are both given with lower &lt;= upper, or both absent: the check of the constructor and of <see cref="RecapSourceBuilder.Add"/>.</summary>
    internal static bool AreTargetBounds(decimal? targetLower, decimal? targetUpper) =>
        targetLower.HasValue == targetUpper.HasValue && !(targetLower > targetUpper);

    /// <summary>Where the row belongs and its figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        KabupatenCode + "/" + KecamatanCode + "/" + UnitCode + "/" + IndicatorId + " TW" + Text.Of(Triwulan) + ": T=" + Text.Of(TargetLower)
        + (TargetUpper != TargetLower ? "-" + Text.Of(TargetUpper) : string.Empty) + " R=" + Text.Of(Realisasi);
}
