using System.Globalization;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Internal;

/// <summary>Collects problems while a builder validates its input.</summary>
internal sealed class Problems
{
    private readonly List<ValidationProblem> _list = [];

    public IReadOnlyList<ValidationProblem> List => _list;

    public bool HasErrors => _list.Exists(p => p.Severity == Severity.Error);

    public void Error(string code, string path, string? value, params string[] arguments) =>
        _list.Add(new ValidationProblem(code, path, value, Severity.Error, arguments));

    public void Warning(string code, string path, string? value, params string[] arguments) =>
        _list.Add(new ValidationProblem(code, path, value, Severity.Warning, arguments));

    public void AddRange(IEnumerable<ValidationProblem> problems) => _list.AddRange(problems);

    /// <summary>Adds the problems of a nested validation, re-rooted under <paramref name="prefix"/>.</summary>
    public void AddUnder(string prefix, IEnumerable<ValidationProblem> problems)
    {
        foreach (var p in problems)
        {
            var path = p.Path.Length == 0 ? prefix : prefix + "." + p.Path;
            _list.Add(new ValidationProblem(p.Code, path, p.AttemptedValue, p.Severity, [.. p.Arguments]));
        }
    }

    public bool Required(string? text, string path)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(ProblemCodes.Required, path, text);
            return false;
        }

        return true;
    }

    public ValidationResult<T> Result<T>(Func<T> build) =>
        HasErrors ? new ValidationResult<T>(default, _list) : new ValidationResult<T>(build(), _list);
}

/// <summary>Invariant text of values for problems and messages.</summary>
internal static class Text
{
    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(decimal? value) => value is { } v ? Of(v) : "null";

    public static string Index(string path, int index) => path + "[" + Of(index) + "]";
}
