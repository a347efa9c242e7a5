namespace Kinerja.Core.Agreements;

/// <summary>
/// An indikator kinerja of a PK: what is measured, in which satuan, which direction is better,
/// how its quarters add up, its annual target and its quarterly targets (rencana aksi).
/// Built and validated by <see cref="IndicatorBuilder"/>.
/// </summary>
public sealed class Indicator
{
    private readonly Target?[] _quarterlyTargets;

    internal Indicator(
        string id,
        string name,
        IndicatorLevel level,
        string satuan,
        Polarity polarity,
        AggregationMethod aggregation,
        ValueKind valueKind,
        GradeScale? gradeScale,
        Target annualTarget,
        Target?[] quarterlyTargets)
    {
        Id = id;
        Name = name;
        Level = level;
        Satuan = satuan;
        Polarity = polarity;
        Aggregation = aggregation;
        ValueKind = valueKind;
        GradeScale = gradeScale;
        AnnualTarget = annualTarget;
        _quarterlyTargets = quarterlyTargets;
    }

    /// <summary>The indicator's id, unique within its PK.</summary>
    public string Id { get; }

    /// <summary>The indicator's name as printed (Indikator Kinerja).</summary>
    public string Name { get; }

    /// <summary>Where the indicator sits in the cascade.</summary>
    public IndicatorLevel Level { get; }

    /// <summary>The unit of measure (satuan), for example <c>%</c>, <c>Dokumen</c>, <c>Indeks</c>.</summary>
    public string Satuan { get; }

    /// <summary>Which direction of realisasi is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>How the quarters add up.</summary>
    public AggregationMethod Aggregation { get; }

    /// <summary>What kind of value is measured.</summary>
    public ValueKind ValueKind { get; }

    /// <summary>The grade scale of a qualitative indicator, otherwise <see langword="null"/>.</summary>
    public GradeScale? GradeScale { get; }

    /// <summary>The annual target (target tahunan).</summary>
    public Target AnnualTarget { get; }

    /// <summary>The quarterly targets (rencana aksi) for TW I to TW IV; a quarter without a target is <see langword="null"/>.</summary>
    public IReadOnlyList<Target?> TriwulanTargets => _quarterlyTargets;

    /// <summary>The target of one quarter.</summary>
    /// <param name="triwulan">The quarter.</param>
    /// <returns>The target, or <see langword="null"/> when the rencana aksi sets none for that quarter.</returns>
    public Target? GetTriwulanTarget(Triwulan triwulan) => _quarterlyTargets[triwulan.Index];

    /// <summary>The indicator's id and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " " + Name;
}
