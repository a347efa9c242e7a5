using System.CommandLine;
using Kinerja.Core;
using Kinerja.Core.Agreements;
using Kinerja.Core.Excel;
using Kinerja.Core.Measurement;
using Kinerja.Core.Serialization;
using Kinerja.Core.Validation;
using Spectre.Console;

namespace Kinerja.Samples.Console;

/// <summary>
/// The options of <c>capaian</c> and <c>report</c> that take the user's own PK and realisasi instead of the demo's:
/// <c>--pk</c> (a KinerjaJson PK document), <c>--realisasi</c> (a KinerjaJson measurement set of that PK) and
/// <c>--form</c> with <c>--triwulan</c> (a filled Excel data-collection form of that PK, package Kinerja.Core.Excel).
/// Each file is read by its library reader; every problem it finds is printed with the file's name and exits 1.
/// </summary>
internal sealed class DataOptions(Lang l)
{
    public Option<FileInfo> Pk { get; } = new("--pk")
    {
        HelpName = "file",
        Description = l.T("PK sebagai dokumen JSON (KinerjaJson); bawaan: PK demo", "The PK as a KinerjaJson document; default: the demo PK"),
    };

    public Option<FileInfo> Realisasi { get; } = new("--realisasi")
    {
        HelpName = "file",
        Description = l.T(
            "Realisasi PK itu sebagai dokumen JSON measurement set (KinerjaJson); bawaan: realisasi demo untuk PK demo, kosong untuk PK lain",
            "The PK's realisasi as a KinerjaJson measurement-set document; default: the demo's for the demo PK, none for another PK"),
    };

    public Option<FileInfo> Form { get; } = new("--form")
    {
        HelpName = "file",
        Description = l.T(
            "Formulir pengumpulan data (Excel) terisi untuk PK itu; triwulannya menggantikan triwulan yang sama dari realisasi",
            "A filled Excel data-collection form of the PK; its quarter replaces that quarter of the realisasi"),
    };

    public Option<int> Triwulan { get; } = FormCommands.TriwulanOption(l, l.T("Triwulan formulir --form 1-4", "The quarter of the --form file, 1-4"));

    /// <summary>Adds the options to a command, and the rule that <c>--triwulan</c> goes with <c>--form</c>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Pk);
        command.Options.Add(Realisasi);
        command.Options.Add(Form);
        command.Options.Add(Triwulan);
        command.Validators.Add(r =>
        {
            if (r.GetResult(Triwulan) is { Implicit: false } && r.GetResult(Form) is null)
            {
                r.AddError(l.T("--triwulan: hanya bersama --form", "--triwulan: only with --form"));
            }
        });
    }

    /// <summary>
    /// Reads the files given (the demo's data where none is) and computes the year; <see langword="null"/> after printing
    /// every problem to <paramref name="error"/> when a file is missing or its reader refuses it.
    /// </summary>
    public DemoYear? Load(ParseResult parse, IAnsiConsole console, TextWriter error, Lang l)
    {
        var pkFile = parse.GetValue(Pk);
        var realisasiFile = parse.GetValue(Realisasi);
        var formFile = parse.GetValue(Form);
        if (pkFile is null && realisasiFile is null && formFile is null)
        {
            return DemoYear.Build();
        }

        var sources = new List<string>();
        if (!TryReadPk(pkFile, console, error, l, out var pk))
        {
            return null;
        }

        sources.Add(pkFile?.Name ?? l.T("PK demo", "demo PK"));
        if (!TryReadRealisasi(realisasiFile, pk, pkFile is null, console, error, l, out var realisasi))
        {
            return null;
        }

        if (realisasiFile is not null || pkFile is null)
        {
            sources.Add(realisasiFile?.Name ?? l.T("realisasi demo", "demo realisasi"));
        }

        if (formFile is not null)
        {
            var triwulan = Kinerja.Core.Triwulan.All[parse.GetValue(Triwulan) - 1];
            if (!Exists(formFile, error, l))
            {
                return null;
            }

            ValidationResult<MeasurementSet> imported;
            using (var stream = formFile.OpenRead())
            {
                imported = DataCollectionForm.Read(stream, pk, triwulan, realisasi);
            }

            if (!Valid(imported, formFile, console, error, l, out realisasi))
            {
                return null;
            }

            sources.Add(formFile.Name + " " + triwulan);
        }

        return DemoYear.Build(pk, realisasi, "[data: " + string.Join(", ", sources) + "]");
    }

    /// <summary>The PK of <paramref name="file"/> (a KinerjaJson document), or the demo PK when none is given; <see langword="false"/> after printing every problem.</summary>
    public static bool TryReadPk(FileInfo? file, IAnsiConsole console, TextWriter error, Lang l, out PerjanjianKinerja pk)
    {
        if (file is null)
        {
            pk = DemoKecamatan.BuildPk();
            return true;
        }

        pk = default!;
        return Exists(file, error, l) && Valid(KinerjaJson.ReadPerjanjianKinerja(File.ReadAllText(file.FullName)), file, console, error, l, out pk);
    }

    /// <summary>
    /// The realisasi of <paramref name="pk"/> in <paramref name="file"/> (a KinerjaJson measurement set); when none is given,
    /// the demo's for the demo PK (<paramref name="demoPk"/>) and none for another; <see langword="false"/> after printing every problem.
    /// </summary>
    public static bool TryReadRealisasi(FileInfo? file, PerjanjianKinerja pk, bool demoPk, IAnsiConsole console, TextWriter error, Lang l, out MeasurementSet realisasi)
    {
        if (file is null)
        {
            realisasi = demoPk ? DemoKecamatan.BuildRealisasi(pk) : MeasurementSet.CreateBuilder(pk).Build().Value;
            return true;
        }

        realisasi = default!;
        return Exists(file, error, l) && Valid(KinerjaJson.ReadMeasurementSet(File.ReadAllText(file.FullName), pk), file, console, error, l, out realisasi);
    }

    private static bool Exists(FileInfo file, TextWriter error, Lang l)
    {
        if (file.Exists)
        {
            return true;
        }

        error.WriteLine(l.ErrorPrefix + l.T($"file '{file.FullName}' tidak ada", $"file '{file.FullName}' does not exist"));
        return false;
    }

    /// <summary>The value, or every error printed with the file's name (a reader's message names the JSON path or the sheet and cell); warnings go to the console.</summary>
    private static bool Valid<T>(ValidationResult<T> result, FileInfo file, IAnsiConsole console, TextWriter error, Lang l, out T value)
    {
        if (!result.IsValid)
        {
            var errors = result.Errors.ToList();
            foreach (var problem in errors)
            {
                error.WriteLine($"{l.ErrorPrefix}{file.Name}: {l.Message(problem)}");
            }

            error.WriteLine(l.T($"File ditolak; tidak ada yang dihitung ({errors.Count} masalah)", $"The file is rejected; nothing was computed ({errors.Count} problems)"));
            value = default!;
            return false;
        }

        foreach (var warning in result.Warnings)
        {
            ConsoleTables.Line(console, $"{l.WarningPrefix}{file.Name}: {l.Message(warning)}");
        }

        value = result.Value;
        return true;
    }
}
