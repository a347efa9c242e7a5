using Kinerja.Core.Capaian;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Recap;

/// <summary>The level of a recap group.</summary>
public enum RecapLevel
{
    /// <summary>One indicator of one unit.</summary>
    Indicator = 0,

    /// <summary>The indicators of one sasaran of one unit.</summary>
    Sasaran = 1,

    /// <summary>A unit (seksi or subbagian).</summary>
    Unit = 2,

    /// <summary>A kecamatan.</summary>
    Kecamatan = 3,

    /// <summary>A kabupaten.</summary>
    Kabupaten = 4,

    /// <summary>Everything recapped.</summary>
    National = 5,

    /// <summary>One program of one unit (budget figures only).</summary>
    Program = 6,
}

/// <summary>The period of a recap figure: one quarter alone, or cumulative from TW I to a quarter.</summary>
public readonly struct RecapPeriod : IEquatable<RecapPeriod>
{
    /// <summary>Creates a period.</summary>
    /// <param name="triwulan">The quarter.</param>
    /// <param name="cumulative">Whether the figure covers TW I to <paramref name="triwulan"/> under each indicator's aggregation method.</param>
    public RecapPeriod(Triwulan triwulan, bool cumulative)
    {
        Triwulan = triwulan;
        IsCumulative = cumulative;
    }

    /// <summary>The quarter.</summary>
    public Triwulan Triwulan { get; }

    /// <summary>Whether the figure is cumulative to the quarter.</summary>
    public bool IsCumulative { get; }

    /// <summary>The eight periods: TW I to TW IV alone, then cumulative to TW I to TW IV.</summary>
    public static IReadOnlyList<RecapPeriod> All { get; } =
        [.. Triwulan.All.Select(q => new RecapPeriod(q, false)), .. Triwulan.All.Select(q => new RecapPeriod(q, true))];

    internal int Index => Triwulan.Index + (IsCumulative ? 4 : 0);

    /// <summary>The period as <c>TW III</c> or <c>s.d. TW III</c> (cumulative).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (IsCumulative ? "s.d. " : string.Empty) + Triwulan;

    /// <inheritdoc />
    public bool Equals(RecapPeriod other) => Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecapPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Index;

    /// <summary>Whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RecapPeriod left, RecapPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RecapPeriod left, RecapPeriod right) => !left.Equals(right);
}

/// <summary>Identifies a recap group: its level and the codes down to that level.</summary>
public readonly struct RecapKey : IEquatable<RecapKey>
{
    /// <summary>Creates a key. Codes below the level are ignored.</summary>
    /// <param name="level">The level.</param>
    /// <param name="kabupatenCode">The kabupaten's code (ignored at <see cref="RecapLevel.National"/>).</param>
    /// <param name="kecamatanCode">The kecamatan's code, from <see cref="RecapLevel.Kecamatan"/> down.</param>
    /// <param name="unitCode">The unit's code, from <see cref="RecapLevel.Unit"/> down.</param>
    /// <param name="item">The sasaran, indicator or program id at those levels.</param>
    public RecapKey(RecapLevel level, string? kabupatenCode = null, string? kecamatanCode = null, string? unitCode = null, string? item = null)
    {
        Level = level;
        KabupatenCode = level == RecapLevel.National ? null : kabupatenCode;
        KecamatanCode = level is RecapLevel.National or RecapLevel.Kabupaten ? null : kecamatanCode;
        UnitCode = level is RecapLevel.National or RecapLevel.Kabupaten or RecapLevel.Kecamatan ? null : unitCode;
        Item = level is RecapLevel.Indicator or RecapLevel.Sasaran or RecapLevel.Program ? item : null;
    }

    /// <summary>The level.</summary>
    public RecapLevel Level { get; }

    /// <summary>The kabupaten's code, or <see langword="null"/> at national level.</summary>
    public string? KabupatenCode { get; }

    /// <summary>The kecamatan's code, or <see langword="null"/> above kecamatan level.</summary>
    public string? KecamatanCode { get; }

    /// <summary>The unit's code, or <see langword="null"/> above unit level.</summary>
    public string? UnitCode { get; }

    /// <summary>The sasaran, indicator or program id, or <see langword="null"/>.</summary>
    public string? Item { get; }

    /// <summary>The key as a path such as <c>Unit 3303/3303-BBS/PEM</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Level + " " + string.Join("/", new[] { KabupatenCode, KecamatanCode, UnitCode, Item }.Where(p => p is not null));

    /// <inheritdoc />
    public bool Equals(RecapKey other) =>
        Level == other.Level && KabupatenCode == other.KabupatenCode && KecamatanCode == other.KecamatanCode && UnitCode == other.UnitCode && Item == other.Item;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecapKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (int)Level;
            hash = (hash * 397) ^ (KabupatenCode is null ? 0 : StringComparer.Ordinal.GetHashCode(KabupatenCode));
            hash = (hash * 397) ^ (KecamatanCode is null ? 0 : StringComparer.Ordinal.GetHashCode(KecamatanCode));
            hash = (hash * 397) ^ (UnitCode is null ? 0 : StringComparer.Ordinal.GetHashCode(UnitCode));
            return (hash * 397) ^ (Item is null ? 0 : StringComparer.Ordinal.GetHashCode(Item));
        }
    }

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RecapKey left, RecapKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RecapKey left, RecapKey right) => !left.Equals(right);
}

/// <summary>The choices of a recap: the capaian policy, the category scale and the cap on averaged capaian.</summary>
public sealed record RecapPolicy
{
    private readonly decimal? _averageCap;

    /// <summary>The defaults: <see cref="CapaianPolicy.Default"/>, <see cref="CategoryScales.Permendagri86"/>, no cap on averages.</summary>
    public static RecapPolicy Default { get; } = new();

    /// <summary>How each indicator's capaian is computed.</summary>
    public CapaianPolicy Capaian { get; init; } = CapaianPolicy.Default;

    /// <summary>The scale whose categories are counted.</summary>
    public CategoryScale Scale { get; init; } = CategoryScales.Permendagri86;

    /// <summary>The highest capaian an indicator brings into an average (some offices use 120 or 150); <see langword="null"/> (default) for none.
    /// Categories are counted on the capaian itself.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not above 0.</exception>
    public decimal? AverageCap
    {
        get => _averageCap;
        init => _averageCap = value is <= 0m ? throw new ArgumentOutOfRangeException(nameof(AverageCap), value, "Value should be above 0.") : value;
    }

    /// <summary>
    /// 16 lowercase hexadecimal digits that differ between policies giving different figures: the start of the SHA-256
    /// of the policy's canonical text (docs/recap.md, "Which policy a table was computed under").
    /// </summary>
    public string Fingerprint => PolicyFingerprint.Of(this);
}

/// <summary>
/// How a recap is built, never what it computes (that is <see cref="RecapPolicy"/>): the finest level it keeps and
/// how many threads it may use. Immutable; change one choice with a <c>with</c> expression.
/// </summary>
public sealed record RecapOptions
{
    private readonly RecapLevel _finestLevel = RecapLevel.Indicator;
    private readonly int? _maxDegreeOfParallelism;

    /// <summary>Every level down to each indicator; as many threads as the machine has cores, for large inputs.</summary>
    public static RecapOptions Default { get; } = new();

    /// <summary>
    /// The finest level kept, from <see cref="RecapLevel.Indicator"/> (default: every level) to
    /// <see cref="RecapLevel.National"/> (docs/recap.md, "Options: how far down, how many threads").
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is <see cref="RecapLevel.Program"/> or not a level.</exception>
    public RecapLevel FinestLevel
    {
        get => _finestLevel;
        init => _finestLevel = value is >= RecapLevel.Indicator and <= RecapLevel.National
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FinestLevel), value, "Value should be a level from Indicator to National (Program is kept with Sasaran).");
    }

    /// <summary>
    /// The most threads a recap of many rows may use; <see langword="null"/> (default) for one per core, 1 to stay on
    /// the calling thread (docs/recap.md, "Options: how far down, how many threads").
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int? MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Value should be 1 or more.") : value;
    }
}
