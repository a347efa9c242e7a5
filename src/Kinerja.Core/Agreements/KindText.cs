namespace Kinerja.Core.Agreements;

/// <summary>
/// The kinds of values and targets as messages name them, in Indonesian and in English side by side:
/// the argument pairs of <see cref="Validation.ProblemCodes.TargetKind"/> and
/// <see cref="Validation.ProblemCodes.RealisasiKind"/>, so that no message shows an enum member's name.
/// </summary>
internal static class KindText
{
    /// <summary>What the values of an indicator are, as "an indicator whose values are ..." ends.</summary>
    /// <param name="kind">The indicator's value kind.</param>
    /// <returns>The words in Indonesian and in English.</returns>
    public static (string Indonesian, string English) Of(ValueKind kind) => kind switch
    {
        ValueKind.Number => ("angka", "numbers"),
        ValueKind.Percentage => ("persentase", "percentages"),
        ValueKind.Rupiah => ("rupiah", "rupiah amounts"),
        ValueKind.QualitativeGrade => ("predikat", "grades"),
        _ => ("jenis " + (int)kind, "kind " + (int)kind),
    };

    /// <summary>What a target is, as "a target that is ..." ends.</summary>
    /// <param name="kind">The target's kind.</param>
    /// <returns>The words in Indonesian and in English.</returns>
    public static (string Indonesian, string English) Of(TargetKind kind) => kind switch
    {
        TargetKind.Value => ("satu angka", "a single number"),
        TargetKind.Range => ("rentang", "a range"),
        TargetKind.Grade => ("predikat", "a grade"),
        _ => ("jenis " + (int)kind, "kind " + (int)kind),
    };
}
