using Kinerja.Core.Agreements;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Measurement;

/// <summary>
/// Assembles a <see cref="MeasurementSet"/> for a PK. Entries are accepted as typed (a quarter
/// number, a value, a grade); <see cref="Build"/> validates them all against the PK at once.
/// </summary>
public sealed class MeasurementSetBuilder
{
    private readonly PerjanjianKinerja _pk;
    private readonly List<Entry> _entries = [];
    private readonly List<AnggaranEntry> _anggaran = [];
    private BudgetEntryMode _budgetEntry;

    internal MeasurementSetBuilder(PerjanjianKinerja pk, IEnumerable<Realisasi> realisasi, IEnumerable<BudgetRealisasi> anggaran, BudgetEntryMode budgetEntry)
    {
        _pk = pk;
        _budgetEntry = budgetEntry;
        _entries.AddRange(realisasi.Select(r => new Entry(r.IndicatorId, r.Triwulan.Number, r.Value, r.Grade, r.BuktiDukung, r.Note)));
        _anggaran.AddRange(anggaran.Select(a => new AnggaranEntry(a.ProgramId, a.Triwulan.Number, a.EnteredAmount, a.Note)));
    }

    /// <summary>How the amounts given to <see cref="AddBudget"/> are meant, for the whole set (D48): each quarter alone
    /// (<see cref="BudgetEntryMode.PerTriwulan"/>, the default) or from TW I to the quarter (<see cref="BudgetEntryMode.Cumulative"/>).
    /// The amounts are kept as entered; <see cref="Build"/> derives each quarter's own amount from them.</summary>
    /// <param name="mode">The way the amounts are entered.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public MeasurementSetBuilder WithBudgetEntry(BudgetEntryMode mode)
    {
        _budgetEntry = mode is BudgetEntryMode.PerTriwulan or BudgetEntryMode.Cumulative
            ? mode
            : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Value should be PerTriwulan or Cumulative.");
        return this;
    }

    /// <summary>Adds a numeric realisasi.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="triwulan">The quarter's number, 1 to 4.</param>
    /// <param name="value">The value measured, kept exactly as given.</param>
    /// <param name="note">The note (keterangan), if any.</param>
    /// <param name="buktiDukung">Evidence references.</param>
    /// <returns>This builder.</returns>
    public MeasurementSetBuilder AddRealisasi(string indicatorId, int triwulan, decimal value, string? note = null, params BuktiDukung[] buktiDukung)
    {
        _entries.Add(new Entry(indicatorId, triwulan, value, null, buktiDukung ?? [], note));
        return this;
    }

    /// <summary>Adds a grade realisasi for a qualitative indicator.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="triwulan">The quarter's number, 1 to 4.</param>
    /// <param name="grade">The grade, one of the indicator's grade scale.</param>
    /// <param name="note">The note (keterangan), if any.</param>
    /// <param name="buktiDukung">Evidence references.</param>
    /// <returns>This builder.</returns>
    public MeasurementSetBuilder AddGrade(string indicatorId, int triwulan, string grade, string? note = null, params BuktiDukung[] buktiDukung)
    {
        _entries.Add(new Entry(indicatorId, triwulan, null, grade, buktiDukung ?? [], note));
        return this;
    }

    /// <summary>Removes the realisasi of an indicator in a quarter (to correct it). Does nothing when there is none.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="triwulan">The quarter's number.</param>
    /// <returns>This builder.</returns>
    public MeasurementSetBuilder RemoveRealisasi(string indicatorId, int triwulan)
    {
        _entries.RemoveAll(e => e.IndicatorId == indicatorId && e.Triwulan == triwulan);
        return this;
    }

    /// <summary>Adds the money spent on a program: in that quarter alone, or from TW I to that quarter when the set's
    /// budget entry is <see cref="BudgetEntryMode.Cumulative"/> (<see cref="WithBudgetEntry"/>).</summary>
    /// <param name="programId">The program's id.</param>
    /// <param name="triwulan">The quarter's number, 1 to 4.</param>
    /// <param name="amount">The amount in rupiah, kept as entered.</param>
    /// <param name="note">The note, if any.</param>
    /// <returns>This builder.</returns>
    public MeasurementSetBuilder AddBudget(string programId, int triwulan, decimal amount, string? note = null)
    {
        _anggaran.Add(new AnggaranEntry(programId, triwulan, amount, note));
        return this;
    }

    /// <summary>Removes the budget realisasi of a program in a quarter (to correct it). Does nothing when there is none.</summary>
    /// <param name="programId">The program's id.</param>
    /// <param name="triwulan">The quarter's number.</param>
    /// <returns>This builder.</returns>
    public MeasurementSetBuilder RemoveBudget(string programId, int triwulan)
    {
        _anggaran.RemoveAll(e => e.ProgramId == programId && e.Triwulan == triwulan);
        return this;
    }

    /// <summary>Validates every entry against the PK and builds the set.</summary>
    /// <returns>The set with any warnings, or every problem found.</returns>
    public ValidationResult<MeasurementSet> Build()
    {
        var problems = new Problems();
        var realisasi = new List<Realisasi>(_entries.Count);
        var seen = new Dictionary<(string, int), string>();
        for (var i = 0; i < _entries.Count; i++)
        {
            var e = _entries[i];
            var path = Text.Index("realisasi", i);
            var ok = problems.Required(e.IndicatorId, path + ".indicatorId");
            var indicator = ok ? _pk.FindIndicator(e.IndicatorId) : null;
            if (ok && indicator is null)
            {
                problems.Error(ProblemCodes.UnknownReference, path + ".indicatorId", e.IndicatorId, "indikator", "indicator");
                ok = false;
            }

            ok &= Quarter(e.IndicatorId, e.Triwulan, ok, path, seen, problems, out var q);

            if (indicator is not null)
            {
                ok &= CheckValue(indicator, e, path, problems);
            }

            for (var b = 0; b < e.BuktiDukung.Count; b++)
            {
                if (e.BuktiDukung[b] is null || string.IsNullOrWhiteSpace(e.BuktiDukung[b].Reference))
                {
                    problems.Error(ProblemCodes.Required, Text.Index(path + ".buktiDukung", b) + ".reference", null);
                    ok = false;
                }
            }

            if (ok)
            {
                realisasi.Add(new Realisasi(e.IndicatorId, q, e.Value, e.Grade, e.BuktiDukung.ToArray(), e.Note));
            }
        }

        var anggaran = new List<BudgetRealisasi>(_anggaran.Count);
        var seenAnggaran = new Dictionary<(string, int), string>();
        for (var i = 0; i < _anggaran.Count; i++)
        {
            var a = _anggaran[i];
            var path = Text.Index("anggaran", i);
            var ok = problems.Required(a.ProgramId, path + ".programId");
            if (ok && _pk.FindProgram(a.ProgramId) is null)
            {
                problems.Error(ProblemCodes.UnknownReference, path + ".programId", a.ProgramId, "program", "program");
                ok = false;
            }

            ok &= Quarter(a.ProgramId, a.Triwulan, ok, path, seenAnggaran, problems, out var q);

            if (a.Amount < 0m)
            {
                problems.Error(ProblemCodes.AmountNegative, path + ".amount", Text.Of(a.Amount));
                ok = false;
            }

            if (ok)
            {
                anggaran.Add(new BudgetRealisasi(a.ProgramId, q, a.Amount, a.Amount, a.Note));
            }
        }

        // Checked whenever every budget entry is valid on its own (entry i is then anggaran[i]), so a decreasing
        // cumulative figure is reported together with any realisasi problem.
        if (_budgetEntry == BudgetEntryMode.Cumulative && anggaran.Count == _anggaran.Count)
        {
            anggaran = CumulativeBudget.ToQuarterAmounts(anggaran, problems);
        }

        if (!problems.HasErrors)
        {
            WarnAboveCeiling(anggaran, problems);
        }

        var mode = _budgetEntry;
        return problems.Result(() => new MeasurementSet(_pk.Key, realisasi, anggaran, mode));
    }

    /// <summary>Checks a quarter number and that (id, quarter) is entered once; records it when the entry is otherwise valid.</summary>
    private static bool Quarter(string id, int number, bool valid, string path, Dictionary<(string, int), string> seen, Problems problems, out Triwulan quarter)
    {
        if (!Triwulan.TryCreate(number, out quarter))
        {
            problems.Error(ProblemCodes.TriwulanOutOfRange, path + ".triwulan", Text.Of(number));
            return false;
        }

        if (!valid)
        {
            return true;
        }

        if (seen.TryGetValue((id, number), out var first))
        {
            problems.Error(ProblemCodes.Duplicate, path + ".triwulan", Text.Of(number), first);
            return false;
        }

        seen.Add((id, number), path);
        return true;
    }

    private void WarnAboveCeiling(List<BudgetRealisasi> anggaran, Problems problems)
    {
        // Each (program, quarter) is entered once (checked above): index the entries once, rather than
        // searching the list for every program and quarter (quadratic in a large PK).
        var at = new Dictionary<(string, Triwulan), int>(anggaran.Count);
        for (var i = 0; i < anggaran.Count; i++)
        {
            at[(anggaran[i].ProgramId, anggaran[i].Triwulan)] = i;
        }

        foreach (var program in _pk.Programs)
        {
            var total = 0m;
            foreach (var q in Triwulan.All)
            {
                if (!at.TryGetValue((program.Id, q), out var index))
                {
                    continue;
                }

                // total stays at most the pagu until it passes it, so pagu - total never overflows; a sum
                // beyond decimal (amounts near its limit) is above any pagu and is shown as the sum written out.
                var entry = anggaran[index];
                if (entry.Amount > program.Pagu - total)
                {
                    var shown = entry.Amount <= decimal.MaxValue - total ? Text.Of(total + entry.Amount) : Text.Of(total) + " + " + Text.Of(entry.Amount);
                    problems.Warning(ProblemCodes.AmountExceedsPagu, Text.Index("anggaran", index) + ".amount", shown, q.ToString(), Text.Of(program.Pagu));
                    break;
                }

                total += entry.Amount;
            }
        }
    }

    private static bool CheckValue(Indicator indicator, Entry e, string path, Problems problems)
    {
        if (indicator.ValueKind == ValueKind.QualitativeGrade)
        {
            if (e.Grade is null)
            {
                problems.Error(ProblemCodes.RealisasiKind, path + ".value", Text.Of(e.Value), KindText.Of(indicator.ValueKind).Indonesian, KindText.Of(indicator.ValueKind).English);
                return false;
            }

            if (indicator.GradeScale is { } scale && !scale.Contains(e.Grade))
            {
                problems.Error(ProblemCodes.GradeUnknown, path + ".grade", e.Grade, scale.Name, string.Join(", ", scale.Grades.Select(g => g.Key)));
                return false;
            }

            return true;
        }

        if (e.Value is not { } value)
        {
            problems.Error(ProblemCodes.RealisasiKind, path + ".grade", e.Grade, KindText.Of(indicator.ValueKind).Indonesian, KindText.Of(indicator.ValueKind).English);
            return false;
        }

        if (value < 0m)
        {
            problems.Error(ProblemCodes.RealisasiNegative, path + ".value", Text.Of(value));
            return false;
        }

        return true;
    }

    private sealed record Entry(string IndicatorId, int Triwulan, decimal? Value, string? Grade, IReadOnlyList<BuktiDukung> BuktiDukung, string? Note);

    private sealed record AnggaranEntry(string ProgramId, int Triwulan, decimal Amount, string? Note);
}
