namespace Kinerja.Core.Reports.Internal;

/// <summary>The metadata of the Satu Data columns (Indonesian, as the portal publishes it).</summary>
internal static class SatuDataText
{
    public static IReadOnlyList<(string Name, string Type, string Definition)> Metadata { get; } =
    [
        ("kode_unit", "teks", "Kode unit kerja penanda tangan Perjanjian Kinerja (pihak pertama)"),
        ("nama_unit", "teks", "Nama unit kerja"),
        ("kode_sasaran", "teks", "Kode sasaran dalam Perjanjian Kinerja"),
        ("uraian_sasaran", "teks", "Uraian sasaran dalam Perjanjian Kinerja"),
        ("kode_indikator", "teks", "Kode indikator kinerja dalam Perjanjian Kinerja"),
        ("uraian_indikator", "teks", "Uraian indikator kinerja"),
        ("satuan", "teks", "Satuan indikator"),
        ("tahun", "bilangan bulat", "Tahun Perjanjian Kinerja"),
        ("nilai", "angka desimal (titik desimal) atau predikat", "Realisasi s.d. triwulan IV menurut metode agregasi indikator, tanpa pembulatan; kosong bila realisasi triwulan IV belum dilaporkan (tidak diganti angka triwulan sebelumnya)"),
        ("sumber_data", "teks", "Sumber data"),
        ("produsen_data", "teks", "Produsen data (Perpres 39/2019)"),
    ];
}
