using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;

namespace Kinerja.Core.BuiltIn;

/// <summary>
/// The six SOPs of the five seed documents (kecamatan Bobotsari, Purbalingga, Bojong, Awayan (two)
/// and Ajibarang), shipped as JSON templates faithful to the text: the original Indonesian wording,
/// step numbers as printed, gaps recorded as gaps, and every actor the text does not print marked
/// as inferred with the reason. An office adapts one by loading its JSON, editing it and loading it back.
/// </summary>
public static class SopTemplates
{
    private static readonly Lazy<SopDefinition[]> Loaded = new(Load);

    /// <summary>Every built-in template, in seed order.</summary>
    public static IReadOnlyList<SopDefinition> All => Loaded.Value;

    /// <summary>Laporan Pengukuran Perjanjian Kinerja dan Evaluasi Kinerja, Kecamatan Bobotsari (seed 000).</summary>
    public static SopDefinition BobotsariLaporanPengukuranPk => Get("bobotsari-laporan-pengukuran-pk");

    /// <summary>Mekanisme Pengukuran Kinerja, Kecamatan Purbalingga (seed 001).</summary>
    public static SopDefinition PurbalinggaMekanismePengukuranKinerja => Get("purbalingga-mekanisme-pengukuran-kinerja");

    /// <summary>Pengumpulan Data Kinerja, Kecamatan Bojong (seed 002).</summary>
    public static SopDefinition BojongPengumpulanDataKinerja => Get("bojong-pengumpulan-data-kinerja");

    /// <summary>Pengumpulan Data Kinerja Per Triwulan, Kecamatan Awayan (seed 003, first SOP).</summary>
    public static SopDefinition AwayanPengumpulanDataKinerjaTriwulan => Get("awayan-pengumpulan-data-kinerja-triwulan");

    /// <summary>Pelaksanaan Pengukuran Kinerja Triwulan, Kecamatan Awayan (seed 003, second SOP).</summary>
    public static SopDefinition AwayanPelaksanaanPengukuranKinerjaTriwulan => Get("awayan-pelaksanaan-pengukuran-kinerja-triwulan");

    /// <summary>Pengukuran Data Kinerja, Kecamatan Ajibarang (seed 004).</summary>
    public static SopDefinition AjibarangPengukuranDataKinerja => Get("ajibarang-pengukuran-data-kinerja");

    /// <summary>Gets a template by id.</summary>
    /// <param name="id">The template's id.</param>
    /// <returns>The template.</returns>
    /// <exception cref="KeyNotFoundException">No template has that id; <see cref="All"/> lists them.</exception>
    public static SopDefinition Get(string id) =>
        Loaded.Value.FirstOrDefault(d => d.Id == id)
        ?? throw new KeyNotFoundException($"No built-in SOP template '{id}'. Templates: {string.Join(", ", Loaded.Value.Select(d => d.Id))}.");

    private static SopDefinition[] Load() =>
        EmbeddedData.Names("Sop").Select(name =>
        {
            var result = KinerjaJson.ReadSopDefinition(EmbeddedData.Read(name));
            return result.IsValid ? result.Value : throw new InvalidOperationException("Built-in template " + name + " is invalid: " + result);
        }).ToArray();
}
