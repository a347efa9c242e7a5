using NodaTime;

namespace Kinerja.Core.Sop;

/// <summary>A clock that always reads one moment: strict replay performs each event again at its own moment.</summary>
internal sealed class FixedClock : IClock
{
    private readonly Instant _at;

    public FixedClock(Instant at) => _at = at;

    public Instant GetCurrentInstant() => _at;
}
