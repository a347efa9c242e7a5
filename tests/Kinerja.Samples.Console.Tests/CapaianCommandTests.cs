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
        var tw2 = Capaian.Lines.Single(l => l.StartsWith("│ TW II ", StringComparison.Ordinal) && l.Contains("315,00", StringComparison.Ordinal));
        Assert.Matches(@"300,00 │ +315,00 │ +105,00 │ Sangat Tinggi │ +600,00 │ +599,00 │ +99,83 │ Sangat Tinggi │ +49,92 │", tw2);
    }

    [Fact]
    public void Capaian_NotReportedQuarter_SaysSoRatherThanZero()
    {
        // IK4 (last value) has no TW IV realisasi: the quarter is "belum dilaporkan", the year takes TW III's 100.
        Assert.Contains(Capaian.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^│ TW IV +│ +100,00 │ +- │ +- \(belum dilaporkan\) │ - +│ +100,00 │ +100,00 │ +100,00 │ Sangat Tinggi │ +100,00 │$"));
    }

    [Fact]
    public void Capaian_DemoPk_ShowsSerapanPerProgram()
    {
        var program = Capaian.Lines.Single(l => l.Contains("5.01.01 Program Penunjang", StringComparison.Ordinal));
        Assert.Matches(@"Rp 1\.350\.000\.000 │ +20,00 │ +25,80 │ +24,45 │ +27,55 │ +97,80 │", program);
    }
}
