using Kinerja.Core.Validation;

namespace Kinerja.Core.Sop;

/// <summary>How an instance treats a recorded gap of its template when its flow reaches it.</summary>
public enum SopGapPolicy
{
    /// <summary>Default: the work goes on; an instance that reached a gap ends as <see cref="SopStatus.CompletedWithGaps"/>.</summary>
    Record = 0,

    /// <summary>The instance stops at the gap (<see cref="SopStatus.StoppedAtGap"/>): nothing is done that the source does not print.</summary>
    Stop = 1,
}

/// <summary>
/// A gap in the source of an SOP (missing or duplicated steps, lost text), recorded rather than filled
/// in. A gap that names steps is reached by an instance when one of those steps opens or, for steps
/// missing from the source, when the flow leaves the step <see cref="After"/> which they would follow.
/// A gap that names no step concerns the header or the document and is never reached.
/// </summary>
public sealed class SopGap
{
    internal SopGap(IReadOnlyList<string> steps, string note, string? after, string? noteIndonesian = null)
    {
        Steps = steps;
        Note = note;
        After = after;
        NoteIndonesian = noteIndonesian;
    }

    /// <summary>The keys of the steps concerned, those printed and those missing from the source.</summary>
    public IReadOnlyList<string> Steps { get; }

    /// <summary>What is missing or wrong, as the definition records it (the built-in templates in English).
    /// To show it to a user, use <see cref="GetNote"/>.</summary>
    public string Note { get; }

    /// <summary>The note in Indonesian when the definition gives one besides <see cref="Note"/> (JSON <c>noteIndonesian</c>;
    /// every gap of the built-in templates has one); otherwise <see langword="null"/>.</summary>
    public string? NoteIndonesian { get; }

    /// <summary>The note in a language: in Indonesian <see cref="NoteIndonesian"/> when there is one, otherwise
    /// <see cref="Note"/> as recorded (in whatever language it was written).</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text.</returns>
    public string GetNote(MessageLanguage language = MessageLanguage.Indonesian) =>
        language == MessageLanguage.English ? Note : NoteIndonesian ?? Note;

    /// <summary>For steps missing from the source, the key of the printed step they would follow; otherwise <see langword="null"/>.</summary>
    public string? After { get; }

    /// <summary>The steps and note.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + string.Join(", ", Steps) + "] " + Note;
}
