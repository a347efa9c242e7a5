using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Core.Recap;
using Spectre.Console;
using static Kinerja.Samples.Console.ConsoleTables;
using static Kinerja.Samples.Console.Formatting;

namespace Kinerja.Samples.Console;

/// <summary>The <c>recap</c> command: a kecamatan and kabupaten recap of a measurement CSV, and the generator of big demo inputs.</summary>
internal static partial class RecapCommands
{
    /// <summary>Files above this size get a progress bar with <c>--progress auto</c>.</summary>
    public const long LargeInputBytes = 1_000_000;

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

    public static int Recap(IAnsiConsole console, TextWriter error, FileInfo file, RecapPeriod period, int limit, string progress)
    {
        if (!file.Exists)
        {
            error.WriteLine($"Kesalahan / error: file '{file.FullName}' tidak ada / does not exist");
            return KinerjaCli.InputError;
        }

        // auto: a bar only where someone watches it (an interactive terminal) and only for a large file.
        var showProgress = progress == "always" || (progress == "auto" && file.Length > LargeInputBytes && console.Profile.Capabilities.Interactive);
        List<IndicatorMeasurement> rows = [];
        IReadOnlyList<CsvProblem> problems = [];
        Kinerja.Core.Validation.ValidationResult<RecapTable>? recap = null;
        var options = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan };
        using (var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        using (var reader = new StreamReader(stream))
        {
            if (showProgress)
            {
                console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn()).Start(ctx =>
                {
                    var reading = ctx.AddTask("Membaca / reading " + file.Name, maxValue: stream.Length);
                    problems = MeasurementCsv.Read(reader, out rows, _ => reading.Value = stream.Position);
                    reading.Value = stream.Length;
                    if (problems.Count == 0)
                    {
                        var building = ctx.AddTask("Rekapitulasi / recap " + Thousands(rows.Count) + " baris", maxValue: 1);
                        recap = RecapCalculator.Build(rows, [], RecapPolicy.Default, options);
                        building.Value = 1;
                    }
                });
            }
            else
            {
                problems = MeasurementCsv.Read(reader, out rows);
                if (problems.Count == 0)
                {
                    recap = RecapCalculator.Build(rows, [], RecapPolicy.Default, options);
                }
            }
        }

        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                error.WriteLine("Kesalahan / error: " + file.Name + ", " + p);
            }

            error.WriteLine($"File ditolak; tidak ada yang dihitung / the file is rejected; nothing was recapped ({problems.Count}{(problems.Count >= MeasurementCsv.MaxProblems ? "+" : string.Empty)} masalah / problems)");
            return KinerjaCli.InputError;
        }

        if (!recap!.IsValid)
        {
            foreach (var p in recap.Errors.Take(MeasurementCsv.MaxProblems))
            {
                error.WriteLine("Kesalahan / error: " + file.Name + ", " + RowToLine(p.Message, "baris", "kolom") + " / " + RowToLine(p.GetMessage(Kinerja.Core.Validation.MessageLanguage.English), "line", "column"));
            }

            error.WriteLine($"File ditolak; tidak ada yang dihitung / the file is rejected; nothing was recapped ({recap.Errors.Count()} masalah / problems)");
            return KinerjaCli.InputError;
        }

        var table = recap.Value;
        var bands = table.Bands == Kinerja.Core.Scales.CategoryScales.Permendagri86.Bands.Count ? RecapPolicy.Default.Scale.Bands.Select(b => b.Label).ToArray() : [];
        var kecamatan = table.At(RecapLevel.Kecamatan, period).OrderBy(r => r.Key.Kabupaten, StringComparer.Ordinal).ThenBy(r => r.Key.Kecamatan, StringComparer.Ordinal).ToList();
        var kabupaten = table.At(RecapLevel.Kabupaten, period).OrderBy(r => r.Key.Kabupaten, StringComparer.Ordinal).ToList();
        var national = table.Find(new RecapKey(RecapLevel.National), period)!;
        console.WriteLine($"{file.Name}: {Thousands(rows.Count)} baris, {Thousands(kabupaten.Count)} kabupaten, {Thousands(kecamatan.Count)} kecamatan; periode {period}; skala {table.ScaleName}");
        ConsoleTables.Recap(console, "Rekapitulasi kecamatan " + period, kecamatan.Select(r => (r.Key.Kabupaten!, r.Key.Kecamatan!, r.Figures)), bands, limit, "Kabupaten", "Kecamatan");
        ConsoleTables.Recap(console, "Rekapitulasi kabupaten " + period, kabupaten.Select(r => ("Kabupaten", r.Key.Kabupaten!, r.Figures)), bands, limit, "Tingkat", "Kabupaten");
        console.WriteLine($"Total {period}: {Thousands(national.Indicators)} indikator, {Thousands(national.Computed)} dihitung, rata-rata capaian {Average(national)}, belum lapor {Thousands(national.NotReported)}, tidak dapat dihitung {Thousands(national.NotComputable)}");
        return KinerjaCli.Ok;
    }

    /// <summary>
    /// Replaces the recap's row paths (<c>indicators[12].targetLower</c>, rows counted from 0) by the file's
    /// line and column (<c>line 14, column target_lower</c>: the header is line 1).
    /// </summary>
    private static string RowToLine(string message, string line, string column) =>
        RowPath().Replace(message, m =>
            line + " " + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 2).ToString(CultureInfo.InvariantCulture)
            + (m.Groups[2].Success ? ", " + column + " " + ColumnName(m.Groups[2].Value) : string.Empty));

    private static string ColumnName(string property) => property switch
    {
        "targetLower" => "target_lower",
        "targetUpper" => "target_upper",
        _ => property,
    };

    [GeneratedRegex(@"indicators\[(\d+)\](?:\.(\w+))?")]
    private static partial Regex RowPath();
}
