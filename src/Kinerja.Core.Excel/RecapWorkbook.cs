using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using MiniExcelLibs;

namespace Kinerja.Core.Excel;

/// <summary>
/// Writes a recap (rekapitulasi) as an .xlsx workbook: an <c>Info</c> sheet, one sheet of capaian
/// figures per level (Indikator, Sasaran, Unit, Kecamatan, Kabupaten, Total), one row per group and
/// period, and an <c>Anggaran</c> sheet of budget figures. Cells hold the exact figures (average
/// capaian and serapan as full-precision decimals); the "(dibulatkan)" columns beside them are the
/// same figures rounded for display by <see cref="CapaianFormat"/>.
/// </summary>
public static class RecapWorkbook
{
    /// <summary>The name of the sheet describing the workbook.</summary>
    public const string InfoSheetName = "Info";

    /// <summary>The name of the sheet of budget figures.</summary>
    public const string BudgetSheetName = "Anggaran";

    /// <summary>The sheet name of each level's capaian figures.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The sheet name, for example <c>Kecamatan</c>; <see cref="BudgetSheetName"/> for <see cref="RecapLevel.Program"/>.</returns>
    public static string SheetNameOf(RecapLevel level) => level switch
    {
        RecapLevel.Indicator => "Indikator",
        RecapLevel.Sasaran => "Sasaran",
        RecapLevel.Unit => "Unit",
        RecapLevel.Kecamatan => "Kecamatan",
        RecapLevel.Kabupaten => "Kabupaten",
        RecapLevel.National => "Total",
        _ => BudgetSheetName,
    };

    /// <summary>Writes a recap as a workbook.</summary>
    /// <param name="destination">The stream to write to; it is left open.</param>
    /// <param name="recap">The recap.</param>
    /// <param name="scale">The scale the recap counted categories on, to head the count columns with its labels;
    /// <see langword="null"/> heads them "Kategori 1" (lowest) to "Kategori n".</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> or <paramref name="recap"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> cannot be written, or <paramref name="scale"/> is not the recap's scale (another name or number of bands).</exception>
    public static void Write(Stream destination, RecapTable recap, CategoryScale? scale = null)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (recap is null)
        {
            throw new ArgumentNullException(nameof(recap));
        }

        if (!destination.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(destination));
        }

        if (scale is not null && (scale.Name != recap.ScaleName || scale.Bands.Count != recap.BandCount))
        {
            throw new ArgumentException($"The recap counts {recap.BandCount} categories of scale '{recap.ScaleName}', not the {scale.Bands.Count} of '{scale.Name}'.", nameof(scale));
        }

        var bandHeaders = BandHeaders(recap.BandCount, scale);
        var sheets = new Dictionary<string, object>
        {
            [InfoSheetName] = Info(recap),
        };

        foreach (var group in recap.Rows.GroupBy(r => r.Key.Level).OrderBy(g => g.Key))
        {
            sheets[SheetNameOf(group.Key)] = group.Select(r => CapaianRow(r, bandHeaders)).ToList();
        }

        var budget = recap.BudgetRows.Select(BudgetRow).ToList();
        if (budget.Count > 0)
        {
            sheets[BudgetSheetName] = budget;
        }

        destination.SaveAs(sheets, printHeader: true);
    }

    private static List<Dictionary<string, object?>> Info(RecapTable recap) =>
    [
        InfoRow("Rekapitulasi capaian kinerja", "Kinerja.Core"),
        InfoRow("Skala kategori", recap.ScaleName),
        InfoRow("Jumlah kategori", recap.BandCount),
        InfoRow("Periode", "TW I - TW IV: triwulan itu saja; s.d. TW I - s.d. TW IV: kumulatif menurut metode tiap indikator"),
        InfoRow("Angka", "Rata-rata Capaian (%) dan Serapan (%) disimpan penuh (Excel menampilkan paling banyak 15 angka bermakna); kolom (dibulatkan) dibulatkan 2 desimal, setengah menjauhi nol."),
        InfoRow("Tidak dilaporkan", "indikator atau program tanpa realisasi dihitung terpisah, tidak pernah sebagai 0"),
    ];

    private static Dictionary<string, object?> InfoRow(string item, object value) => new(StringComparer.Ordinal)
    {
        ["Keterangan"] = item,
        ["Isi"] = value,
    };

    private static string[] BandHeaders(int bands, CategoryScale? scale)
    {
        var headers = new string[bands];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < bands; i++)
        {
            var label = "Kategori " + (scale is null ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : scale.Bands[i].Label);
            headers[i] = used.Add(label) ? label : label + " (" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            used.Add(headers[i]);
        }

        return headers;
    }

    private static Dictionary<string, object?> CapaianRow(RecapRow row, string[] bandHeaders)
    {
        var f = row.Figures;
        var cells = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Kabupaten"] = row.Key.KabupatenCode,
            ["Kecamatan"] = row.Key.KecamatanCode,
            ["Unit"] = row.Key.UnitCode,
            ["Kode"] = row.Key.Item,
            ["Periode"] = row.Period.ToString(),
            ["Jumlah Indikator"] = f.IndicatorCount,
            ["Terhitung"] = f.Computed,
            ["Rata-rata Capaian (%)"] = f.Average,
            ["Rata-rata Capaian (dibulatkan)"] = f.Average is { } a ? CapaianFormat.Format(a) : "-",
            ["Tidak Dilaporkan"] = f.NotReported,
            ["Tidak Dapat Dihitung"] = f.NotComputable,
            ["Target Nol"] = f.ZeroTarget,
            ["Target Tidak Ada"] = f.TargetMissing,
            ["Realisasi Nol"] = f.ZeroRealisasi,
            ["Sebab Lain"] = f.OtherNotComputable,
        };
        for (var i = 0; i < bandHeaders.Length; i++)
        {
            cells[bandHeaders[i]] = i < f.Categories.Count ? f.Categories[i] : 0;
        }

        cells["Jumlah Capaian (10^-9 %)"] = f.CapaianSum;
        return cells;
    }

    private static Dictionary<string, object?> BudgetRow(BudgetRow row)
    {
        var f = row.Figures;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Tingkat"] = row.Key.Level == RecapLevel.Program ? "Program" : SheetNameOf(row.Key.Level),
            ["Kabupaten"] = row.Key.KabupatenCode,
            ["Kecamatan"] = row.Key.KecamatanCode,
            ["Unit"] = row.Key.UnitCode,
            ["Program"] = row.Key.Item,
            ["Periode"] = row.Period.ToString(),
            ["Jumlah Program"] = f.ProgramCount,
            ["Tidak Dilaporkan"] = f.NotReported,
            ["Pagu"] = f.Pagu,
            ["Pagu yang Melapor"] = f.ReportedPagu,
            ["Realisasi"] = f.Realisasi,
            ["Serapan (%)"] = f.Serapan,
            ["Serapan (dibulatkan)"] = f.Serapan is { } s ? CapaianFormat.Format(s) : "-",
        };
    }
}
