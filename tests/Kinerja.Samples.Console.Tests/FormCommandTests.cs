using Kinerja.Core.Excel;
using Kinerja.Core.Excel.Tests;
using Kinerja.Core.Serialization;

namespace Kinerja.Samples.Console.Tests;

/// <summary>The <c>form new|import</c> commands over the demo PK's data-collection form.</summary>
public sealed class FormCommandTests : IDisposable
{
    private const string Sheet = DataCollectionForm.SheetName;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void New_Triwulan_WritesTheFormOfTheDemoPk()
    {
        var file = _folder.File("tw2.xlsx");

        var result = Cli.Run("form", "new", file, "--triwulan", "2");

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.StartsWith("Formulir pengumpulan data kinerja TW II 2026, Kecamatan Bobotsari (demo), 6 indikator", result.Output, StringComparison.Ordinal);
        var form = Xlsx.Open(File.ReadAllBytes(file));
        Assert.Equal("DEMO-3303-BBS", form.Raw(Sheet, "C3"));
        Assert.Equal("IK1", form.Raw(Sheet, "J12"));
        Assert.Equal("Indeks Kepuasan Masyarakat", form.Raw(Sheet, "C12"));
    }

    [Fact]
    public void Import_FilledForm_PrintsTheRealisasiAndTheQuartersLaporan()
    {
        var file = _folder.File("tw2.xlsx");
        Cli.Run("form", "new", file, "--triwulan", "2");
        var filled = Xlsx.Open(File.ReadAllBytes(file))
            .SetNumber(Sheet, "F12", "84.5")                                  // IK1 Indeks Kepuasan Masyarakat: 84,5 of 83
            .SetText(Sheet, "G12", "Survei SKM TW II")
            .SetText(Sheet, "I12", "Laporan SKM TW II; Foto kegiatan")
            .SetText(Sheet, "F13", "330")                                     // IK2: 330 of 300, cumulative 284 + 330 = 614 of 600
            .SetText(Sheet, "F16", "B");                                      // IK5 grade
        File.WriteAllBytes(file, filled.ToBytes());

        var result = Cli.Run("form", "import", file, "--triwulan", "2");

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.Matches(Table.Cells("IK1 Indeks Kepuasan Masyarakat", "84,50", "Survei SKM TW II", "Laporan SKM TW II; Foto kegiatan"), result.Output);
        Assert.Matches(Table.Cells("IK3 Rata-rata waktu penyelesaian pengaduan masyarakat", "-¹", "-", "-"), result.Output);
        Assert.Contains("¹ belum dilaporkan", result.Output, StringComparison.Ordinal);
        Assert.Matches(Table.Cells("2", "S1 / IK2 Jumlah dokumen administrasi kependudukan yang difasilitasi", "Dokumen", "300,00", "330,00", "110,00", "Sangat Tinggi"), result.Output);
        Assert.Matches(Table.Cells("2", "IK2 Jumlah dokumen administrasi kependudukan yang difasilitasi", "614,00", "102,33", "Sangat Tinggi", "51,17"), result.Output);
        Assert.Equal("3 dari 6 indikator dilaporkan pada TW II; diimpor dari tw2.xlsx", result.Lines[^1]);
    }

    /// <summary>A PK of the user's: the demo's with another unit code and name, as a KinerjaJson document.</summary>
    private string UsersPk()
    {
        var file = _folder.File("pk-kalisat.json");
        var json = KinerjaJson.Write(DemoKecamatan.BuildPk())
            .Replace("DEMO-3303-BBS", "3303-KLS", StringComparison.Ordinal)
            .Replace("Kecamatan Bobotsari (demo)", "Kecamatan Kalisat", StringComparison.Ordinal);
        File.WriteAllText(file, json);
        return file;
    }

    [Fact]
    public void New_UsersPk_WritesTheFormOfThatPk_AndTheImportCommandNamesIt()
    {
        var pk = UsersPk();
        var file = _folder.File("tw1.xlsx");

        var result = Cli.Run("form", "new", file, "--pk", pk);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.StartsWith("Formulir pengumpulan data kinerja TW I 2026, Kecamatan Kalisat, 6 indikator", result.Output, StringComparison.Ordinal);
        Assert.Contains("[data: pk-kalisat.json]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsoleTables.DemoLabel, result.Output, StringComparison.Ordinal);
        Assert.EndsWith("form import tw1.xlsx --triwulan 1 --pk " + pk, result.Lines[^1], StringComparison.Ordinal);
        Assert.Equal("3303-KLS", Xlsx.Open(File.ReadAllBytes(file)).Raw(Sheet, "C3"));
    }

    [Fact]
    public void Import_UsersPkWithoutRealisasi_ReportsOnlyTheFormsQuarter()
    {
        var pk = UsersPk();
        var file = _folder.File("tw2.xlsx");
        Cli.Run("form", "new", file, "--triwulan", "2", "--pk", pk);
        File.WriteAllBytes(file, Xlsx.Open(File.ReadAllBytes(file)).SetText(Sheet, "F13", "330").ToBytes());

        var result = Cli.Run("form", "import", file, "--triwulan", "2", "--pk", pk);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.Contains("Triwulan lain belum berisi realisasi (tanpa --realisasi).", result.Output, StringComparison.Ordinal);
        Assert.Contains("[data: pk-kalisat.json, tw2.xlsx TW II]", result.Output, StringComparison.Ordinal);
        Assert.Matches(Table.Cells("2", "S1 / IK2 Jumlah dokumen administrasi kependudukan yang difasilitasi", "Dokumen", "300,00", "330,00", "110,00", "Sangat Tinggi"), result.Output);
        // TW I holds nothing, so IK2's cumulative sum to TW II is not reported (with the demo's realisasi it is 614).
        Assert.Matches(Table.Cells("2", "IK2 Jumlah dokumen administrasi kependudukan yang difasilitasi", "-", "-¹"), result.Output);
        Assert.Equal("1 dari 6 indikator dilaporkan pada TW II; diimpor dari tw2.xlsx", result.Lines[^1]);
    }

    [Fact]
    public void Import_FormOfTheDemoPkIntoTheUsersPk_IsRejectedNamingTheUnit()
    {
        var file = _folder.File("tw1.xlsx");
        Cli.Run("form", "new", file);

        var result = Cli.Run("form", "import", file, "--pk", UsersPk());

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains("DEMO-3303-BBS", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Import_FormOfAnotherQuarter_IsRejectedNamingTheCell()
    {
        var file = _folder.File("tw2.xlsx");
        Cli.Run("form", "new", file, "--triwulan", "2");

        var result = Cli.Run("form", "import", file, "--triwulan", "3");

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains("'Realisasi'!C6", result.Error, StringComparison.Ordinal);
        Assert.Contains("Formulir ditolak; tidak ada yang diimpor", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Import_BadNumber_IsRejectedNamingSheetRowAndColumn()
    {
        var file = _folder.File("tw1.xlsx");
        Cli.Run("form", "new", file);
        File.WriteAllBytes(file, Xlsx.Open(File.ReadAllBytes(file)).SetText(Sheet, "F13", "banyak").ToBytes());

        var result = Cli.Run("form", "import", file);

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains("Lembar 'Realisasi' baris 13 kolom F (Realisasi Triwulan): 'banyak' bukan angka", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NotAWorkbook_IsAnInputError()
    {
        var file = _folder.File("not.xlsx");
        File.WriteAllText(file, "not a workbook");

        var result = Cli.Run("form", "import", file);

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains(".xlsx", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("form", "new", "x.xlsx", "--triwulan", "5")]
    [InlineData("form", "import")]
    [InlineData("form", "edit", "x.xlsx")]
    public void Form_BadArguments_AreUsageErrors(params string[] args) =>
        Assert.Equal(KinerjaCli.UsageError, Cli.Run(args).ExitCode);
}
