using System.Text;
using System.Text.RegularExpressions;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Validation;

/// <summary>
/// Finds English words in an Indonesian message. A message may quote what the user wrote and name
/// where it is, and those are the user's words, not the library's: the attempted value, the path, the
/// arguments that are names from the input (<see cref="NameArguments"/>), any text in single quotes (how the templates quote values, names and labels), any text in double quotes
/// (JSON literals such as <c>{ "lower", "upper" }</c>) and any JSON path (<c>$.steps[0].actor</c>) or
/// indexed path (<c>holidays[2]</c>) are taken out first. What is left is the library's own text, and no
/// word of it may be one of <see cref="EnglishWords"/>, matched as whole words, case-insensitive.
/// Shared by the core, Excel and dependency-injection tests.
/// </summary>
internal static class IndonesianText
{
    /// <summary>
    /// English words that never belong in an Indonesian message: function words, the words of type
    /// descriptions and parser errors, and .NET type names. None of them is also an Indonesian word
    /// or a loan word an Indonesian message may use (data, format, status, level, total, program,
    /// target, unit, log, null, true, false, JSON, PK and SOP are all allowed, so none is listed).
    /// </summary>
    public static readonly IReadOnlySet<string> EnglishWords = new HashSet<string>(
        [
            // function words
            "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "should", "must", "can", "cannot", "could",
            "does", "do", "did", "not", "of", "or", "and", "to", "in", "at", "on", "by", "for", "from", "with", "without",
            "after", "before", "than", "this", "that", "these", "those", "it", "its", "as", "if", "when", "then", "only",
            "has", "have", "had", "which", "there", "but", "also", "any", "all", "each", "every", "up", "out", "into",
            "one", "two", "more", "less", "above", "below", "between", "near", "here",
            // what a value is and what is wrong with it
            "value", "values", "integer", "number", "numbers", "whole", "array", "object", "string", "text", "date", "time",
            "instant", "duration", "list", "item", "items", "key", "expected", "invalid", "unexpected", "unknown", "missing",
            "required", "empty", "found", "token", "end", "start", "line", "byte", "bytes", "position", "column", "row",
            "character", "property", "type", "version", "schema", "document", "file", "workbook", "sheet", "cell",
            "problem", "error", "malformed", "depth", "comment", "comma", "colon", "bracket", "brace", "quote", "escape",
            "payload", "element", "nested", "reader", "option", "configuration", "section", "corrupt", "damaged", "protected",
            "password", "archive", "directory", "central", "record", "stream", "unable", "failed", "translate", "transcode",
            "step", "role", "person", "office", "event", "action", "reason", "indicator", "grade", "scale", "zone",
            "holiday", "week", "day", "hours", "minutes", "calendar", "amount", "percentage", "percentages", "whose",
            // .NET type names and exception words
            // (and any word ending in "exception")
            "system", "int32", "int64", "decimal", "double", "boolean", "datetime", "nullable", "linenumber",
            "bytepositioninline", "localdate", "localtime",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>.NET type names and exception fields (and any word ending in "Exception"), which belong in no message of either language.</summary>
    public static readonly IReadOnlySet<string> DotNetNames = new HashSet<string>(
        ["System", "Int32", "Int64", "Decimal", "Double", "Boolean", "DateTime", "Nullable", "LocalDate", "LocalTime", "LineNumber", "BytePositionInLine", "JsonTokenType", "Utf8JsonReader"],
        StringComparer.Ordinal);

    /// <summary>
    /// The arguments that are the input's own names rather than the library's words, by code: a grade
    /// scale's name and grade codes (a document defines them), the path where a value was first used,
    /// a role's name, and in a form the sheet, the sheets found, the PK's value of a changed cell, the
    /// scale named, and the name of a missing indicator. (A form's column is named by its letters and
    /// its header, <c>A (No)</c>: the letters are taken out too, so that column A is not the article.)
    /// </summary>
    private static readonly Dictionary<string, int[]> NameArguments = new(StringComparer.Ordinal)
    {
        [ProblemCodes.GradeUnknown] = [0, 1],
        [ProblemCodes.Duplicate] = [0],
        [ProblemCodes.SopWrongRole] = [0],
        [ProblemCodes.ExcelSheetMissing] = [0],
        [ProblemCodes.ExcelFormMismatch] = [0],
        [ProblemCodes.ExcelValueChanged] = [0, 3],
        [ProblemCodes.ExcelUnknownIndicator] = [0],
        [ProblemCodes.ExcelDuplicateRow] = [0],
        [ProblemCodes.ExcelMissingRow] = [0],
        [ProblemCodes.ExcelNotANumber] = [0],
        [ProblemCodes.ExcelNegative] = [0],
        [ProblemCodes.ExcelGradeUnknown] = [0, 3],
        [ProblemCodes.ExcelNoteWithoutRealisasi] = [0],
    };

    private static readonly Regex SingleQuoted = new("'[^']*'", RegexOptions.CultureInvariant);
    private static readonly Regex DoubleQuoted = new("\"[^\"]*\"", RegexOptions.CultureInvariant);
    private static readonly Regex JsonPath = new(@"\$(?:\.[^\s.\[\]()',;:]+|\[\d+\])*", RegexOptions.CultureInvariant);
    private static readonly Regex IndexedPath = new(@"[\w.]*\[\d+\][\w.\[\]]*", RegexOptions.CultureInvariant);
    private static readonly Regex Word = new(@"[\p{L}\p{N}_]+", RegexOptions.CultureInvariant);

    /// <summary>The English words left in <paramref name="problem"/>'s Indonesian message once the user's own words are taken out.</summary>
    public static IReadOnlyList<string> EnglishIn(ValidationProblem problem) =>
        EnglishIn(problem.GetMessage(MessageLanguage.Indonesian), problem.Path, [problem.AttemptedValue, .. Names(problem)]);

    /// <summary>The English words left in <paramref name="message"/> once the path, the attempted value, quoted text and paths are taken out.</summary>
    public static IReadOnlyList<string> EnglishIn(string message, string? path, params string?[] values) =>
        Word.Matches(Strip(message, path, values)).Select(m => m.Value).Where(w => EnglishWords.Contains(w) || IsExceptionName(w)).ToList();

    /// <summary>The message without the user's own words: the attempted value (and any other value of the input), the path, quoted text and paths.</summary>
    public static string Strip(string message, string? path, params string?[] values)
    {
        // Paths first, whole (the path "$" is also the start of every JSON path), then the values, then quoted text.
        var text = IndexedPath.Replace(JsonPath.Replace(message, " "), " ");
        foreach (var own in values.Append(path).Where(s => !string.IsNullOrEmpty(s)).OrderByDescending(s => s!.Length))
        {
            // Only where the value stands on its own, so that taking out the value "a" leaves the "a" of "harus" alone.
            text = Regex.Replace(text, @"(?<![\p{L}\p{N}_])" + Regex.Escape(own!) + @"(?![\p{L}\p{N}_])", " ", RegexOptions.CultureInvariant);
        }

        text = SingleQuoted.Replace(text, " ");
        return DoubleQuoted.Replace(text, " ");
    }

    /// <summary>The .NET type names left in a message (either language) once the user's own words are taken out.</summary>
    public static IReadOnlyList<string> DotNetNamesIn(ValidationProblem problem, MessageLanguage language)
    {
        var text = Strip(problem.GetMessage(language), problem.Path, [problem.AttemptedValue, .. Names(problem)]);
        return Word.Matches(text).Select(m => m.Value).Where(w => DotNetNames.Contains(w) || IsExceptionName(w)).ToList();
    }

    /// <summary>
    /// A report of every problem whose Indonesian message holds English, or whose message in either
    /// language names a .NET type, one line each (code, the words, the message), or null when there is none.
    /// </summary>
    public static string? Report(IEnumerable<ValidationProblem> problems)
    {
        // One line per shape of message (its path and value as {path} and {value}), with how often it came.
        var lines = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in problems)
        {
            var english = EnglishIn(p);
            if (english.Count > 0)
            {
                Add(p.Code + " [" + string.Join(", ", english.Distinct(StringComparer.OrdinalIgnoreCase)) + "] " + Shape(p, MessageLanguage.Indonesian));
            }

            foreach (var language in new[] { MessageLanguage.Indonesian, MessageLanguage.English })
            {
                var names = DotNetNamesIn(p, language);
                if (names.Count > 0)
                {
                    Add(p.Code + " [.NET: " + string.Join(", ", names.Distinct(StringComparer.Ordinal)) + "] " + Shape(p, language));
                }
            }
        }

        if (lines.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder();
        report.Append(lines.Count).AppendLine(" kinds of message hold words they must not (English in Indonesian, or .NET names):");
        foreach (var (line, count) in lines.Take(300))
        {
            report.Append(count).Append("x ").AppendLine(line);
        }

        return report.ToString();

        void Add(string line) => lines[line] = lines.TryGetValue(line, out var n) ? n + 1 : 1;
    }

    /// <summary>An exception's type name (<c>InvalidDataException</c>), which no message may show.</summary>
    private static bool IsExceptionName(string word) => word.EndsWith("Exception", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Names(ValidationProblem problem)
    {
        var names = NameArguments.TryGetValue(problem.Code, out var indexes) ? indexes.Where(i => i < problem.Arguments.Count).Select(i => problem.Arguments[i]) : [];
        return problem.Code.StartsWith("excel.", StringComparison.Ordinal) && problem.Arguments.Count > 2
            ? names.Append(problem.Arguments[2].Split(' ')[0])
            : names;
    }

    private static string Shape(ValidationProblem problem, MessageLanguage language)
    {
        var text = problem.GetMessage(language);
        if (problem.Path.Length > 1)
        {
            text = text.Replace(problem.Path, "{path}", StringComparison.Ordinal);
        }

        if (problem.AttemptedValue is { Length: > 1 } value)
        {
            text = text.Replace(value, "{value}", StringComparison.Ordinal);
        }

        // Lines, bytes and indexes vary; the shape does not.
        return Regex.Replace(JsonPath.Replace(text, _ => "$..."), @"\d+", "#");
    }
}
