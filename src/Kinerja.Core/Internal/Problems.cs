using System.Globalization;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Internal;

/// <summary>Collects problems while a builder validates its input.</summary>
internal sealed class Problems
{
    private readonly List<ValidationProblem> _list = [];

    public IReadOnlyList<ValidationProblem> List => _list;

    /// <summary>The number of errors so far, kept as they are added: a builder that asks whether its own
    /// part added an error compares two counts instead of scanning the list (which made a document of
    /// many items quadratic).</summary>
    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public void Error(string code, string path, string? value, params string[] arguments) =>
        Add(new ValidationProblem(code, path, value, Severity.Error, arguments));

    public void Warning(string code, string path, string? value, params string[] arguments) =>
        Add(new ValidationProblem(code, path, value, Severity.Warning, arguments));

    public void AddRange(IEnumerable<ValidationProblem> problems)
    {
        foreach (var p in problems)
        {
            Add(p);
        }
    }

    private void Add(ValidationProblem problem)
    {
        _list.Add(problem);
        if (problem.Severity == Severity.Error)
        {
            ErrorCount++;
        }
    }

    /// <summary>Adds the problems of a nested validation, re-rooted under <paramref name="prefix"/>.</summary>
    public void AddUnder(string prefix, IEnumerable<ValidationProblem> problems)
    {
        foreach (var p in problems)
        {
            var path = p.Path.Length == 0 ? prefix : prefix + "." + p.Path;
            Add(new ValidationProblem(p.Code, path, p.AttemptedValue, p.Severity, [.. p.Arguments]));
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
