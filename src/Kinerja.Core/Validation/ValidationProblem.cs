using System.Globalization;

namespace Kinerja.Core.Validation;

/// <summary>
/// One thing wrong with an input: which rule it broke (<see cref="Code"/>), where
/// (<see cref="Path"/>), the value that was attempted, and a message in Indonesian (default)
/// or English. Problems are data: they are returned, never thrown.
/// </summary>
public sealed class ValidationProblem : IEquatable<ValidationProblem>
{
    private readonly string[] _arguments;

    /// <summary>Creates a problem. Usually the library creates problems; hosts may create
    /// their own to report them beside the library's.</summary>
    /// <param name="code">The rule that was broken, one of <see cref="ProblemCodes"/> or a host's own code.</param>
    /// <param name="path">Where the problem is, as a path such as <c>sasaran[0].indicators[1].annualTarget</c>.</param>
    /// <param name="attemptedValue">The value that was given, as text; <see langword="null"/> when nothing was given.</param>
    /// <param name="severity">Whether the input is rejected (<see cref="Severity.Error"/>) or accepted with a warning.</param>
    /// <param name="arguments">Further values the message template names as <c>{0}</c>, <c>{1}</c> ...</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="path"/> or <paramref name="arguments"/> is null.</exception>
    public ValidationProblem(string code, string path, string? attemptedValue, Severity severity, params string[] arguments)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        AttemptedValue = attemptedValue;
        Severity = severity;
        _arguments = (string[])(arguments ?? throw new ArgumentNullException(nameof(arguments))).Clone();
    }

    /// <summary>The rule that was broken, for example <c>target.negative</c>; stable across versions.</summary>
    public string Code { get; }

    /// <summary>The path of the offending field, for example <c>sasaran[0].indicators[1].annualTarget</c>.</summary>
    public string Path { get; }

    /// <summary>The value that was given, as text (invariant culture), or <see langword="null"/> when nothing was given.</summary>
    public string? AttemptedValue { get; }

    /// <summary>Whether the input was rejected or only warned about.</summary>
    public Severity Severity { get; }

    /// <summary>Further values that the message names (bounds, the other figure of a comparison ...).</summary>
    public IReadOnlyList<string> Arguments => _arguments;

    /// <summary>The message in Indonesian.</summary>
    public string Message => GetMessage(MessageLanguage.Indonesian);

    /// <summary>The message in the given language, naming the field and the attempted value.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The message text.</returns>
    public string GetMessage(MessageLanguage language) => Messages.Format(language, Code, Path, AttemptedValue, _arguments);

    /// <summary>A one-line description: severity, code, path and the Indonesian message.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} at {2}: {3}", Severity, Code, Path, Message);

    /// <inheritdoc />
    public bool Equals(ValidationProblem? other) =>
        other is not null
        && Code == other.Code
        && Path == other.Path
        && AttemptedValue == other.AttemptedValue
        && Severity == other.Severity
        && _arguments.SequenceEqual(other._arguments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationProblem);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Code);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Path);
            hash = (hash * 31) + (AttemptedValue is null ? 0 : StringComparer.Ordinal.GetHashCode(AttemptedValue));
            return (hash * 31) + (int)Severity;
        }
    }
}
