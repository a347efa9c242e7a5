using System.CommandLine;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Kinerja.Samples.Console;

/// <summary>
/// System.CommandLine's own parse errors ("Required argument 'id' missing for command: 'show'.") in the language of
/// the output. The library words them from its resources in the UI culture, and it has no Indonesian; each message is
/// matched against the format it was made from and written again from our template with the same values. The errors
/// our own validators raise are already in the output's language and are not matched by any format, so they pass as
/// they are.
/// </summary>
internal static class IndonesianParseErrors
{
    /// <summary>
    /// Every parse error System.CommandLine words from its resources, by resource name, with our Indonesian. The tests
    /// hold this list to the library's resources, so a new version's new message is not missed.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ArgumentConversionCannotParse"] = "Argumen '{0}' tidak dapat dibaca sebagai {1}.",
        ["ArgumentConversionCannotParseForCommand"] = "Argumen '{0}' untuk perintah '{1}' tidak dapat dibaca sebagai {2}.",
        ["ArgumentConversionCannotParseForCommand_Completions"] = "Argumen '{0}' untuk perintah '{1}' tidak dapat dibaca sebagai {2}. Mungkin maksud Anda salah satu dari ini?{3}",
        ["ArgumentConversionCannotParseForOption"] = "Argumen '{0}' untuk opsi '{1}' tidak dapat dibaca sebagai {2}.",
        ["ArgumentConversionCannotParseForOption_Completions"] = "Argumen '{0}' untuk opsi '{1}' tidak dapat dibaca sebagai {2}. Mungkin maksud Anda salah satu dari ini?{3}",
        ["CommandRequiredArgumentMissing"] = "Argumen wajib '{0}' tidak diberikan untuk perintah '{1}'.",
        ["DirectoryDoesNotExist"] = "Folder tidak ada: '{0}'.",
        ["ErrorReadingResponseFile"] = "File respons '{0}' tidak dapat dibaca: {1}",
        ["FileDoesNotExist"] = "File tidak ada: '{0}'.",
        ["FileOrDirectoryDoesNotExist"] = "File atau folder tidak ada: '{0}'.",
        ["InvalidCharactersInFileName"] = "Karakter tidak boleh ada dalam nama file: '{0}'.",
        ["InvalidCharactersInPath"] = "Karakter tidak boleh ada dalam jalur: '{0}'.",
        ["OptionExpectsOneArgument"] = "Opsi '{0}' menerima satu nilai, tetapi diberi {1}.",
        ["OptionRequiredArgumentMissing"] = "Nilai opsi '{0}' tidak diberikan.",
        ["RequiredCommandWasNotProvided"] = "Perintah tidak diberikan.",
        ["RequiredOptionWasNotProvided"] = "Opsi '{0}' wajib diberikan.",
        ["ResponseFileNotFound"] = "File respons tidak ditemukan: '{0}'.",
        ["SuggestionsTokenNotMatched"] = "'{0}' tidak dikenali. Mungkin maksud Anda salah satu dari ini?",
        ["UnrecognizedArgument"] = "Nilai '{0}' tidak dikenali. Harus salah satu dari:{1}",
        ["UnrecognizedCommandOrArgument"] = "Perintah atau argumen '{0}' tidak dikenali.",
        ["VersionOptionCannotBeCombinedWithOtherArguments"] = "Opsi {0} tidak dapat digabung dengan argumen lain.",
    };

    /// <summary>The type names a conversion error shows ("System.Int32"), in Indonesian words.</summary>
    private static readonly Dictionary<string, string> TypeWords = new(StringComparer.Ordinal)
    {
        ["System.Int32"] = "bilangan bulat",
        ["System.Int64"] = "bilangan bulat",
        ["System.Decimal"] = "angka",
        ["System.IO.FileInfo"] = "nama file",
        ["System.IO.DirectoryInfo"] = "nama folder",
        ["System.Boolean"] = "true atau false",
    };

    private static readonly ResourceManager Resources = new("System.CommandLine.Properties.Resources", typeof(RootCommand).Assembly);

    /// <summary>The message of a parse error in <paramref name="l"/>: ours when it is one of the library's, else as it is.</summary>
    public static string Message(string message, Lang l)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(l);
        foreach (var (key, pattern) in Patterns(CultureInfo.CurrentUICulture))
        {
            var match = pattern.Match(message);
            if (!match.Success)
            {
                continue;
            }

            var template = l.IsEnglish ? English(key) ?? message : Templates[key];
            var values = new object[match.Groups.Count - 1];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = TypeWord(key, i, match.Groups["g" + i.ToString(CultureInfo.InvariantCulture)].Value, l);
            }

            return string.Format(CultureInfo.InvariantCulture, template, values);
        }

        return message;
    }

    /// <summary>The library's wording of <paramref name="key"/> in <paramref name="culture"/>, or <see langword="null"/> when it has none.</summary>
    internal static string? Format(string key, CultureInfo culture)
    {
        try
        {
            return Resources.GetString(key, culture);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    /// <summary>The resource names the library has, for the tests.</summary>
    internal static IReadOnlyList<string> LibraryKeys()
    {
        var set = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true);
        return set is null ? [] : [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key)];
    }

    private static string? English(string key) => Format(key, CultureInfo.InvariantCulture);

    /// <summary>The value of placeholder <paramref name="index"/>; in Indonesian, a type name put in words.</summary>
    private static string TypeWord(string key, int index, string value, Lang l)
    {
        var isType = key.StartsWith("ArgumentConversionCannotParse", StringComparison.Ordinal) && index == (key == "ArgumentConversionCannotParse" ? 1 : 2);
        return isType && !l.IsEnglish && TypeWords.TryGetValue(value, out var words) ? words : value;
    }

    /// <summary>Each format as a pattern, the longest first, so that a format that another one begins with is tried after it.</summary>
    private static IEnumerable<(string Key, Regex Pattern)> Patterns(CultureInfo culture) =>
        Templates.Keys
            .Select(key => (Key: key, Format: Format(key, culture)))
            .Where(f => f.Format is not null)
            .OrderByDescending(f => f.Format!.Length)
            .Select(f => (f.Key, ToPattern(f.Format!)));

    /// <summary>"Option '{0}' is required." as <c>^Option '(?&lt;g0&gt;.*?)' is required\.$</c>.</summary>
    private static Regex ToPattern(string format)
    {
        var pattern = Regex.Replace(Regex.Escape(format), @"\\\{(\d+)}", m => "(?<g" + m.Groups[1].Value + ">.*?)");
        // Without backtracking: an argument's value is the user's text, and matching stays linear in its length (never a timeout).
        return new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }
}
