using Kinerja.Core.Internal;

namespace Kinerja.Core.Agreements;

/// <summary>
/// A target: one value, a range [lower, upper], or a qualitative grade. Targets are values;
/// the factories accept any figure, and the PK builder reports figures that break a rule
/// (a negative target, an unordered range), so that nothing typed is lost.
/// </summary>
public sealed class Target : IEquatable<Target>
{
    private Target(TargetKind kind, decimal lower, decimal upper, string? grade)
    {
        Kind = kind;
        Lower = lower;
        Upper = upper;
        Grade = grade;
    }

    /// <summary>The shape of the target.</summary>
    public TargetKind Kind { get; }

    /// <summary>The value of a <see cref="TargetKind.Value"/> target (also its <see cref="Lower"/> and <see cref="Upper"/>).</summary>
    /// <exception cref="InvalidOperationException">The target is a range or a grade.</exception>
    public decimal Value => Kind == TargetKind.Value ? Lower : throw new InvalidOperationException("Only a Value target has a single value; this target is a " + Kind + ".");

    /// <summary>The lower bound of a range, or the value of a single-value target; 0 for a grade.</summary>
    public decimal Lower { get; }

    /// <summary>The upper bound of a range, or the value of a single-value target; 0 for a grade.</summary>
    public decimal Upper { get; }

    /// <summary>The grade of a <see cref="TargetKind.Grade"/> target, otherwise <see langword="null"/>.</summary>
    public string? Grade { get; }

    /// <summary>A target of one value.</summary>
    /// <param name="value">The target value.</param>
    /// <returns>The target.</returns>
    public static Target Of(decimal value) => new(TargetKind.Value, value, value, null);

    /// <summary>A range target [lower, upper].</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <returns>The target.</returns>
    public static Target Between(decimal lower, decimal upper) => new(TargetKind.Range, lower, upper, null);

    /// <summary>A qualitative grade target, such as "WTP" or "A".</summary>
    /// <param name="grade">The grade's code.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    public static Target OfGrade(string grade) => new(TargetKind.Grade, 0m, 0m, grade ?? throw new ArgumentNullException(nameof(grade)));

    /// <summary>
    /// A single-value target from a number, so that a builder takes a literal (<c>WithAnnualTarget(85m)</c>).
    /// <see cref="Of(decimal)"/> is its named form.
    /// </summary>
    /// <param name="value">The target value.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "Target.Of is the named alternate; a FromDecimal beside it would be a third way to say the same.")]
    public static implicit operator Target(decimal value) => Of(value);

    /// <summary>The target as text: <c>82.5</c>, <c>80 - 90</c> or <c>WTP</c> (invariant culture, full precision).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        TargetKind.Value => Text.Of(Lower),
        TargetKind.Range => Text.Of(Lower) + " - " + Text.Of(Upper),
        _ => Grade!,
    };

    /// <inheritdoc />
    public bool Equals(Target? other) =>
        other is not null && Kind == other.Kind && Lower == other.Lower && Upper == other.Upper && Grade == other.Grade;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Target);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = ((int)Kind * 397) ^ Lower.GetHashCode();
            hash = (hash * 397) ^ Upper.GetHashCode();
            return (hash * 397) ^ (Grade is null ? 0 : StringComparer.Ordinal.GetHashCode(Grade));
        }
    }
}
