using System.Globalization;
using System.Text;
using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;
using nietras.SeparatedValues;

namespace Kinerja.Core.Csv.Internal;

/// <summary>Where the rows of a file go: each row read without a problem of its own, with its line.</summary>
internal interface IRowSink
{
    void Add(int line, string kabupaten, string kecamatan, string unit, string sasaran, string indicator, Polarity polarity, AggregationMethod aggregation, int triwulan, decimal? targetLower, decimal? targetUpper, decimal? realisasi);

    /// <summary>Told once, when enough of a file of known length is read, about how many rows the file holds in all (a hint for room).</summary>
    void Expect(int rows);

    /// <summary>Whether the sink needs no more rows: the file will be read again (a unit's rows are scattered). Read from the reader's thread.</summary>
    bool Stopped { get; }
}

/// <summary>Reads the rows of a measurement file with Sep, checks each cell, and hands good rows to a sink.</summary>
internal sealed class MeasurementReader
{
    /// <summary>How often (in rows) the bytes read are reported.</summary>
    private const int ProgressEvery = 16_384;

    /// <summary>After how many rows the file's rows in all are estimated from the bytes read so far (enough that the bytes buffered ahead are about 1 % of them).</summary>
    private const int EstimateAt = 131_072;

    private readonly MeasurementCsvOptions _options;
    private readonly CsvNumbers _numbers;
    private readonly CsvCells _cells = new();
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _columnOf = new int[CsvNaming.Count];
    private readonly string?[] _last = new string?[CsvNaming.Count];
    private readonly NameColumn<Polarity> _polarity = new(CsvNaming.TryPolarity, CsvNaming.PolarityNames, "bukan polaritas", "is not a polarity");
    private readonly NameColumn<AggregationMethod> _aggregation = new(CsvNaming.TryAggregation, CsvNaming.AggregationNames, "bukan metode agregasi", "is not an aggregation method");

    public MeasurementReader(MeasurementCsvOptions options)
    {
        _options = options;
        _numbers = new CsvNumbers(options.DecimalStyle);
        _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every problem found (the first <see cref="MeasurementCsvOptions.MaxProblems"/> kept).</summary>
    public ProblemList Problems { get; } = new();

    /// <summary>
    /// Whether a row not handed on for a problem of its cells is still given the recap's checks of its own fields
    /// (<see cref="CheckOwnFields"/>): set where the sink runs the recap's checks, so that they are listed in the same pass.
    /// </summary>
    public bool ChecksRefusedRows { get; init; }

    /// <summary>The data rows met.</summary>
    public int Rows { get; private set; }

    /// <summary>The file's column names, by file column (0-based).</summary>
    public string[] Header { get; private set; } = [];

    /// <summary>The file column (0-based) of each field, or -1 (only the upper target may be absent).</summary>
    public IReadOnlyList<int> ColumnOf => _columnOf;

    /// <summary>Reads the stream to its end.</summary>
    public void Read(Stream stream, IRowSink sink, IProgress<long>? bytesRead)
    {
        Problems.Max = _options.MaxProblems;
        var start = stream.CanSeek ? stream.Position : -1;
        using var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        try
        {
            using var reader = CsvCells.Options(_options.Separator).From(text);
            var first = true;
            foreach (var row in reader)
            {
                if (first)
                {
                    first = false;
                    if (!ReadHeader(row))
                    {
                        return;
                    }

                    continue;
                }

                if (row.ColCount == 1 && At(row, 0).IsEmpty)
                {
                    continue;
                }

                Rows++;
                if (bytesRead is not null && Rows % ProgressEvery == 0 && stream.CanSeek)
                {
                    bytesRead.Report(stream.Position);
                }

                if ((Rows & 1023) == 0 && sink.Stopped)
                {
                    break;
                }

                if (Rows == EstimateAt && start >= 0)
                {
                    Estimate(stream, start, sink);
                }

                ReadRow(row, sink);
            }

            if (first)
            {
                Problems.Add(new CsvProblem("csv.header", 1, 0, string.Empty, string.Empty, "file kosong; baris judul tidak ada", "the file is empty; there is no header line"));
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or ArgumentException or FormatException)
        {
            // Sep refuses some malformed input (a row beyond its buffer, for instance): the rest of the file is not read.
            Problems.Add(Unreadable(Rows + 2, e));
        }

        if (bytesRead is not null && stream.CanSeek)
        {
            bytesRead.Report(stream.Position);
        }
    }

    /// <summary>
    /// Tells the sink the rows the whole file should hold, at the rate of the rows read so far: the bytes read are a
    /// little more than the rows' (the readers buffer ahead), so the estimate is low by about that, and 2 % is added.
    /// </summary>
    private void Estimate(Stream stream, long start, IRowSink sink)
    {
        var read = stream.Position - start;
        var length = stream.Length - start;
        if (read > 0 && length > read)
        {
            sink.Expect((int)Math.Min((double)Rows * length / read * 1.02, int.MaxValue));
        }
    }

    private bool ReadHeader(SepReader.Row row)
    {
        Array.Fill(_columnOf, -1);
        Header = new string[row.ColCount];
        var ok = true;
        for (var c = 0; c < row.ColCount; c++)
        {
            var name = At(row, c);
            Header[c] = name.ToString().TrimStart('\uFEFF');
            var field = CsvNaming.Column(name, _options.Names);
            if (field < 0)
            {
                continue; // other columns (keterangan, nama ...) are not read
            }

            if (_columnOf[field] >= 0)
            {
                Problems.Add(new CsvProblem("csv.header", 1, c + 1, Header[c], Header[c],
                    $"kolom ini sama dengan kolom {_columnOf[field] + 1} ({Header[_columnOf[field]]})",
                    $"this column is the same as column {_columnOf[field] + 1} ({Header[_columnOf[field]]})"));
                ok = false;
                continue;
            }

            _columnOf[field] = c;
        }

        for (var f = 0; f < CsvNaming.Count; f++)
        {
            if (_columnOf[f] < 0 && f != CsvNaming.TargetUpper)
            {
                var names = CsvNaming.HeaderNames(f, _options.Names);
                Problems.Add(new CsvProblem("csv.header", 1, 0, string.Empty, string.Empty,
                    $"kolom {names} tidak ada di baris judul", $"the header line has no column {names}"));
                ok = false;
            }
        }

        return ok;
    }

    private void ReadRow(SepReader.Row row, IRowSink sink)
    {
        var line = row.LineNumberFrom;
        if (row.ColCount != Header.Length)
        {
            Problems.Add(new CsvProblem("csv.columns", line, 0, string.Empty, string.Empty,
                $"berisi {row.ColCount} kolom, seharusnya {Header.Length}", $"has {row.ColCount} columns, expected {Header.Length}"));
            return;
        }

        var before = Problems.Count;
        var kabupaten = Code(row, CsvNaming.Kabupaten, line);
        var kecamatan = Code(row, CsvNaming.Kecamatan, line);
        var unit = Code(row, CsvNaming.Unit, line);
        var sasaran = Code(row, CsvNaming.Sasaran, line);
        var indicator = Code(row, CsvNaming.Indicator, line);

        var polarity = Name(row, CsvNaming.Polarity, line, _polarity);
        var aggregation = Name(row, CsvNaming.Aggregation, line, _aggregation);

        var triwulanColumn = _columnOf[CsvNaming.Triwulan];
        var triwulanText = At(row, triwulanColumn);
        var triwulan = Triwulan(triwulanText);
        if (triwulan < 1)
        {
            Cell(line, triwulanColumn, triwulanText, "bukan triwulan (1-4 atau I-IV)", "is not a quarter (1-4 or I-IV)");
        }

        var numbers = Problems.Count;
        var lower = Number(row, CsvNaming.TargetLower, line);
        var upperColumn = _columnOf[CsvNaming.TargetUpper];
        var upper = upperColumn < 0 ? lower : Number(row, CsvNaming.TargetUpper, line);
        var targetsRead = Problems.Count == numbers;
        numbers = Problems.Count;
        var realisasi = Number(row, CsvNaming.Realisasi, line);
        if (Problems.Count == before)
        {
            sink.Add(line, kabupaten, kecamatan, unit, sasaran, indicator, polarity, aggregation, triwulan, lower, upper, realisasi);
        }
        else
        {
            CheckOwnFields(line, triwulan, targetsRead, lower, upper, Problems.Count == numbers, realisasi, polarity, aggregation);
        }
    }

    /// <summary>
    /// For a row not handed on (a cell of it has a problem), the recap's checks of the row's own fields that did read, as
    /// <see cref="Kinerja.Core.Recap.RecapSourceBuilder.Add"/> makes them (<see cref="IndicatorMeasurement.CheckQuarterAndBounds"/>,
    /// then <see cref="IndicatorMeasurement.CheckValues"/>). So a row's every problem is listed at once, not the recap's
    /// only after its cells are mended. Only where the recap's checks are run (<see cref="ChecksRefusedRows"/>).
    /// </summary>
    private void CheckOwnFields(int line, int triwulan, bool targetsRead, decimal? lower, decimal? upper, bool realisasiRead, decimal? realisasi, Polarity polarity, AggregationMethod aggregation)
    {
        if (!ChecksRefusedRows)
        {
            return;
        }

        // A target cell with a problem of its own is not checked again (nor its bounds), nor a realisasi cell.
        lower = targetsRead ? lower : null;
        CheckQuarterAndBounds(line, triwulan, lower, targetsRead ? upper : null);
        foreach (var problem in IndicatorMeasurement.CheckValues(lower, realisasiRead ? realisasi : null, polarity, aggregation))
        {
            Recap(line, problem);
        }
    }

    /// <summary>
    /// Whether a row's quarter and target bounds hold (<see cref="IndicatorMeasurement.CheckQuarterAndBounds"/>, as the
    /// constructor requires); else each problem is the row's, in the recap's words. A quarter below 1 is a cell that is no
    /// quarter, a problem of its cell already (<see cref="Triwulan"/> gives 0 for it), and is not checked again.
    /// </summary>
    public bool CheckQuarterAndBounds(int line, int triwulan, decimal? lower, decimal? upper)
    {
        var problems = IndicatorMeasurement.CheckQuarterAndBounds(triwulan < 1 ? null : triwulan, lower, upper);
        foreach (var problem in problems)
        {
            Recap(line, problem);
        }

        return problems.Count == 0;
    }

    private void Recap(int line, ValidationProblem problem) => Problems.Add(MeasurementCsv.FromRecap(problem, this, line));

    /// <summary>A polarity or aggregation cell: the last name's value when the cell repeats it, else looked up; a name not known is a problem naming the names that are.</summary>
    private T Name<T>(SepReader.Row row, int field, int line, NameColumn<T> column)
        where T : struct
    {
        var at = _columnOf[field];
        var text = At(row, at);
        if (column.TryLast(text, out var value))
        {
            return value;
        }

        if (column.Read(text, _options.Names, out value))
        {
            column.Remember(text, value);
            return value;
        }

        var names = column.Names(_options.Names);
        Cell(line, at, text, column.Indonesian + " (" + names + ")", column.English + " (" + names + ")");
        return value;
    }

    private string Code(SepReader.Row row, int field, int line)
    {
        var column = _columnOf[field];
        var span = At(row, column);
        if (span.IsEmpty)
        {
            Cell(line, column, span, "kosong; kode wajib diisi", "is empty; a code is required");
            return string.Empty;
        }

        // Rows of one unit repeat their codes: the previous row's string first, then the table of codes.
        if (_last[field] is { } last && span.SequenceEqual(last))
        {
            return last;
        }

        if (_lookup.TryGetValue(span, out var known))
        {
            _last[field] = known;
            return known;
        }

        if (span.Contains('\uFFFD'))
        {
            Cell(line, column, span, "bukan teks UTF-8 (simpan file sebagai CSV UTF-8)", "is not UTF-8 text (save the file as CSV UTF-8)");
            return string.Empty;
        }

        var code = span.ToString();
        _codes.Add(code, code);
        _last[field] = code;
        return code;
    }

    private decimal? Number(SepReader.Row row, int field, int line)
    {
        var column = _columnOf[field];
        var span = At(row, column);
        var error = _numbers.TryRead(span, line, out var value);
        switch (error)
        {
            case NumberError.None:
                return value;
            case NumberError.Ambiguous:
                Cell(line, column, span,
                    "dapat dibaca dua cara (pemisah ribuan atau desimal?); tulis dengan dua angka desimal atau tetapkan gaya desimal",
                    "can be read two ways (a thousands or a decimal mark?); write it with decimals or set the decimal style");
                break;
            case NumberError.TooManyDigits:
                Cell(line, column, span, "punya lebih dari 28 angka penting atau 28 desimal; tidak dibulatkan", "has more than 28 significant digits or 28 decimals; it is not rounded");
                break;
            case NumberError.WrongStyle:
                var (id, en) = _numbers.Style == CsvDecimalStyle.Comma ? ("koma", "comma") : ("titik", "point");
                var settled = _numbers.SettledAt > 0 ? _numbers.SettledAt.ToString(CultureInfo.InvariantCulture) : null;
                Cell(line, column, span,
                    "tidak sesuai gaya desimal file (" + id + (settled is null ? ", dari opsi" : ", sejak baris " + settled) + ")",
                    "does not match the file's decimal style (" + en + (settled is null ? ", set by the options" : ", settled at line " + settled) + ")");
                break;
            default:
                Cell(line, column, span, "bukan angka", "is not a number");
                break;
        }

        return null;
    }

    /// <summary>A quarter: 1-4, or I-IV, with or without <c>TW</c> before it; 0 when not one, the number itself when a whole number outside 1-4 (the recap's check names it).</summary>
    private static int Triwulan(ReadOnlySpan<char> text)
    {
        if (text.Length == 1 && text[0] is >= '1' and <= '4')
        {
            return text[0] - '0'; // the common case, as written by MeasurementCsv.Write
        }

        if (text.Length > 2 && text[..2].Equals("tw", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..].TrimStart();
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 4 ? n : (n > 4 ? n : 0);
        }

        return text.Equals("I", StringComparison.OrdinalIgnoreCase) ? 1
            : text.Equals("II", StringComparison.OrdinalIgnoreCase) ? 2
            : text.Equals("III", StringComparison.OrdinalIgnoreCase) ? 3
            : text.Equals("IV", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
    }

    /// <summary>
    /// The problem of a file the parser stops reading: in Indonesian what it means for the user, without the parser's
    /// English text (which the English message keeps).
    /// </summary>
    internal static CsvProblem Unreadable(int line, Exception e) =>
        new("csv.unreadable", line, 0, string.Empty, string.Empty,
            e.Message.Contains("maximum supported length", StringComparison.Ordinal)
                ? "file tidak dapat dibaca lagi dari sini: sebuah baris lebih dari 16.777.216 karakter (periksa apakah ada tanda kutip \" yang tidak ditutup)"
                : "file tidak dapat dibaca lagi dari sini: susunannya rusak (rincian teknis ada pada pesan bahasa Inggris)",
            "the file cannot be read from here on: " + e.Message);

    /// <summary>The text of a cell of the row (<see cref="CsvCells.Text"/>).</summary>
    private ReadOnlySpan<char> At(SepReader.Row row, int column) => _cells.Text(row[column].Span, column);

    private void Cell(int line, int column, ReadOnlySpan<char> value, string indonesian, string english) =>
        Problems.Add(new CsvProblem("csv.cell", line, column + 1, Header[column], value.ToString(), indonesian, english));
}

/// <summary>Problems kept up to a cap (the first met), all counted.</summary>
internal sealed class ProblemList
{
    private readonly List<CsvProblem> _kept = [];

    public int Max { get; set; } = int.MaxValue;

    /// <summary>Every problem met.</summary>
    public int Count { get; private set; }

    public IReadOnlyList<CsvProblem> Kept => _kept;

    public void Add(CsvProblem problem)
    {
        Count++;
        if (_kept.Count < Max)
        {
            _kept.Add(problem);
        }
    }
}

/// <summary>Reads a name of a polarity or aggregation method (<see cref="CsvNaming.TryPolarity"/>, <see cref="CsvNaming.TryAggregation"/>).</summary>
internal delegate bool NameReader<T>(ReadOnlySpan<char> text, CsvNames names, out T value);

/// <summary>
/// A column of names (polarity, aggregation method): how its names are read and named in a problem, and the last name
/// it held with the value it was read as. Rows repeat it (an indicator's four quarters, a unit's indicators), and the
/// same text always reads the same, so a row holding exactly the same characters skips the lookup.
/// </summary>
internal sealed class NameColumn<T>(NameReader<T> read, Func<CsvNames, string> names, string indonesian, string english)
    where T : struct
{
    private readonly char[] _text = new char[32];
    private int _length = -1;
    private T _value;

    public NameReader<T> Read { get; } = read;

    public Func<CsvNames, string> Names { get; } = names;

    /// <summary>What a cell that is not one of the names is, in Indonesian.</summary>
    public string Indonesian { get; } = indonesian;

    /// <summary>What a cell that is not one of the names is, in English.</summary>
    public string English { get; } = english;

    public bool TryLast(ReadOnlySpan<char> text, out T value)
    {
        value = _value;
        return text.Length == _length && text.SequenceEqual(_text.AsSpan(0, _length));
    }

    public void Remember(ReadOnlySpan<char> text, T value)
    {
        if (text.Length <= _text.Length)
        {
            text.CopyTo(_text);
            _length = text.Length;
            _value = value;
        }
    }
}
