using Kinerja.Core.Agreements;

namespace Kinerja.Core.Recap;

/// <summary>The fields of a measurement row that the recap's checks read, whether the row is an object or a value.</summary>
internal interface IMeasurementFields
{
    /// <summary>The sasaran's id.</summary>
    string SasaranId { get; }

    /// <summary>The indicator's id.</summary>
    string IndicatorId { get; }

    /// <summary>Which direction is better.</summary>
    Polarity Polarity { get; }

    /// <summary>How the indicator's quarters add up.</summary>
    AggregationMethod Aggregation { get; }

    /// <summary>The quarter, 1 to 4.</summary>
    int Triwulan { get; }

    /// <summary>The target (or a range's lower bound), if any.</summary>
    decimal? TargetLower { get; }

    /// <summary>The realisasi, if reported.</summary>
    decimal? Realisasi { get; }
}

/// <summary>
/// An <see cref="IndicatorMeasurement"/>'s fields as a value: what <see cref="RecapSourceBuilder"/> keeps of each
/// row of the unit it is reading, so that a row read from a file is never an object (issue 14). The checks of
/// the row's own fields (quarter 1-4, target bounds) are <see cref="IndicatorMeasurement.IsTriwulan"/> and <see cref="IndicatorMeasurement.AreTargetBounds"/>, made before
/// a row is made; the recap's checks read it through <see cref="IMeasurementFields"/>.
/// </summary>
internal readonly struct MeasurementRow : IMeasurementFields
{
    public MeasurementRow(string kabupaten, string kecamatan, string unit, string sasaran, string indicator, Polarity polarity, AggregationMethod aggregation, int triwulan, decimal? targetLower, decimal? targetUpper, decimal? realisasi, IndicatorMeasurement? origin = null)
    {
        KabupatenCode = kabupaten;
        KecamatanCode = kecamatan;
        UnitCode = unit;
        SasaranId = sasaran;
        IndicatorId = indicator;
        Polarity = polarity;
        Aggregation = aggregation;
        Triwulan = triwulan;
        TargetLower = targetLower;
        TargetUpper = targetUpper;
        Realisasi = realisasi;
        Origin = origin;
    }

    /// <summary>The fields of <paramref name="row"/>, which is kept to be given back by <see cref="ToMeasurement"/>.</summary>
    public MeasurementRow(IndicatorMeasurement row)
        : this(row.KabupatenCode, row.KecamatanCode, row.UnitCode, row.SasaranId, row.IndicatorId, row.Polarity, row.Aggregation, row.Triwulan, row.TargetLower, row.TargetUpper, row.Realisasi, row)
    {
    }

    public string KabupatenCode { get; }

    public string KecamatanCode { get; }

    public string UnitCode { get; }

    public string SasaranId { get; }

    public string IndicatorId { get; }

    public Polarity Polarity { get; }

    public AggregationMethod Aggregation { get; }

    public int Triwulan { get; }

    public decimal? TargetLower { get; }

    public decimal? TargetUpper { get; }

    public decimal? Realisasi { get; }

    /// <summary>The object the row was made from, if it was.</summary>
    public IndicatorMeasurement? Origin { get; }

    /// <summary>The row as an object: the one it was made from, or a new one (for the few rows a source keeps as objects).</summary>
    public IndicatorMeasurement ToMeasurement() =>
        Origin ?? new IndicatorMeasurement(KabupatenCode, KecamatanCode, UnitCode, SasaranId, IndicatorId, Polarity, Aggregation, Triwulan, TargetLower, TargetUpper, Realisasi);
}
