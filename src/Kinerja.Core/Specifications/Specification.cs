using System.Linq.Expressions;

namespace Kinerja.Core.Specifications;

/// <summary>
/// A query over <typeparamref name="T"/> as data: filters (expression trees, all of which must hold),
/// an ordering and paging. Immutable: every method that adds something returns a new specification
/// and leaves this one unchanged, so a specification can be shared and extended freely. Start from
/// <c>new Specification&lt;T&gt;()</c> (which every item satisfies) and add filters with
/// <see cref="Where"/> or with the domain verbs (extension methods such as
/// <see cref="IndicatorMeasurementSpecifications.OfKecamatan"/>).
/// <para>
/// Use it three ways: <see cref="IsSatisfiedBy"/> tests one item against the filters;
/// <see cref="Evaluate"/> runs the whole query over a sequence in memory; <see cref="Apply"/> adds it
/// to an <see cref="IQueryable{T}"/> as expression trees, so that a query provider such as EF Core
/// translates it (to SQL) as long as every filter and ordering key is itself translatable.
/// </para>
/// </summary>
/// <typeparam name="T">The type of item queried.</typeparam>
public sealed class Specification<T>
{
    private static readonly Expression<Func<T, bool>>[] NoFilters = [];
    private static readonly Ordering[] NoOrderings = [];

    private readonly Expression<Func<T, bool>>[] _filters;
    private readonly Ordering[] _orderings;
    private readonly Lazy<Func<T, bool>> _predicate;

    /// <summary>Creates a specification with no filter, no ordering and no paging: every item satisfies it.</summary>
    public Specification()
        : this(NoFilters, NoOrderings, null, null, null)
    {
    }

    // predicate: the compiled filters when they are another specification's (a new ordering or paging shares
    // them), or null to compile these filters on first use.
    private Specification(Expression<Func<T, bool>>[] filters, Ordering[] orderings, int? skip, int? take, Lazy<Func<T, bool>>? predicate)
    {
        _filters = filters;
        _orderings = orderings;
        SkipCount = skip;
        TakeCount = take;
        _predicate = predicate ?? new Lazy<Func<T, bool>>(Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The filters, in the order they were added; an item satisfies the specification when all hold.</summary>
    public IReadOnlyList<Expression<Func<T, bool>>> Filters => _filters;

    /// <summary>Whether an ordering was given (<see cref="OrderBy"/> or <see cref="OrderByDescending"/>).</summary>
    public bool IsOrdered => _orderings.Length > 0;

    /// <summary>How many items are skipped after filtering and ordering, or <see langword="null"/> for none.</summary>
    public int? SkipCount { get; }

    /// <summary>How many items are returned at most (after skipping), or <see langword="null"/> for no limit.</summary>
    public int? TakeCount { get; }

    /// <summary>Adds a filter: the new specification's items must also satisfy <paramref name="filter"/>.</summary>
    /// <param name="filter">The condition, an expression tree (keep it translatable if the specification is applied to a database query).</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    public Specification<T> Where(Expression<Func<T, bool>> filter)
    {
        if (filter is null)
        {
            throw new ArgumentNullException(nameof(filter));
        }

        return new Specification<T>([.. _filters, filter], _orderings, SkipCount, TakeCount, null);
    }

    /// <summary>Orders the items by a key, ascending. In memory, string keys compare ordinally (never by culture).</summary>
    /// <typeparam name="TKey">The key's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="DuplicateOrderException">The specification is already ordered: add further keys with <see cref="ThenBy"/>.</exception>
    public Specification<T> OrderBy<TKey>(Expression<Func<T, TKey>> key) => AddPrimary(key, descending: false);

    /// <summary>Orders the items by a key, descending. In memory, string keys compare ordinally (never by culture).</summary>
    /// <typeparam name="TKey">The key's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="DuplicateOrderException">The specification is already ordered: add further keys with <see cref="ThenByDescending"/>.</exception>
    public Specification<T> OrderByDescending<TKey>(Expression<Func<T, TKey>> key) => AddPrimary(key, descending: true);

    /// <summary>Orders items with equal earlier keys by a further key, ascending.</summary>
    /// <typeparam name="TKey">The key's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="OrderMissingException">No primary ordering was given: start with <see cref="OrderBy"/>.</exception>
    public Specification<T> ThenBy<TKey>(Expression<Func<T, TKey>> key) => AddSecondary(key, descending: false);

    /// <summary>Orders items with equal earlier keys by a further key, descending.</summary>
    /// <typeparam name="TKey">The key's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="OrderMissingException">No primary ordering was given: start with <see cref="OrderByDescending"/>.</exception>
    public Specification<T> ThenByDescending<TKey>(Expression<Func<T, TKey>> key) => AddSecondary(key, descending: true);

    /// <summary>Skips items after filtering and ordering. Skipping always happens before <see cref="Take"/>, whichever was called first.</summary>
    /// <param name="count">How many items to skip, 0 or more.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="DuplicatePagingException">A skip count was already given.</exception>
    public Specification<T> Skip(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Value should be 0 or more.");
        }

        return SkipCount is { } given
            ? throw new DuplicatePagingException($"The specification already skips {given} items; Skip can be given once.")
            : new Specification<T>(_filters, _orderings, count, TakeCount, _predicate);
    }

    /// <summary>Limits the number of items returned (after <see cref="Skip"/>).</summary>
    /// <param name="count">The most items to return, 0 or more.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="DuplicatePagingException">A take count was already given.</exception>
    public Specification<T> Take(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Value should be 0 or more.");
        }

        return TakeCount is { } given
            ? throw new DuplicatePagingException($"The specification already takes {given} items; Take can be given once.")
            : new Specification<T>(_filters, _orderings, SkipCount, count, _predicate);
    }

    /// <summary>
    /// Combines two specifications: an item satisfies the result when it satisfies both. The ordering and
    /// paging come from whichever of the two has them; both may not have the same one.
    /// </summary>
    /// <param name="other">The other specification.</param>
    /// <returns>A new specification with this one's filters followed by <paramref name="other"/>'s.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="DuplicateOrderException">Both specifications are ordered.</exception>
    /// <exception cref="DuplicatePagingException">Both specifications skip, or both take.</exception>
    public Specification<T> And(Specification<T> other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (IsOrdered && other.IsOrdered)
        {
            throw new DuplicateOrderException("Both specifications are ordered; only one of two combined with And may be.");
        }

        if ((SkipCount is not null && other.SkipCount is not null) || (TakeCount is not null && other.TakeCount is not null))
        {
            throw new DuplicatePagingException("Both specifications " + (SkipCount is not null && other.SkipCount is not null ? "skip" : "take")
                + " items; only one of two combined with And may.");
        }

        return new Specification<T>(
            [.. _filters, .. other._filters],
            IsOrdered ? _orderings : other._orderings,
            SkipCount ?? other.SkipCount,
            TakeCount ?? other.TakeCount,
            other._filters.Length == 0 ? _predicate : _filters.Length == 0 ? other._predicate : null);
    }

    /// <summary>
    /// Whether an item satisfies every filter (ordering and paging do not apply to one item). The filters
    /// are compiled into one delegate on first use and the delegate is kept (and shared with the
    /// specifications made from this one by adding an ordering or paging).
    /// </summary>
    /// <param name="candidate">The item.</param>
    /// <returns><see langword="true"/> when every filter holds (always, when there is none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public bool IsSatisfiedBy(T candidate)
    {
        if (candidate is null)
        {
            throw new ArgumentNullException(nameof(candidate));
        }

        return _predicate.Value(candidate);
    }

    /// <summary>
    /// Runs the specification over a sequence in memory: filters, then ordering (stable; string keys
    /// ordinal), then skip, then take. Deferred, like LINQ: the sequence is read when the result is enumerated.
    /// </summary>
    /// <param name="source">The items.</param>
    /// <returns>The items that satisfy the filters, ordered and paged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IEnumerable<T> Evaluate(IEnumerable<T> source)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        var result = _filters.Length == 0 ? source : source.Where(_predicate.Value);
        if (_orderings.Length > 0)
        {
            var ordered = _orderings[0].Order(result);
            for (var i = 1; i < _orderings.Length; i++)
            {
                ordered = _orderings[i].ThenOrder(ordered);
            }

            result = ordered;
        }

        if (SkipCount is { } skip)
        {
            result = result.Skip(skip);
        }

        return TakeCount is { } take ? result.Take(take) : result;
    }

    /// <summary>
    /// Adds the specification to a query as expression trees (no compiled delegate), so that the query's
    /// provider translates it: one <c>Where</c> per filter, then <c>OrderBy</c>/<c>ThenBy</c>, <c>Skip</c>
    /// and <c>Take</c>. With EF Core the filters become SQL when every filter is translatable; the verbs on
    /// <see cref="Recap.IndicatorMeasurement"/> are. A LINQ-to-objects query (<c>AsQueryable()</c>) orders
    /// string keys ordinally, as <see cref="Evaluate"/> does.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <returns>The query with the specification applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public IQueryable<T> Apply(IQueryable<T> query)
    {
        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        foreach (var filter in _filters)
        {
            query = query.Where(filter);
        }

        if (_orderings.Length > 0)
        {
            var inMemory = query is EnumerableQuery;
            var ordered = _orderings[0].Order(query, inMemory);
            for (var i = 1; i < _orderings.Length; i++)
            {
                ordered = _orderings[i].ThenOrder(ordered, inMemory);
            }

            query = ordered;
        }

        if (SkipCount is { } skip)
        {
            query = query.Skip(skip);
        }

        return TakeCount is { } take ? query.Take(take) : query;
    }

    /// <summary>The number of filters, the ordering and the paging, for diagnostics.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = "Specification<" + typeof(T).Name + ">: " + Text(_filters.Length) + " filter(s)";
        foreach (var o in _orderings)
        {
            text += (o == _orderings[0] ? ", order by " : ", then by ") + o.Key + (o.Descending ? " desc" : string.Empty);
        }

        text += SkipCount is { } s ? ", skip " + Text(s) : string.Empty;
        return text + (TakeCount is { } t ? ", take " + Text(t) : string.Empty);

        static string Text(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private Specification<T> AddPrimary<TKey>(Expression<Func<T, TKey>> key, bool descending)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        return IsOrdered
            ? throw new DuplicateOrderException($"The specification is already ordered by {_orderings[0].Key}; add {key} with ThenBy or ThenByDescending.")
            : new Specification<T>(_filters, [new Ordering<TKey>(key, descending)], SkipCount, TakeCount, _predicate);
    }

    private Specification<T> AddSecondary<TKey>(Expression<Func<T, TKey>> key, bool descending)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        return IsOrdered
            ? new Specification<T>(_filters, [.. _orderings, new Ordering<TKey>(key, descending)], SkipCount, TakeCount, _predicate)
            : throw new OrderMissingException($"ThenBy needs a primary ordering; order by {key} with OrderBy or OrderByDescending first.");
    }

    private Func<T, bool> Compile()
    {
        if (_filters.Length == 0)
        {
            return static _ => true;
        }

        // One lambda over one parameter: each filter's body with its own parameter replaced, joined by AndAlso.
        var parameter = _filters[0].Parameters[0];
        var body = _filters[0].Body;
        for (var i = 1; i < _filters.Length; i++)
        {
            body = Expression.AndAlso(body, ParameterReplacer.Replace(_filters[i], parameter));
        }

        return Expression.Lambda<Func<T, bool>>(body, parameter).Compile();
    }

    /// <summary>One ordering key, with its type kept by the generic subclass so that no reflection is needed.</summary>
    private abstract class Ordering(bool descending)
    {
        public bool Descending { get; } = descending;

        public abstract LambdaExpression Key { get; }

        public abstract IOrderedEnumerable<T> Order(IEnumerable<T> source);

        public abstract IOrderedEnumerable<T> ThenOrder(IOrderedEnumerable<T> source);

        public abstract IOrderedQueryable<T> Order(IQueryable<T> source, bool inMemory);

        public abstract IOrderedQueryable<T> ThenOrder(IOrderedQueryable<T> source, bool inMemory);
    }

    private sealed class Ordering<TKey>(Expression<Func<T, TKey>> key, bool descending) : Ordering(descending)
    {
        // Strings compare ordinally in memory: rules never read the culture (and SQLite's default collation is binary).
        private static readonly IComparer<TKey> Comparer =
            typeof(TKey) == typeof(string) ? (IComparer<TKey>)(object)StringComparer.Ordinal : Comparer<TKey>.Default;

        private readonly Lazy<Func<T, TKey>> _compiled = new(key.Compile, LazyThreadSafetyMode.ExecutionAndPublication);

        public override LambdaExpression Key => key;

        public override IOrderedEnumerable<T> Order(IEnumerable<T> source) =>
            Descending ? source.OrderByDescending(_compiled.Value, Comparer) : source.OrderBy(_compiled.Value, Comparer);

        public override IOrderedEnumerable<T> ThenOrder(IOrderedEnumerable<T> source) =>
            Descending ? source.ThenByDescending(_compiled.Value, Comparer) : source.ThenBy(_compiled.Value, Comparer);

        // A query provider gets the key alone (EF Core cannot translate a comparer); LINQ to objects gets the ordinal comparer.
        public override IOrderedQueryable<T> Order(IQueryable<T> source, bool inMemory) => (Descending, inMemory) switch
        {
            (false, false) => source.OrderBy(key),
            (true, false) => source.OrderByDescending(key),
            (false, true) => source.OrderBy(key, Comparer),
            _ => source.OrderByDescending(key, Comparer),
        };

        public override IOrderedQueryable<T> ThenOrder(IOrderedQueryable<T> source, bool inMemory) => (Descending, inMemory) switch
        {
            (false, false) => source.ThenBy(key),
            (true, false) => source.ThenByDescending(key),
            (false, true) => source.ThenBy(key, Comparer),
            _ => source.ThenByDescending(key, Comparer),
        };
    }
}
