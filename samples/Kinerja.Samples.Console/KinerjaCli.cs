using System.CommandLine;
using System.Globalization;
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
        var lang = Lang.NewOption();
        var root = Build(console, error, lang);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            var l = Lang.Of(parse, lang);
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(l.ErrorPrefix + problem.Message);
            }

            error.WriteLine(l.T("Lihat: ", "See: ") + string.Join(" ", [root.Name, .. CommandPath(parse.CommandResult)]) + " --help");
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error, EnableDefaultExceptionHandler = false });
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

    private static RootCommand Build(IAnsiConsole console, TextWriter error, Option<string> lang)
    {
        var recapCsv = new Option<FileInfo>("--recap-csv") { HelpName = "file", Description = "Juga tulis rekapitulasi demo sebagai CSV ke file ini / also write the demo recap as CSV to this file" };
        var recapMarkdown = new Option<FileInfo>("--recap-md") { HelpName = "file", Description = "Juga tulis rekapitulasi demo s.d. TW IV sebagai tabel Markdown ke file ini / also write the demo recap to TW IV as a Markdown table to this file" };
        var root = new RootCommand(
            "Kinerja.Core console sample (DATA DEMO). Tanpa argumen: satu tahun demo kecamatan demo (PK, realisasi empat triwulan, SOP, " +
            "rekapitulasi, Laporan Pengukuran Kinerja per triwulan). / Without arguments: a demo year of the demo kecamatan.")
        {
            recapCsv,
            recapMarkdown,
            lang,
        };
        root.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l => DemoCommand(console, l, p.GetValue(recapCsv), p.GetValue(recapMarkdown))));
        root.Subcommands.Add(CapaianCommand(console, error, lang));
        root.Subcommands.Add(RecapCommand(console, error, lang));
        root.Subcommands.Add(SopCommand(console, error, lang));
        root.Subcommands.Add(FormCommands.Command(console, error, lang));
        root.Subcommands.Add(ReportCommand(console, error, lang));
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

    private static Command CapaianCommand(IAnsiConsole console, TextWriter error, Option<string> lang)
    {
        var command = new Command("capaian", "Tabel capaian PK per triwulan, per indikator, dan serapan anggaran (bawaan: PK demo) / a PK's capaian per quarter and serapan (default: the demo PK)");
        var data = new DataOptions();
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

    private static Command RecapCommand(IAnsiConsole console, TextWriter error, Option<string> lang)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV baris IndicatorMeasurement (lihat README) / a CSV of IndicatorMeasurement rows (see the README)" };
        var generate = new Option<int?>("--generate") { Description = "Tulis N baris demo ke <file> lalu berhenti / write N invented rows to <file> and stop", HelpName = "n" };
        generate.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && (!int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 10_000_000))
            {
                r.AddError($"--generate: '{r.Tokens[0].Value}' bukan jumlah baris 1 s.d. 10.000.000 / is not a row count from 1 to 10,000,000");
            }
        });
        var period = new Option<string>("--period") { Description = "Periode: tw1..tw4 (triwulan saja) atau sd-tw1..sd-tw4 (kumulatif) / period", DefaultValueFactory = _ => "sd-tw4" };
        period.AcceptOnlyFromAmong(Periods);
        var limit = new Option<int>("--limit") { Description = "Paling banyak N baris per tabel; 0 = semua / at most N rows per table; 0 = all", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n < 0)
            {
                r.AddError($"--limit: '{r.Tokens[0].Value}' tidak boleh negatif / must not be negative");
            }
        });
        var progress = new Option<string>("--progress") { Description = "Bilah kemajuan: auto (file > 1 MB di terminal), always, never / progress bar: auto (a file over 1 MB, in a terminal)", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "always", "never");
        var separator = new Option<string>("--separator") { HelpName = "auto|;|,|tab", Description = "Pemisah kolom: auto (dari baris judul), ';', ',' atau tab / the column separator: auto (from the header line)", DefaultValueFactory = _ => "auto" };
        separator.AcceptOnlyFromAmong(RecapCommands.Separators);
        var decimalMark = new Option<string>("--decimal") { HelpName = "auto|comma|point", Description = "Tanda desimal: auto (dari nilai file), comma (1.200,5) atau point (1,200.5) / the decimal mark: auto (from the file's values)", DefaultValueFactory = _ => "auto" };
        decimalMark.AcceptOnlyFromAmong(RecapCommands.DecimalMarks);
        var command = new Command("recap", "Rekapitulasi kecamatan dan kabupaten dari file CSV / kecamatan and kabupaten recap of a CSV file") { file, generate, period, limit, progress, separator, decimalMark };
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

    private static Command SopCommand(IAnsiConsole console, TextWriter error, Option<string> lang)
    {
        var sop = new Command("sop", "SOP bawaan: daftar, tampilkan, jalankan / the built-in SOPs: list, show, run");
        var list = new Command("list", "Daftar SOP bawaan / list the built-in SOP templates");
        list.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l => SopCommands.List(console, l)));
        sop.Subcommands.Add(list);

        var showId = SopIdArgument();
        var mermaid = new Option<bool>("--mermaid") { Description = "Cetak diagram alir Mermaid / print the Mermaid flowchart" };
        var show = new Command("show", "Tampilkan satu SOP (tabel langkah, atau --mermaid) / show one SOP") { showId, mermaid };
        show.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l => SopCommands.Show(console, Find(p.GetValue(showId)!), p.GetValue(mermaid), l)));
        sop.Subcommands.Add(show);

        var runId = SopIdArgument();
        var start = new Option<string>("--start") { Description = "Mulai, waktu setempat kantor (WIB), yyyy-MM-ddTHH:mm, 2025-01-01 s.d. 2026-11-30 / start, office local time", DefaultValueFactory = _ => LocalDateTimePattern.GeneralIso.Format(DemoOffice.DefaultSopStart)[..16] };
        start.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>();
            if (ParseStart(text) is not { } at)
            {
                r.AddError($"--start: '{text}' bukan waktu yyyy-MM-ddTHH:mm / is not a moment yyyy-MM-ddTHH:mm");
            }
            else if (at.Date < DemoOffice.FirstStart || at.Date > DemoOffice.LastStart)
            {
                r.AddError($"--start: {text} di luar {DemoOffice.FirstStart:yyyy-MM-dd} s.d. {DemoOffice.LastStart:yyyy-MM-dd}, tahun yang hari liburnya tersedia / outside the years whose holidays the library ships");
            }
        });
        var noReturn = new Option<bool>("--no-return") { Description = "Jangan kembalikan untuk perbaikan pada keputusan pertama / do not return the first decision for correction" };
        var run = new Command("run", "Jalankan SOP dengan personel demo: tiap langkah, siapa bertindak, batas waktu dalam waktu kerja / run an SOP with the demo roster") { runId, start, noReturn };
        run.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l => SopCommands.Run(console, Find(p.GetValue(runId)!), ParseStart(p.GetValue(start))!.Value, !p.GetValue(noReturn), l)));
        sop.Subcommands.Add(run);
        return sop;
    }

    private static Argument<string> SopIdArgument()
    {
        var id = new Argument<string>("id") { Description = "Id SOP (lihat 'sop list'); 'demo' untuk adaptasi kantor demo / the SOP's id; 'demo' for the demo office's adaptation" };
        id.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (value != "demo" && SopTemplates.All.All(d => d.Id != value))
            {
                r.AddError($"SOP '{value}' tidak ada / does not exist. Pilihan / choose: demo, {string.Join(", ", SopTemplates.All.Select(d => d.Id))}");
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

    private static Command ReportCommand(IAnsiConsole console, TextWriter error, Option<string> lang)
    {
        var html = new Option<FileInfo>("--html") { Description = "File HTML yang ditulis / the HTML file to write" };
        var docx = ReportDocuments.DocxOption();
        var xlsx = ReportDocuments.XlsxOption();
        var command = new Command("report", "Laporan satu tahun sebagai satu file HTML dengan grafik SVG (bawaan: tahun demo) / a year as one HTML file with SVG charts (default: the demo year)") { html, docx, xlsx };
        command.Validators.Add(r =>
        {
            if (r.GetResult(html) is null && r.GetResult(docx) is null && r.GetResult(xlsx) is null)
            {
                r.AddError("Berikan --html, --docx atau --xlsx / give --html, --docx or --xlsx");
            }
        });
        var data = new DataOptions();
        data.AddTo(command);
        command.SetAction(p => Guard(error, Lang.Of(p.GetValue(lang)), l =>
        {
            if (data.Load(p, console, error, l) is not { } year)
            {
                return InputError;
            }

            if (p.GetValue(html) is { } file)
            {
                File.WriteAllText(file.FullName, HtmlReport.Write(year));
                Line(console, l.T($"Laporan HTML ditulis ke {file.FullName} ({HtmlReport.Charts(year).Count} grafik) {year.Label}", $"HTML report written to {file.FullName} ({HtmlReport.Charts(year).Count} charts) {year.Label}"));
            }

            return ReportDocuments.Write(p, docx, xlsx, year, console, error);
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
