using Kinerja.Core.Agreements;

namespace Kinerja.Core.Measurement;

/// <summary>
/// The measured realisasi of one PK's year: indicator realisasi per quarter and budget
/// realisasi per program per quarter. Immutable; build or change one with
/// <see cref="CreateBuilder"/> and <see cref="ToBuilder"/>, which validate against the PK.
/// </summary>
public sealed class MeasurementSet
{
    private readonly Dictionary<(string, int), Realisasi> _realisasi;
    private readonly Dictionary<(string, int), BudgetRealisasi> _anggaran;

    internal MeasurementSet(PerjanjianKinerjaKey key, IReadOnlyList<Realisasi> realisasi, IReadOnlyList<BudgetRealisasi> anggaran, BudgetEntryMode budgetEntry)
    {
        Key = key;
        BudgetEntry = budgetEntry;
        Realisasi = realisasi;
        Budget = anggaran;
        _realisasi = realisasi.ToDictionary(r => (r.IndicatorId, r.Triwulan.Index));
        _anggaran = anggaran.ToDictionary(a => (a.ProgramId, a.Triwulan.Index));
    }

    /// <summary>The PK measured.</summary>
    public PerjanjianKinerjaKey Key { get; }

    /// <summary>Every indicator realisasi, in the order entered.</summary>
    public IReadOnlyList<Realisasi> Realisasi { get; }

    /// <summary>Every budget realisasi, in the order entered.</summary>
    public IReadOnlyList<BudgetRealisasi> Budget { get; }

    /// <summary>How the budget amounts were entered: per quarter (default) or cumulative to each quarter (D48).</summary>
    public BudgetEntryMode BudgetEntry { get; }

    /// <summary>Starts a measurement set for a PK.</summary>
    /// <param name="pk">The PK whose indicators and programs are measured.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pk"/> is null.</exception>
    public static MeasurementSetBuilder CreateBuilder(PerjanjianKinerja pk) =>
        new(pk ?? throw new ArgumentNullException(nameof(pk)), [], [], BudgetEntryMode.PerTriwulan);

    /// <summary>Starts a builder holding this set's entries, to add a quarter or correct an entry.</summary>
    /// <param name="pk">The PK to validate against (the current version of this set's PK).</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pk"/> is null.</exception>
    public MeasurementSetBuilder ToBuilder(PerjanjianKinerja pk) =>
        new(pk ?? throw new ArgumentNullException(nameof(pk)), Realisasi, Budget, BudgetEntry);

    /// <summary>Finds the realisasi of an indicator in a quarter.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="triwulan">The quarter.</param>
    /// <returns>The realisasi, or <see langword="null"/> when the quarter is not reported.</returns>
    public Realisasi? Find(string indicatorId, Triwulan triwulan) =>
        indicatorId is not null && _realisasi.TryGetValue((indicatorId, triwulan.Index), out var r) ? r : null;

    /// <summary>Finds the budget realisasi of a program in a quarter.</summary>
    /// <param name="programId">The program's id.</param>
    /// <param name="triwulan">The quarter.</param>
    /// <returns>The budget realisasi, or <see langword="null"/> when the quarter is not reported.</returns>
    public BudgetRealisasi? FindBudget(string programId, Triwulan triwulan) =>
        programId is not null && _anggaran.TryGetValue((programId, triwulan.Index), out var a) ? a : null;
}
