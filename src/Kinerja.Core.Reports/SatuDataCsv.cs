using System.Globalization;
using System.Text;
using Kinerja.Core.Reports.Internal;

namespace Kinerja.Core.Reports;

/// <summary>
/// The year's indicators for a Satu Data Indonesia portal (Perpres 39/2019): one row per indicator with its
/// kode, uraian, satuan, tahun, nilai (the realisasi to TW IV, exactly as entered or aggregated; empty while TW IV is
/// not reported, decision D49), sumber and produsen data; and the metadata of those columns. UTF-8 without BOM, comma separated, RFC 4180 quoting,
/// invariant numbers (decimal point, no grouping). Fields and their sources are in docs/reports.md.
/// </summary>
public static class SatuDataCsv
{
    /// <summary>The column names of the data file, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["kode_unit", "nama_unit", "kode_sasaran", "uraian_sasaran", "kode_indikator", "uraian_indikator", "satuan", "tahun", "nilai", "sumber_data", "produsen_data"];

    /// <summary>Writes the data file: a header row, then one row per indicator in the PK's order.</summary>
    /// <param name="report">The report's figures.</param>
    /// <param name="destination">The stream written to; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is null.</exception>
    public static void Write(PerformanceReport report, Stream destination)
    {
        LaporanPengukuranKinerja.Check(report, destination);
        var pk = report.Input.PerjanjianKinerja;
        var sumber = report.Input.SumberData ?? "Perjanjian Kinerja " + pk.Year.ToString(CultureInfo.InvariantCulture) + " v" + pk.Version.ToString(CultureInfo.InvariantCulture) + " dan realisasinya";
        var produsen = report.Input.ProdusenData ?? pk.Unit.Name;
        var csv = new StringBuilder();
        Line(csv, Columns);
        foreach (var c in report.Capaian)
        {
            var sasaran = pk.FindSasaranOf(c.Indicator.Id);
            var year = c[Triwulan.IV];

            // D49: the year's figure only once TW IV is reported. Before that the aggregation would give an earlier
            // quarter's position (LastValue) or the reported quarters' mean, largest or smallest, read as the year's.
            var nilai = year.Realisasi is null ? string.Empty
                : year.CumulativeGrade ?? (year.CumulativeRealisasi is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty);
            Line(csv,
            [
                pk.Unit.Code, pk.Unit.Name, sasaran?.Id ?? string.Empty, sasaran?.Name ?? string.Empty, c.Indicator.Id, c.Indicator.Name, c.Indicator.Satuan,
                pk.Year.ToString(CultureInfo.InvariantCulture), nilai, sumber, produsen,
            ]);
        }

        WriteUtf8(csv, destination);
    }

    /// <summary>Writes the metadata file: one row per column of the data file (nama_kolom, tipe_data, definisi), in Indonesian.</summary>
    /// <param name="destination">The stream written to; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public static void WriteMetadata(Stream destination)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        var csv = new StringBuilder();
        Line(csv, ["nama_kolom", "tipe_data", "definisi"]);
        foreach (var (name, type, definition) in SatuDataText.Metadata)
        {
            Line(csv, [name, type, definition]);
        }

        WriteUtf8(csv, destination);
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var field = fields[i];
            if (field.IndexOfAny([',', '"', '\r', '\n']) >= 0)
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                csv.Append(field);
            }
        }

        csv.Append("\r\n");
    }

    private static void WriteUtf8(StringBuilder csv, Stream destination)
    {
        var bytes = new UTF8Encoding(false).GetBytes(csv.ToString());
        destination.Write(bytes, 0, bytes.Length);
    }
}
