using Kinerja.Core.Csv;
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

    public static int Generate(IAnsiConsole console, FileInfo file, int count)
    {
        using (var writer = new StreamWriter(file.FullName))
        {
            MeasurementCsv.Write(writer, MeasurementCsv.Generate(count));
        }

        var rows = (count + 3) / 4 * 4;
        console.WriteLine($"{Thousands(rows)} baris demo ditulis ke / invented rows written to {file.FullName} {DemoLabel}");
        console.WriteLine("Rekap / recap it: dotnet run --project samples/Kinerja.Samples.Console -- recap " + file.Name);
        return KinerjaCli.Ok;
    }

    public static int Recap(IAnsiConsole console, TextWriter error, FileInfo file, RecapPeriod period, int limit, string progress, MeasurementCsvOptions? csv = null)
    {
        if (!file.Exists)
        {
            error.WriteLine($"Kesalahan / error: file '{file.FullName}' tidak ada / does not exist");
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
                    var reading = ctx.AddTask("Membaca / reading " + file.Name, maxValue: stream.Length);
                    read = CsvFile.ReadSource(stream, csv, new BytesRead(bytes => reading.Value = bytes));
                    reading.Value = stream.Length;
                    if (read.IsValid)
                    {
                        var building = ctx.AddTask("Rekapitulasi / recap " + Thousands(read.Value.MeasurementCount) + " baris", maxValue: 1);
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
                error.WriteLine("Kesalahan / error: " + file.Name + ", " + p);
            }

            var more = read.ProblemsNotListed > 0 ? $", {Thousands(read.ProblemsNotListed)} tidak ditampilkan / not listed" : string.Empty;
            error.WriteLine($"File ditolak; tidak ada yang dihitung / the file is rejected; nothing was recapped ({Thousands(read.ProblemCount)} masalah / problems{more})");
            return KinerjaCli.InputError;
        }

        var bands = table!.Bands == Kinerja.Core.Scales.CategoryScales.Permendagri86.Bands.Count ? RecapPolicy.Default.Scale.Bands.Select(b => b.Label).ToArray() : [];
        var kecamatan = table.At(RecapLevel.Kecamatan, period).OrderBy(r => r.Key.Kabupaten, StringComparer.Ordinal).ThenBy(r => r.Key.Kecamatan, StringComparer.Ordinal).ToList();
        var kabupaten = table.At(RecapLevel.Kabupaten, period).OrderBy(r => r.Key.Kabupaten, StringComparer.Ordinal).ToList();
        var national = table.Find(new RecapKey(RecapLevel.National), period)!;
        console.WriteLine($"{file.Name}: {Thousands(read.Value.MeasurementCount)} baris, {Thousands(kabupaten.Count)} kabupaten, {Thousands(kecamatan.Count)} kecamatan; periode {period}; skala {table.ScaleName}");
        ConsoleTables.Recap(console, "Rekapitulasi kecamatan " + period, kecamatan.Select(r => (r.Key.Kabupaten!, r.Key.Kecamatan!, r.Figures)), bands, limit, "Kabupaten", "Kecamatan");
        ConsoleTables.Recap(console, "Rekapitulasi kabupaten " + period, kabupaten.Select(r => ("Kabupaten", r.Key.Kabupaten!, r.Figures)), bands, limit, "Tingkat", "Kabupaten");
        console.WriteLine($"Total {period}: {Thousands(national.Indicators)} indikator, {Thousands(national.Computed)} dihitung, rata-rata capaian {Average(national)}, belum lapor {Thousands(national.NotReported)}, tidak dapat dihitung {Thousands(national.NotComputable)}");
        return KinerjaCli.Ok;
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the reading thread (the bar is updated as the file is read).</summary>
    private sealed class BytesRead(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
