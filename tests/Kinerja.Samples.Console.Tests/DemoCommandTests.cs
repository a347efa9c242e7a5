namespace Kinerja.Samples.Console.Tests;

/// <summary>The CLI without arguments: the demo year.</summary>
public sealed class DemoCommandTests
{
    private static readonly CliResult Demo = Cli.Run();

    [Fact]
    public void Run_NoArguments_ExitsZeroWithoutErrors()
    {
        Assert.Equal(KinerjaCli.Ok, Demo.ExitCode);
        Assert.Equal(string.Empty, Demo.Error);
    }

    [Fact]
    public void Run_NoArguments_LabelsTheDataAsDemo()
    {
        Assert.StartsWith("Perjanjian Kinerja 2026 — Kecamatan Bobotsari (demo)  [DATA DEMO", Demo.Lines[0], StringComparison.Ordinal);
        Assert.Contains("[DATA DEMO", Demo.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoArguments_LastLineSumsUpTheYear()
    {
        Assert.StartsWith("Selesai: Kecamatan Bobotsari (demo) 2026, 6 indikator, 4 triwulan; SOP selesai dengan celah sumber (1 kali dikembalikan); rata-rata capaian s.d. TW IV 100,98 (Sangat Tinggi)", Demo.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoArguments_PrintsThePkAndFourQuartersOfRealisasi()
    {
        Assert.Contains(Demo.Lines, l => l.Contains("IK2 Jumlah dokumen administrasi kependudukan yang difasilitasi", StringComparison.Ordinal) && l.Contains("kumulatif", StringComparison.Ordinal));
        Assert.Matches(Table.Cells("IK2", "1.200,00", "300,00", "300,00", "300,00", "300,00"), Demo.Output);
        var ik2 = Demo.Lines.First(l => l.Contains("IK2 Jumlah", StringComparison.Ordinal) && l.Contains("284,00", StringComparison.Ordinal));
        Assert.Matches(@"284,00 .*315,00 .*296,00 .*341,00", ik2);
    }

    [Fact]
    public void Run_NoArguments_RunsTheSopWithOneReturnForCorrection()
    {
        var returned = Assert.Single(Demo.Lines, l => l.Contains("dikembalikan ke langkah 4 (salah)", StringComparison.Ordinal));
        Assert.Contains("Agus Prasetyo (demo)", returned, StringComparison.Ordinal); // the Kasubbag Perencanaan dan Keuangan verifies
        Assert.Contains(Demo.Lines, l => l.Contains("disetujui (benar)", StringComparison.Ordinal));
        Assert.Contains(Demo.Lines, l => l.StartsWith("Status: selesai dengan celah sumber; 9 tindakan, 1 kali dikembalikan", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_NoArguments_PrintsTheRecapWithTheKecamatanAveragePerPeriod()
    {
        string Period(string name) => Demo.Lines.First(l => l.Contains("│ kecamatan │ " + name + " ", StringComparison.Ordinal));
        Assert.Contains("94,85", Period("TW I"), StringComparison.Ordinal);
        Assert.Contains("97,43", Period("TW II"), StringComparison.Ordinal);
        Assert.Contains("99,09", Period("TW III"), StringComparison.Ordinal);
        Assert.Contains("106,98", Period("TW IV"), StringComparison.Ordinal);
        Assert.Contains("100,98", Period("s.d. TW IV"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoArguments_PrintsTheLaporanPengukuranKinerjaOfEachQuarter()
    {
        foreach (var q in new[] { "TW I", "TW II", "TW III", "TW IV" })
        {
            Assert.Contains(Demo.Lines, l => l.StartsWith("Laporan Pengukuran Kinerja " + q + " 2026 — Kecamatan Bobotsari (demo)", StringComparison.Ordinal));
        }

        // IK3 (negative polarity) in TW IV: T 3, R 2,4, capaian (2·3 − 2,4)/3 = 120; average of four quarters 2,95 gives 101,67.
        Assert.Contains(Demo.Lines, l => l.Contains("S1 / IK3 Rata-rata waktu", StringComparison.Ordinal) && l.Contains("2,40", StringComparison.Ordinal) && l.Contains("120,00", StringComparison.Ordinal));
        Assert.Contains(Demo.Lines, l => l.Contains("│ IK3 Rata-rata waktu", StringComparison.Ordinal) && l.Contains("2,95", StringComparison.Ordinal) && l.Contains("101,67", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_RecapCsv_WritesTheDemoRecap()
    {
        using var folder = new TempFolder();
        var file = folder.File("recap.csv");

        var result = Cli.Run("--recap-csv", file);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        var lines = File.ReadAllLines(file);
        Assert.Equal("level,kabupaten,kecamatan,unit,item,period,indicators,computed,average,not_reported,not_computable,categories", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Kecamatan,DEMO-3303,DEMO-3303-BBS,,,s.d. TW IV,6,6,100.98,0,0,", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_RecapMarkdown_WritesTheDemoRecapToTwIv()
    {
        using var folder = new TempFolder();
        var file = folder.File("recap.md");

        var result = Cli.Run("--recap-md", file);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        var lines = File.ReadAllLines(file);
        Assert.StartsWith("| Tingkat | Kelompok | Indikator | Rata-rata capaian | ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("| kecamatan | DEMO-3303-BBS | 6 | 100,98 | ", StringComparison.Ordinal)); // the level by DisplayNames
        Assert.Contains(lines, l => l.StartsWith("| nasional | nasional | 6 | 100,98 | ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_RecapMarkdownInEnglish_NamesLevelsAndColumnsInEnglish()
    {
        using var folder = new TempFolder();
        var file = folder.File("recap.md");

        var result = Cli.Run("--lang", "en", "--recap-md", file);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        var lines = File.ReadAllLines(file);
        Assert.StartsWith("| Level | Group | Indicators | Average capaian | ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" | Not reported | Not computable |", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("| kecamatan | DEMO-3303-BBS | 6 | 100.98 | ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| unit | ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("unit kerja", StringComparison.Ordinal));
    }
}
