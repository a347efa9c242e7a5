using FsCheck.Xunit;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// An FsCheck property over the SOP engine and the working calendar: the generators of
/// <see cref="SopArbitraries"/> and <see cref="PropertyRuns.Count"/> cases (1,000 unless
/// <c>KINERJA_PROPERTY_RUNS</c> says otherwise), times <see cref="Scale"/> for properties cheap enough
/// to run more. <c>KINERJA_PROPERTY_REPLAY</c> replays a printed seed, as for <see cref="KinerjaPropertyAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SopPropertyAttribute : PropertyAttribute
{
    private int _scale = 1;

    /// <summary>Uses <see cref="SopArbitraries"/> and the configured number of cases.</summary>
    public SopPropertyAttribute()
    {
        MaxTest = PropertyRuns.Count;
        Arbitrary = [typeof(SopArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }

    /// <summary>
    /// How many times <see cref="PropertyRuns.Count"/> cases to run: 1 by default, more for a property
    /// that costs microseconds a case. Values below 1 count as 1, so no property runs fewer cases than configured.
    /// </summary>
    public int Scale
    {
        get => _scale;
        set
        {
            _scale = Math.Max(1, value);
            MaxTest = checked(PropertyRuns.Count * _scale);
        }
    }
}
