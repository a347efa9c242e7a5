namespace Kinerja.Samples.Console.Tests;

/// <summary>The <c>capaian</c> command: the capaian table of the demo PK per quarter.</summary>
public sealed class CapaianCommandTests
{
    private static readonly CliResult Capaian = Cli.Run("capaian");

    [Fact]
    public void Capaian_DemoPk_ExitsZero() => Assert.Equal(KinerjaCli.Ok, Capaian.ExitCode);

    [Fact]
    public void Capaian_CumulativeIndicator_ShowsQuarterCumulativeAndAnnualCapaian()
    {
        // IK2 (cumulative sum, 300 a quarter, 1.200 a year): TW II 315 gives 105,00; to date 599/600 = 99,83; 599/1.200 = 49,92.
        var ik2 = Section("IK2 Jumlah dokumen administrasi kependudukan yang difasilitasi — satuan Dokumen");
        Assert.Matches(Table.Cells("Realisasi", "284,00", "315,00", "296,00", "341,00"), ik2);
        Assert.Matches(Table.Cells("Capaian (%)", "94,67", "105,00", "98,67", "113,67"), ik2);
        Assert.Matches(Table.Cells("Target kumulatif", "300,00", "600,00", "900,00", "1.200,00"), ik2);
        Assert.Matches(Table.Cells("Realisasi kumulatif", "284,00", "599,00", "895,00", "1.236,00"), ik2);
        Assert.Matches(Table.Cells("Capaian kumulatif (%)", "94,67", "99,83", "99,44", "103,00"), ik2);
        Assert.Matches(Table.Cells("Terhadap target tahunan (%)", "23,67", "49,92", "74,58", "103,00"), ik2);
    }

    [Fact]
    public void Capaian_NotReportedQuarter_SaysSoRatherThanZero()
    {
        // IK4 (last value) has no TW IV realisasi: the quarter is "belum dilaporkan" (a numbered note), the year takes TW III's 100.
        var ik4 = Section("IK4 Persentase dokumen perencanaan dan pelaporan kinerja tepat waktu — satuan %");
        Assert.Matches(Table.Cells("Realisasi", "100,00", "75,00", "100,00", "-"), ik4);
        Assert.Matches(Table.Cells("Capaian (%)", "100,00", "75,00", "100,00", "-¹"), ik4);
        Assert.Matches(Table.Cells("Terhadap target tahunan (%)", "100,00", "75,00", "100,00", "100,00"), ik4);
        Assert.Contains("¹ belum dilaporkan", ik4, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_DemoPk_ShowsSerapanPerProgram()
    {
        var program = Capaian.Lines.Single(l => l.Contains("5.01.01 Program Penunjang", StringComparison.Ordinal));
        Assert.Matches(@"│ +1\.350\.000\.000 │ +20,00 │ +25,80 │ +24,45 │ +27,55 │ +97,80 │", program);
        Assert.Contains(Capaian.Lines, l => l.Contains(" Pagu (Rp) │", StringComparison.Ordinal));
    }

    /// <summary>The table of one indicator: from its title to the next table's title.</summary>
    private static string Section(string title)
    {
        var start = Capaian.Output.IndexOf(title, StringComparison.Ordinal);
        Assert.True(start >= 0, "no table titled " + title);
        var end = Capaian.Output.IndexOf("╯", start, StringComparison.Ordinal);
        var next = Capaian.Output.IndexOf('\n', Capaian.Output.IndexOf('\n', end) + 1);
        return Capaian.Output[start..(next < 0 ? Capaian.Output.Length : next)];
    }
}
