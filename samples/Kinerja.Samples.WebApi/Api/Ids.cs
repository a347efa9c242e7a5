using System.Globalization;
using Kinerja.Core.Validation;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// What an id or code may be, so that whatever is stored can be named in a URL and read back:
/// 1 to <see cref="MaxCode"/> (unit codes) or <see cref="MaxId"/> (SOP instance ids, indicator,
/// sasaran and program ids) characters, ASCII letters, digits, <c>.</c>, <c>-</c> and <c>_</c>, beginning
/// with a letter or a digit. A <c>/</c>, a space, a NUL or any other character is refused with
/// <c>text.characters</c>; a longer value with <c>text.too-long</c>.
/// </summary>
internal static class Ids
{
    public const int MaxCode = 40;
    public const int MaxId = 64;

    /// <summary>Checks an id; adds the problem and returns false when it does not fit.</summary>
    public static bool Check(string? value, string path, int maxLength, List<ProblemItem> problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            problems.Add(ProblemItem.From(new ValidationProblem(ProblemCodes.Required, path, value, Severity.Error)));
            return false;
        }

        if (!CheckLength(value, path, maxLength, problems))
        {
            return false;
        }

        if (!IsLetterOrDigit(value[0]) || !value.All(c => IsLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            problems.Add(SampleProblems.Item(SampleProblems.Characters, path, value));
            return false;
        }

        return true;
    }

    /// <summary>Checks a text's length only.</summary>
    public static bool CheckLength(string value, string path, int maxLength, List<ProblemItem> problems)
    {
        if (value.Length <= maxLength)
        {
            return true;
        }

        problems.Add(SampleProblems.Item(SampleProblems.TooLong, path, value, value.Length.ToString(CultureInfo.InvariantCulture), maxLength.ToString(CultureInfo.InvariantCulture)));
        return false;
    }

    /// <summary>A route value or a body's id as a 400, or null when it fits.</summary>
    public static IResult? Refuse(string? value, string path, int maxLength)
    {
        var problems = new List<ProblemItem>();
        return Check(value, path, maxLength, problems) ? null : ApiProblems.BadRequest(problems);
    }

    private static bool IsLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
