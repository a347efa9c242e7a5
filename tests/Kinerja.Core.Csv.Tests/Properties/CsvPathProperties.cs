using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Tests.Properties;

namespace Kinerja.Core.Csv.Tests.Properties;

/// <summary>Rows and how one file writes them.</summary>
/// <param name="Rows">The rows (in file order).</param>
/// <param name="Separator">The separator.</param>
/// <param name="Style">The decimal style written (Point or Comma).</param>
/// <param name="Told">Whether the reader is told the separator and style (else it detects them).</param>
/// <param name="Indonesian">Indonesian names (else English).</param>
/// <param name="Bom">A byte-order mark.</param>
/// <param name="Crlf">CRLF line ends (else LF).</param>
/// <param name="Seed">Drives the per-field choices: quoting, thousands separators, spelling of names.</param>
public sealed record CsvInput(IReadOnlyList<IndicatorMeasurement> Rows, char Separator, CsvDecimalStyle Style, bool Told, bool Indonesian, bool Bom, bool Crlf, int Seed)
{
    /// <summary>A readable summary for a failing case.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"sep={(Separator == '\t' ? "tab" : Separator.ToString())} style={Style} told={Told} id={Indonesian} bom={Bom} crlf={Crlf} seed={Seed}" + Environment.NewLine
        + string.Join(Environment.NewLine, Rows.Select(r => r.ToString()));
}

/// <summary>Generators of files.</summary>
public static class CsvArbitraries
{
    private static readonly Polarity[] Polarities = [Polarity.Positive, Polarity.Negative, Polarity.KeepStable];
    private static readonly AggregationMethod[] Methods = [AggregationMethod.CumulativeSum, AggregationMethod.LastValue, AggregationMethod.Average, AggregationMethod.Maximum, AggregationMethod.Minimum];
    private static readonly string[] Codes = ["A", "B", "3303", "Kec. Bobotsari", "U;1", "U,2", "Seksi \"Pem\"", "S\t1", "Kab\nBaru"];

    /// <summary>Files.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CsvInput> Inputs() => Arb.From(InputGen);

    private static Gen<decimal?> Figure(int nullWeight) => Gen.Frequency(
        (nullWeight, Gen.Constant((decimal?)null)),
        (1, Gen.Constant((decimal?)0m)),
        (10, Gen.Choose(1, 2_000_000).Select(n => (decimal?)(n / 100m))),
        (3, Gen.Choose(1, 9_999).Select(n => (decimal?)(n * 1000m))),
        (3, Gen.Choose(1, 99_999).Select(n => (decimal?)(n / 10_000m))));

    private static Gen<IndicatorMeasurement[]> IndicatorGen(string kab, string kec, string unit, string indicator) =>
        from polarity in Gen.Elements(Polarities)
        from method in Gen.Elements(Methods)
        from sasaran in Gen.Elements("S1", "S;2", "S \"3\"")
        from targets in Gen.ArrayOf(Figure(2), 4)
        from widths in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(0m)), (1, Gen.Choose(1, 500).Select(n => n / 10m))), 4)
        from values in Gen.ArrayOf(Figure(3), 4)
        from present in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))), 4)
        select Enumerable.Range(0, 4).Where(q => present[q])
            .Select(q => new IndicatorMeasurement(kab, kec, unit, sasaran, indicator, polarity, method, q + 1, targets[q], targets[q] + (targets[q].HasValue ? widths[q] : null), values[q]))
            .ToArray();

    private static Gen<CsvInput> InputGen { get; } =
        from kabupaten in Gen.Choose(1, 2)
        from kecamatan in Gen.Choose(1, 3)
        from units in Gen.Choose(1, 3)
        from indicators in Gen.Choose(1, 3)
        from names in Gen.ArrayOf(Gen.Elements(Codes), 4)
        let slots = (from k in Enumerable.Range(1, kabupaten)
                     from c in Enumerable.Range(1, kecamatan)
                     from u in Enumerable.Range(1, units)
                     from i in Enumerable.Range(1, indicators)
                     select (names[0] + k, names[1] + k + c, names[2] + u, names[3] + i)).ToArray()
        from groups in Gen.CollectToArray(slots.Select(s => IndicatorGen(s.Item1, s.Item2, s.Item3, s.Item4)))
        from shuffle in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from keys in Gen.ArrayOf(Gen.Choose(0, 1_000_000), groups.Sum(g => g.Length))
        from separator in Gen.Elements(';', ',', '\t')
        from style in Gen.Elements(CsvDecimalStyle.Point, CsvDecimalStyle.Comma)
        from told in Gen.Elements(true, false)
        from indonesian in Gen.Elements(true, false)
        from bom in Gen.Elements(true, false)
        from crlf in Gen.Elements(true, false)
        from seed in Gen.Choose(0, int.MaxValue)
        let rows = groups.SelectMany(g => g).ToArray()
        select new CsvInput(shuffle ? [.. rows.Select((r, i) => (r, keys[i])).OrderBy(p => p.Item2).Select(p => p.r)] : rows, separator, style, told, indonesian, bom, crlf, seed);
}

/// <summary>The CSV path gives the figures of the rows path.</summary>
public class CsvPathProperties
{
    [KinerjaProperty(Arbitrary = [typeof(CsvArbitraries)])]
    public void ReadSource_FiguresEqualThoseOfTheRows(CsvInput input)
    {
        var options = input.Told ? new MeasurementCsvOptions { Separator = input.Separator, DecimalStyle = input.Style } : MeasurementCsvOptions.Default;

        var read = MeasurementCsv.ReadSource(new MemoryStream(Write(input)), options);

        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Problems));
        var rows = RecapSource.Create(input.Rows, []).Value;
        foreach (var finest in new[] { RecapLevel.Indicator, RecapLevel.Kecamatan })
        {
            var recapOptions = RecapOptions.Default with { FinestLevel = finest };
            Assert.Equal(RecapCalculator.Build(rows, RecapPolicy.Default, recapOptions), RecapCalculator.Build(read.Value, RecapPolicy.Default, recapOptions));
        }

        Assert.Equal(input.Rows.Count, read.Value.MeasurementCount);
    }

    /// <summary>
    /// The file: every field quoted or not at random (always when it must be), numbers with or without thousands
    /// separators when the reader is told the style; when it detects the style, every number carries two decimals
    /// (a value the rule reads one way only), so the file's first number settles it.
    /// </summary>
    private static byte[] Write(CsvInput input)
    {
        var random = new Random(input.Seed);
        var text = new StringBuilder();
        var end = input.Crlf ? "\r\n" : "\n";
        var header = input.Indonesian ? MeasurementCsv.IndonesianColumns : MeasurementCsv.EnglishColumns;
        text.Append(string.Join(input.Separator, header.Select(h => random.Next(3) == 0 ? h.ToUpperInvariant() : h))).Append(end);
        foreach (var r in input.Rows)
        {
            string[] fields =
            [
                r.KabupatenCode, r.KecamatanCode, r.UnitCode, r.SasaranId, r.IndicatorId,
                Name(r.Polarity, input.Indonesian, random), Name(r.Aggregation, input.Indonesian, random),
                random.Next(4) == 0 ? new[] { "I", "II", "III", "IV" }[r.Triwulan - 1] : r.Triwulan.ToString(CultureInfo.InvariantCulture),
                Number(r.TargetLower, input, random), Number(r.TargetUpper, input, random), Number(r.Realisasi, input, random),
            ];
            text.Append(string.Join(input.Separator, fields.Select(f => Quote(f, input.Separator, random)))).Append(end);
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return input.Bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes;
    }

    private static string Name(Polarity polarity, bool indonesian, Random random) => (polarity, indonesian) switch
    {
        (Polarity.Positive, true) => random.Next(2) == 0 ? "positif" : "Kondisi Normal",
        (Polarity.Negative, true) => random.Next(2) == 0 ? "NEGATIF" : "kondisi_khusus",
        (Polarity.KeepStable, true) => random.Next(2) == 0 ? "tetap" : "Stabil",
        _ => random.Next(2) == 0 ? polarity.ToString() : polarity.ToString().ToLowerInvariant(),
    };

    private static string Name(AggregationMethod method, bool indonesian, Random random) => (method, indonesian) switch
    {
        (AggregationMethod.CumulativeSum, true) => random.Next(2) == 0 ? "kumulatif" : "Jumlah",
        (AggregationMethod.LastValue, true) => random.Next(2) == 0 ? "posisi akhir" : "Nilai Akhir",
        (AggregationMethod.Average, true) => random.Next(2) == 0 ? "rata-rata" : "Rata Rata",
        (AggregationMethod.Maximum, true) => random.Next(2) == 0 ? "maksimum" : "tertinggi",
        (AggregationMethod.Minimum, true) => random.Next(2) == 0 ? "minimum" : "terendah",
        _ => random.Next(2) == 0 ? method.ToString() : method.ToString().ToUpperInvariant(),
    };

    private static string Number(decimal? value, CsvInput input, Random random)
    {
        if (value is not { } v)
        {
            return string.Empty;
        }

        var invariant = input.Told
            ? (random.Next(2) == 0 ? v.ToString("#,0.########", CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture))
            : (random.Next(2) == 0 ? v.ToString("#,0.00########", CultureInfo.InvariantCulture) : v.ToString("0.00########", CultureInfo.InvariantCulture));
        if (!input.Told && invariant.Split('.')[1].Length == 3)
        {
            invariant += "0";
        }

        return input.Style == CsvDecimalStyle.Comma
            ? invariant.Replace(',', '_').Replace('.', ',').Replace('_', '.')
            : invariant;
    }

    private static string Quote(string field, char separator, Random random)
    {
        var must = field.Contains(separator, StringComparison.Ordinal) || field.AsSpan().IndexOfAny("\"\r\n") >= 0;
        return must || random.Next(4) == 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
