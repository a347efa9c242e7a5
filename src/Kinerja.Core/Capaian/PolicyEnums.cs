namespace Kinerja.Core.Capaian;

/// <summary>The formula for a lower-is-better (negative polarity) indicator.</summary>
public enum NegativePolarityFormula
{
    /// <summary>Default: C = (2T − R) / T × 100, which is PermenPANRB 8/2021's "(1 + (1 − R/T)) × 100"
    /// (kondisi khusus) and LKjIP Kab. Maluku Tengah 2021's "(T − (R − T)) / T × 100".</summary>
    TwoMinusRatio = 0,

    /// <summary>C = T / R × 100, seen in LKjIP practice (for example LKjIP 2019 Kab. Manggarai Timur).
    /// R = 0 is not computable unless <see cref="CapaianPolicy.CapaianWhenRealisasiZero"/> says otherwise.</summary>
    InverseRatio = 1,
}

/// <summary>What to do when the target is 0 (no regulation rule; applications disagree).</summary>
public enum ZeroTargetRule
{
    /// <summary>Default: no figure; the result is not computable with reason <see cref="CapaianReason.ZeroTarget"/>.</summary>
    NotComputable = 0,

    /// <summary>The capaian is 0.</summary>
    Zero = 1,

    /// <summary>100 when the realisasi meets a target of 0, otherwise 0: positive meets it when R ≥ 0,
    /// negative when R ≤ 0, keep-stable when R = 0.</summary>
    HundredWhenMet = 2,
}

/// <summary>Whether a capaian figure was computed.</summary>
public enum CapaianStatus
{
    /// <summary>A figure was computed (<see cref="CapaianResult.Value"/> has it).</summary>
    Computed = 0,

    /// <summary>The realisasi was not reported; this is not a realisasi of 0.</summary>
    NotReported = 1,

    /// <summary>The data is there but no rule gives a figure (see <see cref="CapaianResult.Reason"/>).</summary>
    NotComputable = 2,
}

/// <summary>Why a capaian is not computed, or which policy produced the figure.</summary>
public enum CapaianReason
{
    /// <summary>Computed by the indicator's formula.</summary>
    None = 0,

    /// <summary>The realisasi (of the quarter, or of a quarter the method needs) was not reported.</summary>
    NotReported = 1,

    /// <summary>The target is 0: not computable, or computed by <see cref="CapaianPolicy.ZeroTarget"/>.</summary>
    ZeroTarget = 2,

    /// <summary>R = 0 under T / R: not computable, or computed by <see cref="CapaianPolicy.CapaianWhenRealisasiZero"/>.</summary>
    ZeroRealisasi = 3,

    /// <summary>The rencana aksi sets no target for a quarter the comparison needs.</summary>
    TargetMissing = 4,

    /// <summary>A grade is not in the indicator's grade scale.</summary>
    GradeNotInScale = 5,

    /// <summary>A grade was compared with a number, or a number with a grade.</summary>
    KindMismatch = 6,

    /// <summary>
    /// The capaian is beyond the range of <see cref="decimal"/> (about ±7.9 × 10²⁸ %), as from a
    /// realisasi many orders of magnitude above a tiny target: not computable, unless
    /// <see cref="CapaianPolicy.Cap"/> caps it or <see cref="CapaianPolicy.FloorAtZero"/> raises it to 0.
    /// </summary>
    OutOfRange = 7,
}
