using Kinerja.Core.Csv;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Spectre.Console;
using CsvFile = Kinerja.Core.Csv.MeasurementCsv;
using static Kinerja.Samples.Console.ConsoleTables;
using static Kinerja.Samples.Console.Formatting;

namespace Kinerja.Samples.Console;

/// <summary>The <c>recap</c> command: a kecamatan and kabupaten recap of a measurement CSV, and the generator of big demo inputs.</summary>
internal static class RecapCommands
{
    /// <summary>Files above this size get a progress bar with <c>--progress auto</c>.</summary>
    public const long LargeInputBytes = 1_000_000;

    /// <summary>The values of <c>--separator</c>.</summary>
    public static readonly string[] Separators = ["auto", ";", ",", "tab"];

    /// <summary>The values of <c>--decimal</c>.</summary>
    public static readonly string[] DecimalMarks = ["auto", "comma", "point"];

    /// <summary>The reading options of <c>--separator</c> and <c>--decimal</c> (values of <see cref="Separators"/> and <see cref="DecimalMarks"/>; <c>auto</c> detects, see <c>docs/csv.md</c>).</summary>
    public static MeasurementCsvOptions CsvOptions(string separator, string decimalMark) => MeasurementCsvOptions.Default with
    {
        Separator = separator switch
        {
            "auto" => null,
            "tab" => '\t',
            _ => separator[0],
        },
        DecimalStyle = decimalMark switch
        {
            "comma" => CsvDecimalStyle.Comma,
            "point" => CsvDecimalStyle.Point,
            _ => CsvDecimalStyle.Detect,
        },
    };

    public static int Generate(IAnsiConsole console, FileInfo file, int count, Lang l)
    {
        using (var writer = new StreamWriter(file.FullName))
        {
            MeasurementCsv.Write(writer, MeasurementCsv.Generate(count));
        }

        var rows = (count + 3) / 4 * 4;
        Line(console, l.T($"{l.Count(rows)} baris demo ditulis ke {file.FullName} {DemoLabel}", $"{l.Count(rows)} invented rows written to {file.FullName} {DemoLabel}"));
        Line(console, l.T("Rekap:", "Recap it:"));
        console.Profile.Out.Writer.WriteLine("  dotnet run --project samples/Kinerja.Samples.Console -- \\");
        console.Profile.Out.Writer.WriteLine("    recap " + file.Name);
        return KinerjaCli.Ok;
    }

    public static int Recap(IAnsiConsole console, TextWriter error, FileInfo file, RecapPeriod period, int limit, string progress, Lang l, MeasurementCsvOptions? csv = null)
    {
        if (!file.Exists)
        {
            error.WriteLine(l.ErrorPrefix + l.T($"file '{file.FullName}' tidak ada", $"file '{file.FullName}' does not exist"));
            return KinerjaCli.InputError;
        }

        // auto: a bar only where someone watches it (an interactive terminal) and only for a large file.
        var showProgress = progress == "always" || (progress == "auto" && file.Length > LargeInputBytes && console.Profile.Capabilities.Interactive);
        CsvResult<RecapSource>? read = null;
        RecapTable? table = null;
        var options = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan };
        using (var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            if (showProgress)
            {
                console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn()).Start(ctx =>
                {
                    // The bar is the bytes read of the file's size, as the package reports them while it reads.
                    // A file that scatters a unit's rows is read a second time, from the start: the first bar stops where that was
                    // found, and a second one says why.
                    var reading = ctx.AddTask(l.T("Membaca ", "Reading ") + file.Name, maxValue: stream.Length);
                    read = CsvFile.ReadSource(stream, csv, new BytesRead(bytes =>
                    {
                        if (bytes < reading.Value)
                        {
                            reading.StopTask();
                            reading = ctx.AddTask(l.T("Membaca lagi (baris satu unit tersebar) ", "Reading again (a unit's rows are scattered) ") + file.Name, maxValue: stream.Length);
                        }

                        reading.Value = bytes;
                    }));
                    reading.Value = stream.Length;
                    if (read.IsValid)
                    {
                        var building = ctx.AddTask(l.T("Rekapitulasi ", "Recap of ") + l.Count(read.Value.MeasurementCount) + l.T(" baris", " rows"), maxValue: 1);
                        table = RecapCalculator.Build(read.Value, RecapPolicy.Default, options);
                        building.Value = 1;
                    }
                });
            }
            else
            {
                read = CsvFile.ReadSource(stream, csv);
                if (read.IsValid)
                {
                    table = RecapCalculator.Build(read.Value, RecapPolicy.Default, options);
                }
            }
        }

        if (!read!.IsValid)
        {
            foreach (var p in read.Problems)
            {
                error.WriteLine(l.ErrorPrefix + file.Name + ", " + Describe(p, l));
            }

            var more = read.ProblemsNotListed > 0 ? l.T($", {l.Count(read.ProblemsNotListed)} tidak ditampilkan", $", {l.Count(read.ProblemsNotListed)} not listed") : string.Empty;
            error.WriteLine(l.T(
                $"File ditolak; tidak ada yang dihitung ({l.Count(read.ProblemCount)} masalah{more})",
                $"The file is rejected; nothing was recapped ({l.Count(read.ProblemCount)} problems{more})"));
            return KinerjaCli.InputError;
        }

        var bands = table!.BandCount == Kinerja.Core.Scales.CategoryScales.Permendagri86.Bands.Count ? RecapPolicy.Default.Scale.Bands.Select(b => b.Label).ToArray() : [];
        var kecamatan = table.At(RecapLevel.Kecamatan, period).OrderBy(r => r.Key.KabupatenCode, StringComparer.Ordinal).ThenBy(r => r.Key.KecamatanCode, StringComparer.Ordinal).ToList();
        var kabupaten = table.At(RecapLevel.Kabupaten, period).OrderBy(r => r.Key.KabupatenCode, StringComparer.Ordinal).ToList();
        var national = table.Find(new RecapKey(RecapLevel.National), period)!;
        var name = ConsoleTables.Period(period, l);
        Line(console, l.T(
            $"{file.Name}: {l.Count(read.Value.MeasurementCount)} baris, {l.Count(kabupaten.Count)} kabupaten, {l.Count(kecamatan.Count)} kecamatan; periode {name}; skala {table.ScaleName}",
            $"{file.Name}: {l.Count(read.Value.MeasurementCount)} rows, {l.Count(kabupaten.Count)} kabupaten, {l.Count(kecamatan.Count)} kecamatan; period {name}; scale {table.ScaleName}"));
        ConsoleTables.Recap(console, l.T("Rekapitulasi kecamatan ", "Kecamatan recap ") + name, kecamatan.Select(r => (r.Key.KabupatenCode!, r.Key.KecamatanCode!, r.Figures)), bands, l, limit, "Kabupaten", "Kecamatan");
        ConsoleTables.Recap(console, l.T("Rekapitulasi kabupaten ", "Kabupaten recap ") + name, kabupaten.Select(r => (DisplayNames.Of(RecapLevel.Kabupaten, l.Language), r.Key.KabupatenCode!, r.Figures)), bands, l, limit, null, "Kabupaten");
        Line(console, l.T(
            $"Total {name}: {l.Count(national.IndicatorCount)} indikator, {l.Count(national.Computed)} dihitung, rata-rata capaian {Average(national, l)}, belum lapor {l.Count(national.NotReported)}, tidak dapat dihitung {l.Count(national.NotComputable)}",
            $"Total {name}: {l.Count(national.IndicatorCount)} indicators, {l.Count(national.Computed)} computed, average capaian {Average(national, l)}, not reported {l.Count(national.NotReported)}, not computable {l.Count(national.NotComputable)}"));
        return KinerjaCli.Ok;
    }

    /// <summary>A CSV problem in one language: where (line, column, value) and what is wrong.</summary>
    private static string Describe(CsvProblem p, Lang l)
    {
        var file = p.File.Length > 0 ? p.File + ": " : string.Empty;
        var line = Count(p.Line);
        var where = p.Column <= 0
            ? l.T("baris " + line + ":", "line " + line + ":")
            : l.T("baris " + line + ", kolom " + Count(p.Column), "line " + line + ", column " + Count(p.Column)) + " (" + p.ColumnName + "): '" + p.Value + "'";
        return file + where + " " + l.T(p.Indonesian, p.English);
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the reading thread (the bar is updated as the file is read).</summary>
    private sealed class BytesRead(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
