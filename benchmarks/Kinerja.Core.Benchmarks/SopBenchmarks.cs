using BenchmarkDotNet.Attributes;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Benchmarks;

/// <summary>
/// SOP engine transitions: each invocation runs instances of a ten-step SOP with one decision
/// (start, complete, approve ...) until 1,000 transitions have been made; figures are per transition.
/// The parallel benchmarks run a schema-version-2 SOP: a split into three branches (one of them a
/// step done by each of three roles), a join and a decision returning to a role. Every transition hashes its
/// new event into the log's chain; <see cref="ChainHash"/> is that hashing alone, and the chain benchmarks verify
/// and replay a log of 100 events.
/// </summary>
[MemoryDiagnoser]
public class SopBenchmarks
{
    private const int Transitions = 1000;
    private const int Deadlines = 1000;
    private readonly SopInstance[] _dueInstances = new SopInstance[Deadlines];
    private readonly SopOpenStep[] _dueOpenSteps = new SopOpenStep[Deadlines];
    private SopDefinition _definition = null!;
    private SopEngine _engine = null!;
    private SopInstance _started = null!;
    private SopInstance _parallelStarted = null!;
    private WorkingCalendar _calendar = null!;
    private OfficeRoster _roster = null!;
    private SopInstance _hundred = null!;
    private SopEvent[] _hundredEvents = null!;

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
        _roster = roster;
        _engine = new SopEngine(new TickingClock(Instant.FromUtc(2026, 6, 8, 1, 0)), roster);
        _started = _engine.Start(_definition, "bench-1", "benchmark", "staf").Value;

        // A log of 100 events: steps 1 to 4, then the decision (5) returns the work to 4 and 4 is done again.
        var hundred = _started;
        while (hundred.Version < 100)
        {
            var step = hundred.CurrentStep!;
            hundred = (step.IsDecision
                ? _engine.Return(hundred, hundred.Version, step.Actor, "Perbaiki")
                : _engine.Complete(hundred, hundred.Version, step.Actor)).Value;
        }

        _hundred = hundred;
        _hundredEvents = [.. hundred.Events];

        var parallel = Parallel();
        _parallelStarted = _engine.Start(parallel, "bench-2", "benchmark", "staf").Value;

        // Running parallel instances started at moments spread over 2026, each with its three branches open.
        _calendar = WorkingCalendar.FiveDayWeek(OfficeTimeZones.Wib, NationalHolidays.Year2025.Holidays.Concat(NationalHolidays.Year2026.Holidays));
        var clock = new SetClock();
        var engine = new SopEngine(clock, roster);
        var random = new Random(20260101);
        var yearStart = Instant.FromUtc(2026, 1, 1, 0, 0);
        for (var n = 0; n < Deadlines;)
        {
            clock.Now = yearStart + Duration.FromMinutes(random.Next(0, 330 * 24 * 60));
            var started = engine.Start(parallel, "due-" + Key(n), "benchmark", "staf").Value;
            var running = engine.Complete(started, started.Version, "staf").Value;
            foreach (var open in running.OpenSteps.Take(Deadlines - n))
            {
                _dueInstances[n] = running;
                _dueOpenSteps[n++] = open;
            }
        }
    }

    /// <summary>1,000 accepted transitions: complete process steps, approve the decision, restart at the end.</summary>
    /// <returns>The last instance's version.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Transitions)]
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

    /// <summary>
    /// <see cref="Transition"/> with the chain head read after each transition, as a host that stores every event with
    /// its hash at once does: the engine hashes an event when its chain is first read, so this is the transition plus one hash.
    /// </summary>
    /// <returns>The length of the last head read.</returns>
    [Benchmark(OperationsPerInvoke = Transitions)]
    public int TransitionThenHead()
    {
        var instance = _started;
        var length = 0;
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
            length = instance.ChainHead.Length;
        }

        return length;
    }

    /// <summary>
    /// 1,000 accepted transitions on the parallel SOP: each acts on one open step in turn (by its key) as the first
    /// of its pending roles; the decision returns the work to the Kasi and approves it on alternate visits; restart at the end.
    /// </summary>
    /// <returns>The last instance's version.</returns>
    [Benchmark(OperationsPerInvoke = Transitions)]
    public int TransitionParallel()
    {
        var instance = _parallelStarted;
        var returns = true;
        for (var i = 0; i < Transitions; i++)
        {
            if (instance.Status != SopStatus.Running)
            {
                instance = _parallelStarted;
            }

            var openSteps = instance.OpenSteps;
            var open = openSteps[i % openSteps.Count];
            var person = open.PendingRoles[0];
            var key = open.Step.Key;
            if (!open.Step.IsDecision)
            {
                instance = _engine.Complete(instance, instance.Version, person, step: key).Value;
            }
            else
            {
                instance = (returns
                    ? _engine.Return(instance, instance.Version, person, "Perbaiki konsep", key)
                    : _engine.Approve(instance, instance.Version, person, step: key)).Value;
                returns = !returns;
            }
        }

        return instance.Version;
    }

    /// <summary>
    /// 1,000 due moments of open parallel steps ("2 Hari" and "1 - 2 Hari") under the default day reading
    /// (<see cref="DayReading.WorkingTimeToClose"/>) on a five-day WIB calendar with the 2025 and 2026 holidays.
    /// </summary>
    /// <returns>A checksum of the results.</returns>
    [Benchmark(OperationsPerInvoke = Deadlines)]
    public long DeadlineOfOpenSteps()
    {
        long sum = 0;
        for (var i = 0; i < Deadlines; i++)
        {
            sum += SopDeadlines.DueOfOpenStep(_dueInstances[i], _dueOpenSteps[i], _calendar)!.Value.ToUnixTimeTicks();
        }

        return sum;
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

    /// <summary>The hashing each event costs when its chain is first read: SHA-256 over the previous hash and one event's canonical form.</summary>
    /// <returns>The hash.</returns>
    [Benchmark]
    public string ChainHash() => SopChain.ComputeHash(_hundred.Events[98].Hash!, _hundred.Events[99]);

    /// <summary>Verifies the chain of a 100-event log against the head kept (<see cref="SopInstance.VerifyChain"/>).</summary>
    /// <returns>Whether it is intact.</returns>
    [Benchmark]
    public bool VerifyChain100() => _hundred.VerifyChain(_hundred.ChainHead).IsIntact;

    /// <summary>Replays a stored 100-event log, checking its chain and flow.</summary>
    /// <returns>The version.</returns>
    [Benchmark]
    public int Replay100() => SopInstance.Replay(_definition, _hundred.Id, _hundredEvents).Value.Version;

    /// <summary>Replays a stored 100-event log strictly: every event is performed again against the roster.</summary>
    /// <returns>The version.</returns>
    [Benchmark]
    public int StrictReplay100() => SopInstance.Replay(_definition, _hundred.Id, _hundredEvents, new SopReplayOptions { Roster = _roster }).Value.Version;

    private static string Key(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// 1 splits to 2, 4 and 5; branch one is 2 then 3, branch two is 4 done by each of three roles, branch three is 5;
    /// 6 joins them (the Kasi), 7 is the Camat's decision returning to the Kasi, 8 and 9 end it.
    /// </summary>
    private static SopDefinition Parallel()
    {
        var built = SopDefinition.CreateBuilder("bench-paralel").WithHeader(new SopHeader { Nama = "Benchmark paralel" })
            .AddRole("staf", "Staf").AddRole("kasi", "Kepala Seksi", "Kasi").AddRole("camat", "Camat")
            .AddStep("1", "Menerima berkas", "staf", s => s.WithWaktu("15 Menit").SplitTo("2", "4", "5"))
            .AddStep("2", "Memeriksa data", "staf", s => s.WithWaktu("2 Hari"))
            .AddStep("3", "Memverifikasi data", "kasi", s => s.WithWaktu("1 - 2 Hari").WithNext("6"))
            .AddStepByEach("4", "Memberi paraf", ["staf", "kasi", "camat"], s => s.WithWaktu("1 - 2 Hari").WithNext("6"))
            .AddStep("5", "Menyiapkan konsep", "kasi", s => s.WithWaktu("2 Hari").WithNext("6"))
            .AddStep("6", "Menghimpun hasil", "kasi", s => s.WithWaktu("2 Jam").AsJoin())
            .AddDecisionReturningToRole("7", "Memeriksa konsep", "camat", "kasi", s => s.WithWaktu("1 Hari"))
            .AddStep("8", "Menandatangani", "camat", s => s.WithWaktu("1 Jam"))
            .AddStep("9", "Mengarsipkan", "staf", s => s.WithWaktu("30 Menit"))
            .Build();
        return built.Value;
    }

    /// <summary>A clock a millisecond further on each reading: it never goes back, which the engine refuses.</summary>
    private sealed class TickingClock(Instant start) : IClock
    {
        private long _ticks;

        public Instant GetCurrentInstant() => start + Duration.FromMilliseconds(Interlocked.Increment(ref _ticks));
    }

    private sealed class SetClock : IClock
    {
        public Instant Now { get; set; }

        public Instant GetCurrentInstant() => Now;
    }
}
