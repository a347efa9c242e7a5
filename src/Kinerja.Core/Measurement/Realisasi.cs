using Kinerja.Core.Internal;

namespace Kinerja.Core.Measurement;

/// <summary>
/// The realisasi of one indicator in one quarter: a number, or a grade for a qualitative
/// indicator, with evidence references (bukti dukung) and a note (keterangan). A quarter
/// without a <see cref="Realisasi"/> is not reported, which is not the same as a realisasi of 0.
/// </summary>
public sealed class Realisasi
{
    internal Realisasi(string indicatorId, Triwulan triwulan, decimal? value, string? grade, IReadOnlyList<BuktiDukung> buktiDukung, string? note)
    {
        IndicatorId = indicatorId;
        Triwulan = triwulan;
        Value = value;
        Grade = grade;
        BuktiDukung = buktiDukung;
        Note = note;
    }

    /// <summary>The indicator measured.</summary>
    public string IndicatorId { get; }

    /// <summary>The quarter measured.</summary>
    public Triwulan Triwulan { get; }

    /// <summary>The value measured, exactly as entered; <see langword="null"/> for a grade.</summary>
    public decimal? Value { get; }

    /// <summary>The grade measured for a qualitative indicator; otherwise <see langword="null"/>.</summary>
    public string? Grade { get; }

    /// <summary>The evidence references.</summary>
    public IReadOnlyList<BuktiDukung> BuktiDukung { get; }

    /// <summary>The note (keterangan), if any.</summary>
    public string? Note { get; }

    /// <summary>The indicator, quarter and value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IndicatorId + " " + Triwulan + ": " + (Grade ?? Text.Of(Value));
}
