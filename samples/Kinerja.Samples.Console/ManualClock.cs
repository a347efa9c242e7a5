using NodaTime;

namespace Kinerja.Samples.Console;

/// <summary>A clock the demo moves by hand, so a scripted SOP run has the same moments every time.</summary>
/// <param name="now">The starting moment.</param>
internal sealed class ManualClock(Instant now) : IClock
{
    /// <summary>The clock's moment.</summary>
    public Instant Now { get; set; } = now;

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Now;
}
