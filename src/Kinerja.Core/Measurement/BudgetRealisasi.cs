using Kinerja.Core.Internal;

namespace Kinerja.Core.Measurement;

/// <summary>The money spent (realisasi anggaran) on one program, kegiatan or sub kegiatan in one quarter, in rupiah.</summary>
public sealed class BudgetRealisasi
{
    internal BudgetRealisasi(string programId, Triwulan triwulan, decimal amount, decimal enteredAmount, string? note)
    {
        ProgramId = programId;
        Triwulan = triwulan;
        Amount = amount;
        EnteredAmount = enteredAmount;
        Note = note;
    }

    /// <summary>The program, kegiatan or sub kegiatan.</summary>
    public string ProgramId { get; }

    /// <summary>The quarter.</summary>
    public Triwulan Triwulan { get; }

    /// <summary>The amount spent in that quarter alone, in rupiah: the figure entered, or under
    /// <see cref="BudgetEntryMode.Cumulative"/> the figure to this quarter less the figure to the quarter before.</summary>
    public decimal Amount { get; }

    /// <summary>The figure as entered, in rupiah: the quarter's own amount under <see cref="BudgetEntryMode.PerTriwulan"/>,
    /// the amount spent from TW I to this quarter under <see cref="BudgetEntryMode.Cumulative"/> (<see cref="MeasurementSet.BudgetEntry"/>).</summary>
    public decimal EnteredAmount { get; }

    /// <summary>The note, if any.</summary>
    public string? Note { get; }

    /// <summary>The program, quarter and amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ProgramId + " " + Triwulan + ": Rp " + Text.Of(Amount);
}
