using Kinerja.Core.Agreements;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using static Kinerja.Core.Excel.Internal.FormLayout;

namespace Kinerja.Core.Excel.Internal;

/// <summary>Writes the data-collection form.</summary>
internal static class FormWriter
{
    private static readonly string[] Instructions =
    [
        "Petunjuk pengisian formulir pengumpulan data kinerja",
        string.Empty,
        "1. Isi kolom F (Realisasi Triwulan) untuk setiap indikator yang sudah diukur pada triwulan ini.",
        "2. Kosongkan Realisasi Triwulan bila belum ada datanya: kosong berarti tidak dilaporkan, bukan 0. Tulis 0 hanya bila realisasinya memang 0.",
        "3. Angka boleh diketik sebagai angka, atau sebagai teks dengan koma desimal (81,2) dan titik ribuan (1.234.567,5). Untuk persen tulis angkanya saja (81,2), bukan 0,812.",
        "4. Indikator kualitatif diisi dengan predikatnya (misalnya WTP atau BB).",
        "5. Keterangan dan Bukti Dukung boleh diisi; beberapa bukti dukung dipisahkan dengan titik koma (;) atau baris baru.",
        "6. Jangan mengubah kolom lain, judul kolom, kepala formulir, atau urutan dan jumlah baris, dan jangan menulis di bawah tabel (tanda tangan boleh di lembar lain): formulir diperiksa saat diimpor dan setiap kesalahan disebutkan dengan lembar, baris dan kolomnya.",
        "7. Kolom bertanda (tambahan) bukan bagian dari format pengumpulan data kinerja pada SOP; Kinerja.Core menambahkannya agar setiap baris dapat dicocokkan dengan indikator PK.",
    ];

    public static void Write(Stream destination, PerjanjianKinerja pk, Triwulan triwulan)
    {
        var rows = new List<Dictionary<string, object?>>();
        rows.Add(Row((1, Title)));
        rows.Add(Row((LabelColumn, FormKindLabel), (ValueColumn, DataCollectionForm.FormKind)));
        rows.Add(Row((LabelColumn, UnitCodeLabel), (ValueColumn, pk.Unit.Code)));
        rows.Add(Row((LabelColumn, UnitNameLabel), (ValueColumn, pk.Unit.Name)));
        rows.Add(Row((LabelColumn, YearLabel), (ValueColumn, pk.Year)));
        rows.Add(Row((LabelColumn, TriwulanLabel), (ValueColumn, triwulan.ToString())));
        rows.Add(Row((LabelColumn, VersionLabel), (ValueColumn, pk.Version)));
        rows.Add(Row((LabelColumn, PihakPertamaLabel), (ValueColumn, pk.PihakPertama.Name + ", " + pk.PihakPertama.PrintedJabatan)));
        rows.Add(Row((LabelColumn, Note)));
        rows.Add(Row());
        rows.Add(Row(Headers.Select((h, i) => (i + 1, (object?)h)).ToArray()));

        var no = 0;
        foreach (var sasaran in pk.Sasaran)
        {
            foreach (var indicator in sasaran.Indicators)
            {
                no++;
                rows.Add(Row(
                    (NoColumn, no),
                    (SasaranColumn, sasaran.Name),
                    (IndicatorColumn, indicator.Name),
                    (AnnualTargetColumn, TargetText.ToCell(indicator.AnnualTarget)),
                    (QuarterTargetColumn, TargetText.ToCell(indicator.GetTriwulanTarget(triwulan))),
                    (SatuanColumn, indicator.Satuan),
                    (IndicatorIdColumn, indicator.Id)));
            }
        }

        var instructions = Instructions.Select(line => Row((LabelColumn, line))).ToList();
        var sheets = new Dictionary<string, object>
        {
            [DataCollectionForm.SheetName] = rows,
            [DataCollectionForm.InstructionsSheetName] = instructions,
        };
        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = false,
            TableStyles = TableStyles.None,
            FreezeRowCount = 0,
            DynamicColumns = Widths.Select((w, i) => new DynamicExcelColumn(Key(i + 1)) { Width = w }).ToArray(),
        };
        destination.SaveAs(sheets, printHeader: false, configuration: configuration);
    }

    private static Dictionary<string, object?> Row(params (int Column, object? Value)[] cells)
    {
        var row = new Dictionary<string, object?>(ColumnCount, StringComparer.Ordinal);
        for (var c = 1; c <= ColumnCount; c++)
        {
            row[Key(c)] = null;
        }

        foreach (var (column, value) in cells)
        {
            row[Key(column)] = value;
        }

        return row;
    }
}
