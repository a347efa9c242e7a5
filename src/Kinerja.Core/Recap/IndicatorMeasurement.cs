using Kinerja.Core.Agreements;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

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

    /// <summary>
    /// The problems of a row's quarter and target bounds, what the constructor requires (it throws where this reports):
    /// a quarter not 1 to 4, then target bounds of which only one is given, or whose lower is above the upper. The one
    /// home of these checks: <see cref="RecapSourceBuilder.Add"/> reports them for a row it refuses, and a reader of rows
    /// (Kinerja.Core.Csv) for a row it refuses for a cell, so that every problem of the row is listed at once.
    /// </summary>
    /// <param name="triwulan">The quarter, or <see langword="null"/> when it was not read (it is then not checked).</param>
    /// <param name="targetLower">The target, or a range's lower bound (<see langword="null"/>: none given).</param>
    /// <param name="targetUpper">A range's upper bound (<see langword="null"/>: none given).</param>
    /// <param name="path">The row's path, which each problem's path extends (<c>indicators[3]</c> gives <c>indicators[3].triwulan</c>); <see langword="null"/> or empty for the fields' names alone.</param>
    /// <returns>The problems, in the order above; empty when the fields hold.</returns>
    public static IReadOnlyList<ValidationProblem> CheckQuarterAndBounds(int? triwulan, decimal? targetLower, decimal? targetUpper, string? path = null)
    {
        var found = new List<ValidationProblem>();
        if (triwulan is { } quarter && !IsTriwulan(quarter))
        {
            found.Add(Problem(ProblemCodes.TriwulanOutOfRange, path, "triwulan", Text.Of(quarter)));
        }

        if (targetLower.HasValue != targetUpper.HasValue)
        {
            found.Add(Problem(ProblemCodes.Required, path, targetLower.HasValue ? "targetUpper" : "targetLower", null));
        }
        else if (targetLower > targetUpper)
        {
            found.Add(Problem(ProblemCodes.TargetRangeUnordered, path, "targetUpper", Text.Of(targetUpper), Text.Of(targetLower), Text.Of(targetUpper)));
        }

        return found;
    }

    /// <summary>
    /// The problems a recap finds in a row's own values, the checks that read no other row: a negative target, a negative
    /// realisasi (a negative zero is not negative), then a polarity or aggregation method outside the defined values. The
    /// one home of these checks: <see cref="RecapSource.Create"/> and <see cref="RecapSourceBuilder"/> report them, and a
    /// reader of rows (Kinerja.Core.Csv) for a row it refuses for a cell. The constructor allows negative figures: they are
    /// the recap's to refuse.
    /// </summary>
    /// <param name="targetLower">The target, or a range's lower bound; <see langword="null"/> when none is given or it was not read.</param>
    /// <param name="realisasi">The realisasi; <see langword="null"/> when not reported or not read.</param>
    /// <param name="polarity">The polarity.</param>
    /// <param name="aggregation">The aggregation method.</param>
    /// <param name="path">The row's path, which each problem's path extends; <see langword="null"/> or empty for the fields' names alone.</param>
    /// <returns>The problems, in the order above; empty when the values hold.</returns>
    public static IReadOnlyList<ValidationProblem> CheckValues(decimal? targetLower, decimal? realisasi, Polarity polarity, AggregationMethod aggregation, string? path = null)
    {
        var found = new List<ValidationProblem>();
        if (IsNegative(targetLower))
        {
            found.Add(Problem(ProblemCodes.TargetNegative, path, "targetLower", Text.Of(targetLower)));
        }

        if (IsNegative(realisasi))
        {
            found.Add(Problem(ProblemCodes.RealisasiNegative, path, "realisasi", Text.Of(realisasi)));
        }

        // EnumRanges names the field under the path it is given: under an empty one, ".polarity" is "polarity".
        var bare = string.IsNullOrEmpty(path);
        EnumRanges.Check(polarity, aggregation, path ?? string.Empty, (code, at, value, from, to) => found.Add(new ValidationProblem(code, bare ? at.Substring(1) : at, value, Severity.Error, [from, to])));
        return found;
    }

    /// <summary>Whether a quarter is 1 to 4: the check of the constructor (which throws) and of <see cref="CheckQuarterAndBounds"/> (which reports).</summary>
    internal static bool IsTriwulan(int triwulan) => triwulan is >= 1 and <= 4;

    /// <summary>Whether target bounds are both given with lower &lt;= upper, or both absent: the check of the constructor and of <see cref="CheckQuarterAndBounds"/>.</summary>
    internal static bool AreTargetBounds(decimal? targetLower, decimal? targetUpper) =>
        targetLower.HasValue == targetUpper.HasValue && !(targetLower > targetUpper);

    /// <summary>Whether <see cref="CheckValues"/> finds nothing, without making a list (the recap asks it of every row).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool AreValuesValid(in decimal? targetLower, in decimal? realisasi, Polarity polarity, AggregationMethod aggregation) =>
        !IsNegative(targetLower) && !IsNegative(realisasi) && EnumRanges.IsDefined(polarity) && EnumRanges.IsDefined(aggregation);

    /// <summary>Whether a figure is below 0 (a decimal comparison only when the sign bit is set: a negative zero is not below 0).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsNegative(in decimal? value) =>
#if NET
        value.HasValue && decimal.IsNegative(value.GetValueOrDefault()) && value.GetValueOrDefault() != 0m;
#else
        value < 0m;
#endif

    private static ValidationProblem Problem(string code, string? path, string field, string? value, params string[] arguments) =>
        new(code, string.IsNullOrEmpty(path) ? field : path + "." + field, value, Severity.Error, arguments);

    /// <summary>Where the row belongs and its figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        KabupatenCode + "/" + KecamatanCode + "/" + UnitCode + "/" + IndicatorId + " TW" + Text.Of(Triwulan) + ": T=" + Text.Of(TargetLower)
        + (TargetUpper != TargetLower ? "-" + Text.Of(TargetUpper) : string.Empty) + " R=" + Text.Of(Realisasi);
}
