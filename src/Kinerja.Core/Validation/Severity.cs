namespace Kinerja.Core.Validation;

/// <summary>How serious a <see cref="ValidationProblem"/> is.</summary>
public enum Severity
{
    /// <summary>The input cannot be accepted; nothing was changed.</summary>
    Error = 0,

    /// <summary>The input was accepted, but something in it deserves a second look
    /// (for example quarterly targets that do not add up to the annual target).</summary>
    Warning = 1,
}
