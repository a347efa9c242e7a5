using System.Text.RegularExpressions;
using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;

namespace Kinerja.Samples.Console.Tests;

/// <summary>
/// Every command in Indonesian (the default) and in English (<c>--lang en</c>): no English enum member name in Indonesian
/// output, no Indonesian label in English output, no seed file name, and on an 80-column console no line wider than 80
/// and every number whole (issue 15).
/// </summary>
public sealed partial class LanguageTests : IDisposable
{
    internal static readonly string[] IndonesianLabels =
    [
        // Labels only: the demo's data and the templates' text (indicator names, SOP steps and ids) are Indonesian in both languages.
        "Pihak pertama", "Kategori", "belum dilaporkan", "tidak dapat dihitung", "Selesai:", "Kesalahan", "kali dikembalikan",
        "Langkah", "Celah sumber", "ditulis ke", "Satuan", "kondisi normal", "posisi akhir", "kumulatif", "diselesaikan",
        "selesai dengan celah", "belum lapor", "Tindakan", "Peringatan",
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The commands, by name; each is run in both languages.</summary>
    public static TheoryData<string, string> Commands() =>
        Cli.InEachLanguage("demo", "capaian", "sop list", "sop show purbalingga", "sop show demo", "sop run demo", "sop run bojong", "recap", "form new", "form import", "report");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_InEachLanguage_FitsEightyColumnsWithEveryNumberWhole(string command, string lang)
    {
        var args = Arguments(command, lang);
        var wide = Cli.Run(args);
        var narrow = Cli.RunAt(80, args);

        Assert.Equal(KinerjaCli.Ok, wide.ExitCode);
        Assert.Equal(KinerjaCli.Ok, narrow.ExitCode);
        Assert.Equal(string.Empty, narrow.Error);
        var tooLong = narrow.Output.Split('\n').Where(l => l.TrimEnd('\r').Length > 80).ToList();
        Assert.True(tooLong.Count == 0, "lines over 80 columns:\n" + string.Join("\n", tooLong));

        // A number broken across lines ("1.200" / ",00") would leave fewer whole copies of it in the narrow output.
        var wideNumbers = Numbers(wide.Output);
        var narrowNumbers = Numbers(narrow.Output);
        var broken = wideNumbers.Where(n => narrowNumbers.GetValueOrDefault(n.Key) < n.Value).Select(n => n.Key).ToList();
        Assert.True(broken.Count == 0, "numbers not whole at 80 columns: " + string.Join(", ", broken));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_InEachLanguage_SpeaksOnlyThatLanguage(string command, string lang)
    {
        var output = Cli.Run(Arguments(command, lang)).Output;

        Assert.DoesNotMatch(@"\d{3}_[0-9a-f]{16}\.txt", output); // the seed files the templates were typed from
        if (lang == "id")
        {
            var found = EnglishMemberNames().Where(name => Regex.IsMatch(output, @"(?<![\w-])" + name + @"(?![\w-])")).ToList();
            Assert.True(found.Count == 0, "English enum member names in Indonesian output: " + string.Join(", ", found));
        }
        else
        {
            var found = IndonesianLabels.Where(label => output.Contains(label, StringComparison.Ordinal)).ToList();
            Assert.True(found.Count == 0, "Indonesian labels in English output: " + string.Join(", ", found));
        }
    }

    [Fact]
    public void SopShow_GapNotes_InTheLanguageAsked()
    {
        var id = Cli.Run("sop", "show", "purbalingga-mekanisme-pengukuran-kinerja").Output;
        var en = Cli.Run("sop", "show", "purbalingga-mekanisme-pengukuran-kinerja", "--lang", "en").Output;

        Assert.Contains("Celah sumber: Nomor SOP, Tanggal Pembuatan, Tanggal Revisi, Tanggal Efektif dan Disahkan Oleh tidak terbaca pada teks sumber (bagian kepala hasil pindaian hilang); dicatat kosong.", id, StringComparison.Ordinal);
        Assert.DoesNotContain("header block of the scan lost", id, StringComparison.Ordinal);
        Assert.Contains("Gap in the source: Nomor SOP, Tanggal Pembuatan, Tanggal Revisi, Tanggal Efektif and Disahkan Oleh are not in the extracted text (header block of the scan lost); recorded as null.", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_English_WritesNumbersInvariantAndNamesByDisplayNames()
    {
        var en = Cli.Run("capaian", "--lang", "en").Output;

        Assert.Matches(Table.Cells("Target", "300.00", "300.00", "300.00", "300.00"), en);
        Assert.Contains("IK2 Jumlah dokumen administrasi kependudukan yang difasilitasi — unit Dokumen; polarity higher is", en, StringComparison.Ordinal);
        Assert.Contains("aggregation cumulative sum; annual target 1200.00", en, StringComparison.Ordinal);
        Assert.Contains("¹ not reported", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_BadValue_IsAUsageError()
    {
        var result = Cli.Run("capaian", "--lang", "fr");

        Assert.Equal(KinerjaCli.UsageError, result.ExitCode);
        Assert.Contains("'fr'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UsageError_English_SaysSoInEnglish()
    {
        var result = Cli.Run("capaian", "--no-such-option", "--lang", "en");

        Assert.Equal(KinerjaCli.UsageError, result.ExitCode);
        Assert.StartsWith("Error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("See: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Lihat", result.Error, StringComparison.Ordinal);
    }

    private string[] Arguments(string command, string lang)
    {
        var args = command switch
        {
            "demo" => [],
            "sop show purbalingga" => ["sop", "show", "purbalingga-mekanisme-pengukuran-kinerja"],
            "sop run bojong" => ["sop", "run", "bojong-pengumpulan-data-kinerja"],
            "recap" => Recap(),
            "form new" => ["form", "new", _folder.File("new-" + lang + ".xlsx"), "--triwulan", "2"],
            "form import" => FormImport(),
            "report" => ["report", "--html", _folder.File("laporan-" + lang + ".html")],
            _ => command.Split(' '),
        };
        return lang == "id" ? args : [.. args, "--lang", lang];
    }

    private string[] Recap()
    {
        var file = _folder.File("rekap.csv");
        if (!File.Exists(file))
        {
            Assert.Equal(KinerjaCli.Ok, Cli.Run("recap", "--generate", "2000", file).ExitCode);
        }

        return ["recap", file];
    }

    private string[] FormImport()
    {
        var file = _folder.File("tw2.xlsx");
        if (!File.Exists(file))
        {
            Assert.Equal(KinerjaCli.Ok, Cli.Run("form", "new", file, "--triwulan", "2").ExitCode);
        }

        return ["form", "import", file, "--triwulan", "2"];
    }

    /// <summary>Every figure, count, date or time in a text, with how often it occurs.</summary>
    private static Dictionary<string, int> Numbers(string text) =>
        NumberPattern().Matches(text).GroupBy(m => m.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>
    /// The names of every member of every public enum of the library, except those that are Indonesian words too
    /// (<c>Program</c>, <c>Kecamatan</c>, <c>Plt</c> ...: a member whose name is part of its own Indonesian display name).
    /// </summary>
    private static List<string> EnglishMemberNames()
    {
        var names = new List<string>();
        foreach (var type in typeof(DisplayNames).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            var of = typeof(DisplayNames).GetMethod(nameof(DisplayNames.Of), [type, typeof(MessageLanguage)])!;
            foreach (var value in Enum.GetValues(type))
            {
                var indonesian = ((string)of.Invoke(null, [value, MessageLanguage.Indonesian])!).Replace(" ", string.Empty, StringComparison.Ordinal);
                var name = value.ToString()!;
                if (!indonesian.Contains(name, StringComparison.OrdinalIgnoreCase) && !IndonesianWords.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Member names that are also words of Indonesian text or of the demo's data.</summary>
    private static readonly HashSet<string> IndonesianWords = new(StringComparer.Ordinal) { "Sasaran", "Unit", "Iki", "IkuSasaran" };

    [GeneratedRegex(@"\d[\d.,:-]*\d|\d")]
    private static partial Regex NumberPattern();
}
