namespace Kinerja.Core.Sop;

/// <summary>
/// The decision of a decision step (diamond): approving sends the work on (to <see cref="YesStep"/>,
/// or to the following step); returning sends it back for correction, to <see cref="NoStep"/> or to
/// the latest step done by <see cref="NoRole"/> ("dikembalikan kepada Kasi").
/// </summary>
public sealed class SopDecision
{
    internal SopDecision(string? question, string yesLabel, string noLabel, string? yesStep, string? noStep, string? noRole, bool returnAnywhere)
    {
        Question = question;
        YesLabel = yesLabel;
        NoLabel = noLabel;
        YesStep = yesStep;
        NoStep = noStep;
        NoRole = noRole;
        CanReturnAnywhere = returnAnywhere;
    }

    /// <summary>The question as worded, if any.</summary>
    public string? Question { get; }

    /// <summary>The label of the approving branch: ya, benar or lengkap.</summary>
    public string YesLabel { get; }

    /// <summary>The label of the returning branch: tidak, salah or tidak lengkap.</summary>
    public string NoLabel { get; }

    /// <summary>The key of the step approval goes to, when not simply the following step.</summary>
    public string? YesStep { get; }

    /// <summary>The key of the step the work returns to; <see langword="null"/> when it returns to a role (<see cref="NoRole"/>).</summary>
    public string? NoStep { get; }

    /// <summary>The id of the role the work returns to: the latest step that role did opens again; <see langword="null"/> when it returns to a step.</summary>
    public string? NoRole { get; }

    /// <summary>Whether the definition says explicitly that the return may go to the decision itself or to a later step.</summary>
    public bool CanReturnAnywhere { get; }
}
