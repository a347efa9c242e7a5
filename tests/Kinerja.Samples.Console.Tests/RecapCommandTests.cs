using Kinerja.Core;
using Kinerja.Core.Csv;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using CsvFile = Kinerja.Core.Csv.MeasurementCsv;

namespace Kinerja.Samples.Console.Tests;

/// <summary>The <c>recap</c> command over measurement CSV files.</summary>
public sealed class RecapCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Recap_DemoKecamatanRows_GivesTheDemoRecapFigures()
    {
        var file = _folder.File("demo.csv");
        var pk = DemoKecamatan.BuildPk();
        using (var writer = new StreamWriter(file))
        {
            MeasurementCsv.Write(writer, RecapRows.Indicators(pk, DemoKecamatan.BuildRealisasi(pk), DemoOffice.Kabupaten, pk.Unit.Code));
        }

        var cumulative = Cli.Run("recap", file);
        var alone = Cli.Run("recap", file, "--period", "tw4");

        Assert.Equal(KinerjaCli.Ok, cumulative.ExitCode);
        Assert.Contains("demo.csv: 24 baris, 1 kabupaten, 1 kecamatan; periode s.d. TW IV; skala Permendagri 86/2017", cumulative.Output, StringComparison.Ordinal);
        Assert.Matches(Table.Cells("DEMO-3303", "DEMO-3303-BBS", "6", "6", "100,98", "K1=0, K2=0, K3=0, K4=0, K5=6", "0", "0"), cumulative.Output);
        Assert.Matches(Table.Cells("DEMO-3303", "DEMO-3303-BBS", "6", "5", "106,98", "K1=0, K2=0, K3=0, K4=0, K5=5", "1", "0"), alone.Output);
        Assert.EndsWith("Total s.d. TW IV: 6 indikator, 6 dihitung, rata-rata capaian 100,98, belum lapor 0, tidak dapat dihitung 0", cumulative.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_GeneratedInput_MatchesTheLibrarysRecapOfTheSameRows()
    {
        var file = _folder.File("generated.csv");

        var generated = Cli.Run("recap", "--generate", "1999", file);
        var recap = Cli.Run("recap", file, "--limit", "0");

        Assert.Equal(KinerjaCli.Ok, generated.ExitCode);
        Assert.StartsWith("2.000 baris demo ditulis", generated.Output, StringComparison.Ordinal);
        Assert.Equal(KinerjaCli.Ok, recap.ExitCode);
        var expected = RecapCalculator.Build(MeasurementCsv.Generate(1999), [], RecapPolicy.Default).Value;
        var period = new RecapPeriod(Triwulan.IV, cumulative: true);
        var kecamatan = expected.At(RecapLevel.Kecamatan, period).ToList();
        Assert.Equal(10, kecamatan.Count); // 500 indicators, 10 per unit, 5 units per kecamatan
        foreach (var row in kecamatan)
        {
            var f = row.Figures;
            Assert.Contains($"│ {row.Key.KecamatanCode} ", recap.Output, StringComparison.Ordinal);
            Assert.Matches(Table.Cells([row.Key.KecamatanCode!, $"{f.IndicatorCount}", $"{f.Computed}", CapaianFormat.Format(f.Average!.Value), string.Join(", ", f.Categories.Select((c, i) => $"K{i + 1}={c}")), $"{f.NotReported}", $"{f.NotComputable}"]), recap.Output);
        }

        var national = expected.Find(new RecapKey(RecapLevel.National), period)!;
        Assert.Equal($"Total s.d. TW IV: 500 indikator, {national.Computed} dihitung, rata-rata capaian {CapaianFormat.Format(national.Average!.Value)}, belum lapor {national.NotReported}, tidak dapat dihitung 0", recap.Lines[^1]);
    }

    [Fact]
    public void Recap_LimitOfTwo_ShowsTwoGroupsAndSaysHowManyThereAre()
    {
        var file = _folder.File("generated.csv");
        Cli.Run("recap", "--generate", "2000", file);

        var recap = Cli.Run("recap", file, "--limit", "2");

        Assert.Contains("2 dari 10 kelompok ditampilkan", recap.Output, StringComparison.Ordinal);
        Assert.Contains("│ DEMO-3300-02 ", recap.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("│ DEMO-3300-03 ", recap.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_ProgressAlways_GivesTheSameRecap()
    {
        // On a console that is not a terminal Spectre prints the bar's milestones once a second at most,
        // so what it prints depends on time; the figures must not.
        var file = _folder.File("generated.csv");
        Cli.Run("recap", "--generate", "400", file);

        var with = Cli.Run("recap", file, "--progress", "always");
        var without = Cli.Run("recap", file, "--progress", "never");

        Assert.Equal((KinerjaCli.Ok, KinerjaCli.Ok), (with.ExitCode, without.ExitCode));
        Assert.EndsWith(without.Output, with.Output, StringComparison.Ordinal);
        Assert.StartsWith("generated.csv: 400 baris", without.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_AFileSortedByQuarter_GivesTheRecapOfTheSameRowsGrouped_WithOrWithoutTheBar()
    {
        // Sorted by quarter, every unit comes back: the file is read a second time (the bar restarts, beside the first).
        var file = _folder.File("grouped.csv");
        Cli.Run("recap", "--generate", "40000", file);
        var lines = File.ReadAllLines(file);
        var sorted = _folder.File("byquarter.csv");
        File.WriteAllLines(sorted, lines.Take(1).Concat(lines.Skip(1).OrderBy(line => line.Split(',')[7], StringComparer.Ordinal)));

        var grouped = Cli.Run("recap", file, "--progress", "never");
        var with = Cli.Run("recap", sorted, "--progress", "always");
        var without = Cli.Run("recap", sorted, "--progress", "never");

        Assert.Equal((KinerjaCli.Ok, KinerjaCli.Ok, KinerjaCli.Ok), (grouped.ExitCode, with.ExitCode, without.ExitCode));
        Assert.Equal(grouped.Output.Replace("grouped.csv", "byquarter.csv", StringComparison.Ordinal), without.Output);
        Assert.EndsWith(without.Output, with.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_BadRow_IsRejectedNamingLineAndColumn()
    {
        var file = _folder.File("bad.csv");
        File.WriteAllText(file, MeasurementCsv.Header + "\nK,C,U,S,IK1,Positive,CumulativeSum,1,10,10,8\nK,C,U,S,IK1,Positive,CumulativeSum,5,10,10,8\n");

        var result = Cli.Run("recap", file);

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains("bad.csv, baris 3, kolom 8 (triwulan): '5' triwulan 5 tidak ada; triwulan harus 1 sampai 4.", result.Error, StringComparison.Ordinal);
        Assert.Contains("File ditolak; tidak ada yang dihitung", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Recap_DuplicateRow_IsRejectedNamingTheFileLine()
    {
        var file = _folder.File("duplicate.csv");
        File.WriteAllText(file, MeasurementCsv.Header + "\nK,C,U,S,IK1,Positive,CumulativeSum,1,10,10,8\nK,C,U,S,IK1,Positive,CumulativeSum,1,10,10,9\n");

        var result = Cli.Run("recap", file);

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains("Kesalahan: duplicate.csv, baris 3, kolom 8 (triwulan): '1' nilai '1' sudah dipakai di baris 2.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_NegativeTarget_IsRejectedNamingLineAndColumn()
    {
        var file = _folder.File("negative.csv");
        File.WriteAllText(file, MeasurementCsv.Header + "\nK,C,U,S,IK1,Positive,CumulativeSum,1,-10,-10,8\n");

        var result = Cli.Run("recap", file);

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains("negative.csv, baris 2, kolom 9 (target_lower): '-10' target -10 negatif", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("is negative", result.Error, StringComparison.Ordinal);
        var english = Cli.Run("recap", file, "--lang", "en");
        Assert.Contains("Error: negative.csv, line 2, column 9 (target_lower): '-10' target -10 is negative", english.Error, StringComparison.Ordinal);
        Assert.Contains("The file is rejected; nothing was recapped", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_IndonesianFile_GivesTheRecapOfTheSameRowsInEnglish()
    {
        // Semicolons, a decimal comma with thousands points, Indonesian names, a BOM and CRLF, as an office writes it.
        var english = _folder.File("english.csv");
        var indonesian = _folder.File("indonesia.csv");
        File.WriteAllText(english, MeasurementCsv.Header + "\nK,C,U,S,IK1,Positive,CumulativeSum,1,1200.5,1200.5,1100.25\nK,C,U,S,IK2,Negative,LastValue,1,3,3,3.5\n");
        File.WriteAllText(indonesian, "\uFEFFKabupaten;Kecamatan;Unit Kerja;Sasaran;Indikator;Polaritas;Agregasi;Triwulan;Target Bawah;Target Atas;Realisasi\r\n"
            + "K;C;U;S;IK1;positif;kumulatif;I;1.200,5;1.200,5;1.100,25\r\nK;C;U;S;IK2;negatif;posisi akhir;I;3;3;3,5\r\n");

        var fromEnglish = Cli.Run("recap", english, "--period", "tw1");
        var fromIndonesian = Cli.Run("recap", indonesian, "--period", "tw1");

        Assert.Equal((KinerjaCli.Ok, KinerjaCli.Ok), (fromEnglish.ExitCode, fromIndonesian.ExitCode));
        Assert.Equal(fromEnglish.Lines[1..], fromIndonesian.Lines[1..]);
        Assert.StartsWith("indonesia.csv: 2 baris", fromIndonesian.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_ManyBadRows_ListsAHundredAndCountsTheRest()
    {
        var file = _folder.File("many.csv");
        File.WriteAllLines(file, [MeasurementCsv.Header, .. Enumerable.Range(0, 150).Select(i => $"K,C,U{i},S,IK1,Positive,LastValue,1,10,10,x")]);

        var result = Cli.Run("recap", file);

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Equal(100, result.Error.Split('\n').Count(l => l.StartsWith("Kesalahan: many.csv, baris ", StringComparison.Ordinal)));
        Assert.Contains("(150 masalah, 50 tidak ditampilkan)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_MissingFile_IsAnInputError()
    {
        var result = Cli.Run("recap", _folder.File("nowhere.csv"));

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.Contains("nowhere.csv' tidak ada", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--generate", "0")]
    [InlineData("--generate", "10000001")]
    [InlineData("--generate", "many")]
    [InlineData("--period", "tw5")]
    [InlineData("--limit", "-1")]
    [InlineData("--progress", "sometimes")]
    [InlineData("--separator", "|")]
    [InlineData("--decimal", "koma")]
    public void Recap_BadOption_IsAUsageError(string option, string value)
    {
        var result = Cli.Run("recap", _folder.File("x.csv"), option, value);

        Assert.Equal(KinerjaCli.UsageError, result.ExitCode);
        Assert.Contains(value, result.Error, StringComparison.Ordinal);
        Assert.Contains("recap --help", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auto", "auto", null, CsvDecimalStyle.Detect)]
    [InlineData(";", "comma", ';', CsvDecimalStyle.Comma)]
    [InlineData(",", "point", ',', CsvDecimalStyle.Point)]
    [InlineData("tab", "auto", '\t', CsvDecimalStyle.Detect)]
    public void CsvOptions_SeparatorAndDecimal_MapToTheReadersOptions(string separator, string decimalMark, char? expectedSeparator, CsvDecimalStyle expectedStyle)
    {
        var options = RecapCommands.CsvOptions(separator, decimalMark);

        Assert.Equal(MeasurementCsvOptions.Default with { Separator = expectedSeparator, DecimalStyle = expectedStyle }, options);
    }

    [Fact]
    public void Recap_DecimalComma_ReadsAValueDetectionCannotSettle()
    {
        // 1.200 alone is either 1200 (comma style) or 1.2 (point style): auto refuses it, --decimal comma reads 1200.
        var file = _folder.File("tab.csv");
        File.WriteAllText(file, string.Join('\t', CsvFile.IndonesianColumns) + "\nK\tC\tU\tS\tIK1\tpositif\tkumulatif\t1\t1.200\t1.200\t1.200\n");

        var auto = Cli.Run("recap", file);
        var comma = Cli.Run("recap", file, "--separator", "tab", "--decimal", "comma", "--period", "tw1");
        var point = Cli.Run("recap", file, "--decimal", "point", "--period", "tw1");

        Assert.Equal(KinerjaCli.InputError, auto.ExitCode);
        Assert.Contains("'1.200' dapat dibaca dua cara", auto.Error, StringComparison.Ordinal);
        Assert.Equal((KinerjaCli.Ok, KinerjaCli.Ok), (comma.ExitCode, point.ExitCode));
        Assert.Matches(Table.Cells("K", "C", "1", "1", "100,00"), comma.Output);
        Assert.Matches(Table.Cells("K", "C", "1", "1", "100,00"), point.Output);
    }

    [Fact]
    public void Recap_SeparatorOtherThanTheFiles_IsAHeaderProblem()
    {
        var file = _folder.File("semicolon.csv");
        File.WriteAllText(file, string.Join(';', CsvFile.IndonesianColumns) + "\nK;C;U;S;IK1;positif;kumulatif;1;10;10;8\n");

        var comma = Cli.Run("recap", file, "--separator", ",");
        var semicolon = Cli.Run("recap", file, "--separator", ";");

        Assert.Equal(KinerjaCli.InputError, comma.ExitCode);
        Assert.Contains("baris 1", comma.Error, StringComparison.Ordinal);
        Assert.Equal(KinerjaCli.Ok, semicolon.ExitCode);
    }
}
