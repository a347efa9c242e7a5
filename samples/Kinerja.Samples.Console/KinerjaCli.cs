using System.CommandLine;
using System.Globalization;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Kinerja.Core;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Kinerja.Core.Sop;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using static Kinerja.Samples.Console.ConsoleTables;

namespace Kinerja.Samples.Console;

/// <summary>
/// The command line: with no arguments the demo year; commands <c>capaian</c>, <c>recap</c>,
/// <c>sop list|show|run</c> and <c>report</c>. Callable in-process: <see cref="Run"/> takes the arguments,
/// the console to draw on and the writer for errors, and returns the exit code.
/// </summary>
internal static class KinerjaCli
{
    /// <summary>Exit code: done.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the input (a file, its rows) is bad or cannot be read or written.</summary>
    public const int InputError = 1;

    /// <summary>Exit code: the command line is bad (unknown command or option, a missing or bad value).</summary>
    public const int UsageError = 2;

    /// <summary>The widest help text, in columns.</summary>
    private const int HelpWidth = 80;

    private static readonly string[] Periods = ["tw1", "tw2", "tw3", "tw4", "sd-tw1", "sd-tw2", "sd-tw3", "sd-tw4"];

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where output goes (help text goes to its writer too).</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: <see cref="Ok"/>, <see cref="InputError"/> or <see cref="UsageError"/>.</returns>
    public static int Run(IReadOnlyList<string> args, IAnsiConsole console, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(error);
        // System.CommandLine takes descriptions when the tree is built: the language is read from the arguments first.
        var l = Lang.FromArgs(args);
        var lang = Lang.NewOption(l);
        var root = Build(console, error, lang, l);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            l = Lang.Of(parse, lang);
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(l.ErrorPrefix + IndonesianParseErrors.Message(problem.Message, l));
            }

            error.WriteLine(l.T("Lihat: ", "See: ") + string.Join(" ", [root.Name, .. CommandPath(parse.CommandResult)]) + " --help");
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Every description of the command tree built in <paramref name="l"/> (commands, options, arguments), for the help tests.</summary>
    internal static IReadOnlyList<string> Descriptions(Lang l)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        var lang = Lang.NewOption(l);
        var found = new List<string>();
        void Walk(Command command)
        {
            found.Add(command.Description ?? string.Empty);
            found.AddRange(command.Options.Select(o => o.Description ?? string.Empty));
            found.AddRange(command.Arguments.Select(a => a.Description ?? string.Empty));
            foreach (var sub in command.Subcommands)
            {
                Walk(sub);
            }
        }

        Walk(Build(console, TextWriter.Null, lang, l));
        return [.. found.Where(d => d.Length > 0).Distinct()];
    }

    private static Stack<string> CommandPath(CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? r = result; r is CommandResult c && c.Parent is not null; r = r.Parent)
        {
            names.Push(c.Command.Name);
        }

        return names;
    }

    private static RootCommand Build(IAnsiConsole console, TextWriter error, Option<string> lang, Lang l)
    {
        var recapCsv = new Option<FileInfo>("--recap-csv") { HelpName = "file", Description = l.T("Juga tulis rekapitulasi demo sebagai CSV ke file ini", "Also write the demo recap as CSV to this file") };
        var recapMarkdown = new Option<FileInfo>("--recap-md") { HelpName = "file", Description = l.T("Juga tulis rekapitulasi demo s.d. TW IV sebagai tabel Markdown ke file ini", "Also write the demo recap to TW IV as a Markdown table to this file") };
        var root = new RootCommand(
            l.T(
                "Contoh konsol Kinerja.Core (DATA DEMO). Tanpa argumen: satu tahun kecamatan demo (PK, realisasi empat triwulan, SOP, " +
                "rekapitulasi, Laporan Pengukuran Kinerja per triwulan).",
                "Kinerja.Core console sample (DEMO DATA). Without arguments: a year of the demo kecamatan (PK, realisasi of four quarters, SOP, " +
                "recap, Laporan Pengukuran Kinerja per quarter)."))
        {
            recapCsv,
            recapMarkdown,
            lang,
        };
        root.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l => DemoCommand(console, l, p.GetValue(recapCsv), p.GetValue(recapMarkdown))));
        root.Subcommands.Add(CapaianCommand(console, error, lang, l));
        root.Subcommands.Add(RecapCommand(console, error, lang, l));
        root.Subcommands.Add(SopCommand(console, error, lang, l));
        root.Subcommands.Add(FormCommands.Command(console, error, lang, l));
        root.Subcommands.Add(ReportCommand(console, error, lang, l));
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = l.T("Tampilkan bantuan dan cara pakai", "Show help and usage information");
                if (help.Action is HelpAction action)
                {
                    // Help fits 80 columns (and a narrower terminal), as the tables do.
                    action.MaxWidth = Math.Min(HelpWidth, console.Profile.Width);
                    if (!l.IsEnglish)
                    {
                        help.Action = IndonesianHelp.Action(action);
                    }
                }
            }
            else if (option is VersionOption version)
            {
                version.Description = l.T("Tampilkan versi", "Show version information");
            }
        }

        return root;
    }

    // ----- the demo year -----------------------------------------------------------------------

    private static int DemoCommand(IAnsiConsole console, Lang l, FileInfo? recapCsv, FileInfo? recapMarkdown)
    {
        var year = DemoYear.Build();
        Pk(console, year, l);
        Heading(console, l.T("Realisasi empat triwulan", "Realisasi of four quarters"));
        Realisasi(console, year, l);
        Serapan(console, year, l);
        var sop = year.Sop.Instance.Definition;
        Heading(console, "SOP " + sop.Header.Nama + l.T(" (dijalankan oleh perannya)", " (run by its roles)"));
        Line(console, l.T("Templat bawaan ", "Built-in template ") + SopTemplates.AwayanPelaksanaanPengukuranKinerjaTriwulan.Id + ", " + sop.Header.Instansi
            + l.T("; diadaptasi kantor demo: langkah 5 menjadi keputusan (sop show demo).", "; adapted by the demo office: step 5 becomes a decision (sop show demo)."));
        SopRun(console, year.Sop, l);
        Heading(console, l.T("Rekapitulasi (semua indikator; predikat direkap dengan skornya)", "Recap (every indicator; grades recapped by their score)"));
        var period = new RecapPeriod(Triwulan.IV, cumulative: true);
        var bands = DemoYear.Scale.Bands.Select(b => b.Label).ToArray();
        Recap(console, l.T("Rekapitulasi s.d. TW IV ", "Recap to TW IV ") + DemoLabel, Groups(year.Recap.Rows.Where(r => r.Period == period && r.Key.Level != RecapLevel.Indicator), l), bands, l);
        Recap(console, year.Pk.Unit.Name + l.T(" per periode", " per period"), RecapPeriod.All.Select(p => (DisplayNames.Of(RecapLevel.Kecamatan, l.Language), ConsoleTables.Period(p, l), year.Kecamatan(p))), bands, l);
        Heading(console, l.T("Laporan Pengukuran Kinerja per triwulan", "Laporan Pengukuran Kinerja (performance measurement report) per quarter"));
        foreach (var q in Triwulan.All)
        {
            Laporan(console, year, q, l);
        }

        if (recapCsv is not null)
        {
            File.WriteAllText(recapCsv.FullName, RecapRendering.Csv(year.Recap));
            Line(console, l.T("Rekapitulasi (CSV) ditulis ke ", "Recap (CSV) written to ") + recapCsv.FullName);
        }

        if (recapMarkdown is not null)
        {
            File.WriteAllText(recapMarkdown.FullName, RecapRendering.Markdown(year.Recap, period, bands, l));
            Line(console, l.T("Rekapitulasi (Markdown) ditulis ke ", "Recap (Markdown) written to ") + recapMarkdown.FullName);
        }

        var total = year.Kecamatan(period);
        Line(console, l.T(
            $"Selesai: {year.Pk.Unit.Name} {year.Pk.Year}, {year.Capaian.Count} indikator, 4 triwulan; SOP {DisplayNames.Of(year.Sop.Instance.Status, l.Language)} " +
            $"({year.Sop.Returns} kali dikembalikan); rata-rata capaian s.d. TW IV {Average(total, l)} ({DemoYear.Scale.Classify(total.Average ?? 0m)?.Label}) {DemoLabel}",
            $"Done: {year.Pk.Unit.Name} {year.Pk.Year}, {year.Capaian.Count} indicators, 4 quarters; SOP {DisplayNames.Of(year.Sop.Instance.Status, l.Language)} " +
            $"({year.Sop.Returns} returned); average capaian to TW IV {Average(total, l)} ({DemoYear.Scale.Classify(total.Average ?? 0m)?.Label}) {DemoLabel}"));
        return Ok;
    }

    // ----- capaian -----------------------------------------------------------------------------

    private static Command CapaianCommand(IAnsiConsole console, TextWriter error, Option<string> lang, Lang l)
    {
        var command = new Command("capaian", l.T("Tabel capaian PK per triwulan, per indikator, dan serapan anggaran (bawaan: PK demo)", "A PK's capaian per quarter and serapan (default: the demo PK)"));
        var data = new DataOptions(l);
        data.AddTo(command);
        command.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l =>
        {
            if (data.Load(p, console, error, l) is not { } year)
            {
                return InputError;
            }

            Pk(console, year, l);
            Capaian(console, year, l);
            Serapan(console, year, l);
            Line(console, l.T($"{year.Capaian.Count} indikator, 4 triwulan {year.Label}", $"{year.Capaian.Count} indicators, 4 quarters {year.Label}"));
            return Ok;
        }));
        return command;
    }

    // ----- recap -------------------------------------------------------------------------------

    private static Command RecapCommand(IAnsiConsole console, TextWriter error, Option<string> lang, Lang l)
    {
        var file = new Argument<FileInfo>("file") { Description = l.T("CSV baris IndicatorMeasurement (lihat README)", "A CSV of IndicatorMeasurement rows (see the README)") };
        var generate = new Option<int?>("--generate") { Description = l.T("Tulis N baris demo ke <file> lalu berhenti", "Write N invented rows to <file> and stop"), HelpName = "n" };
        generate.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && (!int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 10_000_000))
            {
                r.AddError(l.T($"--generate: '{r.Tokens[0].Value}' bukan jumlah baris 1 s.d. 10.000.000", $"--generate: '{r.Tokens[0].Value}' is not a row count from 1 to 10,000,000"));
            }
        });
        var period = new Option<string>("--period") { HelpName = "period", Description = l.T("Periode: tw1..tw4 (triwulan saja) atau sd-tw1..sd-tw4 (kumulatif)", "Period: tw1..tw4 (the quarter alone) or sd-tw1..sd-tw4 (to date)"), DefaultValueFactory = _ => "sd-tw4" };
        period.AcceptOnlyFromAmong(Periods);
        var limit = new Option<int>("--limit") { Description = l.T("Paling banyak N baris per tabel; 0 = semua", "At most N rows per table; 0 = all"), DefaultValueFactory = _ => 20 };
        limit.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n < 0)
            {
                r.AddError(l.T($"--limit: '{r.Tokens[0].Value}' tidak boleh negatif", $"--limit: '{r.Tokens[0].Value}' must not be negative"));
            }
        });
        var progress = new Option<string>("--progress") { Description = l.T("Bilah kemajuan: auto (file > 1 MB di terminal), always, never", "Progress bar: auto (a file over 1 MB, in a terminal), always, never"), DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "always", "never");
        var separator = new Option<string>("--separator") { HelpName = "auto|;|,|tab", Description = l.T("Pemisah kolom: auto (dari baris judul), ';', ',' atau tab", "Column separator: auto (from the header line), ';', ',' or tab"), DefaultValueFactory = _ => "auto" };
        separator.AcceptOnlyFromAmong(RecapCommands.Separators);
        var decimalMark = new Option<string>("--decimal") { HelpName = "auto|comma|point", Description = l.T("Tanda desimal: auto (dari nilai file), comma (1.200,5) atau point (1,200.5)", "Decimal mark: auto (from the file's values), comma (1.200,5) or point (1,200.5)"), DefaultValueFactory = _ => "auto" };
        decimalMark.AcceptOnlyFromAmong(RecapCommands.DecimalMarks);
        var command = new Command("recap", l.T("Rekapitulasi kecamatan dan kabupaten dari file CSV", "Kecamatan and kabupaten recap of a CSV file")) { file, generate, period, limit, progress, separator, decimalMark };
        command.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l =>
        {
            var path = p.GetValue(file)!;
            return p.GetValue(generate) is { } n
                ? RecapCommands.Generate(console, path, n, l)
                : RecapCommands.Recap(console, error, path, ParsePeriod(p.GetValue(period)!), p.GetValue(limit), p.GetValue(progress)!, l,
                    RecapCommands.CsvOptions(p.GetValue(separator)!, p.GetValue(decimalMark)!));
        }));
        return command;
    }

    private static RecapPeriod ParsePeriod(string text) =>
        new(Triwulan.All[text[^1] - '1'], text.StartsWith("sd-", StringComparison.Ordinal));

    // ----- sop ---------------------------------------------------------------------------------

    private static Command SopCommand(IAnsiConsole console, TextWriter error, Option<string> lang, Lang l)
    {
        var sop = new Command("sop", l.T("SOP bawaan: daftar, tampilkan, jalankan", "The built-in SOPs: list, show, run"));
        var list = new Command("list", l.T("Daftar SOP bawaan", "List the built-in SOP templates"));
        list.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l => SopCommands.List(console, l)));
        sop.Subcommands.Add(list);

        var showId = SopIdArgument(l);
        var mermaid = new Option<bool>("--mermaid") { Description = l.T("Cetak diagram alir Mermaid", "Print the Mermaid flowchart") };
        var show = new Command("show", l.T("Tampilkan satu SOP (tabel langkah, atau --mermaid)", "Show one SOP (its steps as a table, or --mermaid)")) { showId, mermaid };
        show.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l => SopCommands.Show(console, Find(p.GetValue(showId)!), p.GetValue(mermaid), l)));
        sop.Subcommands.Add(show);

        var runId = SopIdArgument(l);
        var start = new Option<string>("--start") { Description = l.T("Mulai, waktu setempat kantor (WIB), yyyy-MM-ddTHH:mm, 2025-01-01 s.d. 2026-11-30", "Start, in the office's local time (WIB), yyyy-MM-ddTHH:mm, 2025-01-01 to 2026-11-30"), DefaultValueFactory = _ => LocalDateTimePattern.GeneralIso.Format(DemoOffice.DefaultSopStart)[..16] };
        start.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>();
            if (ParseStart(text) is not { } at)
            {
                r.AddError(l.T($"--start: '{text}' bukan waktu yyyy-MM-ddTHH:mm", $"--start: '{text}' is not a moment yyyy-MM-ddTHH:mm"));
            }
            else if (at.Date < DemoOffice.FirstStart || at.Date > DemoOffice.LastStart)
            {
                r.AddError(l.T(
                    $"--start: {text} di luar {DemoOffice.FirstStart:yyyy-MM-dd} s.d. {DemoOffice.LastStart:yyyy-MM-dd}, tahun yang hari liburnya tersedia",
                    $"--start: {text} is outside {DemoOffice.FirstStart:yyyy-MM-dd} to {DemoOffice.LastStart:yyyy-MM-dd}, the years whose holidays the library ships"));
            }
        });
        var noReturn = new Option<bool>("--no-return") { Description = l.T("Jangan kembalikan untuk perbaikan pada keputusan pertama", "Do not return the first decision for correction") };
        var run = new Command("run", l.T("Jalankan SOP dengan personel demo: tiap langkah, siapa bertindak, batas waktu dalam waktu kerja", "Run an SOP with the demo roster: each step, who acts, the deadline in working time")) { runId, start, noReturn };
        run.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l => SopCommands.Run(console, Find(p.GetValue(runId)!), ParseStart(p.GetValue(start))!.Value, !p.GetValue(noReturn), l)));
        sop.Subcommands.Add(run);
        return sop;
    }

    private static Argument<string> SopIdArgument(Lang l)
    {
        var id = new Argument<string>("id") { Description = l.T("Id SOP (lihat 'sop list'); 'demo' untuk adaptasi kantor demo", "The SOP's id; 'demo' for the demo office's adaptation") };
        id.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (value != "demo" && SopTemplates.All.All(d => d.Id != value))
            {
                var ids = "demo, " + string.Join(", ", SopTemplates.All.Select(d => d.Id));
                r.AddError(l.T($"SOP '{value}' tidak ada. Pilihan: {ids}", $"SOP '{value}' does not exist. Choose: {ids}"));
            }
        });
        return id;
    }

    private static SopDefinition Find(string id) => id == "demo" ? DemoOffice.PengukuranKinerjaTriwulan : SopTemplates.Get(id);

    private static LocalDateTime? ParseStart(string? text)
    {
        var result = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text ?? string.Empty);
        return result.Success ? result.Value : null;
    }

    // ----- report ------------------------------------------------------------------------------

    private static Command ReportCommand(IAnsiConsole console, TextWriter error, Option<string> lang, Lang l)
    {
        var html = new Option<FileInfo>("--html") { Description = l.T("File HTML yang ditulis", "The HTML file to write") };
        var docx = ReportDocuments.DocxOption(l);
        var xlsx = ReportDocuments.XlsxOption(l);
        var command = new Command("report", l.T("Laporan satu tahun sebagai satu file HTML dengan grafik SVG (bawaan: tahun demo)", "A year as one HTML file with SVG charts (default: the demo year)")) { html, docx, xlsx };
        command.Validators.Add(r =>
        {
            if (r.GetResult(html) is null && r.GetResult(docx) is null && r.GetResult(xlsx) is null)
            {
                r.AddError(l.T("Berikan --html, --docx atau --xlsx", "Give --html, --docx or --xlsx"));
            }
        });
        var data = new DataOptions(l);
        data.AddTo(command);
        command.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l =>
        {
            if (data.Load(p, console, error, l) is not { } year)
            {
                return InputError;
            }

            if (p.GetValue(html) is { } file)
            {
                File.WriteAllText(file.FullName, HtmlReport.Write(year, l));
                Line(console, l.T($"Laporan HTML ditulis ke {file.FullName} ({HtmlReport.Charts(year, l).Count} grafik) {year.Label}", $"HTML report written to {file.FullName} ({HtmlReport.Charts(year, l).Count} charts) {year.Label}"));
            }

            return ReportDocuments.Write(p, docx, xlsx, year, console, error, l);
        }));
        return command;
    }

    /// <summary>Runs an action with Indonesian messages; a file that cannot be read or written is an input error with a clear message, not a crash.</summary>
    internal static int Guard(TextWriter error, Func<int> action) => Guard(error, Lang.Indonesian, _ => action());

    /// <summary>Runs an action in a language; a file that cannot be read or written is an input error with a clear message, not a crash.</summary>
    internal static int Guard(TextWriter error, Lang lang, Func<Lang, int> action)
    {
        try
        {
            return action(lang);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The runtime's message is in the language of the machine's culture; the prefix is in ours.
            error.WriteLine(lang.ErrorPrefix + e.Message);
            return InputError;
        }
    }
}
