namespace Kinerja.Core.Recap;

/// <summary>
/// The groups of a recap table: each group's key, its eight periods' tallies and their category
/// counts, held in chunks of groups. A recap being built adds groups at the end of its last chunk and
/// takes over the chunks of its parts (<see cref="Append"/>) without copying them; a group is found
/// by its number through the chunks' first numbers.
/// </summary>
internal sealed class RecapStore
{
    public const int Periods = 8;
    private const int ChunkGroups = 1024;

    private readonly List<RecapKey[]> _keys = [];
    private readonly List<RecapTally[]> _tallies = [];
    private readonly List<int[]> _categories = [];
    private readonly List<int> _lengths = [];
    private readonly List<int> _starts = [];

    public RecapStore(int bands) => Bands = bands;

    /// <summary>The number of category counts per period.</summary>
    public int Bands { get; }

    /// <summary>The number of groups.</summary>
    public int Count { get; private set; }

    /// <summary>A store of one chunk made of whole arrays (taken, not copied): eight tallies and 8 × bands counts per key.</summary>
    public static RecapStore Of(int bands, RecapKey[] keys, RecapTally[] tallies, int[] categories)
    {
        var store = new RecapStore(bands);
        if (keys.Length > 0)
        {
            store.AddChunk(keys, tallies, categories, keys.Length);
        }

        return store;
    }

    /// <summary>Takes over every chunk of another store, which must not be used afterwards.</summary>
    public void Append(RecapStore other)
    {
        for (var c = 0; c < other._keys.Count; c++)
        {
            AddChunk(other._keys[c], other._tallies[c], other._categories[c], other._lengths[c]);
        }
    }

    /// <summary>Adds a group with empty figures; returns its number.</summary>
    public int Add(RecapKey key)
    {
        var last = _keys.Count - 1;
        if (last < 0 || _lengths[last] == _keys[last].Length)
        {
            // Chunks grow with the store (16 groups, then as many as it holds, up to 1,024), so a small
            // recap allocates little and a large one few chunks.
            var size = Math.Min(ChunkGroups, Math.Max(16, Count));
            AddChunk(new RecapKey[size], new RecapTally[size * Periods], new int[size * Periods * Bands], 0);
            last++;
        }

        _keys[last][_lengths[last]] = key;
        _lengths[last]++;
        return Count++;
    }

    /// <summary>Adds a group with the eight tallies and their counts found at <paramref name="group"/> in flat arrays.</summary>
    public void Add(RecapKey key, RecapTally[] tallies, int[] categories, int group)
    {
        var g = Add(key);
        var (chunk, at) = Locate(g);
        Array.Copy(tallies, group * Periods, _tallies[chunk], at * Periods, Periods);
        Array.Copy(categories, group * Periods * Bands, _categories[chunk], at * Periods * Bands, Periods * Bands);
    }

    /// <summary>Adds one indicator's group: its eight tallies, and a count of 1 in the band of each computed figure.</summary>
    public void AddIndicator(RecapKey key, RecapTally[] tallies, IndicatorPeriods periods)
    {
        var g = Add(key);
        var (chunk, at) = Locate(g);
        Array.Copy(tallies, 0, _tallies[chunk], at * Periods, Periods);
        var categories = _categories[chunk];
        for (var p = 0; p < Periods; p++)
        {
            if (periods.Kinds[p] == FigureKind.Computed)
            {
                categories[(((at * Periods) + p) * Bands) + periods.Bands[p]] = 1;
            }
        }
    }

    public RecapKey KeyAt(int group)
    {
        var (chunk, at) = Locate(group);
        return _keys[chunk][at];
    }

    public ref RecapTally TallyAt(int group, int period)
    {
        var (chunk, at) = Locate(group);
        return ref _tallies[chunk][(at * Periods) + period];
    }

    /// <summary>Where a group's eight tallies and 8 × <see cref="Bands"/> category counts are.</summary>
    public (RecapTally[] Tallies, int TallyAt, int[] Categories, int CategoryAt) SlotOf(int group)
    {
        var (chunk, at) = Locate(group);
        return (_tallies[chunk], at * Periods, _categories[chunk], at * Periods * Bands);
    }

    /// <summary>The category counts of a group in a period.</summary>
    public Span<int> CategoriesAt(int group, int period)
    {
        var (chunk, at) = Locate(group);
        return new Span<int>(_categories[chunk], ((at * Periods) + period) * Bands, Bands);
    }

    /// <summary>The figures of a group in a period, with their own copy of the counts.</summary>
    public RecapFigures FiguresAt(int group, int period)
    {
        var (chunk, at) = Locate(group);
        var own = new int[Bands];
        Array.Copy(_categories[chunk], ((at * Periods) + period) * Bands, own, 0, Bands);
        return _tallies[chunk][(at * Periods) + period].ToFigures(own);
    }

    private void AddChunk(RecapKey[] keys, RecapTally[] tallies, int[] categories, int length)
    {
        _starts.Add(Count);
        _keys.Add(keys);
        _tallies.Add(tallies);
        _categories.Add(categories);
        _lengths.Add(length);
        Count += length;
    }

    private (int Chunk, int At) Locate(int group)
    {
        if ((uint)group >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(group), group, "Value should be in range [0-" + (Count - 1) + "].");
        }

        var lo = 0;
        var hi = _starts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_starts[mid] <= group)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (lo, group - _starts[lo]);
    }
}
