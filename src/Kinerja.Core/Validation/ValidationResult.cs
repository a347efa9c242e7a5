namespace Kinerja.Core.Validation;

/// <summary>
/// The outcome of validating an input: every problem found, all at once. The input is accepted
/// when there is no problem of <see cref="Severity.Error"/>; warnings do not reject it.
/// </summary>
public class ValidationResult
{
    private static readonly ValidationProblem[] NoProblems = [];

    /// <summary>Creates a result from the problems found.</summary>
    /// <param name="problems">Every problem found; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public ValidationResult(IEnumerable<ValidationProblem> problems)
    {
        if (problems is null)
        {
            throw new ArgumentNullException(nameof(problems));
        }

        var list = problems.ToArray();
        Problems = list.Length == 0 ? NoProblems : list;
        IsValid = !list.Any(p => p.Severity == Severity.Error);
    }

    /// <summary>A result with no problem at all.</summary>
    public static ValidationResult Success { get; } = new(NoProblems);

    /// <summary>Every problem found, errors and warnings, in the order they were found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary><see langword="true"/> when no problem is an error.</summary>
    public bool IsValid { get; }

    /// <summary>The problems that reject the input.</summary>
    public IEnumerable<ValidationProblem> Errors => Problems.Where(p => p.Severity == Severity.Error);

    /// <summary>The problems that only warn.</summary>
    public IEnumerable<ValidationProblem> Warnings => Problems.Where(p => p.Severity == Severity.Warning);

    /// <summary>Every problem on its own line, in Indonesian.</summary>
    /// <returns>The problems as text, or <c>valid</c>.</returns>
    public override string ToString() =>
        Problems.Count == 0 ? "valid" : string.Join(Environment.NewLine, Problems.Select(p => p.ToString()));
}

/// <summary>
/// The outcome of validating and building a value: the value when the input is valid (possibly
/// with warnings), otherwise every error found. Reading <see cref="Value"/> of an invalid result
/// is a programming error.
/// </summary>
/// <typeparam name="T">The type of the value built.</typeparam>
public sealed class ValidationResult<T> : ValidationResult
{
    private readonly T? _value;

    /// <summary>Creates a result. The value is kept only when no problem is an error.</summary>
    /// <param name="value">The value built, or <see langword="default"/> when the input was rejected.</param>
    /// <param name="problems">Every problem found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null, or the result is valid and <paramref name="value"/> is null.</exception>
    public ValidationResult(T? value, IEnumerable<ValidationProblem> problems)
        : base(problems)
    {
        if (IsValid && value is null)
        {
            throw new ArgumentNullException(nameof(value), "A valid result needs a value.");
        }

        _value = IsValid ? value : default;
    }

    /// <summary>The value built.</summary>
    /// <exception cref="InvalidOperationException">The input was rejected; the message lists the errors.</exception>
    public T Value => IsValid
        ? _value!
        : throw new InvalidOperationException("The input is not valid:" + Environment.NewLine + ToString());

    /// <summary>Gets the value when the input was accepted.</summary>
    /// <param name="value">The value, or <see langword="default"/> when the input was rejected.</param>
    /// <returns><see langword="true"/> when the input was accepted.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value!;
        return IsValid;
    }
}
