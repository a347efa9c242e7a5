using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>One stay of an instance on a step: when it opened, when and how it closed, and by whom.</summary>
public sealed class SopStepVisit
{
    internal SopStepVisit(int step, string role, Instant openedAt, Instant? closedAt, SopEventKind? outcome, string? closedBy)
    {
        Step = step;
        Role = role;
        OpenedAt = openedAt;
        ClosedAt = closedAt;
        Outcome = outcome;
        ClosedBy = closedBy;
    }

    /// <summary>The step.</summary>
    public int Step { get; }

    /// <summary>The role that had to act.</summary>
    public string Role { get; }

    /// <summary>When work on the step could start.</summary>
    public Instant OpenedAt { get; }

    /// <summary>When the step was closed, or <see langword="null"/> while it is open.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>How it closed: Completed, Approved, Returned or Cancelled; <see langword="null"/> while open.</summary>
    public SopEventKind? Outcome { get; }

    /// <summary>Who closed it.</summary>
    public string? ClosedBy { get; }
}
