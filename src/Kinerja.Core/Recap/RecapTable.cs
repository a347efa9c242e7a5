using Kinerja.Core.Scales;
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
/// A recap (rekapitulasi): capaian and budget figures per group and period (docs/recap.md, "Output"). Immutable;
/// built by <see cref="RecapCalculator.Build(IEnumerable{IndicatorMeasurement}, IEnumerable{BudgetMeasurement}, RecapPolicy, RecapOptions)"/>.
/// </summary>
/// <remarks>
/// One entry per group in flat arrays; <see cref="RecapFigures"/> are made when asked for, and the look-up index
/// behind <see cref="Find"/> on the first look-up.
/// </remarks>
public sealed class RecapTable : IEquatable<RecapTable>
{
    private const int Periods = 8;

    private readonly RecapStore _store;
    private readonly Dictionary<(RecapKey, int), BudgetFigures> _budget;
    private Dictionary<RecapKey, int>? _index;
    private int[]? _order;
    private IReadOnlyList<BudgetRow>? _budgetRows;

    internal RecapTable(string scaleName, int bands, RecapLevel finestLevel, RecapKey[] keys, RecapTally[] tallies, int[] categories, Dictionary<(RecapKey, int), BudgetFigures> budget, string? policyFingerprint = null, CategoryBasis? scaleBasis = null)
        : this(scaleName, finestLevel, RecapStore.Of(bands, keys, tallies, categories), budget, policyFingerprint, scaleBasis)
    {
    }

    /// <summary>The same table, said to be computed under <paramref name="policy"/> (the recap that built it).</summary>
    internal RecapTable Under(RecapPolicy policy) => new(ScaleName, FinestLevel, _store, _budget, policy.Fingerprint, policy.Scale.Basis);

    /// <summary>The same table under the fingerprint given: a table of unknown policy (a version-1 document) updated by
    /// <see cref="Replace"/> stays unknown, rather than taking the caller's policy for its own.</summary>
    private RecapTable Claimed(string? policyFingerprint) => new(ScaleName, FinestLevel, _store, _budget, policyFingerprint, ScaleBasis);

    internal RecapTable(string scaleName, RecapLevel finestLevel, RecapStore store, Dictionary<(RecapKey, int), BudgetFigures> budget, string? policyFingerprint = null, CategoryBasis? scaleBasis = null)
    {
        PolicyFingerprint = policyFingerprint;
        ScaleBasis = scaleBasis;
        ScaleName = scaleName;
        BandCount = store.Bands;
        FinestLevel = finestLevel;
        _store = store;
        _budget = budget;
    }

    /// <summary>
    /// The <see cref="RecapPolicy.Fingerprint"/> of the policy the figures were computed under, or <see langword="null"/>
    /// when unknown (docs/recap.md, "Which policy a table was computed under").
    /// </summary>
    public string? PolicyFingerprint { get; }

    /// <summary>The name of the category scale the counts use.</summary>
    public string ScaleName { get; }

    /// <summary>
    /// Which figure the counts classified (<see cref="CategoryScale.Basis"/>), or <see langword="null"/> when the policy
    /// is unknown (docs/recap.md, "Which policy a table was computed under").
    /// </summary>
    public CategoryBasis? ScaleBasis { get; }

    /// <summary>The number of bands of that scale.</summary>
    public int BandCount { get; }

    /// <summary>
    /// The finest level the recap holds (<see cref="RecapOptions.FinestLevel"/>): <see cref="RecapLevel.Indicator"/> (every level) unless it was
    /// built for a coarser one; levels below it (and <see cref="RecapLevel.Program"/> below
    /// <see cref="RecapLevel.Sasaran"/>) have no rows.
    /// </summary>
    public RecapLevel FinestLevel { get; }

    /// <summary>Every capaian row, ordered by level, key and period.</summary>
    public IEnumerable<RecapRow> Rows
    {
        get
        {
            foreach (var g in Order())
            {
                for (var p = 0; p < Periods; p++)
                {
                    yield return new RecapRow(_store.KeyAt(g), RecapPeriod.All[p], _store.FiguresAt(g, p));
                }
            }
        }
    }

    /// <summary>Every budget row, ordered by level, key and period.</summary>
    public IEnumerable<BudgetRow> BudgetRows => _budgetRows ??= Array.AsReadOnly(
        _budget.OrderBy(p => p.Key.Item1.Level).ThenBy(p => p.Key.Item1.ToString(), StringComparer.Ordinal).ThenBy(p => p.Key.Item2)
            .Select(p => new BudgetRow(p.Key.Item1, RecapPeriod.All[p.Key.Item2], p.Value)).ToArray());

    /// <summary>The capaian figures of a group in a period.</summary>
    /// <param name="key">The group.</param>
    /// <param name="period">The period.</param>
    /// <returns>The figures, or <see langword="null"/> when the group has no indicator.</returns>
    public RecapFigures? Find(RecapKey key, RecapPeriod period) => Index().TryGetValue(key, out var g) ? _store.FiguresAt(g, period.Index) : null;

    /// <summary>The budget figures of a group in a period.</summary>
    /// <param name="key">The group.</param>
    /// <param name="period">The period.</param>
    /// <returns>The figures, or <see langword="null"/> when the group has no program.</returns>
    public BudgetFigures? FindBudget(RecapKey key, RecapPeriod period) => _budget.TryGetValue((key, period.Index), out var f) ? f : null;

    /// <summary>The capaian rows of one level in one period.</summary>
    /// <param name="level">The level.</param>
    /// <param name="period">The period.</param>
    /// <returns>The rows, ordered by key.</returns>
    public IEnumerable<RecapRow> At(RecapLevel level, RecapPeriod period)
    {
        foreach (var g in Order())
        {
            var key = _store.KeyAt(g);
            if (key.Level == level)
            {
                yield return new RecapRow(key, period, _store.FiguresAt(g, period.Index));
            }
        }
    }

    /// <summary>
    /// Merges the recap of a disjoint set of indicators into the recap of both sets together, exactly (docs/recap.md,
    /// "Exact, mergeable figures", "Merging").
    /// </summary>
    /// <param name="other">The other recap, built with the same policy.</param>
    /// <returns>The merged recap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> was computed under another policy (another <see cref="PolicyFingerprint"/>,
    /// or either table's is unknown: a version-1 document), counts the categories of another scale, or holds another finest level, or a merged
    /// sum (of capaian or budget) would be beyond the range of <see cref="decimal"/>.</exception>
    public RecapTable Merge(RecapTable other) => Combine(other, 1);

    /// <summary>
    /// Updates the recap when some indicators' measurements change, recapping only their rows (docs/recap.md,
    /// "Exact, mergeable figures", "Incremental updates").
    /// </summary>
    /// <param name="before">The changed indicators' rows as they were recapped.</param>
    /// <param name="after">The same indicators' rows as they are now.</param>
    /// <param name="policy">The policy this recap was built with.</param>
    /// <returns>The updated recap, or the problems of <paramref name="after"/> (this recap is unchanged either way).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> is not the one this recap was computed under (another
    /// <see cref="RecapPolicy.Fingerprint"/> than <see cref="PolicyFingerprint"/>, or this table's policy is unknown), or the rows before are not a valid recap input, or were never added.</exception>
    public Validation.ValidationResult<RecapTable> Replace(IEnumerable<IndicatorMeasurement> before, IEnumerable<IndicatorMeasurement> after, RecapPolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (PolicyFingerprint is null)
        {
            throw new ArgumentException(UnknownPolicy, nameof(policy));
        }

        if (PolicyFingerprint is { } mine && policy.Fingerprint is var given && given != mine)
        {
            throw new ArgumentException($"This recap was computed under the policy {mine}, not under {given} ({policy.Capaian}, scale '{policy.Scale.Name}', average cap {Internal.Text.Of(policy.AverageCap)}); recap the rows again under that policy instead.", nameof(policy));
        }

        var old = RecapCalculator.Build(before ?? throw new ArgumentNullException(nameof(before)), [], policy, RecapOptions.Default with { FinestLevel = FinestLevel });
        if (!old.IsValid)
        {
            throw new ArgumentException("The rows before the change are not a valid recap input: " + old, nameof(before));
        }

        var now = RecapCalculator.Build(after ?? throw new ArgumentNullException(nameof(after)), [], policy, RecapOptions.Default with { FinestLevel = FinestLevel });
        return now.IsValid
            ? new Validation.ValidationResult<RecapTable>(Combine(old.Value.Claimed(PolicyFingerprint), -1).Combine(now.Value.Claimed(PolicyFingerprint), 1), now.Problems)
            : now;
    }

    /// <inheritdoc />
    public bool Equals(RecapTable? other)
    {
        if (other is null || PolicyFingerprint != other.PolicyFingerprint || ScaleBasis != other.ScaleBasis || ScaleName != other.ScaleName || BandCount != other.BandCount || FinestLevel != other.FinestLevel || _store.Count != other._store.Count
            || _budget.Count != other._budget.Count || !_budget.All(p => other._budget.TryGetValue(p.Key, out var f) && f.Equals(p.Value)))
        {
            return false;
        }

        var index = other.Index();
        for (var g = 0; g < _store.Count; g++)
        {
            if (!index.TryGetValue(_store.KeyAt(g), out var o))
            {
                return false;
            }

            for (var p = 0; p < Periods; p++)
            {
                if (!_store.TallyAt(g, p).SameAs(other._store.TallyAt(o, p)) || !_store.CategoriesAt(g, p).SequenceEqual(other._store.CategoriesAt(o, p)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecapTable);

    /// <inheritdoc />
    public override int GetHashCode() => (_store.Count * Periods) ^ (_budget.Count << 16);

    /// <summary>The number of rows.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "RecapTable: " + (_store.Count * Periods) + " capaian rows, " + _budget.Count + " budget rows (" + ScaleName + ")";

    /// <summary>A table from figures per group and period (every group with all eight periods), for tests and conversions.</summary>
    internal static RecapTable FromFigures(string scaleName, int bands, RecapLevel finestLevel, IReadOnlyDictionary<(RecapKey, int), RecapFigures> capaian, Dictionary<(RecapKey, int), BudgetFigures> budget, string? policyFingerprint = null, CategoryBasis? scaleBasis = null)
    {
        var keys = capaian.Keys.Select(k => k.Item1).Distinct().ToArray();
        var tallies = new RecapTally[keys.Length * Periods];
        var categories = new int[keys.Length * Periods * bands];
        for (var g = 0; g < keys.Length; g++)
        {
            for (var p = 0; p < Periods; p++)
            {
                var figures = capaian[(keys[g], p)];
                tallies[(g * Periods) + p] = RecapTally.Of(figures);
                for (var b = 0; b < bands; b++)
                {
                    categories[(((g * Periods) + p) * bands) + b] = figures.Categories[b];
                }
            }
        }

        return new RecapTable(scaleName, bands, finestLevel, keys, tallies, categories, budget, policyFingerprint, scaleBasis);
    }

    private Dictionary<RecapKey, int> Index()
    {
        if (_index is { } index)
        {
            return index;
        }

        index = new Dictionary<RecapKey, int>(_store.Count);
        for (var g = 0; g < _store.Count; g++)
        {
            index.Add(_store.KeyAt(g), g);
        }

        return Interlocked.CompareExchange(ref _index, index, null) ?? index;
    }

    private int[] Order()
    {
        if (_order is { } order)
        {
            return order;
        }

        var names = new string[_store.Count];
        var levels = new RecapLevel[_store.Count];
        for (var g = 0; g < _store.Count; g++)
        {
            var key = _store.KeyAt(g);
            names[g] = key.ToString();
            levels[g] = key.Level;
        }

        order = Enumerable.Range(0, _store.Count).OrderBy(g => levels[g]).ThenBy(g => names[g], StringComparer.Ordinal).ToArray();
        return Interlocked.CompareExchange(ref _order, order, null) ?? order;
    }

    private RecapTable Combine(RecapTable other, int sign)
    {
        CheckCombinable(other);
        var keys = new List<RecapKey>(_store.Count + other._store.Count);
        var tallies = new List<RecapTally>((_store.Count + other._store.Count) * Periods);
        var categories = new List<int>((_store.Count + other._store.Count) * Periods * BandCount);
        for (var g = 0; g < _store.Count; g++)
        {
            keys.Add(_store.KeyAt(g));
            for (var p = 0; p < Periods; p++)
            {
                tallies.Add(_store.TallyAt(g, p));
                foreach (var c in _store.CategoriesAt(g, p))
                {
                    categories.Add(c);
                }
            }
        }

        var index = new Dictionary<RecapKey, int>(Index());
        for (var o = 0; o < other._store.Count; o++)
        {
            var otherKey = other._store.KeyAt(o);
            if (!index.TryGetValue(otherKey, out var g))
            {
                g = keys.Count;
                index.Add(otherKey, g);
                keys.Add(otherKey);
                for (var p = 0; p < Periods; p++)
                {
                    tallies.Add(default);
                }

                for (var c = 0; c < Periods * BandCount; c++)
                {
                    categories.Add(0);
                }
            }

            for (var p = 0; p < Periods; p++)
            {
                RecapTally sum;
                try
                {
                    sum = RecapTally.Combine(tallies[(g * Periods) + p], other._store.TallyAt(o, p), sign);
                }
                catch (OverflowException)
                {
                    throw new ArgumentException($"Combining the recaps takes the capaian sum of {otherKey} in {RecapPeriod.All[p]} beyond the range of decimal (±7.9 × 10²⁸ quanta); nothing was combined.", nameof(other));
                }

                if (sum.Indicators < 0)
                {
                    throw new ArgumentException("Cannot subtract figures that were never added (the rows before a change must be the rows that were recapped).");
                }

                tallies[(g * Periods) + p] = sum;
                var theirs = other._store.CategoriesAt(o, p);
                for (var b = 0; b < BandCount; b++)
                {
                    categories[(((g * Periods) + p) * BandCount) + b] += sign * theirs[b];
                }
            }
        }

        // Groups left without indicators (all of a group's periods count the same indicators) are dropped.
        var kept = Enumerable.Range(0, keys.Count).Where(g => tallies[g * Periods].Indicators != 0).ToArray();
        var keptTallies = new RecapTally[kept.Length * Periods];
        var keptCategories = new int[kept.Length * Periods * BandCount];
        for (var k = 0; k < kept.Length; k++)
        {
            tallies.CopyTo(kept[k] * Periods, keptTallies, k * Periods, Periods);
            categories.CopyTo(kept[k] * Periods * BandCount, keptCategories, k * Periods * BandCount, Periods * BandCount);
        }

        return new RecapTable(ScaleName, BandCount, FinestLevel, kept.Select(g => keys[g]).ToArray(), keptTallies, keptCategories, AddBudget(other), PolicyFingerprint, ScaleBasis);
    }

    /// <summary>Why a table of unknown policy is not combined: nothing says its figures follow the same rules as the other's.</summary>
    private const string UnknownPolicy = "A recap table read from a version-1 document does not say which policy it was computed under, so it cannot be combined or updated (its figures might follow other rules); recap its rows again under a policy, or read it only.";

    /// <summary>Throws unless <paramref name="other"/> is a recap under the same, known policy, on the same scale, down to the same level.</summary>
    private void CheckCombinable(RecapTable other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (other.PolicyFingerprint != PolicyFingerprint)
        {
            throw new ArgumentException($"Cannot combine a recap computed under the policy {other.PolicyFingerprint ?? "(unknown: a version-1 document)"} with one computed under {PolicyFingerprint ?? "(unknown: a version-1 document)"}; recap both under one policy.", nameof(other));
        }

        if (PolicyFingerprint is null)
        {
            throw new ArgumentException(UnknownPolicy, nameof(other));
        }

        if (other.BandCount != BandCount || other.ScaleName != ScaleName)
        {
            throw new ArgumentException($"Cannot combine a recap on scale '{other.ScaleName}' with one on '{ScaleName}'.", nameof(other));
        }

        if (other.FinestLevel != FinestLevel)
        {
            throw new ArgumentException($"Cannot combine a recap down to {other.FinestLevel} with one down to {FinestLevel}.", nameof(other));
        }
    }

    /// <summary>The budget figures of both recaps added. Only <see cref="Merge"/> brings a budget: the tables <see cref="Replace"/>
    /// subtracts and adds are recapped from indicator rows only and hold none, so an update leaves the budget as it was.</summary>
    private Dictionary<(RecapKey, int), BudgetFigures> AddBudget(RecapTable other)
    {
        var budget = new Dictionary<(RecapKey, int), BudgetFigures>(_budget);
        foreach (var pair in other._budget)
        {
            var theirs = pair.Value;
            try
            {
                budget[pair.Key] = budget.TryGetValue(pair.Key, out var mine)
                    ? new BudgetFigures(mine.ProgramCount + theirs.ProgramCount, mine.NotReported + theirs.NotReported, mine.Pagu + theirs.Pagu, mine.ReportedPagu + theirs.ReportedPagu, mine.Realisasi + theirs.Realisasi)
                    : theirs;
            }
            catch (OverflowException)
            {
                throw new ArgumentException($"Combining the recaps takes the budget of {pair.Key.Item1} in {RecapPeriod.All[pair.Key.Item2]} beyond the range of decimal (±7.9 × 10²⁸ Rupiah); nothing was combined.", nameof(other));
            }
        }

        return budget;
    }
}
