using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinerja.Samples.Console.Tests;

/// <summary>
/// The command line's own errors (a missing argument, an unknown option, a value outside a list) are in the language of
/// the output: in Indonesian by default, with no word of System.CommandLine's English, and as the library words them with
/// <c>--lang en</c> (issue 15).
/// </summary>
public sealed class ParseErrorTests
{
    /// <summary>The library's resources that are not parse errors: help headings and labels, and the exception header.</summary>
    private static readonly string[] NotParseErrors = ["ExceptionHandlerHeader", "VersionOptionDescription"];

    /// <summary>Bad command lines, one for each kind of error the library raises on them.</summary>
    public static TheoryData<string[]> BadCommandLines() => new()
    {
        new[] { "sop", "show" },
        new[] { "form", "import" },
        new[] { "form", "edit", "x.xlsx" },
        new[] { "form" },
        new[] { "capaian", "--pk" },
        new[] { "capaian", "extra" },
        new[] { "bogus" },
        new[] { "capaian", "--lang", "fr" },
        new[] { "capaian", "--form", "a.xlsx", "--form", "b.xlsx" },
        new[] { "recap", "x.csv", "--period", "tw5" },
        new[] { "recap", "x.csv", "--limit", "abc" },
        new[] { "recap", "x.csv", "--generate", "10", "--generate", "20" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void BadCommandLine_InIndonesian_HasNoWordOfTheLibrarysEnglish(string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(KinerjaCli.UsageError, result.ExitCode);
        Assert.StartsWith("Kesalahan: ", result.Error, StringComparison.Ordinal);
        foreach (var fragment in EnglishFragments())
        {
            Assert.DoesNotContain(fragment, result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "sop", "show" }, "Kesalahan: Argumen wajib 'id' tidak diberikan untuk perintah 'show'.")]
    [InlineData(new[] { "capaian", "--pk" }, "Kesalahan: Nilai opsi '--pk' tidak diberikan.")]
    [InlineData(new[] { "capaian", "extra" }, "Kesalahan: Perintah atau argumen 'extra' tidak dikenali.")]
    [InlineData(new[] { "recap", "x.csv", "--limit", "abc" }, "Kesalahan: Argumen 'abc' untuk opsi '--limit' tidak dapat dibaca sebagai bilangan bulat.")]
    [InlineData(new[] { "capaian", "--form", "a.xlsx", "--form", "b.xlsx" }, "Kesalahan: Opsi '--form' menerima satu nilai, tetapi diberi 2.")]
    public void BadCommandLine_InIndonesian_SaysWhatIsWrongWithTheSameValues(string[] args, string line)
    {
        var result = Cli.Run(args);

        Assert.Equal(line, result.Error.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public void ValueOutsideTheList_InIndonesian_ListsTheValuesAllowed()
    {
        var result = Cli.Run("capaian", "--lang", "fr");

        Assert.StartsWith("Kesalahan: Nilai 'fr' tidak dikenali. Harus salah satu dari:", result.Error, StringComparison.Ordinal);
        Assert.Contains("'id'", result.Error, StringComparison.Ordinal);
        Assert.Contains("'en'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "sop", "show", "--lang", "en" }, "Error: Required argument 'id' missing for command: 'show'.")]
    [InlineData(new[] { "recap", "x.csv", "--limit", "abc", "--lang", "en" }, "Error: Cannot parse argument 'abc' for option '--limit' as expected type 'System.Int32'.")]
    public void BadCommandLine_InEnglish_IsWordedAsTheLibraryWordsIt(string[] args, string line)
    {
        var result = Cli.Run(args);

        Assert.Equal(KinerjaCli.UsageError, result.ExitCode);
        Assert.Equal(line, result.Error.Split('\n')[0].TrimEnd('\r'));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void BadCommandLine_OnAMachineInAnotherLanguage_IsStillInTheLanguageAskedFor(string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal("Kesalahan: Argumen wajib 'id' tidak diberikan untuk perintah 'show'.", FirstLine(Cli.Run("sop", "show")));
            Assert.Equal("Error: Required argument 'id' missing for command: 'show'.", FirstLine(Cli.Run("sop", "show", "--lang", "en")));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void OurOwnValidatorsMessages_PassAsTheyAre()
    {
        Assert.Equal("--limit: '-1' tidak boleh negatif", IndonesianParseErrors.Message("--limit: '-1' tidak boleh negatif", Lang.Indonesian));
        Assert.Equal("--limit: '-1' must not be negative", IndonesianParseErrors.Message("--limit: '-1' must not be negative", Lang.English));
    }

    [Fact]
    public void Templates_CoverEveryParseErrorTheLibraryWords()
    {
        var library = IndonesianParseErrors.LibraryKeys()
            .Where(k => !k.StartsWith("Help", StringComparison.Ordinal) && !NotParseErrors.Contains(k))
            .Order(StringComparer.Ordinal);

        Assert.Equal(library, IndonesianParseErrors.Templates.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachTemplate_HasThePlaceholdersOfTheLibrarysFormat()
    {
        foreach (var (key, template) in IndonesianParseErrors.Templates)
        {
            var format = IndonesianParseErrors.Format(key, CultureInfo.InvariantCulture);
            Assert.NotNull(format);
            Assert.Equal(Placeholders(format), Placeholders(template));
        }
    }

    private static string FirstLine(CliResult result) => result.Error.Split('\n')[0].TrimEnd('\r');

    private static string[] Placeholders(string format) =>
        [.. Regex.Matches(format, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];

    /// <summary>The English words of every parse error the library has: the text between its placeholders, where it is more than a word.</summary>
    private static IEnumerable<string> EnglishFragments() =>
        IndonesianParseErrors.Templates.Keys
            .Select(k => IndonesianParseErrors.Format(k, CultureInfo.InvariantCulture)!)
            .SelectMany(f => Regex.Split(f, @"\{\d+\}"))
            .Select(s => s.Trim(' ', '\'', '.', ':', '?'))
            .Where(s => s.Contains(' ', StringComparison.Ordinal));
}
