namespace Kinerja.Core.Scales;

/// <summary>
/// Which side of a printed SAKIP grade boundary a value exactly on it belongs to. The grades
/// are printed "AA (&gt;90-100), A (&gt;80-90) ..."; open e-SAKIP applications disagree on
/// whether exactly 90 is AA or A, so the choice is explicit.
/// </summary>
public enum SakipBoundary
{
    /// <summary>Default, the literal reading of "&gt;90-100": a value on a boundary belongs to the
    /// lower grade (90 is A, 80 is BB), bands are (lower, upper].</summary>
    UpperInclusive = 0,

    /// <summary>A value on a boundary belongs to the higher grade (90 is AA), bands are [lower, upper).</summary>
    LowerInclusive = 1,
}
