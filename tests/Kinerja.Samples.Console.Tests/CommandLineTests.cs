using System.Diagnostics;

namespace Kinerja.Samples.Console.Tests;

/// <summary>Help for every command, errors and exit codes, and output without ANSI codes when redirected.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string> Commands => ["", "capaian", "recap", "sop", "sop list", "sop show", "sop run", "form", "form new", "form import", "report"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_DescribesItAndExitsZero(string command)
    {
        var result = Cli.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.Contains("Description:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains(command, result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Help_Root_ListsEveryCommand()
    {
        var result = Cli.Run("--help");

        foreach (var command in new[] { "capaian", "recap <file>", "sop", "form", "report" })
        {
            Assert.Contains("  " + command, result.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("--bogus")]
    [InlineData("capaian", "extra")]
    [InlineData("recap")]
    public void Run_BadArguments_NameTheProblemAndExitWithAUsageError(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(KinerjaCli.UsageError, result.ExitCode);
        Assert.StartsWith("Kesalahan: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Program_RedirectedOutput_HasNoAnsiCodesAndEndsWithTheSummary()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Kinerja.Samples.Console.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "sop", "run", "demo"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["TERM"] = "xterm-256color"; // a colour terminal, yet the output is a pipe

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal((0, string.Empty), (process.ExitCode, error));
        Assert.DoesNotContain('\u001b', output);
        Assert.StartsWith("SOP awayan-pelaksanaan-pengukuran-kinerja-triwulan: selesai", output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.Length > 120); // tables are not wrapped at 80 columns in a file
    }
}
