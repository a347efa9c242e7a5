namespace Kinerja.Core.Recap;

/// <summary>A group's capaian figures in one period.</summary>
public sealed class RecapRow
{
    internal RecapRow(RecapKey key, RecapPeriod period, RecapFigures figures)
    {
        Key = key;
        Period = period;
        Figures = figures;
    }

    /// <summary>The group.</summary>
    public RecapKey Key { get; }

    /// <summary>The period.</summary>
    public RecapPeriod Period { get; }

    /// <summary>The figures.</summary>
    public RecapFigures Figures { get; }

    /// <summary>The group, period and figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Key + " " + Period + ": " + Figures;
}

/// <summary>A group's budget figures in one period.</summary>
public sealed class BudgetRow
{
    internal BudgetRow(RecapKey key, RecapPeriod period, BudgetFigures figures)
    {
        Key = key;
        Period = period;
        Figures = figures;
    }

    /// <summary>The group (a program, unit, kecamatan, kabupaten or everything).</summary>
    public RecapKey Key { get; }

    /// <summary>The period.</summary>
    public RecapPeriod Period { get; }

    /// <summary>The figures.</summary>
    public BudgetFigures Figures { get; }

    /// <summary>The group, period and figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Key + " " + Period + ": " + Figures;
}

/// <summary>
/// A recap (rekapitulasi): capaian figures per indicator, sasaran, unit, kecamatan, kabupaten and in
/// total, and budget figures per program and up, for each quarter alone and cumulative to each
/// quarter. Immutable; enumerate it, look a group up, merge partial recaps of disjoint sets of
/// indicators (<see cref="Merge"/>), or update it when measurements change (<see cref="Replace"/>).
/// Build one with <see cref="Rekapitulasi.Build"/>.
/// </summary>
public sealed class RecapTable : IEquatable<RecapTable>
{
    private readonly Dictionary<(RecapKey, int), RecapFigures> _capaian;
    private readonly Dictionary<(RecapKey, int), BudgetFigures> _budget;

    internal RecapTable(string scaleName, int bands, Dictionary<(RecapKey, int), RecapFigures> capaian, Dictionary<(RecapKey, int), BudgetFigures> budget)
    {
        ScaleName = scaleName;
        Bands = bands;
        _capaian = capaian;
        _budget = budget;
    }

    /// <summary>The name of the category scale the counts use.</summary>
    public string ScaleName { get; }

    /// <summary>The number of bands of that scale.</summary>
    public int Bands { get; }

    /// <summary>Every capaian row, ordered by level, key and period.</summary>
    public IEnumerable<RecapRow> Rows =>
        _capaian.OrderBy(p => p.Key.Item1.Level).ThenBy(p => p.Key.Item1.ToString(), StringComparer.Ordinal).ThenBy(p => p.Key.Item2)
            .Select(p => new RecapRow(p.Key.Item1, RecapPeriod.All[p.Key.Item2], p.Value));

    /// <summary>Every budget row, ordered by level, key and period.</summary>
    public IEnumerable<BudgetRow> BudgetRows =>
        _budget.OrderBy(p => p.Key.Item1.Level).ThenBy(p => p.Key.Item1.ToString(), StringComparer.Ordinal).ThenBy(p => p.Key.Item2)
            .Select(p => new BudgetRow(p.Key.Item1, RecapPeriod.All[p.Key.Item2], p.Value));

    /// <summary>The capaian figures of a group in a period.</summary>
    /// <param name="key">The group.</param>
    /// <param name="period">The period.</param>
    /// <returns>The figures, or <see langword="null"/> when the group has no indicator.</returns>
    public RecapFigures? Find(RecapKey key, RecapPeriod period) => _capaian.TryGetValue((key, period.Index), out var f) ? f : null;

    /// <summary>The budget figures of a group in a period.</summary>
    /// <param name="key">The group.</param>
    /// <param name="period">The period.</param>
    /// <returns>The figures, or <see langword="null"/> when the group has no program.</returns>
    public BudgetFigures? FindBudget(RecapKey key, RecapPeriod period) => _budget.TryGetValue((key, period.Index), out var f) ? f : null;

    /// <summary>The capaian rows of one level in one period.</summary>
    /// <param name="level">The level.</param>
    /// <param name="period">The period.</param>
    /// <returns>The rows, ordered by key.</returns>
    public IEnumerable<RecapRow> At(RecapLevel level, RecapPeriod period) => Rows.Where(r => r.Key.Level == level && r.Period == period);

    /// <summary>
    /// Merges the recap of a disjoint set of indicators: the result equals the recap of both sets of
    /// measurements together. Sets must not split one indicator's quarters (a cumulative figure needs
    /// all of them): partition by kecamatan, unit or indicator.
    /// </summary>
    /// <param name="other">The other recap, built with the same policy.</param>
    /// <returns>The merged recap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> counts the categories of another scale.</exception>
    public RecapTable Merge(RecapTable other) => Combine(other, 1);

    /// <summary>
    /// Updates the recap when some indicators' measurements change, without recomputing the rest:
    /// their old contribution is subtracted and their new one added, since every figure is a sum or
    /// a count. Pass every row of each changed indicator, before and after.
    /// </summary>
    /// <param name="before">The changed indicators' rows as they were recapped.</param>
    /// <param name="after">The same indicators' rows as they are now.</param>
    /// <param name="policy">The policy this recap was built with.</param>
    /// <returns>The updated recap, or the problems of <paramref name="after"/> (this recap is unchanged either way).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Validation.ValidationResult<RecapTable> Replace(IEnumerable<IndicatorMeasurement> before, IEnumerable<IndicatorMeasurement> after, RecapPolicy policy)
    {
        var old = Rekapitulasi.Build(before ?? throw new ArgumentNullException(nameof(before)), [], policy);
        if (!old.IsValid)
        {
            throw new ArgumentException("The rows before the change are not a valid recap input: " + old, nameof(before));
        }

        var now = Rekapitulasi.Build(after ?? throw new ArgumentNullException(nameof(after)), [], policy);
        return now.IsValid
            ? new Validation.ValidationResult<RecapTable>(Combine(old.Value, -1).Combine(now.Value, 1), now.Problems)
            : now;
    }

    /// <inheritdoc />
    public bool Equals(RecapTable? other) =>
        other is not null && ScaleName == other.ScaleName && Bands == other.Bands
        && _capaian.Count == other._capaian.Count && _capaian.All(p => other._capaian.TryGetValue(p.Key, out var f) && f.Equals(p.Value))
        && _budget.Count == other._budget.Count && _budget.All(p => other._budget.TryGetValue(p.Key, out var f) && f.Equals(p.Value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecapTable);

    /// <inheritdoc />
    public override int GetHashCode() => _capaian.Count ^ (_budget.Count << 16);

    /// <summary>The number of rows.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "RecapTable: " + _capaian.Count + " capaian rows, " + _budget.Count + " budget rows (" + ScaleName + ")";

    private RecapTable Combine(RecapTable other, int sign)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (other.Bands != Bands || other.ScaleName != ScaleName)
        {
            throw new ArgumentException($"Cannot combine a recap on scale '{other.ScaleName}' with one on '{ScaleName}'.", nameof(other));
        }

        var capaian = new Dictionary<(RecapKey, int), RecapFigures>(_capaian);
        foreach (var pair in other._capaian)
        {
            var sum = capaian.TryGetValue(pair.Key, out var mine) ? RecapAccumulator.Add(mine, pair.Value, sign) : RecapAccumulator.Add(null, pair.Value, sign);
            if (sum is null)
            {
                capaian.Remove(pair.Key);
            }
            else
            {
                capaian[pair.Key] = sum;
            }
        }

        var budget = new Dictionary<(RecapKey, int), BudgetFigures>(_budget);
        foreach (var pair in other._budget)
        {
            var sum = budget.TryGetValue(pair.Key, out var mine) ? RecapAccumulator.Add(mine, pair.Value, sign) : RecapAccumulator.Add(null, pair.Value, sign);
            if (sum is null)
            {
                budget.Remove(pair.Key);
            }
            else
            {
                budget[pair.Key] = sum;
            }
        }

        return new RecapTable(ScaleName, Bands, capaian, budget);
    }
}
