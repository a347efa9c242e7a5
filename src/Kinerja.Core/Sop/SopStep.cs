using Kinerja.Core.Calendar;

namespace Kinerja.Core.Sop;

/// <summary>How a step with several actors closes.</summary>
public enum SopCompletion
{
    /// <summary>Every actor must act ("data dari masing-masing seksi"); the step closes when the last one has. A step with one actor is of this kind.</summary>
    All = 0,

    /// <summary>Any one of the actors acts, and the step closes.</summary>
    Any = 1,
}

/// <summary>A named part of an SOP whose steps are numbered on their own (one section's steps 1-11, the next one's 1-5).</summary>
public sealed class SopSection
{
    internal SopSection(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The section's id, used to name its steps from elsewhere (<c>B/3</c>).</summary>
    public string Id { get; }

    /// <summary>The section's name as printed.</summary>
    public string Name { get; }

    /// <summary>The section's name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}

/// <summary>
/// One step (uraian kegiatan) of an SOP: its id as printed ("3", "3a", "2.1"), its section, the
/// activity, the role or roles that do it, the mutu baku (kelengkapan, waktu, output), keterangan,
/// where the flow goes after it (the following step, another step, several steps at once), and for a
/// decision step its branches. See <c>docs/sop.md</c>.
/// </summary>
public sealed class SopStep
{
    /// <summary>The most roles one step can be done by: the engine tracks who is still to act in a 32-bit mask
    /// (<c>SopDefinition.SopGraph.ActorMask</c>), and the builder refuses a step by more.</summary>
    internal const int MaxActors = 32;

    internal SopStep(
        string id,
        SopSection? section,
        int position,
        string activity,
        IReadOnlyList<string> actors,
        SopCompletion completion,
        bool actorInferred,
        string? actorNote,
        IReadOnlyList<string> kelengkapan,
        MutuBakuWaktu waktu,
        string? instructedBy,
        IReadOnlyList<string> output,
        string? keterangan,
        SopDecision? decision,
        string? decisionNote,
        string? next,
        IReadOnlyList<string> split,
        bool isJoin)
    {
        Id = id;
        Section = section;
        Key = section is null ? id : section.Id + "/" + id;
        Position = position;
        Activity = activity;
        Actors = actors;
        Completion = completion;
        IsActorInferred = actorInferred;
        ActorNote = actorNote;
        Kelengkapan = kelengkapan;
        Waktu = waktu;
        InstructedBy = instructedBy;
        Output = output;
        Keterangan = keterangan;
        Decision = decision;
        DecisionNote = decisionNote;
        Next = next;
        Split = split;
        IsJoin = isJoin;
    }

    /// <summary>The step's id as printed, such as <c>3</c>, <c>3a</c> or <c>2.1</c>; unique within its section.</summary>
    public string Id { get; }

    /// <summary>The section the step belongs to, or <see langword="null"/> when the SOP has none.</summary>
    public SopSection? Section { get; }

    /// <summary>The step's key, unique in the SOP: its id, or <c>section/id</c> within a section. Events, gaps and overrides name steps by it.</summary>
    public string Key { get; }

    /// <summary>The step's position in printed order, from 0.</summary>
    public int Position { get; }

    /// <summary>The activity (uraian kegiatan) as printed.</summary>
    public string Activity { get; }

    /// <summary>The id of the role that does the step; for a step with several actors, the first of <see cref="Actors"/>.</summary>
    public string Actor => Actors[0];

    /// <summary>The ids of the roles that do the step: one, or several that all act or any one acts (<see cref="Completion"/>).</summary>
    public IReadOnlyList<string> Actors { get; }

    /// <summary>Whether every actor must act or any one of them.</summary>
    public SopCompletion Completion { get; }

    /// <summary>Whether the source does not print the actor and it was inferred from the wording.</summary>
    public bool IsActorInferred { get; }

    /// <summary>Why the actor was inferred as it was, if it was.</summary>
    public string? ActorNote { get; }

    /// <summary>Mutu baku: kelengkapan/persyaratan (required inputs), one entry per document.</summary>
    public IReadOnlyList<string> Kelengkapan { get; }

    /// <summary>Mutu baku: waktu (time standard); <see cref="MutuBakuWaktu.None"/> when none is printed.</summary>
    public MutuBakuWaktu Waktu { get; }

    /// <summary>For a standard set by instruction ("disesuaikan dengan arahan pimpinan"), the id of the role that gives it;
    /// <see langword="null"/> when it is the role that opened the step.</summary>
    public string? InstructedBy { get; }

    /// <summary>Mutu baku: output, one entry per document.</summary>
    public IReadOnlyList<string> Output { get; }

    /// <summary>Keterangan, if any.</summary>
    public string? Keterangan { get; }

    /// <summary>The decision of a decision step; <see langword="null"/> for a process step.</summary>
    public SopDecision? Decision { get; }

    /// <summary>Why the decision's targets were chosen, when they were inferred.</summary>
    public string? DecisionNote { get; }

    /// <summary>The key of the step that follows when not simply the next one in order; <see langword="null"/> for the default flow.</summary>
    public string? Next { get; }

    /// <summary>The keys of the steps that open at once when this step closes (parallel work); empty for one flow.</summary>
    public IReadOnlyList<string> Split { get; }

    /// <summary>Whether the step waits for every parallel branch still on its way to it before it opens.</summary>
    public bool IsJoin { get; }

    /// <summary>Whether the step is a decision (approve or return).</summary>
    public bool IsDecision => Decision is not null;

    /// <summary>The key and activity.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Key + ". " + Activity;
}
