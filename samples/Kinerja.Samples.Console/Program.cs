using Kinerja.Samples.Console;
using Spectre.Console;

// Kinerja.Core console sample (DATA DEMO: a demo kecamatan with invented figures). See README.md.
// With no arguments it runs the demo year; `--help` lists the commands.
var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // Spectre turns colours and cursor movement off by itself when output is redirected; it would still
    // wrap tables at 80 columns, which a file does not need. COLUMNS=80 shows in a file what a terminal of 80 shows.
    console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 40 ? columns : 200;
}

return KinerjaCli.Run(args, console, Console.Error);
