using NodaTime;

namespace Kinerja.Samples.Worker;

/// <summary>A clock the demo moves forward by hand, so a working week passes in a second. Thread-safe.</summary>
public sealed class SimulatedClock : IClock
{
    private readonly object _gate = new();
    private Instant _now;

    /// <summary>Creates the clock at a moment.</summary>
    /// <param name="start">The first moment.</param>
    public SimulatedClock(Instant start) => _now = start;

    /// <inheritdoc />
    public Instant GetCurrentInstant()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock forward.</summary>
    /// <param name="step">How far; not negative.</param>
    /// <returns>The new moment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is negative.</exception>
    public Instant Advance(Duration step)
    {
        if (step < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "A clock does not run backwards.");
        }

        lock (_gate)
        {
            _now += step;
            return _now;
        }
    }
}
