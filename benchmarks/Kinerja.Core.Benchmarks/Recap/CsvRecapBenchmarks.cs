using System.Globalization;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Kinerja.Core.Csv;
using Kinerja.Core.Recap;
using nietras.SeparatedValues;
using Library = Kinerja.Core.Recap.RecapCalculator;

namespace Kinerja.Core.Benchmarks.Recap;

/// <summary>
/// A national recap from a CSV file on disk (issue 14): the library end to end (file → <see cref="RecapSource"/> →
/// national recap), DuckDB's <c>read_csv</c> with the GROUP BY of <see cref="DuckDbRecap"/>, and the floor: the
/// file's bytes read and every field split once by Sep, nothing else. The file holds the rows of
/// <see cref="NationalDataGenerator"/> written by <see cref="MeasurementCsv.Write"/> (English header, comma,
/// decimal point, about 82 bytes a row); it is written once per size into the temp folder and reused by every
/// case's process. Everything, file reading included, is timed.
/// </summary>
/// <remarks>
/// Each setup checks its engine's figures against the library's recap of the same rows
/// (<see cref="RecapScope.Compare"/>) before any timing, so a case that reads the file wrongly fails instead of
/// being fast. Sizes: 1,000,000 rows, or <c>KINERJA_CSV_SIZES</c> (then <c>KINERJA_RECAP_SIZES</c>, which CI's dry
/// run sets) as a comma-separated list.
/// </remarks>
[MemoryDiagnoser]
public class CsvRecapBenchmarks : IDisposable
{
    private static readonly RecapOptions National = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan };

    /// <summary>The rows read when the reader tells the builder how many rows to expect, before handing it the last of them (MeasurementReader's EstimateAt).</summary>
    private const int ReaderEstimatesAt = 131_072;
    private readonly RecapPolicy _policy = RecapPolicy.Default;
    private string _path = null!;
    private IndicatorMeasurement[] _rows = [];
    private DuckDBConnection? _duckDb;
    private DuckDBCommand? _query;

    /// <summary>The number of measurement rows in the file.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Measurements { get; set; }

    /// <summary>1,000,000 rows, or the sizes in <c>KINERJA_CSV_SIZES</c> (else <c>KINERJA_RECAP_SIZES</c>).</summary>
    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("KINERJA_CSV_SIZES") is { Length: > 0 } csv ? csv
            : Environment.GetEnvironmentVariable("KINERJA_RECAP_SIZES") is { Length: > 0 } recap ? recap
            : null) is { } sizes
            ? sizes.Split(',').Select(s => int.Parse(s.Trim(), CultureInfo.InvariantCulture))
            : [1_000_000];

    /// <summary>Writes the file (once per size and build) and checks the library's figures from it.</summary>
    [GlobalSetup(Targets = [nameof(LibraryFromFile), nameof(SplitEveryField), nameof(ReaderAlone)])]
    public void SetupLibrary()
    {
        _path = File();
        RecapScope.Compare("Kinerja.Core.Csv (file)", Expected(), RecapScope.FromTable(LibraryFromFile()));
    }

    /// <summary>Writes the file sorted by quarter and checks the library's figures from it.</summary>
    [GlobalSetup(Target = nameof(LibraryFromFileSortedByQuarter))]
    public void SetupSortedByQuarter()
    {
        _path = File(sortedByQuarter: true);
        RecapScope.Compare("Kinerja.Core.Csv (file sorted by quarter)", Expected(), RecapScope.FromTable(LibraryFromFileSortedByQuarter()));
    }

    /// <summary>Writes the file and checks that Sylvan reads the same fields as Sep (the same total length).</summary>
    [GlobalSetup(Target = nameof(SylvanSplitEveryField))]
    public void SetupSylvan()
    {
        _path = File();
        var (sep, sylvan) = (SplitEveryField(), SylvanSplitEveryField());
        if (sep != sylvan)
        {
            throw new InvalidOperationException($"Sylvan read {sylvan} characters of fields, Sep {sep}.");
        }
    }

    /// <summary>Builds the rows and checks the recap of the source the builder lays out from them.</summary>
    [GlobalSetup(Target = nameof(BuilderFromRows))]
    public void SetupBuilder()
    {
        _rows = NationalDataGenerator.Get(Measurements);
        RecapScope.Compare("RecapSourceBuilder (rows)", Expected(), RecapScope.FromTable(Library.Build(BuilderFromRows(), _policy, National)));
    }

    /// <summary>Writes the file, opens DuckDB with a view reading it, and checks DuckDB's figures.</summary>
    [GlobalSetup(Target = nameof(DuckDbReadCsv))]
    public void SetupDuckDb()
    {
        _path = File();
        _duckDb = new DuckDBConnection("DataSource=:memory:");
        _duckDb.Open();
        using (var view = _duckDb.CreateCommand())
        {
            // The table of DuckDbRecap as a view over the file: read_csv runs again on every query.
            var path = _path.Replace("'", "''", StringComparison.Ordinal);
            view.CommandText = $"""
                CREATE VIEW measurement AS
                SELECT kabupaten, kecamatan, unit, sasaran, indicator,
                       CASE polarity WHEN 'Positive' THEN 0 WHEN 'Negative' THEN 1 ELSE 2 END AS polarity,
                       0 AS aggregation, triwulan, target_lower AS target, realisasi
                FROM read_csv('{path}', header = true, delim = ',', quote = '"',
                     columns = {"{"}'kabupaten': 'VARCHAR', 'kecamatan': 'VARCHAR', 'unit': 'VARCHAR', 'sasaran': 'VARCHAR', 'indicator': 'VARCHAR',
                                'polarity': 'VARCHAR', 'aggregation': 'VARCHAR', 'triwulan': 'INTEGER',
                                'target_lower': 'DECIMAL(18,2)', 'target_upper': 'DECIMAL(18,2)', 'realisasi': 'DECIMAL(18,2)'{"}"})
                """;
            view.ExecuteNonQuery();
        }

        _query = _duckDb.CreateCommand();
        _query.CommandText = DuckDbQuery();
        RecapScope.Compare("DuckDB read_csv", Expected(), DuckDbReadCsv());
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _query?.Dispose();
        _duckDb?.Dispose();
        _query = null;
        _duckDb = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>The library end to end: the file read by Kinerja.Core.Csv into a source, then the national recap (every core).</summary>
    /// <returns>The table.</returns>
    [Benchmark(Baseline = true)]
    public RecapTable LibraryFromFile()
    {
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var read = MeasurementCsv.ReadSource(file);
        return read.IsValid
            ? Library.Build(read.Value, _policy, National)
            : throw new InvalidOperationException("The benchmark file has problems: " + string.Join("; ", read.Problems.Take(3)));
    }

    /// <summary>
    /// <see cref="LibraryFromFile"/> on the same rows sorted by quarter (TW I of every unit, then TW II ...), as files of
    /// several quarters put one after another are: every unit comes back, so the file is read a second time into a builder
    /// for scattered units (docs/csv.md, "Memory").
    /// </summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public RecapTable LibraryFromFileSortedByQuarter() => LibraryFromFile();

    /// <summary>DuckDB: <c>read_csv</c> of the file and the GROUP BY of <see cref="DuckDbRecap"/> (every core).</summary>
    /// <returns>The scope's rows.</returns>
    [Benchmark]
    public List<RecapScopeRow> DuckDbReadCsv()
    {
        var result = new List<RecapScopeRow>();
        using var reader = _query!.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new RecapScopeRow(
                reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2),
                reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6),
                reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11),
                reader.IsDBNull(12) ? null : reader.GetInt64(12)));
        }

        return result;
    }

    /// <summary>
    /// The floor: the file's bytes decoded and every field of every line split once by Sep, configured as the library's
    /// reader configures it (<c>CsvCells.Options</c>: cells raw, neither trimmed nor unescaped), nothing else.
    /// </summary>
    /// <returns>The total length of the fields.</returns>
    [Benchmark]
    public long SplitEveryField()
    {
        long length = 0;
        using var text = new StreamReader(_path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        using var reader = Kinerja.Core.Csv.Internal.CsvCells.Options(separator: null).From(text);
        foreach (var row in reader)
        {
            for (var c = 0; c < row.ColCount; c++)
            {
                length += row[c].Span.Length;
            }
        }

        return length;
    }

    /// <summary>
    /// The other maintained vectorised parser that restores here (issue 14 asks for both to be measured): the same file
    /// decoded and every field of every line read once as a span by Sylvan.Data.Csv's <c>CsvDataReader</c>, the header
    /// line as a row too, the separator detected. Sylvan's span is unescaped (it has no raw field); the file has no quotes.
    /// </summary>
    /// <returns>The total length of the fields.</returns>
    [Benchmark]
    public long SylvanSplitEveryField()
    {
        long length = 0;
        using var text = new StreamReader(_path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        using var reader = Sylvan.Data.Csv.CsvDataReader.Create(text, new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = false });
        while (reader.Read())
        {
            for (var c = 0; c < reader.RowFieldCount; c++)
            {
                length += reader.GetFieldSpan(c).Length;
            }
        }

        return length;
    }

    /// <summary>
    /// What the library's first thread does: the file read, split, and every cell checked and parsed by Kinerja.Core.Csv's
    /// reader, the rows handed to a sink that only counts them. With <see cref="BuilderFromRows"/> (the second thread's
    /// work) it splits <see cref="LibraryFromFile"/> into its halves; against <see cref="SplitEveryField"/> it is the cost
    /// of reading the cells.
    /// </summary>
    /// <returns>The rows read.</returns>
    [Benchmark]
    public int ReaderAlone()
    {
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var reader = new Kinerja.Core.Csv.Internal.MeasurementReader(MeasurementCsvOptions.Default);
        var sink = new CountingSink();
        reader.Read(file, sink, bytesRead: null);
        return reader.Problems.Count == 0 ? sink.Rows : throw new InvalidOperationException("The benchmark file has problems.");
    }

    /// <summary>
    /// What the library's second thread does while the first reads the file: the rows (already in memory, as the
    /// reader hands them over) added one by one to a <see cref="RecapSourceBuilder"/>, checked and laid out into a
    /// source, on one thread, with the room hint the reader gives it. With <see cref="ReaderAlone"/> it splits <see cref="LibraryFromFile"/> into its halves.
    /// </summary>
    /// <returns>The source.</returns>
    [Benchmark]
    public RecapSource BuilderFromRows()
    {
        var builder = new RecapSourceBuilder();
        for (var i = 0; i < _rows.Length; i++)
        {
            if (i == ReaderEstimatesAt - 1)
            {
                // The room hint the reader gives the builder, at the same row and with the same 2 % over (MeasurementReader.Estimate).
                builder.EnsureCapacity((int)(_rows.Length * 1.02));
            }

            var r = _rows[i];
            builder.Add(r.KabupatenCode, r.KecamatanCode, r.UnitCode, r.SasaranId, r.IndicatorId, r.Polarity, r.Aggregation, r.Triwulan, r.TargetLower, r.TargetUpper, r.Realisasi);
        }

        return builder.Build().Value;
    }

    /// <summary>The query of <see cref="DuckDbRecap"/> (one home for it), read from its constant.</summary>
    private static string DuckDbQuery() =>
        (string)typeof(DuckDbRecap).GetField("Query", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetRawConstantValue()!;

    /// <summary>The file of this size (its rows in the generator's order, or sorted by quarter), written once per build of the generator and the writer.</summary>
    private string File(bool sortedByQuarter = false)
    {
        var key = FormattableString.Invariant(
            $"{typeof(MeasurementCsv).Assembly.ManifestModule.ModuleVersionId:N}-{typeof(RecapScope).Assembly.ManifestModule.ModuleVersionId:N}-{Measurements}{(sortedByQuarter ? "-by-quarter" : string.Empty)}.csv");
        var path = Path.Combine(Path.GetTempPath(), "kinerja-recap-benchmarks", key);
        if (!System.IO.File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            using (var writer = new StreamWriter(temporary))
            {
                var rows = NationalDataGenerator.Get(Measurements);
                MeasurementCsv.Write(writer, sortedByQuarter ? rows.OrderBy(r => r.Triwulan) : rows);
            }

            System.IO.File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    private List<RecapScopeRow> Expected() =>
        RecapScope.Expected(Measurements, () => Library.Build(NationalDataGenerator.Get(Measurements), [], _policy, National).Value);

    /// <summary>A sink that counts the rows the reader hands it and keeps nothing.</summary>
    private sealed class CountingSink : Kinerja.Core.Csv.Internal.IRowSink
    {
        public int Rows { get; private set; }

        public bool Stopped => false;

        public void Add(int line, string kabupaten, string kecamatan, string unit, string sasaran, string indicator, Agreements.Polarity polarity, Agreements.AggregationMethod aggregation, int triwulan, decimal? targetLower, decimal? targetUpper, decimal? realisasi) => Rows++;

        public void Expect(int rows)
        {
        }
    }
}
