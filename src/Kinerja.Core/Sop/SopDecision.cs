namespace Kinerja.Core.Sop;

/// <summary>
/// The decision of a decision step (diamond): approving sends the work on (to <see cref="YesStep"/>,
/// or to the following step), returning sends it back for correction to <see cref="NoStep"/>.
/// </summary>
public sealed class SopDecision
{
    internal SopDecision(string? question, string yesLabel, string noLabel, int? yesStep, int noStep)
    {
        Question = question;
        YesLabel = yesLabel;
        NoLabel = noLabel;
        YesStep = yesStep;
        NoStep = noStep;
    }

    /// <summary>The question as worded, if any.</summary>
    public string? Question { get; }

    /// <summary>The label of the approving branch: ya, benar or lengkap.</summary>
    public string YesLabel { get; }

    /// <summary>The label of the returning branch: tidak, salah or tidak lengkap.</summary>
    public string NoLabel { get; }

    /// <summary>Where approval goes when not simply the following step.</summary>
    public int? YesStep { get; }

    /// <summary>The step the work returns to for correction.</summary>
    public int NoStep { get; }
}
