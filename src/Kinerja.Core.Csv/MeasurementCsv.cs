using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Core.Agreements;
using Kinerja.Core.Csv.Internal;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Csv;

/// <summary>
/// Measurement CSV files (one <see cref="IndicatorMeasurement"/> per line) as Indonesian offices write them: read
/// into rows or straight into a <see cref="RecapSource"/>, and written. The columns, names, numbers and problems are
/// described in <c>docs/csv.md</c>: a header line naming the columns (Indonesian or English, any order, any case,
/// other columns ignored), separator <c>;</c>, <c>,</c> or tab, decimal comma or point with thousands separators,
/// UTF-8 with or without a byte-order mark, CRLF or LF, quoted fields.
/// </summary>
public static partial class MeasurementCsv
{
    /// <summary>The English column names, in the order written: <c>kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi</c>.</summary>
    public static IReadOnlyList<string> EnglishColumns { get; } = CsvNaming.English;

    /// <summary>The Indonesian column names written: <c>kabupaten;kecamatan;unit kerja;sasaran;indikator;polaritas;agregasi;triwulan;target bawah;target atas;realisasi</c>.</summary>
    public static IReadOnlyList<string> IndonesianColumns { get; } = CsvNaming.Indonesian;

    /// <summary>Reads every row of a file.</summary>
    /// <param name="source">The file (read from its position to its end; left open).</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="MeasurementCsvOptions.Default"/>.</param>
    /// <returns>The rows in file order, or the problems of the cells (the recap's own checks are not run: see <see cref="ReadSource(Stream, MeasurementCsvOptions?, IProgress{long}?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static CsvResult<IReadOnlyList<IndicatorMeasurement>> ReadRows(Stream source, MeasurementCsvOptions? options = null)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        var reader = new MeasurementReader(options ?? MeasurementCsvOptions.Default);
        var sink = new RowSink(reader);
        reader.Read(source, sink, null);
        return new CsvResult<IReadOnlyList<IndicatorMeasurement>>(sink.Rows, reader.Problems.Kept, reader.Problems.Count, reader.Rows, reader.Header, reader.ColumnOf, sink.Lines);
    }

    /// <summary>
    /// Reads a file straight into a source for <see cref="RecapCalculator"/>: the cells' problems and the checks of
    /// <see cref="RecapSource.Create"/> (negative figures, duplicates, an indicator whose rows disagree ...) in the same
    /// pass, each naming line, column and value. Rows of one unit together (any export's shape) are laid out as they are
    /// read, without an object per row kept; a file that scatters a unit's rows is read a second time as rows when
    /// <paramref name="source"/> can seek (else that is a problem).
    /// </summary>
    /// <param name="source">The file (read from its position to its end; left open).</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="MeasurementCsvOptions.Default"/>.</param>
    /// <param name="bytesRead">Told the stream's position every few thousand rows and at the end, when it can seek (for a progress bar).</param>
    /// <returns>The source, or the problems (the first <see cref="MeasurementCsvOptions.MaxProblems"/> by line, all counted).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static CsvResult<RecapSource> ReadSource(Stream source, MeasurementCsvOptions? options = null, IProgress<long>? bytesRead = null) =>
        ReadInto(source, null, options, bytesRead);

    /// <summary>
    /// As <see cref="ReadSource(Stream, MeasurementCsvOptions?, IProgress{long}?)"/>, with the budget rows of a second file
    /// (<see cref="ReadBudget"/>'s columns) checked as <see cref="RecapSource.Create"/> checks them (a program twice, amounts
    /// beyond <c>decimal</c>). Each problem names its file (<see cref="CsvProblem.File"/>: <c>indicators</c> or <c>budget</c>);
    /// the indicators' come first.
    /// </summary>
    /// <param name="indicators">The measurement file (read from its position to its end; left open).</param>
    /// <param name="budget">The budget file (read from its position to its end; left open).</param>
    /// <param name="options">How to read both; <see langword="null"/> for <see cref="MeasurementCsvOptions.Default"/>.</param>
    /// <param name="bytesRead">Told the measurement stream's position as it is read (see the other overload).</param>
    /// <returns>The source, or the problems (the first <see cref="MeasurementCsvOptions.MaxProblems"/>, all counted).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or <paramref name="budget"/> is null.</exception>
    public static CsvResult<RecapSource> ReadSourceWithBudget(Stream indicators, Stream budget, MeasurementCsvOptions? options = null, IProgress<long>? bytesRead = null)
    {
        if (budget is null)
        {
            throw new ArgumentNullException(nameof(budget));
        }

        return ReadInto(indicators, budget, options, bytesRead);
    }

    /// <summary>
    /// Reads the budget rows of a file (one <see cref="BudgetMeasurement"/>, a program of a unit, per line): columns
    /// <c>kabupaten</c>, <c>kecamatan</c>, <c>unit</c> (<c>unit kerja</c>), <c>program</c>, <c>pagu</c> and the money spent in each quarter
    /// alone, <c>tw1</c>-<c>tw4</c> (<c>realisasi tw1</c>, <c>tw I</c>, <c>triwulan 1</c> ...; empty when not reported), with the rules of
    /// measurement files for separators, numbers and names (<c>docs/csv.md</c>). A file kept cumulatively (the money spent from TW I
    /// to each quarter) is read with <see cref="MeasurementCsvOptions.BudgetEntry"/> <see cref="BudgetEntryMode.Cumulative"/>: each row
    /// then holds the quarters' own amounts, and a figure below the one before (<c>amount.cumulative-decreasing</c>) or after an
    /// empty quarter (<c>amount.cumulative-gap</c>) is a problem of its cell.
    /// </summary>
    /// <param name="source">The file (read from its position to its end; left open).</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="MeasurementCsvOptions.Default"/>.</param>
    /// <returns>The rows in file order (each quarter's own amount), or the problems of the cells (a negative amount included).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static CsvResult<IReadOnlyList<BudgetMeasurement>> ReadBudget(Stream source, MeasurementCsvOptions? options = null)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        var reader = new BudgetReader(options ?? MeasurementCsvOptions.Default);
        reader.Read(source);
        return new CsvResult<IReadOnlyList<BudgetMeasurement>>(reader.Budget, reader.Problems.Kept, reader.Problems.Count, reader.Rows, reader.Header, lines: reader.Lines);
    }

    /// <summary>
    /// Writes budget rows as a file <see cref="ReadBudget"/> reads back with the same options (header, LF line ends,
    /// quoting as <see cref="Write"/>): each quarter's own amount, or under <see cref="MeasurementCsvOptions.BudgetEntry"/>
    /// <see cref="BudgetEntryMode.Cumulative"/> the money spent from TW I to the quarter (<see cref="BudgetMeasurement.ToCumulative"/>).
    /// </summary>
    /// <param name="destination">Where to write (not closed).</param>
    /// <param name="rows">The rows.</param>
    /// <param name="options">The separator, decimal style and names, as for <see cref="Write"/>, and how the quarters are written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">Cumulatively, a row reports a quarter after one it does not report (its figure to
    /// date is not known) or a figure to date beyond <c>decimal</c>: the message names the row and the program; nothing is written.</exception>
    public static void WriteBudget(TextWriter destination, IEnumerable<BudgetMeasurement> rows, MeasurementCsvOptions? options = null)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (rows is null)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        options ??= MeasurementCsvOptions.Default;
        var separator = options.Separator ?? ',';
        var comma = options.DecimalStyle == CsvDecimalStyle.Comma;
        var lines = new List<(BudgetMeasurement Row, IReadOnlyList<decimal?> Quarters)>();
        var index = 0;
        foreach (var r in rows)
        {
            if (r is not null)
            {
                lines.Add((r, options.BudgetEntry == BudgetEntryMode.Cumulative ? Cumulative(r, index) : r.Realisasi));
            }

            index++;
        }

        destination.Write(string.Join(separator, options.Names == CsvNames.Indonesian ? BudgetReader.Indonesian : BudgetReader.English));
        destination.Write('\n');
        foreach (var (r, quarters) in lines)
        {
            Field(destination, r.KabupatenCode, separator, true);
            Field(destination, r.KecamatanCode, separator, false);
            Field(destination, r.UnitCode, separator, false);
            Field(destination, r.ProgramId, separator, false);
            Field(destination, Number(r.Pagu, comma), separator, false);
            foreach (var q in quarters)
            {
                Field(destination, Number(q, comma), separator, false);
            }

            destination.Write('\n');
        }

        static IReadOnlyList<decimal?> Cumulative(BudgetMeasurement row, int index)
        {
            try
            {
                return row.ToCumulative();
            }
            catch (InvalidOperationException e)
            {
                throw new ArgumentException($"rows[{index.ToString(CultureInfo.InvariantCulture)}] cannot be written cumulatively: {e.Message}", nameof(rows), e);
            }
        }
    }

    private static CsvResult<RecapSource> ReadInto(Stream stream, Stream? budget, MeasurementCsvOptions? options, IProgress<long>? bytesRead)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        options ??= MeasurementCsvOptions.Default;
        var start = stream.CanSeek ? stream.Position : 0;
        var reader = new MeasurementReader(options) { ChecksRefusedRows = true };
        var sink = new BuilderSink(new RecapSourceBuilder(options.MaxProblems), stopsWhenScattered: stream.CanSeek);
        Read(stream, reader, sink, bytesRead);
        var budgetReader = budget is null ? null : new BudgetReader(options);
        budgetReader?.Read(budget!);
        if (reader.Problems.Count > 0 && reader.Header.Length == 0)
        {
            return Merge(reader, budgetReader, null, [], 0, i => i + 2);
        }

        if (sink.Scattered && stream.CanSeek)
        {
            // A unit's rows are not together: read the file again into a builder that keeps every row, as a value, and
            // orders them by unit when it builds (the cells' problems and the recap's are still listed in one pass).
            stream.Position = start;
            bytesRead?.Report(start);
            reader = new MeasurementReader(options) { ChecksRefusedRows = true };
            sink = new BuilderSink(RecapSourceBuilder.ForScatteredUnits(options.MaxProblems), stopsWhenScattered: false);
            Read(stream, reader, sink, bytesRead);
        }

        foreach (var row in budgetReader?.Budget ?? [])
        {
            sink.Builder.AddBudget(row);
        }

        var built = sink.Builder.Build();
        return Merge(reader, budgetReader, built.IsValid ? built.Value : null, built.Problems, sink.Builder.ProblemCount, sink.LineOf);
    }

    /// <summary>Reads the stream into the sink; a long file on two threads (the source is laid out on a second thread while the reader goes on: docs/csv.md, "Speed").</summary>
    private static void Read(Stream stream, MeasurementReader reader, BuilderSink sink, IProgress<long>? bytesRead)
    {
        if (PipelinedSink.Pays(stream))
        {
            using var pipe = new PipelinedSink(sink);
            reader.Read(stream, pipe, bytesRead);
            pipe.Complete();
        }
        else
        {
            reader.Read(stream, sink, bytesRead);
        }
    }

    /// <summary>
    /// Writes rows as a file <see cref="ReadRows"/> and <see cref="ReadSource(Stream, MeasurementCsvOptions?, IProgress{long}?)"/> read back: a header line, one line per
    /// row, LF line ends, fields holding the separator, a quote or a line end quoted.
    /// </summary>
    /// <param name="destination">Where to write (not closed).</param>
    /// <param name="rows">The rows.</param>
    /// <param name="options">The separator (a comma when not set), the decimal style (a point unless <see cref="CsvDecimalStyle.Comma"/>; no thousands separators) and the names (English unless <see cref="CsvNames.Indonesian"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="rows"/> is null.</exception>
    public static void Write(TextWriter destination, IEnumerable<IndicatorMeasurement> rows, MeasurementCsvOptions? options = null)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (rows is null)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        options ??= MeasurementCsvOptions.Default;
        var separator = options.Separator ?? ',';
        var comma = options.DecimalStyle == CsvDecimalStyle.Comma;
        var indonesian = options.Names == CsvNames.Indonesian;
        var header = indonesian ? CsvNaming.Indonesian : CsvNaming.English;
        for (var c = 0; c < header.Length; c++)
        {
            if (c > 0)
            {
                destination.Write(separator);
            }

            destination.Write(header[c]);
        }

        destination.Write('\n');
        foreach (var r in rows)
        {
            if (r is null)
            {
                continue;
            }

            Field(destination, r.KabupatenCode, separator, true);
            Field(destination, r.KecamatanCode, separator, false);
            Field(destination, r.UnitCode, separator, false);
            Field(destination, r.SasaranId, separator, false);
            Field(destination, r.IndicatorId, separator, false);
            Field(destination, CsvNaming.Write(r.Polarity, indonesian), separator, false);
            Field(destination, CsvNaming.Write(r.Aggregation, indonesian), separator, false);
            Field(destination, r.Triwulan.ToString(CultureInfo.InvariantCulture), separator, false);
            Field(destination, Number(r.TargetLower, comma), separator, false);
            Field(destination, Number(r.TargetUpper, comma), separator, false);
            Field(destination, Number(r.Realisasi, comma), separator, false);
            destination.Write('\n');
        }
    }

    private static void Field(TextWriter writer, string text, char separator, bool first)
    {
        if (!first)
        {
            writer.Write(separator);
        }

        if (text.Contains(separator, StringComparison.Ordinal) || text.AsSpan().IndexOfAny("\"\r\n") >= 0 || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))))
        {
            writer.Write('"');
            writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }
        else
        {
            writer.Write(text);
        }
    }

    private static string Number(decimal? value, bool comma)
    {
        if (value is not { } v)
        {
            return string.Empty;
        }

        var text = v.ToString(CultureInfo.InvariantCulture);
        return comma ? text.Replace('.', ',') : text;
    }

    /// <summary>The reading problems and the recap's, by file (indicators first) and line, capped; the value only when there is none.</summary>
    private static CsvResult<RecapSource> Merge(MeasurementReader reader, BudgetReader? budget, RecapSource? source, IEnumerable<ValidationProblem> recapProblems, int recapCount, Func<int, int> lineOf)
    {
        var max = reader.Problems.Max;
        var recap = recapProblems.ToList();
        var indicators = reader.Problems.Kept.Concat(recap.Where(p => !p.Path.StartsWith("budget", StringComparison.Ordinal)).Select(p => FromRecap(p, reader, lineOf)))
            .OrderBy(p => p.Line).ThenBy(p => p.Column);
        IEnumerable<CsvProblem> all = budget is null
            ? indicators
            : indicators.Select(p => p.In("indicators")).Concat(
                budget.Problems.Kept.Concat(recap.Where(p => p.Path.StartsWith("budget", StringComparison.Ordinal)).Select(p => FromBudget(p, budget)))
                    .OrderBy(p => p.Line).ThenBy(p => p.Column).Select(p => p.In("budget")));
        var count = reader.Problems.Count + recapCount + (budget?.Problems.Count ?? 0);
        return new CsvResult<RecapSource>(count == 0 ? source : null, [.. all.Take(max)], count, reader.Rows, reader.Header, reader.ColumnOf);
    }

    /// <summary>A problem of the recap's checks of a budget row (<c>budget[n].field</c>) as the budget file's line, column and value.</summary>
    private static CsvProblem FromBudget(ValidationProblem problem, BudgetReader reader)
    {
        var match = BudgetPath().Match(problem.Path);
        var index = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
        var line = index >= 0 && index < reader.Lines.Count ? reader.Lines[index] : 0;
        var column = (match.Success && match.Groups[2].Success ? match.Groups[2].Value : string.Empty) switch
        {
            "program" => reader.ColumnOf[BudgetReader.Program],
            "pagu" => reader.ColumnOf[BudgetReader.Pagu],
            "tw1" => reader.ColumnOf[BudgetReader.Tw1],
            "tw2" => reader.ColumnOf[BudgetReader.Tw1 + 1],
            "tw3" => reader.ColumnOf[BudgetReader.Tw1 + 2],
            "tw4" => reader.ColumnOf[BudgetReader.Tw1 + 3],
            _ => -1,
        };
        var name = column >= 0 ? reader.Header[column] : string.Empty;
        return new CsvProblem(problem.Code, line, column + 1, name, problem.AttemptedValue ?? string.Empty,
            Unplaced(problem.GetMessage(MessageLanguage.Indonesian), problem.Path, column >= 0 ? name : "baris"),
            Unplaced(problem.GetMessage(MessageLanguage.English), problem.Path, column >= 0 ? name : "row"));
    }

    [GeneratedRegex(@"budget\[(\d+)\](?:\.(\w+))?")]
    private static partial Regex BudgetPath();

    /// <summary>A problem of the recap's checks (<c>indicators[n].field</c>) as the file's line, column and value.</summary>
    private static CsvProblem FromRecap(ValidationProblem problem, MeasurementReader reader, Func<int, int> lineOf)
    {
        var match = RowPath().Match(problem.Path);
        var line = match.Success ? lineOf(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)) : 0;
        var field = match.Success && match.Groups[2].Success ? match.Groups[2].Value : string.Empty;
        return FromRecap(problem, reader, line, field, lineOf);
    }

    /// <summary>A problem of the recap's checks made by the reader of a row at <paramref name="line"/> (its path the field's name alone).</summary>
    internal static CsvProblem FromRecap(ValidationProblem problem, MeasurementReader reader, int line) =>
        FromRecap(problem, reader, line, problem.Path, i => i);

    private static CsvProblem FromRecap(ValidationProblem problem, MeasurementReader reader, int line, string field, Func<int, int> lineOf)
    {
        var column = field switch
        {
            "triwulan" => reader.ColumnOf[CsvNaming.Triwulan],
            "targetLower" => reader.ColumnOf[CsvNaming.TargetLower],
            "targetUpper" => reader.ColumnOf[CsvNaming.TargetUpper] >= 0 ? reader.ColumnOf[CsvNaming.TargetUpper] : reader.ColumnOf[CsvNaming.TargetLower],
            "realisasi" => reader.ColumnOf[CsvNaming.Realisasi],
            "indicator" => reader.ColumnOf[CsvNaming.Indicator],
            "unit" => reader.ColumnOf[CsvNaming.Unit],
            "polarity" => reader.ColumnOf[CsvNaming.Polarity],
            "aggregation" => reader.ColumnOf[CsvNaming.Aggregation],
            _ => -1,
        };
        var name = column >= 0 ? reader.Header[column] : string.Empty;
        var indonesian = Rows(Unplaced(problem.GetMessage(MessageLanguage.Indonesian), problem.Path, column >= 0 ? name : "baris"), "baris", lineOf);
        var english = Rows(Unplaced(problem.GetMessage(MessageLanguage.English), problem.Path, column >= 0 ? name : "row"), "line", lineOf);
        return new CsvProblem(problem.Code, line, column + 1, name, problem.AttemptedValue ?? string.Empty, indonesian, english);
    }

    /// <summary>A message without its leading path (the problem names line and column itself), or with the path as the column's name where the path is part of the sentence.</summary>
    private static string Unplaced(string message, string path, string name) =>
        message.StartsWith(path + ": ", StringComparison.Ordinal) ? message[(path.Length + 2)..] : message.Replace(path, name, StringComparison.Ordinal);

    /// <summary>Other rows a message names (<c>indicators[n]</c>) as lines.</summary>
    private static string Rows(string message, string word, Func<int, int> lineOf) =>
        RowPath().Replace(message, m => word + " " + lineOf(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"indicators\[(\d+)\](?:\.(\w+))?")]
    private static partial Regex RowPath();

    /// <summary>Rows as objects, with their lines; quarter and target bounds checked here (the constructor would throw), in the recap's words.</summary>
    private sealed class RowSink(MeasurementReader reader) : IRowSink
    {
        public List<IndicatorMeasurement> Rows { get; } = [];

        public List<int> Lines { get; } = [];

        public bool Stopped => false;

        public void Expect(int rows)
        {
            Rows.Capacity = Math.Max(Rows.Capacity, rows);
            Lines.Capacity = Math.Max(Lines.Capacity, rows);
        }

        public void Add(int line, string kabupaten, string kecamatan, string unit, string sasaran, string indicator, Polarity polarity, AggregationMethod aggregation, int triwulan, decimal? targetLower, decimal? targetUpper, decimal? realisasi)
        {
            // ReadRows runs none of the recap's checks (ReadSource's builder does): a row it refuses is named for its quarter or bounds only.
            if (reader.CheckQuarterAndBounds(line, triwulan, targetLower, targetUpper))
            {
                Rows.Add(new IndicatorMeasurement(kabupaten, kecamatan, unit, sasaran, indicator, polarity, aggregation, triwulan, targetLower, targetUpper, realisasi));
                Lines.Add(line);
            }
        }
    }

    /// <summary>Rows into a <see cref="RecapSourceBuilder"/>, with a sparse map from the builder's row numbers to lines.</summary>
    private sealed class BuilderSink(RecapSourceBuilder builder, bool stopsWhenScattered) : IRowSink
    {
        private readonly List<int> _rows = [];
        private readonly List<int> _lines = [];
        private volatile bool _scattered;

        public RecapSourceBuilder Builder { get; } = builder;

        public void Expect(int rows) => Builder.EnsureCapacity(rows);

        /// <summary>Whether the builder refused a row because its unit's rows are not together.</summary>
        public bool Scattered => _scattered;

        /// <summary>Scattered, when the file will then be read again: the rest of this reading would be lost work.</summary>
        public bool Stopped => stopsWhenScattered && _scattered;

        public void Add(int line, string kabupaten, string kecamatan, string unit, string sasaran, string indicator, Polarity polarity, AggregationMethod aggregation, int triwulan, decimal? targetLower, decimal? targetUpper, decimal? realisasi)
        {
            var row = Builder.RowCount;
            if (_rows.Count == 0 || line - row != _lines[^1] - _rows[^1])
            {
                _rows.Add(row);
                _lines.Add(line);
            }

            Builder.Add(kabupaten, kecamatan, unit, sasaran, indicator, polarity, aggregation, triwulan, targetLower, targetUpper, realisasi);
            if (!_scattered && Builder.HasScatteredUnit)
            {
                // Written once: the reader's thread reads it.
                _scattered = true;
            }
        }

        public int LineOf(int row)
        {
            var at = _rows.BinarySearch(row);
            if (at < 0)
            {
                at = ~at - 1;
            }

            return at < 0 ? row + 2 : _lines[at] + (row - _rows[at]);
        }
    }
}
