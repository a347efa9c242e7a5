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
/// (format pengumpulan data kinerja) of the demo PK for one triwulan; <c>form import</c> reads a filled one
/// into the demo's realisasi and prints that quarter's Laporan Pengukuran Kinerja.
/// </summary>
internal static class FormCommands
{
    public static Command Command(IAnsiConsole console, TextWriter error, Option<string> lang, Lang l)
    {
        var form = new Command("form", l.T("Formulir pengumpulan data kinerja (Excel) untuk PK demo", "The Excel data-collection form of the demo PK"));

        var newFile = new Argument<FileInfo>("file") { Description = l.T("File .xlsx yang ditulis", "The .xlsx file to write") };
        var newTriwulan = TriwulanOption(l);
        var create = new Command("new", l.T("Tulis formulir kosong untuk satu triwulan", "Write the empty form of one quarter")) { newFile, newTriwulan };
        create.SetAction(p => KinerjaCli.Guard(error, Lang.Of(p.GetValue(lang)), l => New(console, p.GetValue(newFile)!, Triwulan.All[p.GetValue(newTriwulan) - 1], l)));
        form.Subcommands.Add(create);

        var importFile = new Argument<FileInfo>("file") { Description = l.T("File .xlsx yang sudah diisi", "The filled .xlsx file") };
        var importTriwulan = TriwulanOption(l);
        var import = new Command("import", l.T("Baca formulir terisi ke realisasi demo dan cetak Laporan Pengukuran Kinerja triwulan itu", "Read a filled form into the demo realisasi and print that quarter's Laporan Pengukuran Kinerja")) { importFile, importTriwulan };
        import.SetAction(p => KinerjaCli.Guard(error, Lang.Of(p.GetValue(lang)), l => Import(console, error, p.GetValue(importFile)!, Triwulan.All[p.GetValue(importTriwulan) - 1], l)));
        form.Subcommands.Add(import);
        return form;
    }

    public static int New(IAnsiConsole console, FileInfo file, Triwulan triwulan, Lang l)
    {
        var pk = DemoKecamatan.BuildPk();
        using (var stream = File.Create(file.FullName))
        {
            DataCollectionForm.Write(stream, pk, triwulan);
        }

        var indicators = pk.Sasaran.Sum(s => s.Indicators.Count);
        Line(console, l.T(
            $"Formulir pengumpulan data kinerja {triwulan} {pk.Year}, {pk.Unit.Name}, {indicators} indikator, ditulis ke {file.FullName} {DemoLabel}",
            $"Data-collection form (formulir pengumpulan data kinerja) {triwulan} {pk.Year}, {pk.Unit.Name}, {indicators} indicators, written to {file.FullName} {DemoLabel}"));
        Line(console, l.T(
            $"Isi kolom F (Realisasi Triwulan), G (Keterangan) dan I (Bukti Dukung) pada lembar '{DataCollectionForm.SheetName}', lalu:",
            $"Fill in columns F (Realisasi Triwulan), G (Keterangan) and I (Bukti Dukung) of sheet '{DataCollectionForm.SheetName}', then:"));
        // Raw text, never wrapped: a command to copy, continued on a second line so that it fits 80 columns.
        console.Profile.Out.Writer.WriteLine("  dotnet run --project samples/Kinerja.Samples.Console -- \\");
        console.Profile.Out.Writer.WriteLine($"    form import {file.Name} --triwulan {triwulan.Number}");
        return KinerjaCli.Ok;
    }

    public static int Import(IAnsiConsole console, TextWriter error, FileInfo file, Triwulan triwulan, Lang l)
    {
        if (!file.Exists)
        {
            error.WriteLine(l.ErrorPrefix + l.T($"file '{file.FullName}' tidak ada", $"file '{file.FullName}' does not exist"));
            return KinerjaCli.InputError;
        }

        var pk = DemoKecamatan.BuildPk();
        ValidationResult<Kinerja.Core.Measurement.MeasurementSet> result;
        using (var stream = file.OpenRead())
        {
            result = DataCollectionForm.Read(stream, pk, triwulan, DemoKecamatan.BuildRealisasi(pk));
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

        var year = DemoYear.Build(pk, result.Value);
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
        Line(console, l.T("Triwulan lain tetap data demo.", "The other quarters keep the demo data."));
        Laporan(console, year, triwulan, l);
        Line(console, l.T(
            $"{Count(reported)} dari {Count(year.Capaian.Count)} indikator dilaporkan pada {triwulan}; diimpor dari {file.Name}",
            $"{Count(reported)} of {Count(year.Capaian.Count)} indicators reported in {triwulan}; imported from {file.Name}"));
        return KinerjaCli.Ok;
    }

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
