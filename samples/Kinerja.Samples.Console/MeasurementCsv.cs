using System.Globalization;
using System.Text;
using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;

namespace Kinerja.Samples.Console;

/// <summary>A bad cell of a measurement CSV: its line (1 is the header), column (1-based) and value.</summary>
/// <param name="Line">The line number in the file.</param>
/// <param name="Column">The column number, from 1; 0 when the problem is the whole line.</param>
/// <param name="ColumnName">The column's name, or empty.</param>
/// <param name="Value">The value found.</param>
/// <param name="Indonesian">What is wrong, in Indonesian.</param>
/// <param name="English">What is wrong, in English.</param>
internal sealed record CsvProblem(int Line, int Column, string ColumnName, string Value, string Indonesian, string English)
{
    public override string ToString() =>
        Column > 0
            ? $"baris {Line}, kolom {Column} ({ColumnName}): '{Value}' {Indonesian} / line {Line}, column {Column} ({ColumnName}): '{Value}' {English}"
            : $"baris {Line}: {Indonesian} / line {Line}: {English}";
}

/// <summary>
/// The CSV form of recap input: one <see cref="IndicatorMeasurement"/> per line, comma-separated, UTF-8,
/// with this header line (exactly, in this order):
/// <c>kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi</c>.
/// Codes are text (a field holding a comma or a quote is quoted, <c>""</c> for a quote); polarity is
/// <c>Positive</c>, <c>Negative</c> or <c>KeepStable</c>; aggregation is <c>CumulativeSum</c>, <c>LastValue</c>,
/// <c>Average</c>, <c>Maximum</c> or <c>Minimum</c> (both case-insensitive); triwulan is 1 to 4; numbers
/// use a dot for decimals and no thousands separator. Both targets empty: the rencana aksi sets none;
/// both equal: a single value; lower &lt; upper: a range. An empty realisasi is "not reported" (not 0).
/// </summary>
internal static class MeasurementCsv
{
    /// <summary>At most this many problems are collected before reading stops.</summary>
    public const int MaxProblems = 20;

    public static readonly IReadOnlyList<string> Columns =
        ["kabupaten", "kecamatan", "unit", "sasaran", "indicator", "polarity", "aggregation", "triwulan", "target_lower", "target_upper", "realisasi"];

    public static string Header => string.Join(",", Columns);

    /// <summary>Reads every row, or the problems of the first bad rows (up to <see cref="MaxProblems"/>).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="rows">The rows read, when there was no problem.</param>
    /// <param name="progress">Called every 10,000 lines with the number of lines read.</param>
    /// <returns>The problems; empty when every row is good.</returns>
    public static IReadOnlyList<CsvProblem> Read(TextReader reader, out List<IndicatorMeasurement> rows, Action<int>? progress = null)
    {
        rows = [];
        var problems = new List<CsvProblem>();
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.Trim().TrimStart('\uFEFF'), Header, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new CsvProblem(1, 0, string.Empty, header ?? string.Empty, "baris judul harus '" + Header + "'", "the header line must be '" + Header + "'"));
            return problems;
        }

        var line = 1;
        var fields = new List<string>(Columns.Count);
        string? text;
        while ((text = reader.ReadLine()) is not null && problems.Count < MaxProblems)
        {
            line++;
            if (line % 10_000 == 0)
            {
                progress?.Invoke(line);
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (!Split(text, fields))
            {
                problems.Add(new CsvProblem(line, 0, string.Empty, text, "tanda petik tidak ditutup", "a quote is not closed"));
                continue;
            }

            if (fields.Count != Columns.Count)
            {
                problems.Add(new CsvProblem(line, 0, string.Empty, text, $"berisi {fields.Count} kolom, seharusnya {Columns.Count}", $"has {fields.Count} columns, expected {Columns.Count}"));
                continue;
            }

            if (Parse(fields, line, problems) is { } row)
            {
                rows.Add(row);
            }
        }

        return problems;
    }

    /// <summary>Writes rows in the CSV form.</summary>
    public static void Write(TextWriter writer, IEnumerable<IndicatorMeasurement> rows)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var r in rows)
        {
            writer.Write(string.Join(",", Quote(r.Kabupaten), Quote(r.Kecamatan), Quote(r.Unit), Quote(r.Sasaran), Quote(r.Indicator), r.Polarity, r.Aggregation,
                r.Triwulan.ToString(CultureInfo.InvariantCulture), Number(r.TargetLower), Number(r.TargetUpper), Number(r.Realisasi)));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Invented rows for trying the recap on a large input (DATA DEMO): kabupaten of 15 kecamatan, kecamatan
    /// of 5 units, units of 10 indicators of 3 sasaran with mixed polarity and methods, 4 quarters each;
    /// about 2% of realisasi not reported. <paramref name="count"/> is rounded up to whole indicators (4 rows).
    /// The same count always gives the same rows.
    /// </summary>
    public static IEnumerable<IndicatorMeasurement> Generate(int count)
    {
        var random = new Random(2026);
        var indicators = (count + 3) / 4;
        for (var n = 0; n < indicators; n++)
        {
            var slot = n % 10;
            var unit = n / 10;
            var kecamatan = unit / 5;
            var kabupaten = kecamatan / 15;
            var kab = "DEMO-" + (3300 + kabupaten).ToString(CultureInfo.InvariantCulture);
            var kec = kab + "-" + (kecamatan % 15 + 1).ToString("D2", CultureInfo.InvariantCulture);
            var unitCode = kec + "-U" + (unit % 5 + 1).ToString(CultureInfo.InvariantCulture);
            var (polarity, aggregation) = slot switch
            {
                0 or 1 or 2 => (Polarity.Positive, AggregationMethod.CumulativeSum),
                3 or 4 => (Polarity.Positive, AggregationMethod.LastValue),
                5 or 6 => (Polarity.Negative, AggregationMethod.Average),
                7 => (Polarity.KeepStable, AggregationMethod.LastValue),
                8 => (Polarity.Positive, AggregationMethod.Maximum),
                _ => (Polarity.Negative, AggregationMethod.Minimum),
            };
            var target = (decimal)random.Next(10, 500);
            for (var q = 1; q <= 4; q++)
            {
                var realisasi = random.Next(50) == 0 ? (decimal?)null : Math.Round(target * (decimal)(0.55 + random.NextDouble() * 0.6), 2);
                yield return new IndicatorMeasurement(kab, kec, unitCode, "S" + (slot / 4 + 1).ToString(CultureInfo.InvariantCulture), "IK" + (slot + 1).ToString(CultureInfo.InvariantCulture),
                    polarity, aggregation, q, target, target, realisasi);
            }
        }
    }

    private static IndicatorMeasurement? Parse(List<string> f, int line, List<CsvProblem> problems)
    {
        var before = problems.Count;
        for (var c = 0; c < 5; c++)
        {
            if (f[c].Length == 0)
            {
                problems.Add(new CsvProblem(line, c + 1, Columns[c], f[c], "kosong; kode wajib diisi", "is empty; a code is required"));
            }
        }

        Polarity polarity = default;
        if (!Enum.TryParse(f[5], ignoreCase: true, out polarity) || !Enum.IsDefined(polarity) || char.IsDigit(f[5].FirstOrDefault()))
        {
            problems.Add(new CsvProblem(line, 6, Columns[5], f[5], "bukan polaritas (Positive, Negative, KeepStable)", "is not a polarity (Positive, Negative, KeepStable)"));
        }

        AggregationMethod aggregation = default;
        if (!Enum.TryParse(f[6], ignoreCase: true, out aggregation) || !Enum.IsDefined(aggregation) || char.IsDigit(f[6].FirstOrDefault()))
        {
            problems.Add(new CsvProblem(line, 7, Columns[6], f[6], "bukan metode agregasi (CumulativeSum, LastValue, Average, Maximum, Minimum)", "is not an aggregation method (CumulativeSum, LastValue, Average, Maximum, Minimum)"));
        }

        if (!int.TryParse(f[7], NumberStyles.None, CultureInfo.InvariantCulture, out var triwulan) || triwulan is < 1 or > 4)
        {
            problems.Add(new CsvProblem(line, 8, Columns[7], f[7], "bukan triwulan 1-4", "is not a quarter 1-4"));
        }

        var lower = Decimal(f, 8, line, problems);
        var upper = Decimal(f, 9, line, problems);
        var realisasi = Decimal(f, 10, line, problems);
        if (problems.Count == before)
        {
            if (lower.HasValue != upper.HasValue)
            {
                var (c, name) = lower.HasValue ? (10, Columns[9]) : (9, Columns[8]);
                problems.Add(new CsvProblem(line, c, name, string.Empty, "kosong, padahal batas target yang lain terisi", "is empty while the other target bound is given"));
            }
            else if (lower > upper)
            {
                problems.Add(new CsvProblem(line, 10, Columns[9], f[9], "lebih kecil dari target_lower " + f[8], "is below target_lower " + f[8]));
            }
        }

        return problems.Count == before
            ? new IndicatorMeasurement(f[0], f[1], f[2], f[3], f[4], polarity, aggregation, triwulan, lower, upper, realisasi)
            : null;
    }

    private static decimal? Decimal(List<string> f, int c, int line, List<CsvProblem> problems)
    {
        if (f[c].Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(f[c], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new CsvProblem(line, c + 1, Columns[c], f[c], "bukan angka (pakai titik untuk desimal, tanpa pemisah ribuan)", "is not a number (use a dot for decimals, no thousands separator)"));
        return null;
    }

    /// <summary>Splits one line at commas, honouring quoted fields; false when a quote is not closed.</summary>
    private static bool Split(string text, List<string> fields)
    {
        fields.Clear();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString().Trim());
        return !quoted;
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
