using System.Globalization;
using System.Text;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;
using nietras.SeparatedValues;

namespace Kinerja.Core.Csv.Internal;

/// <summary>Reads a budget file (one <see cref="BudgetMeasurement"/> per line) with the rules of the measurement files.</summary>
internal sealed class BudgetReader
{
    /// <summary>The fields, in the order written.</summary>
    public const int Kabupaten = 0, Kecamatan = 1, Unit = 2, Program = 3, Pagu = 4, Tw1 = 5, Count = 9;

    /// <summary>The English header names written.</summary>
    public static readonly string[] English = ["kabupaten", "kecamatan", "unit", "program", "pagu", "tw1", "tw2", "tw3", "tw4"];

    /// <summary>The Indonesian header names written.</summary>
    public static readonly string[] Indonesian = ["kabupaten", "kecamatan", "unit kerja", "program", "pagu", "realisasi tw1", "realisasi tw2", "realisasi tw3", "realisasi tw4"];

    private static readonly (string Name, int Field, CsvNames Language)[] Headers = BuildHeaders();

    private readonly MeasurementCsvOptions _options;
    private readonly CsvCells _cells = new();
    private readonly CsvNumbers _numbers;
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly int[] _columnOf = new int[Count];

    public BudgetReader(MeasurementCsvOptions options)
    {
        _options = options;
        _numbers = new CsvNumbers(options.DecimalStyle);
    }

    public ProblemList Problems { get; } = new();

    public int Rows { get; private set; }

    public string[] Header { get; private set; } = [];

    public IReadOnlyList<int> ColumnOf => _columnOf;

    /// <summary>The rows read without a problem of their own, with their lines.</summary>
    public List<BudgetMeasurement> Budget { get; } = [];

    /// <summary>The line of each row of <see cref="Budget"/>.</summary>
    public List<int> Lines { get; } = [];

    public void Read(Stream stream)
    {
        Problems.Max = _options.MaxProblems;
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
                ReadRow(row);
            }

            if (first)
            {
                Problems.Add(new CsvProblem("csv.header", 1, 0, string.Empty, string.Empty, "file kosong; baris judul tidak ada", "the file is empty; there is no header line"));
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or ArgumentException or FormatException)
        {
            Problems.Add(MeasurementReader.Unreadable(Rows + 2, e));
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
            var key = CsvNaming.Normalise(name, keepSpaces: true);
            var field = -1;
            foreach (var h in Headers)
            {
                if (h.Name == key && (_options.Names == CsvNames.Any || h.Language == CsvNames.Any || h.Language == _options.Names))
                {
                    field = h.Field;
                    break;
                }
            }

            if (field < 0)
            {
                continue;
            }

            if (_columnOf[field] >= 0)
            {
                Problems.Add(new CsvProblem("csv.header", 1, c + 1, Header[c], Header[c],
                    $"kolom ini sama dengan kolom {_columnOf[field] + 1} ({Header[_columnOf[field]]})", $"this column is the same as column {_columnOf[field] + 1} ({Header[_columnOf[field]]})"));
                ok = false;
                continue;
            }

            _columnOf[field] = c;
        }

        for (var f = 0; f < Count; f++)
        {
            if (_columnOf[f] < 0)
            {
                var names = string.Join(" / ", Headers.Where(h => h.Field == f).Select(h => h.Name));
                Problems.Add(new CsvProblem("csv.header", 1, 0, string.Empty, string.Empty, $"kolom {names} tidak ada di baris judul", $"the header line has no column {names}"));
                ok = false;
            }
        }

        return ok;
    }

    private void ReadRow(SepReader.Row row)
    {
        var line = row.LineNumberFrom;
        if (row.ColCount != Header.Length)
        {
            Problems.Add(new CsvProblem("csv.columns", line, 0, string.Empty, string.Empty, $"berisi {row.ColCount} kolom, seharusnya {Header.Length}", $"has {row.ColCount} columns, expected {Header.Length}"));
            return;
        }

        var before = Problems.Count;
        var codes = new string[4];
        for (var f = Kabupaten; f <= Program; f++)
        {
            var column = _columnOf[f];
            var span = At(row, column);
            if (span.IsEmpty || span.Contains('\uFFFD'))
            {
                Cell(line, column, span, span.IsEmpty ? "kosong; kode wajib diisi" : "bukan teks UTF-8 (simpan file sebagai CSV UTF-8)", span.IsEmpty ? "is empty; a code is required" : "is not UTF-8 text (save the file as CSV UTF-8)");
                continue;
            }

            var code = span.ToString();
            if (!_codes.TryGetValue(code, out var known))
            {
                _codes.Add(code, code);
                known = code;
            }

            codes[f] = known;
        }

        var amounts = new decimal?[5];
        var texts = new string[5];
        for (var f = Pagu; f < Count; f++)
        {
            var column = _columnOf[f];
            var span = At(row, column);
            texts[f - Pagu] = span.ToString();
            var error = _numbers.TryRead(span, line, out amounts[f - Pagu]);
            if (error != NumberError.None)
            {
                Cell(line, column, span, error == NumberError.Ambiguous ? "dapat dibaca dua cara (pemisah ribuan atau desimal?); tetapkan gaya desimal" : "bukan angka (atau tidak sesuai gaya desimal file)",
                    error == NumberError.Ambiguous ? "can be read two ways (a thousands or a decimal mark?); set the decimal style" : "is not a number (or not in the file's decimal style)");
            }
            else if (amounts[f - Pagu] < 0m)
            {
                var value = span.ToString();
                Problems.Add(new CsvProblem(ProblemCodes.AmountNegative, line, column + 1, Header[column], value,
                    $"jumlah Rp {value} negatif; jumlah uang tidak boleh kurang dari 0.", $"amount Rp {value} is negative; money cannot be below 0."));
            }
            else if (f == Pagu && amounts[0] is null)
            {
                Cell(line, column, span, "kosong; pagu wajib diisi", "is empty; the pagu is required");
            }
        }

        if (Problems.Count != before)
        {
            return;
        }

        if (_options.BudgetEntry == BudgetEntryMode.Cumulative)
        {
            var own = BudgetMeasurement.FromCumulative(codes[0], codes[1], codes[2], codes[3], amounts[0]!.Value, amounts[1], amounts[2], amounts[3], amounts[4]);
            if (!own.IsValid)
            {
                foreach (var p in own.Problems)
                {
                    Converted(line, p, texts);
                }

                return;
            }

            Budget.Add(own.Value);
        }
        else
        {
            Budget.Add(new BudgetMeasurement(codes[0], codes[1], codes[2], codes[3], amounts[0]!.Value, amounts[1], amounts[2], amounts[3], amounts[4]));
        }

        Lines.Add(line);
    }

    /// <summary>A problem of the core's conversion of cumulative figures (path <c>tw1</c> .. <c>tw4</c>) as the cell's line, column and value.</summary>
    private void Converted(int line, ValidationProblem problem, string[] texts)
    {
        var field = problem.Path.StartsWith("tw", StringComparison.Ordinal) ? Tw1 + problem.Path[2] - '1' : Pagu;
        var column = _columnOf[field];
        var prefix = problem.Path + ": ";
        string Message(MessageLanguage language)
        {
            var text = problem.GetMessage(language);
            return text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text;
        }

        Problems.Add(new CsvProblem(problem.Code, line, column + 1, Header[column], texts[field - Pagu], Message(MessageLanguage.Indonesian), Message(MessageLanguage.English)));
    }

    /// <summary>The text of a cell of the row (<see cref="CsvCells.Text"/>).</summary>
    private ReadOnlySpan<char> At(SepReader.Row row, int column) => _cells.Text(row[column].Span, column);

    private void Cell(int line, int column, ReadOnlySpan<char> value, string indonesian, string english) =>
        Problems.Add(new CsvProblem("csv.cell", line, column + 1, Header[column], value.ToString(), indonesian, english));

    private static (string, int, CsvNames)[] BuildHeaders()
    {
        var list = new List<(string, int, CsvNames)>
        {
            ("kabupaten", Kabupaten, CsvNames.Any), ("kabupaten/kota", Kabupaten, CsvNames.Indonesian), ("kode kabupaten", Kabupaten, CsvNames.Indonesian),
            ("kecamatan", Kecamatan, CsvNames.Any), ("kode kecamatan", Kecamatan, CsvNames.Indonesian),
            ("unit", Unit, CsvNames.English), ("unit kerja", Unit, CsvNames.Indonesian), ("kode unit", Unit, CsvNames.Indonesian),
            ("program", Program, CsvNames.Any), ("kode program", Program, CsvNames.Indonesian),
            ("pagu", Pagu, CsvNames.Any), ("pagu anggaran", Pagu, CsvNames.Indonesian),
        };
        string[] roman = ["i", "ii", "iii", "iv"];
        for (var q = 0; q < 4; q++)
        {
            var n = (q + 1).ToString(CultureInfo.InvariantCulture);
            list.Add(("tw" + n, Tw1 + q, CsvNames.Any));
            list.Add(("tw " + n, Tw1 + q, CsvNames.Any));
            list.Add(("tw " + roman[q], Tw1 + q, CsvNames.Indonesian));
            list.Add(("realisasi tw" + n, Tw1 + q, CsvNames.Indonesian));
            list.Add(("realisasi tw " + n, Tw1 + q, CsvNames.Indonesian));
            list.Add(("realisasi tw " + roman[q], Tw1 + q, CsvNames.Indonesian));
            list.Add(("triwulan " + n, Tw1 + q, CsvNames.Indonesian));
            list.Add(("quarter " + n, Tw1 + q, CsvNames.English));
        }

        return [.. list];
    }
}
