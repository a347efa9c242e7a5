namespace Kinerja.Core.Agreements;

/// <summary>Where an indicator sits in the cascade of performance (tingkat indikator).</summary>
public enum IndicatorLevel
{
    /// <summary>Indikator Kinerja Utama (IKU) of a sasaran, in the PK of the head of office.</summary>
    IkuSasaran = 0,

    /// <summary>Indicator of a program (outcome), usually in the PK of the Sekcam or a Kasi.</summary>
    Program = 1,

    /// <summary>Indicator of a kegiatan (output), in an echelon-4 PK.</summary>
    Kegiatan = 2,

    /// <summary>Indicator of a sub kegiatan.</summary>
    SubKegiatan = 3,

    /// <summary>Indikator Kinerja Individu (IKI) of one official.</summary>
    Iki = 4,
}

/// <summary>Which direction of realisasi is better (polaritas).</summary>
public enum Polarity
{
    /// <summary>Higher is better (kondisi normal): C = R / T × 100.</summary>
    Positive = 0,

    /// <summary>Lower is better (kondisi khusus): by default C = (2T − R) / T × 100; see
    /// <c>CapaianPolicy.NegativeFormula</c> for the alternative.</summary>
    Negative = 1,

    /// <summary>The value should stay at the target; any deviation either way lowers capaian:
    /// C = (1 − |1 − R/T|) × 100.</summary>
    KeepStable = 2,
}

/// <summary>How an indicator's quarters add up to the year (and to a quarter).</summary>
public enum AggregationMethod
{
    /// <summary>Kumulatif: realisasi to quarter q is R1 + ... + Rq, compared with T1 + ... + Tq.</summary>
    CumulativeSum = 0,

    /// <summary>Posisi akhir: the last reported quarter's realisasi, compared with that quarter's target.</summary>
    LastValue = 1,

    /// <summary>The mean of the reported quarters, compared with the mean of their targets.</summary>
    Average = 2,

    /// <summary>The largest reported quarter, compared with the largest of their targets.</summary>
    Maximum = 3,

    /// <summary>The smallest reported quarter, compared with the smallest of their targets.</summary>
    Minimum = 4,
}

/// <summary>What kind of value an indicator measures.</summary>
public enum ValueKind
{
    /// <summary>A count or any other plain number (dokumen, kegiatan, indeks).</summary>
    Number = 0,

    /// <summary>A percentage (persen).</summary>
    Percentage = 1,

    /// <summary>An amount of money in rupiah.</summary>
    Rupiah = 2,

    /// <summary>A qualitative grade (predikat) from a <see cref="GradeScale"/>, such as opini BPK or nilai SAKIP.</summary>
    QualitativeGrade = 3,
}

/// <summary>The shape of a target.</summary>
public enum TargetKind
{
    /// <summary>One value.</summary>
    Value = 0,

    /// <summary>A range [lower, upper].</summary>
    Range = 1,

    /// <summary>A qualitative grade.</summary>
    Grade = 2,
}

/// <summary>Whether an official holds a position definitively or acts in it.</summary>
public enum ActingStatus
{
    /// <summary>Holds the position (definitif).</summary>
    Definitive = 0,

    /// <summary>Pelaksana Tugas: acting while the position is vacant. Printed "Plt.".</summary>
    Plt = 1,

    /// <summary>Pelaksana Harian: acting while the holder is away. Printed "Plh.".</summary>
    Plh = 2,
}

/// <summary>What a budgeted item of a PK is.</summary>
public enum ProgramKind
{
    /// <summary>A program.</summary>
    Program = 0,

    /// <summary>A kegiatan (activity) under a program.</summary>
    Kegiatan = 1,

    /// <summary>A sub kegiatan under a kegiatan.</summary>
    SubKegiatan = 2,
}
