using System.Globalization;
using FsCheck.Xunit;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// An FsCheck property with the suite's settings: the generators of <see cref="KinerjaArbitraries"/>
/// and <see cref="PropertyRuns.Count"/> cases (1,000 unless <c>KINERJA_PROPERTY_RUNS</c> says otherwise).
/// FsCheck.Xunit reads the attribute instance, so values set in this constructor take effect just as
/// named arguments of <c>[Property(...)]</c> do.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class KinerjaPropertyAttribute : PropertyAttribute
{
    /// <summary>Uses <see cref="KinerjaArbitraries"/> and the configured number of cases.</summary>
    public KinerjaPropertyAttribute()
    {
        MaxTest = PropertyRuns.Count;
        Arbitrary = [typeof(KinerjaArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}

/// <summary>
/// How many cases each property runs. <c>KINERJA_PROPERTY_RUNS=100000 dotnet test</c> makes a long
/// run; unset or empty means <see cref="Default"/>. A value that is not a positive whole number fails
/// every property with a message naming the variable, rather than silently running the default.
/// <c>KINERJA_PROPERTY_REPLAY="(seed,gamma)"</c> replays the seed FsCheck printed for a failure.
/// </summary>
public static class PropertyRuns
{
    /// <summary>The number of cases when the variable is not set.</summary>
    public const int Default = 1000;

    /// <summary>The variable that sets the number of cases.</summary>
    public const string Variable = "KINERJA_PROPERTY_RUNS";

    /// <summary>The variable that replays one seed.</summary>
    public const string ReplayVariable = "KINERJA_PROPERTY_REPLAY";

    /// <summary>The number of cases per property.</summary>
    public static int Count { get; } = Read();

    /// <summary>The seed to replay, or <see langword="null"/>.</summary>
    public static string? Replay { get; } =
        Environment.GetEnvironmentVariable(ReplayVariable) is { Length: > 0 } replay ? replay : null;

    private static int Read()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs > 0
            ? runs
            : throw new InvalidOperationException($"{Variable}='{text}' should be a positive whole number of cases per property.");
    }
}
