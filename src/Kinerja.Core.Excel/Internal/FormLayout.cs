namespace Kinerja.Core.Excel.Internal;

/// <summary>
/// Where everything sits on the data-collection sheet. The seven columns of the seed format come first,
/// in the seed's order (A-G), so that "Realisasi Triwulan" is column F as on the printed form; the
/// library's additions follow (H-J), each marked "(tambahan)".
/// </summary>
internal static class FormLayout
{
    public const int TitleRow = 1;
    public const int FormKindRow = 2;
    public const int UnitCodeRow = 3;
    public const int UnitNameRow = 4;
    public const int YearRow = 5;
    public const int TriwulanRow = 6;
    public const int VersionRow = 7;
    public const int PihakPertamaRow = 8;
    public const int NoteRow = 9;
    public const int TableHeaderRow = 11;
    public const int FirstDataRow = 12;

    /// <summary>The column of the header block's labels (B) and values (C).</summary>
    public const int LabelColumn = 2;
    public const int ValueColumn = 3;

    public const int NoColumn = 1;
    public const int SasaranColumn = 2;
    public const int IndicatorColumn = 3;
    public const int AnnualTargetColumn = 4;
    public const int QuarterTargetColumn = 5;
    public const int RealisasiColumn = 6;
    public const int KeteranganColumn = 7;
    public const int SatuanColumn = 8;
    public const int BuktiDukungColumn = 9;
    public const int IndicatorIdColumn = 10;
    public const int ColumnCount = 10;

    public const string Title = "FORMAT PENGUMPULAN DATA KINERJA";
    public const string FormKindLabel = "Formulir";
    public const string UnitCodeLabel = "Kode Unit";
    public const string UnitNameLabel = "Unit Kerja";
    public const string YearLabel = "Tahun";
    public const string TriwulanLabel = "Triwulan";
    public const string VersionLabel = "Versi PK";
    public const string PihakPertamaLabel = "Pihak Pertama";

    public const string Note =
        "Isi hanya kolom Realisasi Triwulan, Keterangan dan Bukti Dukung; kosongkan Realisasi bila belum dilaporkan (kosong bukan 0). "
        + "Kolom bertanda (tambahan) bukan bagian dari format pengumpulan data kinerja pada SOP.";

    /// <summary>The table's headers, A to J.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Target Tahunan",
        "Target Triwulan",
        "Realisasi Triwulan",
        "Keterangan",
        "Satuan (tambahan)",
        "Bukti Dukung (tambahan)",
        "Kode Indikator (tambahan)",
    ];

    /// <summary>Column widths in characters, A to J.</summary>
    public static IReadOnlyList<double> Widths { get; } = [6, 40, 40, 16, 16, 18, 30, 14, 30, 16];

    public static string Key(int column) => CellReference.Letters(column);

    public static string Header(int column) => Headers[column - 1];
}
