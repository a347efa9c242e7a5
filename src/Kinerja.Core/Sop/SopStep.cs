using Kinerja.Core.Calendar;

namespace Kinerja.Core.Sop;

/// <summary>
/// One step (uraian kegiatan) of an SOP: its number as printed, the activity, the role that does it,
/// the mutu baku (kelengkapan, waktu, output), keterangan, and for a decision step its branches.
/// </summary>
public sealed class SopStep
{
    internal SopStep(
        int number,
        string activity,
        string actor,
        bool actorInferred,
        string? actorNote,
        IReadOnlyList<string> kelengkapan,
        MutuBakuWaktu waktu,
        IReadOnlyList<string> output,
        string? keterangan,
        SopDecision? decision,
        string? decisionNote,
        int? next)
    {
        Number = number;
        Activity = activity;
        Actor = actor;
        ActorInferred = actorInferred;
        ActorNote = actorNote;
        Kelengkapan = kelengkapan;
        Waktu = waktu;
        Output = output;
        Keterangan = keterangan;
        Decision = decision;
        DecisionNote = decisionNote;
        Next = next;
    }

    /// <summary>The step's number as printed.</summary>
    public int Number { get; }

    /// <summary>The activity (uraian kegiatan) as printed.</summary>
    public string Activity { get; }

    /// <summary>The id of the role that does the step.</summary>
    public string Actor { get; }

    /// <summary>Whether the source does not print the actor and it was inferred from the wording.</summary>
    public bool ActorInferred { get; }

    /// <summary>Why the actor was inferred as it was, if it was.</summary>
    public string? ActorNote { get; }

    /// <summary>Mutu baku: kelengkapan/persyaratan (required inputs).</summary>
    public IReadOnlyList<string> Kelengkapan { get; }

    /// <summary>Mutu baku: waktu (time standard); <see cref="MutuBakuWaktu.None"/> when none is printed.</summary>
    public MutuBakuWaktu Waktu { get; }

    /// <summary>Mutu baku: output.</summary>
    public IReadOnlyList<string> Output { get; }

    /// <summary>Keterangan, if any.</summary>
    public string? Keterangan { get; }

    /// <summary>The decision of a decision step; <see langword="null"/> for a process step.</summary>
    public SopDecision? Decision { get; }

    /// <summary>Why the decision's targets were chosen, when they were inferred.</summary>
    public string? DecisionNote { get; }

    /// <summary>The step that follows when not simply the next one in order; <see langword="null"/> for the default flow.</summary>
    public int? Next { get; }

    /// <summary>Whether the step is a decision (approve or return).</summary>
    public bool IsDecision => Decision is not null;

    /// <summary>The number and activity.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + Activity;
}
