using System.Globalization;
using Xunit.Abstractions;

namespace Kinerja.Fuzz.Tests;

/// <summary>
/// A short fuzzing round under <c>dotnet test</c>: every public loader fed mutated copies of the project's
/// valid documents must return a value or problems, never throw. 5,000 inputs by default (200 per loader);
/// set <c>KINERJA_FUZZ_INPUTS</c> (for example to 1000000) for a long round and <c>KINERJA_FUZZ_SEED</c>
/// for another one. Timings are the console harness's business (<c>eng/fuzz.sh</c>), not this test's.
/// </summary>
public class FuzzRoundTests
{
    private readonly ITestOutputHelper _output;

    public FuzzRoundTests(ITestOutputHelper output) => _output = output;

    private static long Inputs =>
        long.TryParse(Environment.GetEnvironmentVariable("KINERJA_FUZZ_INPUTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 5000;

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("KINERJA_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 20261204;

    private static IReadOnlyList<FuzzTarget> Targets => FuzzTargets.All(Path.Combine(AppContext.BaseDirectory, "seeds"));

    [Fact]
    public void FuzzRound_EveryLoader_ReturnsAValueOrProblemsAndNeverThrows()
    {
        // No time limit here: a unit test asserts behaviour, not speed.
        var reports = FuzzRunner.Run(Targets, new FuzzSettings(Inputs, Seed, LimitMs: double.MaxValue));
        _output.WriteLine(FuzzRunner.Table(reports));

        Assert.All(reports, r => Assert.True(r.Exceptions == 0, r.Name + " threw:\n" + string.Join("\n", r.Findings)));
    }

    [Fact]
    public void FuzzRound_EveryLoader_GetsInputsItAcceptsAndInputsItRefuses()
    {
        // A harness whose mutations all fail on the first byte, or never change a thing, would test nothing.
        var reports = FuzzRunner.Run(Targets, new FuzzSettings(Targets.Count * 70, Seed, LimitMs: double.MaxValue));

        Assert.Equal(22, reports.Count);
        Assert.All(reports, r => Assert.True(r.Valid > 0 && r.Problems > 0, r.Name + ": " + r.Valid + " valid, " + r.Problems + " with problems"));
    }

    [Fact]
    public void FuzzRound_SameSeed_SameInputsAndOutcomes()
    {
        var first = FuzzRunner.Run(Targets, new FuzzSettings(340, 5, LimitMs: double.MaxValue));
        var second = FuzzRunner.Run(Targets, new FuzzSettings(340, 5, LimitMs: double.MaxValue));

        Assert.Equal(first.Select(r => (r.Valid, r.Problems, r.RejectedByHost)), second.Select(r => (r.Valid, r.Problems, r.RejectedByHost)));
    }
}
