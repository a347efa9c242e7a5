using nietras.SeparatedValues;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// Where each data row of an uploaded CSV file sits (its line) and which file column holds each field, so that the
/// sample's own checks of a row against the PK name line and column as the package's problems do.
/// <c>MeasurementCsv.ReadRows</c> gives the rows without their lines, so the file is split here a second time with Sep,
/// with the options <c>Kinerja.Core.Csv</c> reads it with (no header handling, unescaped, trimmed, a line holding
/// nothing skipped): the n-th row here is the n-th row there. Only used once the package has read the file without a problem.
/// </summary>
/// <remarks>
/// The header names are those of docs/csv.md ("The file"); a public lookup of rows with their lines and columns in
/// <c>Kinerja.Core.Csv</c> would make this copy unnecessary.
/// </remarks>
internal sealed class CsvPlaces
{
    /// <summary>The fields, as <c>IndicatorMeasurement</c> names them.</summary>
    public const string Kabupaten = "kabupaten", Kecamatan = "kecamatan", Unit = "unit", Sasaran = "sasaran", Indicator = "indicator", Polarity = "polarity",
        Aggregation = "aggregation", Triwulan = "triwulan", TargetLower = "targetLower", TargetUpper = "targetUpper", Realisasi = "realisasi";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["kabupaten"] = Kabupaten, ["kabupaten/kota"] = Kabupaten, ["kode kabupaten"] = Kabupaten,
        ["kecamatan"] = Kecamatan, ["kode kecamatan"] = Kecamatan,
        ["unit"] = Unit, ["unit kerja"] = Unit, ["kode unit"] = Unit,
        ["sasaran"] = Sasaran, ["kode sasaran"] = Sasaran,
        ["indicator"] = Indicator, ["indikator"] = Indicator, ["kode indikator"] = Indicator,
        ["polarity"] = Polarity, ["polaritas"] = Polarity,
        ["aggregation"] = Aggregation, ["agregasi"] = Aggregation, ["metode agregasi"] = Aggregation,
        ["triwulan"] = Triwulan, ["quarter"] = Triwulan, ["tw"] = Triwulan,
        ["target lower"] = TargetLower, ["target bawah"] = TargetLower, ["target"] = TargetLower,
        ["target upper"] = TargetUpper, ["target atas"] = TargetUpper,
        ["realisasi"] = Realisasi,
    };

    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<int> _lines = [];
    private string[] _header = [];

    private CsvPlaces()
    {
    }

    /// <summary>Splits the file (read from its start; left open).</summary>
    public static CsvPlaces Find(Stream stream, char? separator)
    {
        var places = new CsvPlaces();
        stream.Position = 0;
        using var text = new StreamReader(stream, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var reader = Sep.Reader(o => o with
        {
            Sep = separator is { } c ? new Sep(c) : null,
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
            Trim = SepTrim.All,
        }).From(text);
        var first = true;
        foreach (var row in reader)
        {
            if (first)
            {
                first = false;
                places._header = new string[row.ColCount];
                for (var c = 0; c < row.ColCount; c++)
                {
                    places._header[c] = row[c].ToString().TrimStart('\uFEFF');
                    if (Names.TryGetValue(Normalise(places._header[c]), out var field))
                    {
                        places._columns.TryAdd(field, c);
                    }
                }

                continue;
            }

            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                continue;
            }

            places._lines.Add(row.LineNumberFrom);
        }

        return places;
    }

    /// <summary>The line of data row <paramref name="row"/> (from 0), or 0 when not known.</summary>
    public int Line(int row) => row < _lines.Count ? _lines[row] : 0;

    /// <summary>The file column (from 1) of a field and its name as the file writes it; 0 and the field's name when the file has no such column (the upper target).</summary>
    public (int Column, string Name) Column(string field) =>
        _columns.TryGetValue(field, out var c) ? (c + 1, _header[c]) : field == TargetUpper ? Column(TargetLower) : (0, field);

    /// <summary>A header name as docs/csv.md compares it: lower case, <c>_</c>, <c>-</c> and runs of spaces as one space, byte-order marks dropped.</summary>
    private static string Normalise(string name)
    {
        var words = name.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).ToLowerInvariant().Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words);
    }
}
