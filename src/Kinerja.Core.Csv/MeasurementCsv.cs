using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Core.Agreements;
using Kinerja.Core.Csv.Internal;
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
    /// <param name="stream">The file (read from its position to its end; left open).</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="MeasurementCsvOptions.Default"/>.</param>
    /// <returns>The rows in file order, or the problems of the cells (the recap's own checks are not run: see <see cref="ReadSource"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static CsvResult<IReadOnlyList<IndicatorMeasurement>> ReadRows(Stream stream, MeasurementCsvOptions? options = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var reader = new MeasurementReader(options ?? MeasurementCsvOptions.Default);
        var sink = new RowSink(reader);
        reader.Read(stream, sink, null);
        return new CsvResult<IReadOnlyList<IndicatorMeasurement>>(sink.Rows, reader.Problems.Kept, reader.Problems.Count, reader.Rows);
    }

    /// <summary>
    /// Reads a file straight into a source for <see cref="Rekapitulasi"/>: the cells' problems and the checks of
    /// <see cref="RecapSource.Create"/> (negative figures, duplicates, an indicator whose rows disagree ...) in the same
    /// pass, each naming line, column and value. Rows of one unit together (any export's shape) are laid out as they are
    /// read, without an object per row kept; a file that scatters a unit's rows is read a second time as rows when
    /// <paramref name="stream"/> can seek (else that is a problem).
    /// </summary>
    /// <param name="stream">The file (read from its position to its end; left open).</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="MeasurementCsvOptions.Default"/>.</param>
    /// <param name="bytesRead">Told the stream's position every few thousand rows and at the end, when the stream can seek (for a progress bar).</param>
    /// <returns>The source, or the problems (the first <see cref="MeasurementCsvOptions.MaxProblems"/> by line, all counted).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static CsvResult<RecapSource> ReadSource(Stream stream, MeasurementCsvOptions? options = null, IProgress<long>? bytesRead = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        options ??= MeasurementCsvOptions.Default;
        var start = stream.CanSeek ? stream.Position : 0;
        var reader = new MeasurementReader(options);
        var sink = new BuilderSink(options.MaxProblems);
        reader.Read(stream, sink, bytesRead);
        if (reader.Problems.Count > 0 && reader.Header.Length == 0)
        {
            return new CsvResult<RecapSource>(null, reader.Problems.Kept, reader.Problems.Count, reader.Rows);
        }

        var built = sink.Builder.Build();
        if (sink.Scattered && stream.CanSeek)
        {
            // A unit's rows are not together: read the rows and let RecapSource.Create order them.
            stream.Position = start;
            var again = new MeasurementReader(options);
            var rows = new RowSink(again);
            again.Read(stream, rows, null);
            var source = again.Problems.Count == 0 ? RecapSource.Create(rows.Rows, []) : null;
            return Merge(again, source?.IsValid == true ? source.Value : null, source?.Problems ?? [], source?.Problems.Count ?? 0, i => rows.Lines[i], options.MaxProblems);
        }

        return Merge(reader, built.IsValid ? built.Value : null, built.Problems, sink.Builder.ProblemCount, sink.LineOf, options.MaxProblems);
    }

    /// <summary>
    /// Writes rows as a file <see cref="ReadRows"/> and <see cref="ReadSource"/> read back: a header line, one line per
    /// row, LF line ends, fields holding the separator, a quote or a line end quoted.
    /// </summary>
    /// <param name="writer">Where to write (not closed).</param>
    /// <param name="rows">The rows.</param>
    /// <param name="options">The separator (a comma when not set), the decimal style (a point unless <see cref="CsvDecimalStyle.Comma"/>; no thousands separators) and the names (English unless <see cref="CsvNames.Indonesian"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="rows"/> is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<IndicatorMeasurement> rows, MeasurementCsvOptions? options = null)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
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
                writer.Write(separator);
            }

            writer.Write(header[c]);
        }

        writer.Write('\n');
        foreach (var r in rows)
        {
            if (r is null)
            {
                continue;
            }

            Field(writer, r.Kabupaten, separator, true);
            Field(writer, r.Kecamatan, separator, false);
            Field(writer, r.Unit, separator, false);
            Field(writer, r.Sasaran, separator, false);
            Field(writer, r.Indicator, separator, false);
            Field(writer, CsvNaming.Write(r.Polarity, indonesian), separator, false);
            Field(writer, CsvNaming.Write(r.Aggregation, indonesian), separator, false);
            Field(writer, r.Triwulan.ToString(CultureInfo.InvariantCulture), separator, false);
            Field(writer, Number(r.TargetLower, comma), separator, false);
            Field(writer, Number(r.TargetUpper, comma), separator, false);
            Field(writer, Number(r.Realisasi, comma), separator, false);
            writer.Write('\n');
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

    /// <summary>The reading problems and the recap's, by line, capped; the value only when there is none.</summary>
    private static CsvResult<RecapSource> Merge(MeasurementReader reader, RecapSource? source, IEnumerable<ValidationProblem> recapProblems, int recapCount, Func<int, int> lineOf, int max)
    {
        var mapped = recapProblems.Select(p => FromRecap(p, reader, lineOf));
        var all = reader.Problems.Kept.Concat(mapped).OrderBy(p => p.Line).ThenBy(p => p.Column).Take(max).ToList();
        var count = reader.Problems.Count + recapCount;
        return new CsvResult<RecapSource>(count == 0 ? source : null, all, count, reader.Rows);
    }

    /// <summary>A problem of the recap's checks (<c>indicators[n].field</c>) as the file's line, column and value.</summary>
    private static CsvProblem FromRecap(ValidationProblem problem, MeasurementReader reader, Func<int, int> lineOf)
    {
        var match = RowPath().Match(problem.Path);
        var line = match.Success ? lineOf(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)) : 0;
        var field = match.Success && match.Groups[2].Success ? match.Groups[2].Value : string.Empty;
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

    /// <summary>Rows as objects, with their lines; quarter and target bounds checked here (the constructor would throw).</summary>
    private sealed class RowSink(MeasurementReader reader) : IRowSink
    {
        public List<IndicatorMeasurement> Rows { get; } = [];

        public List<int> Lines { get; } = [];

        public void Add(int line, string kabupaten, string kecamatan, string unit, string sasaran, string indicator, Polarity polarity, AggregationMethod aggregation, int triwulan, decimal? targetLower, decimal? targetUpper, decimal? realisasi)
        {
            var ok = true;
            if (triwulan is < 1 or > 4)
            {
                var c = reader.ColumnOf[CsvNaming.Triwulan];
                reader.Problems.Add(new CsvProblem(ProblemCodes.TriwulanOutOfRange, line, c + 1, reader.Header[c], triwulan.ToString(CultureInfo.InvariantCulture), "bukan triwulan 1-4", "is not a quarter 1-4"));
                ok = false;
            }

            if (targetLower.HasValue != targetUpper.HasValue || targetLower > targetUpper)
            {
                var c = reader.ColumnOf[CsvNaming.TargetUpper];
                var value = targetUpper?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                reader.Problems.Add(targetLower > targetUpper
                    ? new CsvProblem(ProblemCodes.TargetRangeUnordered, line, c + 1, reader.Header[c], value, "lebih kecil dari target bawah", "is below the lower target")
                    : new CsvProblem(ProblemCodes.Required, line, c + 1, reader.Header[c], value, "harus diisi bersama target bawah (keduanya atau tidak keduanya)", "goes with the lower target (both or neither)"));
                ok = false;
            }

            if (ok)
            {
                Rows.Add(new IndicatorMeasurement(kabupaten, kecamatan, unit, sasaran, indicator, polarity, aggregation, triwulan, targetLower, targetUpper, realisasi));
                Lines.Add(line);
            }
        }
    }

    /// <summary>Rows into a <see cref="RecapSourceBuilder"/>, with a sparse map from the builder's row numbers to lines.</summary>
    private sealed class BuilderSink(int maxProblems) : IRowSink
    {
        private readonly List<int> _rows = [];
        private readonly List<int> _lines = [];

        public RecapSourceBuilder Builder { get; } = new(maxProblems);

        /// <summary>Whether the builder refused a row because its unit's rows are not together.</summary>
        public bool Scattered { get; private set; }

        public void Add(int line, string kabupaten, string kecamatan, string unit, string sasaran, string indicator, Polarity polarity, AggregationMethod aggregation, int triwulan, decimal? targetLower, decimal? targetUpper, decimal? realisasi)
        {
            var row = Builder.RowCount;
            if (_rows.Count == 0 || line - row != _lines[^1] - _rows[^1])
            {
                _rows.Add(row);
                _lines.Add(line);
            }

            Builder.Add(kabupaten, kecamatan, unit, sasaran, indicator, polarity, aggregation, triwulan, targetLower, targetUpper, realisasi);
            Scattered = Builder.HasScatteredUnit;
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
