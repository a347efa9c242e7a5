using System.CommandLine;
using System.Globalization;
using Kinerja.Core;
using Kinerja.Core.Capaian;
using Kinerja.Core.Excel;
using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;
using Spectre.Console;
using static Kinerja.Samples.Console.ConsoleTables;
using static Kinerja.Samples.Console.Formatting;

namespace Kinerja.Samples.Console;

/// <summary>
/// The <c>form</c> commands (package Kinerja.Core.Excel): <c>form new</c> writes the data-collection form
/// (format pengumpulan data kinerja) of the demo PK, or of the user's (<c>--pk</c>), for one triwulan; <c>form import</c>
/// reads a filled one into the realisasi (the demo's, the user's <c>--realisasi</c>, or none) and prints that quarter's
/// Laporan Pengukuran Kinerja.
/// </summary>
internal static class FormCommands
{
    public static Command Command(IAnsiConsole console, TextWriter error, Option<string> lang, Lang l)
    {
        var form = new Command("form", l.T("Formulir pengumpulan data kinerja (Excel) untuk PK demo atau PK Anda (--pk)", "The Excel data-collection form of the demo PK or of your own (--pk)"));

        var newFile = new Argument<FileInfo>("file") { Description = l.T("File .xlsx yang ditulis", "The .xlsx file to write") };
        var newTriwulan = TriwulanOption(l);
        var newPk = PkOption(l);
        var create = new Command("new", l.T("Tulis formulir kosong untuk satu triwulan", "Write the empty form of one quarter")) { newFile, newTriwulan, newPk };
        create.SetAction(p => KinerjaCli.Guard(error, Lang.Of(p.GetValue(lang)), l => New(console, error, p.GetValue(newFile)!, Triwulan.All[p.GetValue(newTriwulan) - 1], p.GetValue(newPk), l)));
        form.Subcommands.Add(create);

        var importFile = new Argument<FileInfo>("file") { Description = l.T("File .xlsx yang sudah diisi", "The filled .xlsx file") };
        var importTriwulan = TriwulanOption(l);
        var importPk = PkOption(l);
        var importRealisasi = new Option<FileInfo>("--realisasi")
        {
            HelpName = "file",
            Description = l.T(
                "Realisasi PK itu (JSON measurement set, KinerjaJson) yang triwulannya digantikan formulir; bawaan: realisasi demo untuk PK demo, kosong untuk PK lain",
                "The PK's realisasi (a KinerjaJson measurement set) whose quarter the form replaces; default: the demo's for the demo PK, none for another PK"),
        };
        var import = new Command("import", l.T("Baca formulir terisi ke realisasi dan cetak Laporan Pengukuran Kinerja triwulan itu", "Read a filled form into the realisasi and print that quarter's Laporan Pengukuran Kinerja"))
        {
            importFile, importTriwulan, importPk, importRealisasi,
        };
        import.SetAction(p => KinerjaCli.Guard(error, Lang.Of(p.GetValue(lang)), l => Import(console, error, p.GetValue(importFile)!, Triwulan.All[p.GetValue(importTriwulan) - 1], p.GetValue(importPk), p.GetValue(importRealisasi), l)));
        form.Subcommands.Add(import);
        return form;
    }

    private static Option<FileInfo> PkOption(Lang l) => new("--pk")
    {
        HelpName = "file",
        Description = l.T("PK sebagai dokumen JSON (KinerjaJson); bawaan: PK demo", "The PK as a KinerjaJson document; default: the demo PK"),
    };

    public static int New(IAnsiConsole console, TextWriter error, FileInfo file, Triwulan triwulan, FileInfo? pkFile, Lang l)
    {
        if (!DataOptions.TryReadPk(pkFile, console, error, l, out var pk))
        {
            return KinerjaCli.InputError;
        }

        using (var stream = File.Create(file.FullName))
        {
            DataCollectionForm.Write(stream, pk, triwulan);
        }

        var indicators = pk.Sasaran.Sum(s => s.Indicators.Count);
        var label = pkFile is null ? DemoLabel : "[data: " + pkFile.Name + "]";
        Line(console, l.T(
            $"Formulir pengumpulan data kinerja {triwulan} {pk.Year}, {pk.Unit.Name}, {indicators} indikator, ditulis ke {file.FullName} {label}",
            $"Data-collection form (formulir pengumpulan data kinerja) {triwulan} {pk.Year}, {pk.Unit.Name}, {indicators} indicators, written to {file.FullName} {label}"));
        Line(console, l.T(
            $"Isi kolom F (Realisasi Triwulan), G (Keterangan) dan I (Bukti Dukung) pada lembar '{DataCollectionForm.SheetName}', lalu:",
            $"Fill in columns F (Realisasi Triwulan), G (Keterangan) and I (Bukti Dukung) of sheet '{DataCollectionForm.SheetName}', then:"));
        // Raw text, never wrapped: a command to copy, continued on a second line so that it fits 80 columns.
        console.Profile.Out.Writer.WriteLine("  dotnet run --project samples/Kinerja.Samples.Console -- \\");
        console.Profile.Out.Writer.WriteLine($"    form import {Quoted(file.Name)} --triwulan {triwulan.Number}" + (pkFile is null ? string.Empty : " --pk " + Quoted(pkFile.FullName)));
        return KinerjaCli.Ok;
    }

    public static int Import(IAnsiConsole console, TextWriter error, FileInfo file, Triwulan triwulan, FileInfo? pkFile, FileInfo? realisasiFile, Lang l)
    {
        if (!file.Exists)
        {
            error.WriteLine(l.ErrorPrefix + l.T($"file '{file.FullName}' tidak ada", $"file '{file.FullName}' does not exist"));
            return KinerjaCli.InputError;
        }

        if (!DataOptions.TryReadPk(pkFile, console, error, l, out var pk)
            || !DataOptions.TryReadRealisasi(realisasiFile, pk, pkFile is null, console, error, l, out var realisasi))
        {
            return KinerjaCli.InputError;
        }

        ValidationResult<Kinerja.Core.Measurement.MeasurementSet> result;
        using (var stream = file.OpenRead())
        {
            result = DataCollectionForm.Read(stream, pk, triwulan, realisasi);
        }

        if (!result.IsValid)
        {
            foreach (var problem in result.Errors)
            {
                error.WriteLine(l.ErrorPrefix + l.Message(problem));
            }

            error.WriteLine(l.T($"Formulir ditolak; tidak ada yang diimpor ({result.Errors.Count()} masalah)", $"The form is rejected; nothing was imported ({result.Errors.Count()} problems)"));
            return KinerjaCli.InputError;
        }

        foreach (var warning in result.Warnings)
        {
            Line(console, l.WarningPrefix + l.Message(warning));
        }

        var demo = pkFile is null && realisasiFile is null;
        var sources = new[] { pkFile?.Name ?? l.T("PK demo", "demo PK"), realisasiFile?.Name ?? (pkFile is null ? l.T("realisasi demo", "demo realisasi") : null), file.Name + " " + triwulan };
        var year = demo ? DemoYear.Build(pk, result.Value) : DemoYear.Build(pk, result.Value, "[data: " + string.Join(", ", sources.Where(s => s is not null)) + "]");
        var notes = new CellNotes(l);
        var table = NewTable(l.T($"Realisasi {triwulan} dari {file.Name}", $"Realisasi {triwulan} from {file.Name}"), l.T("Indikator", "Indicator"), "Realisasi", l.T("Keterangan", "Note"), l.T("Bukti dukung", "Evidence"));
        var reported = 0;
        foreach (var c in year.Capaian)
        {
            var r = result.Value.Find(c.Indicator.Id, triwulan);
            reported += r is null ? 0 : 1;
            Row(table, c.Indicator.Id + " " + c.Indicator.Name, r is null ? notes.Dash(DisplayNames.Of(CapaianStatus.NotReported, l.Language)) : r.Grade ?? l.Number(r.Value!.Value), r?.Note ?? "-",
                r is null || r.BuktiDukung.Count == 0 ? "-" : string.Join("; ", r.BuktiDukung.Select(b => b.Reference)));
        }

        console.Write(Notes(Numeric(table, 1), notes));
        Line(console, realisasiFile is not null
            ? l.T($"Triwulan lain dari {realisasiFile.Name}.", $"The other quarters are those of {realisasiFile.Name}.")
            : pkFile is null
                ? l.T("Triwulan lain tetap data demo.", "The other quarters keep the demo data.")
                : l.T("Triwulan lain belum berisi realisasi (tanpa --realisasi).", "The other quarters hold no realisasi (no --realisasi given)."));
        Laporan(console, year, triwulan, l);
        Line(console, l.T(
            $"{Count(reported)} dari {Count(year.Capaian.Count)} indikator dilaporkan pada {triwulan}; diimpor dari {file.Name}",
            $"{Count(reported)} of {Count(year.Capaian.Count)} indicators reported in {triwulan}; imported from {file.Name}"));
        return KinerjaCli.Ok;
    }

    /// <summary>A file name as a shell argument: quoted when it holds a space or a shell character.</summary>
    private static string Quoted(string name) =>
        name.IndexOfAny([' ', '\'', '"', '$', '`', '\\', '&', ';', '|', '(', ')', '<', '>', '*', '?']) < 0 ? name : "'" + name.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    internal static Option<int> TriwulanOption(Lang l, string? description = null)
    {
        var option = new Option<int>("--triwulan") { Description = description ?? l.T("Triwulan 1-4", "The quarter, 1-4"), DefaultValueFactory = _ => 1 };
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is < 1 or > 4)
            {
                r.AddError(l.T($"--triwulan: '{r.Tokens[0].Value}' bukan triwulan 1-4", $"--triwulan: '{r.Tokens[0].Value}' is not a quarter 1-4"));
            }
        });
        return option;
    }
}
