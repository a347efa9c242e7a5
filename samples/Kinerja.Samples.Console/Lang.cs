using System.CommandLine;
using System.Globalization;
using Kinerja.Core.Budget;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;

namespace Kinerja.Samples.Console;

/// <summary>
/// The language of the CLI's output (<c>--lang id|en</c>, Indonesian by default): every label in Indonesian
/// or English, enum values by <see cref="DisplayNames"/>, numbers by <see cref="CapaianFormat"/> in the Indonesian
/// format (<c>1.234,57</c>) or, in English, the invariant one (<c>1234.57</c>).
/// </summary>
internal sealed class Lang
{
    /// <summary>The values of <c>--lang</c>.</summary>
    public static readonly string[] Codes = ["id", "en"];

    private static readonly string[] IndonesianDays = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
    private static readonly string[] EnglishDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private Lang(MessageLanguage language) => Language = language;

    /// <summary>Indonesian, the default.</summary>
    public static Lang Indonesian { get; } = new(MessageLanguage.Indonesian);

    /// <summary>English.</summary>
    public static Lang English { get; } = new(MessageLanguage.English);

    public MessageLanguage Language { get; }

    public bool IsEnglish => Language == MessageLanguage.English;

    /// <summary>How numbers are written in this language.</summary>
    public NumberCulture Numbers => IsEnglish ? NumberCulture.Invariant : NumberCulture.Indonesian;

    /// <summary>The global option <c>--lang</c>, described in <paramref name="l"/>.</summary>
    public static Option<string> NewOption(Lang l)
    {
        var option = new Option<string>("--lang")
        {
            HelpName = "id|en",
            Description = l.T("Bahasa keluaran: id (bawaan) atau en", "The language of the output: id (default) or en"),
            DefaultValueFactory = _ => "id",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(Codes);
        return option;
    }

    /// <summary>
    /// The language the arguments ask for (<c>--lang en</c>, <c>--lang=en</c>, <c>--lang:en</c>; the last one given; none after
    /// <c>--</c>), read before the command tree is built so that its descriptions, and so its help, are in that language.
    /// Indonesian when there is none or it is not <c>en</c>; the parser still reports a bad value.
    /// </summary>
    public static Lang FromArgs(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? code = null;
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                code = args[++i];
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                code = args[i]["--lang=".Length..];
            }
        }

        return Of(code);
    }

    /// <summary>The language of a <c>--lang</c> value (Indonesian for anything but <c>en</c>).</summary>
    public static Lang Of(string? code) => code == "en" ? English : Indonesian;

    /// <summary>The language of a parse; Indonesian when <c>--lang</c> itself is bad.</summary>
    public static Lang Of(ParseResult parse, Option<string> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetResult(option) is { } result && !result.Errors.Any() && result.Tokens.Count == 1 ? Of(result.Tokens[0].Value) : Indonesian;
    }

    /// <summary>The text in this language.</summary>
    public string T(string indonesian, string english) => IsEnglish ? english : indonesian;

    /// <summary>A figure rounded to two decimals.</summary>
    public string Number(decimal value) => CapaianFormat.Format(value, Numbers);

    /// <summary>Rupiah with every digit.</summary>
    public string Rupiah(decimal value) => CapaianFormat.FormatRupiah(value, Numbers);

    /// <summary>A count: with thousands dots in Indonesian ("1.000.000"), plain digits in English.</summary>
    public string Count(long value) =>
        IsEnglish ? value.ToString(CultureInfo.InvariantCulture) : value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A capaian result in running text: the figure, or a dash with the reason.</summary>
    public string Result(CapaianResult result) => CapaianFormat.FormatResult(result, Numbers, Language);

    /// <summary>The name of a day of the week (Monday = 1).</summary>
    public string Day(int isoDayOfWeek) => (IsEnglish ? EnglishDays : IndonesianDays)[isoDayOfWeek - 1];

    /// <summary>The prefix of an error line.</summary>
    public string ErrorPrefix => T("Kesalahan: ", "Error: ");

    /// <summary>The prefix of a warning line.</summary>
    public string WarningPrefix => T("Peringatan: ", "Warning: ");

    /// <summary>A problem of the core in this language.</summary>
    public string Message(ValidationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.GetMessage(Language);
    }

    /// <summary>A serapan figure in running text, or a dash with its status.</summary>
    public string Serapan(SerapanResult serapan) =>
        serapan.Value is { } v ? Number(v) : "- (" + DisplayNames.Of(serapan.Status, Language) + ")";
}

/// <summary>
/// Numbered notes for the cells of one table: a figure that is missing shows as a dash with a superscript number
/// ("-¹") so that narrow columns never wrap a reason, and the table's caption says what each number means
/// ("¹ belum dilaporkan"). Nothing is lost: every reason is printed once per table.
/// </summary>
internal sealed class CellNotes(Lang lang)
{
    private static readonly string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private readonly List<string> _texts = [];

    /// <summary>A capaian result: its figure, or a dash with the note of its reason.</summary>
    public string Result(CapaianResult result) =>
        result.Value is { } v ? lang.Number(v) : Dash(DisplayNames.Of(result.Reason, lang.Language));

    /// <summary>A serapan result: its figure, or a dash with the note of its status.</summary>
    public string Serapan(SerapanResult serapan) =>
        serapan.Value is { } v ? lang.Number(v) : Dash(DisplayNames.Of(serapan.Status, lang.Language));

    /// <summary>A dash with the number of a note, adding the note the first time.</summary>
    public string Dash(string note)
    {
        var index = _texts.IndexOf(note);
        if (index < 0)
        {
            _texts.Add(note);
            index = _texts.Count - 1;
        }

        return "-" + Superscript(index + 1);
    }

    /// <summary>The notes as one line ("¹ belum dilaporkan; ² target nol"), or <see langword="null"/> when there are none.</summary>
    public string? Caption => _texts.Count == 0 ? null : string.Join("; ", _texts.Select((t, i) => Superscript(i + 1) + " " + t));

    private static string Superscript(int number) =>
        string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(c => Superscripts[c - '0']));
}
