namespace Kinerja.Core.Measurement;

/// <summary>
/// How the budget realisasi of a measurement set is entered, said once per set (decision D48 in
/// <c>docs/decisions.md</c>): the money spent in each quarter alone, or the money spent from TW I to each
/// quarter ("realisasi anggaran s.d. triwulan", as Indonesian reports print it). The rules always work on
/// each quarter's own amount (<see cref="BudgetRealisasi.Amount"/>); the figure entered is kept as entered
/// (<see cref="BudgetRealisasi.EnteredAmount"/>).
/// </summary>
public enum BudgetEntryMode
{
    /// <summary>Default: each amount is the money spent in that quarter alone.</summary>
    PerTriwulan = 0,

    /// <summary>Each amount is the money spent from TW I to that quarter (s.d. triwulan); it may not decrease.</summary>
    Cumulative = 1,
}
