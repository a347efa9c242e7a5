using NodaTime;

namespace Kinerja.Core.Calendar;

/// <summary>The working hours of one weekday: from <see cref="Start"/> to <see cref="End"/>, local time.</summary>
public sealed class WorkingHours : IEquatable<WorkingHours>
{
    /// <summary>Creates working hours.</summary>
    /// <param name="start">When work starts.</param>
    /// <param name="end">When work ends; after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public WorkingHours(LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"End {end:HH:mm} should be after start {start:HH:mm}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>When work starts.</summary>
    public LocalTime Start { get; }

    /// <summary>When work ends.</summary>
    public LocalTime End { get; }

    /// <summary>How long the working day is.</summary>
    public Duration Length => Duration.FromTicks(End.TickOfDay - Start.TickOfDay);

    /// <summary>The hours as <c>07:30-16:00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) + "-" + End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(WorkingHours? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkingHours);

    /// <inheritdoc />
    public override int GetHashCode() => Start.GetHashCode() ^ (End.GetHashCode() * 7);
}
