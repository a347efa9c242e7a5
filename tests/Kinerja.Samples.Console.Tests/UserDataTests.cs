using System.Xml.Linq;
using Kinerja.Core;
using Kinerja.Core.Excel;
using Kinerja.Core.Excel.Tests;
using Kinerja.Core.Serialization;

namespace Kinerja.Samples.Console.Tests;

/// <summary><c>capaian</c> and <c>report</c> on the user's own PK and realisasi: KinerjaJson documents and a filled Excel form.</summary>
public sealed class UserDataTests : IDisposable
{
    private const string Sheet = DataCollectionForm.SheetName;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The demo PK and its realisasi written as KinerjaJson documents.</summary>
    private (string Pk, string Realisasi) WriteDemoDocuments()
    {
        var pk = DemoKecamatan.BuildPk();
        var pkFile = _folder.File("pk.json");
        var realisasiFile = _folder.File("realisasi.json");
        File.WriteAllText(pkFile, KinerjaJson.Write(pk));
        File.WriteAllText(realisasiFile, KinerjaJson.Write(DemoKecamatan.BuildRealisasi(pk)));
        return (pkFile, realisasiFile);
    }

    [Fact]
    public void Capaian_DemoDataThroughFiles_PrintsTheDemosFigures()
    {
        var (pk, realisasi) = WriteDemoDocuments();

        var demo = Cli.Run("capaian");
        var files = Cli.Run("capaian", "--pk", pk, "--realisasi", realisasi);

        Assert.Equal((KinerjaCli.Ok, KinerjaCli.Ok), (demo.ExitCode, files.ExitCode));
        Assert.Contains("[data: pk.json, realisasi.json]", files.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsoleTables.DemoLabel, files.Output, StringComparison.Ordinal);
        Assert.Equal(demo.Output, files.Output.Replace("[data: pk.json, realisasi.json]", ConsoleTables.DemoLabel, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_DemoDataThroughFiles_DrawsTheDemosChartsAndTables()
    {
        var (pk, realisasi) = WriteDemoDocuments();
        var demoFile = _folder.File("demo.html");
        var filesFile = _folder.File("files.html");

        var demo = Cli.Run("report", "--html", demoFile);
        var files = Cli.Run("report", "--html", filesFile, "--pk", pk, "--realisasi", realisasi);

        Assert.Equal((KinerjaCli.Ok, KinerjaCli.Ok), (demo.ExitCode, files.ExitCode));
        Assert.EndsWith("(6 grafik) [data: pk.json, realisasi.json]", files.Lines[^1], StringComparison.Ordinal);
        XNamespace h = HtmlReport.Xhtml;
        var fromDemo = XDocument.Parse(File.ReadAllText(demoFile)).Descendants(h + "body").Single();
        var fromFiles = XDocument.Parse(File.ReadAllText(filesFile)).Descendants(h + "body").Single();
        Assert.Equal(fromDemo.Descendants(h + "figure").Select(f => f.ToString()), fromFiles.Descendants(h + "figure").Select(f => f.ToString()));
        Assert.Equal(
            fromDemo.Descendants(h + "table").Select(t => t.ToString().Replace(ConsoleTables.DemoLabel, string.Empty, StringComparison.Ordinal)),
            fromFiles.Descendants(h + "table").Select(t => t.ToString().Replace("[data: pk.json, realisasi.json]", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Capaian_RealisasiWithAnUnknownIndicatorAndANegativeFigure_IsRejectedNamingFilePathAndValue()
    {
        var (pk, realisasi) = WriteDemoDocuments();
        var json = File.ReadAllText(realisasi);
        File.WriteAllText(realisasi, json.Replace("\"IK3\"", "\"IK9\"", StringComparison.Ordinal).Replace("315", "-315", StringComparison.Ordinal));

        var result = Cli.Run("capaian", "--pk", pk, "--realisasi", realisasi);

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("Kesalahan: realisasi.json: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("IK9", result.Error, StringComparison.Ordinal);
        Assert.Contains("-315", result.Error, StringComparison.Ordinal);
        Assert.Contains("$.", result.Error, StringComparison.Ordinal);
        Assert.Contains("File ditolak; tidak ada yang dihitung", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"schemaVersion\": 1, \"kind\": \"measurementSet\"}")]
    [InlineData("")]
    public void Capaian_PkFileThatIsNoPk_IsAnInputErrorWithoutAStackTrace(string text)
    {
        var pk = _folder.File("pk.json");
        File.WriteAllText(pk, text);

        var result = Cli.Run("capaian", "--pk", pk);

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.StartsWith("Kesalahan: pk.json: $", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_MissingFile_IsAnInputError()
    {
        var result = Cli.Run("capaian", "--realisasi", _folder.File("nowhere.json"));

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains("nowhere.json' tidak ada", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_FilledFormOfTheUsersPk_GivesThatQuartersCapaian()
    {
        // The user's PK (here the demo's, as a document) with no realisasi file: only the form's quarter is reported.
        var (pk, _) = WriteDemoDocuments();
        var form = _folder.File("tw2.xlsx");
        using (var stream = File.Create(form))
        {
            DataCollectionForm.Write(stream, DemoKecamatan.BuildPk(), Triwulan.II);
        }

        File.WriteAllBytes(form, Xlsx.Open(File.ReadAllBytes(form))
            .SetNumber(Sheet, "F12", "84.5")      // IK1: 84,5 of 83
            .SetText(Sheet, "F13", "330")         // IK2: 330 of 300
            .ToBytes());

        var result = Cli.Run("capaian", "--pk", pk, "--form", form, "--triwulan", "2");

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.Contains("[data: pk.json, tw2.xlsx TW II]", result.Lines[0], StringComparison.Ordinal);
        Assert.Matches(Table.Cells("Realisasi", "-", "84,50", "-", "-"), result.Output);
        Assert.Matches(Table.Cells("Capaian (%)", "-¹", "101,81", "-¹", "-¹"), result.Output);
        Assert.Matches(Table.Cells("Realisasi", "-", "330,00", "-", "-"), result.Output);
        Assert.Matches(Table.Cells("Capaian (%)", "-¹", "110,00", "-¹", "-¹"), result.Output);
        Assert.Contains("¹ belum dilaporkan", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_FormWithABadCell_IsRejectedNamingTheCell()
    {
        var form = _folder.File("tw1.xlsx");
        Cli.Run("form", "new", form);
        File.WriteAllBytes(form, Xlsx.Open(File.ReadAllBytes(form)).SetText(Sheet, "F13", "banyak").ToBytes());

        var result = Cli.Run("capaian", "--form", form);

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains("Kesalahan: tw1.xlsx: Lembar 'Realisasi' baris 13 kolom F (Realisasi Triwulan): 'banyak' bukan angka", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("capaian", "--triwulan", "2")]
    [InlineData("capaian", "--form", "x.xlsx", "--triwulan", "5")]
    [InlineData("capaian", "--pk")]
    public void Capaian_BadDataOptions_AreUsageErrors(params string[] args) =>
        Assert.Equal(KinerjaCli.UsageError, Cli.Run(args).ExitCode);
}
