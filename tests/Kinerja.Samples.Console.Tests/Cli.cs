using Spectre.Console;

namespace Kinerja.Samples.Console.Tests;

/// <summary>What one in-process run of the CLI gave: its exit code, what it drew and what it wrote as errors.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs the CLI in-process on a plain, wide, non-interactive console writing to a string.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args) => RunAt(400, args);

    /// <summary>Each command in Indonesian (<c>id</c>) and in English (<c>en</c>), as theory data.</summary>
    public static TheoryData<string, string> InEachLanguage(params string[] commands)
    {
        var data = new TheoryData<string, string>();
        foreach (var command in commands)
        {
            data.Add(command, "id");
            data.Add(command, "en");
        }

        return data;
    }

    /// <summary>Runs the CLI on a console of the given width, as a terminal of that many columns.</summary>
    public static CliResult RunAt(int width, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        var code = KinerjaCli.Run(args, console, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}

/// <summary>Patterns for table rows whatever the padding of their cells.</summary>
internal static class Table
{
    /// <summary>A regular expression matching consecutive cells of a table row, each cell exactly as given.</summary>
    public static string Cells(params string[] cells) =>
        "│ *" + string.Join(" *│ *", cells.Select(System.Text.RegularExpressions.Regex.Escape)) + " *│";
}

/// <summary>A temporary folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kinerja-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
