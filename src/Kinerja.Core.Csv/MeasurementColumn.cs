namespace Kinerja.Core.Csv;

/// <summary>
/// The fields of a measurement file, one column each, in the order <see cref="MeasurementCsv.Write"/> writes them
/// (their Indonesian and English header names: <see cref="MeasurementCsv.IndonesianColumns"/>,
/// <see cref="MeasurementCsv.EnglishColumns"/> and the other names of <c>docs/csv.md</c>). A file may hold them in
/// any order; <see cref="CsvResult{T}.ColumnOf"/> tells where a file holds each.
/// </summary>
public enum MeasurementColumn
{
    /// <summary>The kabupaten's code (<c>kabupaten</c>).</summary>
    Kabupaten = 0,

    /// <summary>The kecamatan's code (<c>kecamatan</c>).</summary>
    Kecamatan = 1,

    /// <summary>The unit's code (<c>unit</c>, <c>unit kerja</c>).</summary>
    Unit = 2,

    /// <summary>The sasaran's id (<c>sasaran</c>).</summary>
    Sasaran = 3,

    /// <summary>The indicator's id (<c>indicator</c>, <c>indikator</c>).</summary>
    Indicator = 4,

    /// <summary>The polarity (<c>polarity</c>, <c>polaritas</c>).</summary>
    Polarity = 5,

    /// <summary>How the quarters add up (<c>aggregation</c>, <c>agregasi</c>).</summary>
    Aggregation = 6,

    /// <summary>The quarter (<c>triwulan</c>).</summary>
    Triwulan = 7,

    /// <summary>The target, or a range's lower bound (<c>target_lower</c>, <c>target bawah</c>, <c>target</c>).</summary>
    TargetLower = 8,

    /// <summary>A range's upper bound (<c>target_upper</c>, <c>target atas</c>); a file may leave it out.</summary>
    TargetUpper = 9,

    /// <summary>The realisasi (<c>realisasi</c>).</summary>
    Realisasi = 10,
}
