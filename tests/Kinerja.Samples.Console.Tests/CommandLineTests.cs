using System.Diagnostics;

namespace Kinerja.Samples.Console.Tests;

/// <summary>Help for every command, errors and exit codes, and output without ANSI codes when redirected.</summary>
public sealed class CommandLineTests
{
    private static readonly string[] CommandNames = ["", "capaian", "recap", "sop", "sop list", "sop show", "sop run", "form", "form new", "form import", "report"];

    public static TheoryData<string> Commands => new(CommandNames);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_DescribesItAndExitsZero(string command)
    {
        var result = Cli.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.Contains("Deskripsi:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Cara pakai:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Opsi:", result.Output, StringComparison.Ordinal);
        Assert.Contains(command, result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_HeadingsInTheLanguageAsked(string command)
    {
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var indonesian = Cli.Run([.. args, "--help"]).Output;
        var english = Cli.Run([.. args, "--help", "--lang", "en"]).Output;

        string[] englishHeadings = ["Description:", "Usage:", "Arguments:", "Options:", "Commands:", "[options]", "[command]", "[default: "];
        Assert.DoesNotContain(englishHeadings, h => indonesian.Contains(h, StringComparison.Ordinal));
        Assert.Contains("Usage:", english, StringComparison.Ordinal);
        Assert.Contains("[options]", english, StringComparison.Ordinal);
        Assert.Contains("[opsi]", indonesian, StringComparison.Ordinal);
        Assert.Contains("[bawaan: id]", indonesian, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> CommandsInEachLanguage() => Cli.InEachLanguage(CommandNames);

    [Theory]
    [MemberData(nameof(CommandsInEachLanguage))]
    public void Help_EveryCommandInEachLanguage_FitsEightyColumns(string command, string lang)
    {
        var result = Cli.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help", "--lang", lang]);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        var tooLong = result.Output.Split('\n').Where(l => l.TrimEnd('\r').Length > 80).ToList();
        Assert.True(tooLong.Count == 0, "lines over 80 columns:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void Help_Indonesian_HasNoneOfTheEnglishDescriptions_AndEnglishHasThemAll()
    {
        // The help of every command, whitespace squeezed so that a description wrapped over lines reads whole again.
        static string Help(params string[] lang) => string.Join(" ", CommandNames.Select(c =>
            Squeeze(Cli.Run([.. c.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help", .. lang]).Output)));
        var english = KinerjaCli.Descriptions(Lang.English);
        var indonesian = KinerjaCli.Descriptions(Lang.Indonesian);
        var helpId = Help();
        var helpEn = Help("--lang", "en");

        static void None(IEnumerable<string> found, string what)
        {
            var list = found.ToList();
            Assert.True(list.Count == 0, what + ":\n" + string.Join("\n", list));
        }

        None(english.Select(Squeeze).Where(d => helpId.Contains(d, StringComparison.Ordinal)), "English descriptions in the Indonesian help");
        None(english.Select(Squeeze).Where(d => !helpEn.Contains(d, StringComparison.Ordinal)), "English descriptions missing from the English help");
        None(indonesian.Select(Squeeze).Where(d => !helpId.Contains(d, StringComparison.Ordinal)), "Indonesian descriptions missing from the Indonesian help");
        Assert.Contains("Tampilkan bantuan dan cara pakai", helpId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang=en")]
    [InlineData("--lang:en")]
    public void Help_LangWithEqualsOrColon_IsInEnglish(string lang)
    {
        var result = Cli.Run("sop", "--help", lang);

        Assert.Contains("The built-in SOPs: list, show, run", result.Output, StringComparison.Ordinal);
    }

    private static string Squeeze(string text) => string.Join(" ", text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

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
