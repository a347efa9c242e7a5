using Kinerja.Core.Calendar;
using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>One stay of an instance on a step, for one of its roles: when it opened, when and how it closed, and by whom.</summary>
public sealed class SopStepVisit
{
    internal SopStepVisit(string step, string role, Instant openedAt, Instant? closedAt, SopEventKind? outcome, string? closedBy, MutuBakuWaktu? instruction)
    {
        Step = step;
        Role = role;
        OpenedAt = openedAt;
        ClosedAt = closedAt;
        Outcome = outcome;
        ClosedBy = closedBy;
        Instruction = instruction;
    }

    /// <summary>The step's key.</summary>
    public string Step { get; }

    /// <summary>The role that had to act.</summary>
    public string Role { get; }

    /// <summary>When work on the step could start.</summary>
    public Instant OpenedAt { get; }

    /// <summary>When the stay was closed, or <see langword="null"/> while it is open.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>How it closed: Completed, Approved, Returned or Cancelled; <see langword="null"/> while open.</summary>
    public SopEventKind? Outcome { get; }

    /// <summary>Who closed it.</summary>
    public string? ClosedBy { get; }

    /// <summary>The time standard given by instruction during the stay, if the step's standard is set so.</summary>
    public MutuBakuWaktu? Instruction { get; }
}

/// <summary>A step open on an instance: since when, which of its roles have still to act, and any instructed standard.</summary>
public sealed class SopOpenStep
{
    internal SopOpenStep(SopStep step, Instant openedAt, IReadOnlyList<string> pendingRoles, string openedByRole, MutuBakuWaktu? instruction)
    {
        Step = step;
        OpenedAt = openedAt;
        PendingRoles = pendingRoles;
        OpenedByRole = openedByRole;
        Instruction = instruction;
    }

    /// <summary>The step.</summary>
    public SopStep Step { get; }

    /// <summary>When it opened.</summary>
    public Instant OpenedAt { get; }

    /// <summary>The ids of the roles that have still to act (all of <see cref="SopStep.Actors"/> until one acts).</summary>
    public IReadOnlyList<string> PendingRoles { get; }

    /// <summary>The id of the role whose action opened it (the role that gives a standard set by instruction, unless the step names another).</summary>
    public string OpenedByRole { get; }

    /// <summary>The time standard given by instruction, if any yet.</summary>
    public MutuBakuWaktu? Instruction { get; }
}
