using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Agreements;

/// <summary>
/// The kinds of values and targets as messages name them, in Indonesian and in English side by side:
/// the argument pairs of <see cref="Validation.ProblemCodes.TargetKind"/> and
/// <see cref="Validation.ProblemCodes.RealisasiKind"/>, so that no message shows an enum member's name.
/// The words are <see cref="DisplayNames"/>' (one home): the English of a value kind in the plural, of a target kind with its article.
/// </summary>
internal static class KindText
{
    /// <summary>What the values of an indicator are, as "an indicator whose values are ..." ends.</summary>
    /// <param name="kind">The indicator's value kind.</param>
    /// <returns>The words in Indonesian and in English.</returns>
    public static (string Indonesian, string English) Of(ValueKind kind) =>
        (DisplayNames.Of(kind), DisplayNames.Of(kind, MessageLanguage.English) + (kind is >= ValueKind.Number and <= ValueKind.QualitativeGrade ? "s" : string.Empty));

    /// <summary>What a target is, as "a target that is ..." ends.</summary>
    /// <param name="kind">The target's kind.</param>
    /// <returns>The words in Indonesian and in English.</returns>
    public static (string Indonesian, string English) Of(TargetKind kind) =>
        (DisplayNames.Of(kind), (kind is >= TargetKind.Value and <= TargetKind.Grade ? "a " : string.Empty) + DisplayNames.Of(kind, MessageLanguage.English));
}
