using BenchmarkDotNet.Attributes;
using Kinerja.Core.Recap;
using Library = Kinerja.Core.Recap.RecapCalculator;

namespace Kinerja.Core.Benchmarks.Recap;

/// <summary>
/// The recap (rekapitulasi) of national-like data (<see cref="NationalDataGenerator"/>) by four
/// engines on the same rows: the library's national recap (the baseline) and its recap of every level, naive LINQ,
/// SQLite in memory and DuckDB in memory, plus the floor of reading every row's fields once.
/// Each engine's data is loaded in the setup; only the recap is timed.
/// </summary>
/// <remarks>
/// <para>
/// The scope all engines compute, and are checked to compute identically: per kecamatan and per
/// kabupaten, for each quarter alone, the number of indicators, computed, not reported and not
/// computable (zero target), the count per Permendagri 86 category, and the average capaian at
/// presentation precision (<see cref="RecapScopeRow"/>). The library computes more in the same
/// call: also the national total and the four cumulative periods under each indicator's
/// aggregation method, after validating the rows; <see cref="RecapCalculatorAllLevels"/> also keeps
/// every indicator, sasaran and unit.
/// </para>
/// <para>
/// Each benchmark has its own setup (BenchmarkDotNet runs each case in its own process): it
/// builds the rows, loads only the engine it times, runs that engine once and compares every
/// figure with <see cref="Library.Build"/>'s, throwing before any timing if one differs. The
/// library's figures for a size are computed once per build and shared between those processes
/// (<see cref="RecapScope.Expected"/>).
/// </para>
/// </remarks>
[MemoryDiagnoser]
public class RecapBenchmarks : IDisposable
{
    private static readonly RecapOptions National = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan };
    private static readonly RecapOptions NationalOneThread = National with { MaxDegreeOfParallelism = 1 };
    private readonly RecapPolicy _policy = RecapPolicy.Default;
    private IndicatorMeasurement[] _rows = null!;
    private RecapSource _source = null!;
    private SqliteRecap? _sqlite;
    private DuckDbRecap? _duckDb;

    /// <summary>The number of measurement rows (one indicator in one quarter each).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Measurements { get; set; }

    /// <summary>
    /// 10,000, 100,000 and 1,200,000 measurements; the environment variable KINERJA_RECAP_SIZES (for
    /// example "10000", as CI's dry run sets it) picks other sizes.
    /// </summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("KINERJA_RECAP_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s.Trim(), System.Globalization.CultureInfo.InvariantCulture))
            : [10_000, 100_000, 1_200_000];

    /// <summary>Builds the rows.</summary>
    [GlobalSetup(Targets = [nameof(Rekapitulasi), nameof(ReadOnce), nameof(CreateSource)])]
    public void SetupRows() => _rows = NationalDataGenerator.Get(Measurements);

    /// <summary>Builds the rows, loads them into a <see cref="RecapSource"/> and checks its national recap (both cores and one) against the recap of the rows.</summary>
    [GlobalSetup(Targets = [nameof(RekapitulasiFromSource), nameof(RekapitulasiFromSourceOneThread), nameof(ReadSourceOnce), nameof(ColumnsOfSource)])]
    public void SetupSource()
    {
        SetupRows();
        _source = RecapSource.Create(_rows, []).Value;
        var columns = _source.Columns;
        Console.WriteLine(FormattableString.Invariant($"// RecapColumns: {columns.RunStart[^1]:N0} comparisons in room for {columns.Realisasi.Length - 8:N0} ({(columns.Realisasi.Length - 8 - columns.RunStart[^1]) * 16 / 1e6:F1} MB not used)"));
        RecapScope.Compare("Rekapitulasi (from a source)", Expected(), RecapScope.FromTable(RekapitulasiFromSource()));
        RecapScope.Compare("Rekapitulasi (from a source, one thread)", Expected(), RecapScope.FromTable(RekapitulasiFromSourceOneThread()));
    }

    /// <summary>Builds the rows and checks the recap of every level against the national recap.</summary>
    [GlobalSetup(Target = nameof(RekapitulasiAllLevels))]
    public void SetupAllLevels()
    {
        SetupRows();
        RecapScope.Compare("Rekapitulasi (all levels)", Expected(), RecapScope.FromTable(RekapitulasiAllLevels()));
    }

    /// <summary>Builds the rows and checks the national recap on one thread against the national recap.</summary>
    [GlobalSetup(Target = nameof(RekapitulasiOneThread))]
    public void SetupOneThread()
    {
        SetupRows();
        RecapScope.Compare("Rekapitulasi (one thread)", Expected(), RecapScope.FromTable(RekapitulasiOneThread()));
    }

    /// <summary>Builds the rows and checks LINQ against the library.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetupLinq()
    {
        SetupRows();
        RecapScope.Compare("LINQ", Expected(), Linq());
    }

    /// <summary>Builds the rows, loads SQLite and checks it against the library.</summary>
    [GlobalSetup(Target = nameof(Sqlite))]
    public void SetupSqlite()
    {
        SetupRows();
        _sqlite = new SqliteRecap(_rows);
        RecapScope.Compare("SQLite", Expected(), Sqlite());
    }

    /// <summary>Builds the rows, loads DuckDB and checks it against the library.</summary>
    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb()
    {
        SetupRows();
        _duckDb = new DuckDbRecap(_rows);
        RecapScope.Compare("DuckDB", Expected(), DuckDb());
    }

    /// <summary>Closes the databases.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _sqlite?.Dispose();
        _duckDb?.Dispose();
        _sqlite = null;
        _duckDb = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The library's national recap of measurements loaded into a <see cref="RecapSource"/> before
    /// timing (as the databases' are loaded into their tables): kecamatan, kabupaten and the total,
    /// every period, on every core.
    /// </summary>
    /// <returns>The table.</returns>
    [Benchmark(Baseline = true)]
    public RecapTable RekapitulasiFromSource() => Library.Build(_source, _policy, National);

    /// <summary>
    /// The part of <see cref="CreateSource"/> that lays a source's values out in columns for the recaps at the kecamatan
    /// level and above (internal <c>RecapColumns.Build</c>, on every core), from a source made before timing: the
    /// planning of every indicator, the runs by kecamatan and the two columns.
    /// </summary>
    /// <returns>The number of runs.</returns>
    [Benchmark]
    public int ColumnsOfSource() =>
        RecapColumns.Build(_source.Entries, _source.Values, _source.KecamatanUnits, _source.UnitIndicators).RunMask.Length;

    /// <summary>The same on the calling thread only.</summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public RecapTable RekapitulasiFromSourceOneThread() => Library.Build(_source, _policy, NationalOneThread);

    /// <summary>Loading: the rows checked and laid out into a <see cref="RecapSource"/> (on one thread).</summary>
    /// <returns>The source.</returns>
    [Benchmark]
    public RecapSource CreateSource() => RecapSource.Create(_rows, []).Value;

    /// <summary>The library's national recap straight from the rows: kecamatan, kabupaten and the total, every period (each row checked and each indicator computed), on every core.</summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public RecapTable Rekapitulasi() => Library.Build(_rows, [], _policy, National).Value;

    /// <summary>The national recap on the calling thread only.</summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public RecapTable RekapitulasiOneThread() => Library.Build(_rows, [], _policy, NationalOneThread).Value;

    /// <summary>The library's recap of every level down to each indicator, every period.</summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public RecapTable RekapitulasiAllLevels() => Library.Build(_rows, [], _policy).Value;

    /// <summary>GroupBy, Count and Average over the object model.</summary>
    /// <returns>The scope's rows.</returns>
    [Benchmark]
    public List<RecapScopeRow> Linq() => LinqRecap.Recap(_rows);

    /// <summary>The SQL recap on SQLite in memory.</summary>
    /// <returns>The scope's rows.</returns>
    [Benchmark]
    public List<RecapScopeRow> Sqlite() => _sqlite!.Recap();

    /// <summary>The SQL recap on DuckDB in memory.</summary>
    /// <returns>The scope's rows.</returns>
    [Benchmark]
    public List<RecapScopeRow> DuckDb() => _duckDb!.Recap();

    /// <summary>The floor: every field of every row read once and summed.</summary>
    /// <returns>The sum.</returns>
    [Benchmark]
    public decimal ReadOnce() => RecapScope.ReadEveryField(_rows);

    /// <summary>The floor for a recap of a source: every value and entry of the source read once and summed.</summary>
    /// <returns>The sum.</returns>
    [Benchmark]
    public long ReadSourceOnce() => RecapScope.ReadEveryValue(_source);

    private List<RecapScopeRow> Expected() => RecapScope.Expected(Measurements, Rekapitulasi);
}
