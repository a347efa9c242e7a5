using BenchmarkDotNet.Attributes;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Benchmarks;

/// <summary>
/// SOP engine transitions: each invocation runs instances of a ten-step SOP with one decision
/// (start, complete, approve ...) until 1,000 transitions have been made; figures are per transition.
/// </summary>
[MemoryDiagnoser]
public class SopBenchmarks
{
    private const int Transitions = 1000;
    private SopDefinition _definition = null!;
    private SopEngine _engine = null!;
    private SopInstance _started = null!;

    /// <summary>Builds the definition, roster and engine once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var builder = SopDefinition.CreateBuilder("bench").WithHeader(new SopHeader { Nama = "Benchmark" })
            .AddRole("staf", "Staf").AddRole("kasi", "Kepala Seksi", "Kasi").AddRole("camat", "Camat");
        for (var n = 1; n <= 10; n++)
        {
            var actor = n % 3 == 0 ? "camat" : n % 2 == 0 ? "kasi" : "staf";
            builder = n == 5
                ? builder.AddDecision(Key(n), "Memeriksa", actor, returnTo: "4", s => s.WithWaktu("1 Hari"))
                : builder.AddStep(Key(n), "Langkah " + n, actor, s => s.WithWaktu("2 Jam"));
        }

        _definition = builder.Build().Value;
        var roster = OfficeRoster.CreateBuilder()
            .AddPerson("staf", "Staf", "Staf").AddPerson("kasi", "Kasi", "Kasi").AddPerson("camat", "Camat", "Camat").Build().Value;
        _engine = new SopEngine(new TickingClock(Instant.FromUtc(2026, 6, 8, 1, 0)), roster);
        _started = _engine.Start(_definition, "bench-1", "benchmark", "staf").Value;
    }

    /// <summary>1,000 accepted transitions: complete process steps, approve the decision, restart at the end.</summary>
    /// <returns>The last instance's version.</returns>
    [Benchmark(OperationsPerInvoke = Transitions)]
    public int Transition()
    {
        var instance = _started;
        for (var i = 0; i < Transitions; i++)
        {
            if (instance.Status != SopStatus.Running)
            {
                instance = _started;
            }

            var step = instance.CurrentStep!;
            instance = (step.IsDecision
                ? _engine.Approve(instance, instance.Version, step.Actor)
                : _engine.Complete(instance, instance.Version, step.Actor)).Value;
        }

        return instance.Version;
    }

    /// <summary>1,000 refused transitions (wrong role): the cost of saying no.</summary>
    /// <returns>The number refused.</returns>
    [Benchmark(OperationsPerInvoke = Transitions)]
    public int Refusal()
    {
        var refused = 0;
        for (var i = 0; i < Transitions; i++)
        {
            refused += _engine.Complete(_started, _started.Version, "camat").IsValid ? 0 : 1;
        }

        return refused;
    }

    private static string Key(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class TickingClock(Instant start) : IClock
    {
        private long _ticks;

        public Instant GetCurrentInstant() => start + Duration.FromSeconds(Interlocked.Increment(ref _ticks) % 3600);
    }
}
