namespace Kinerja.Core.Sop;

/// <summary>A gap in the source of an SOP (missing or duplicated step numbers, lost text), recorded rather than filled in.</summary>
public sealed class SopGap
{
    internal SopGap(IReadOnlyList<int> steps, string note)
    {
        Steps = steps;
        Note = note;
    }

    /// <summary>The step numbers concerned.</summary>
    public IReadOnlyList<int> Steps { get; }

    /// <summary>What is missing or wrong.</summary>
    public string Note { get; }

    /// <summary>The steps and note.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + string.Join(", ", Steps) + "] " + Note;
}
