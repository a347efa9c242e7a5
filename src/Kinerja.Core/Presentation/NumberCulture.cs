namespace Kinerja.Core.Presentation;

/// <summary>How numbers are written when presented.</summary>
public enum NumberCulture
{
    /// <summary>Indonesian (id-ID), the default: decimal comma, dot between thousands: <c>1.234,57</c>.</summary>
    Indonesian = 0,

    /// <summary>Invariant: decimal point, no thousands separator: <c>1234.57</c>. For files and machines.</summary>
    Invariant = 1,
}
