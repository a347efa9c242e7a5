using Kinerja.Core.DependencyInjection;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Samples.Worker;

/// <summary>What a scripted person does, and when (the office's local time).</summary>
/// <param name="At">When, in the office's zone.</param>
/// <param name="InstanceId">The instance acted on; for <see cref="SopEventKind.Started"/>, the new instance's id.</param>
/// <param name="PersonId">Who acts.</param>
/// <param name="Kind">Started, Completed or Approved.</param>
/// <param name="Subject">For a start: what the run is about.</param>
public sealed record ScriptedAction(LocalDateTime At, string InstanceId, string PersonId, SopEventKind Kind, string? Subject = null);

/// <summary>The outcome of a scripted action: the instance after it, or why the engine refused it.</summary>
/// <param name="Action">The action.</param>
/// <param name="Step">The step acted on (the first step for a start).</param>
/// <param name="Result">The engine's answer.</param>
public sealed record ActionOutcome(ScriptedAction Action, SopStep Step, ValidationResult<SopInstance> Result);

/// <summary>
/// The demo data: a few running instances of the seed SOP for units of the demo office, started on the
/// working days before the demo week, and a script of what people do during the week (one action is
/// refused: a staff member tries to verify data, which is the Kasubbag's step). Instances live in memory.
/// </summary>
public sealed class DemoScenario
{
    /// <summary>The Monday of the demo week in demo mode: the first week after TW II 2026 ends.</summary>
    public static readonly LocalDate DemoWeek = new(2026, 7, 6);

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["pemerintahan"] = "Seksi Pemerintahan",
        ["trantib"] = "Seksi Ketentraman dan Ketertiban Umum",
        ["umum"] = "Subbagian Umum dan Kepegawaian",
        ["kessos"] = "Seksi Kesejahteraan Sosial",
    };

    private readonly KinerjaOffice _office;
    private readonly SopDefinition _sop;
    private readonly Dictionary<string, SopInstance> _instances = new(StringComparer.Ordinal);
    private readonly Queue<ScriptedAction> _script;
    private readonly object _gate = new();

    private DemoScenario(KinerjaOffice office, SopDefinition sop, LocalDate monday, IEnumerable<SopInstance> instances, IEnumerable<ScriptedAction> script)
    {
        _office = office;
        _sop = sop;
        Monday = monday;
        foreach (var instance in instances)
        {
            _instances.Add(instance.Id, instance);
        }

        _script = new Queue<ScriptedAction>(script.OrderBy(a => a.At));
    }

    /// <summary>The Monday of the week the scenario runs in.</summary>
    public LocalDate Monday { get; }

    /// <summary>Where the demo clock starts: Monday 07:00, before the office opens.</summary>
    public Instant Start => Monday.At(new LocalTime(7, 0)).InZoneLeniently(_office.Calendar.TimeZone).ToInstant();

    /// <summary>Every instance, running or ended, in the order first seen.</summary>
    public IReadOnlyList<SopInstance> Instances
    {
        get
        {
            lock (_gate)
            {
                return _instances.Values.ToArray();
            }
        }
    }

    /// <summary>The instances still running.</summary>
    public IReadOnlyList<SopInstance> Running => Instances.Where(i => i.Status == SopStatus.Running).ToArray();

    /// <summary>The Monday of the week holding a moment, in the office's zone (live mode).</summary>
    /// <param name="now">The moment.</param>
    /// <param name="zone">The office's zone.</param>
    /// <returns>The Monday.</returns>
    public static LocalDate WeekOf(Instant now, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = now.InZone(zone).Date;
        return today.PlusDays(-((int)today.DayOfWeek - (int)IsoDayOfWeek.Monday));
    }

    /// <summary>
    /// Creates the scenario: the history before <paramref name="monday"/> is recorded by an engine of its own
    /// (with its own clock, so the registered clock is not touched); the script then runs through the office's engine.
    /// </summary>
    /// <param name="office">The demo office.</param>
    /// <param name="sop">The SOP to run (the Awayan seed template).</param>
    /// <param name="monday">The Monday of the week to run in.</param>
    /// <returns>The scenario.</returns>
    public static DemoScenario Create(KinerjaOffice office, SopDefinition sop, LocalDate monday)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(sop);
        var zone = office.Calendar.TimeZone;
        var (quarter, year) = QuarterBefore(monday);
        string Subject(string unit) => $"Pengukuran Kinerja TW {quarter} {year}: {Units[unit]}";
        string Id(string unit) => $"tw{quarter}-{year}-{unit}";
        var wednesday = monday.PlusDays(-5);
        var thursday = monday.PlusDays(-4);
        var friday = monday.PlusDays(-3);

        var history = new SimulatedClock(wednesday.At(new LocalTime(7, 0)).InZoneStrictly(zone).ToInstant());
        var engine = new SopEngine(history, office.Roster);
        SopInstance Run(string unit, LocalDate day, params (int Hour, int Minute, string Person)[] steps)
        {
            SopInstance? instance = null;
            foreach (var (hour, minute, person) in steps)
            {
                var at = day.At(new LocalTime(hour, minute)).InZoneStrictly(zone).ToInstant();
                history.Advance(at - history.GetCurrentInstant());
                var result = instance is null
                    ? engine.Start(sop, Id(unit), Subject(unit), person)
                    : engine.Complete(instance, instance.Version, person);
                instance = result.IsValid ? result.Value : throw new InvalidOperationException("Demo history refused: " + result);
            }

            return instance!;
        }

        // Subbag Umum: started Wednesday; the data collection (step 4) is done Friday 15:00, below.
        var umum = Run("umum", wednesday, (8, 0, "camat"), (8, 10, "camat"), (9, 0, "kasubbag"), (10, 0, "kasubbag"));

        // Seksi Pemerintahan: started Thursday, the data collection (step 4, "2 Hari") open since Thursday 10:00.
        var pemerintahan = Run("pemerintahan", thursday, (8, 0, "camat"), (8, 5, "camat"), (9, 0, "kasubbag"), (10, 0, "kasubbag"));

        // Seksi Ketentraman: started Friday 14:00, the Camat has not given the instruction (step 1, "10 Menit").
        var trantib = Run("trantib", friday, (14, 0, "camat"));

        // Subbag Umum: data collected Friday 15:00; the verification (step 5, "1 Hari") is open since.
        history.Advance(friday.At(new LocalTime(15, 0)).InZoneStrictly(zone).ToInstant() - history.GetCurrentInstant());
        umum = engine.Complete(umum, umum.Version, "rina").Value;

        LocalDateTime On(int day, int hour) => monday.PlusDays(day).At(new LocalTime(hour, 0));
        ScriptedAction[] script =
        [
            new(On(0, 8), trantib.Id, "camat", SopEventKind.Completed),
            new(On(0, 9), Id("kessos"), "camat", SopEventKind.Started, Subject("kessos")),
            new(On(0, 10), umum.Id, "budi", SopEventKind.Completed),      // refused: step 5 is the Kasubbag's
            new(On(1, 8), trantib.Id, "kasubbag", SopEventKind.Completed),
            new(On(1, 9), Id("kessos"), "sekcam", SopEventKind.Completed), // the Sekcam, Plh. Camat
            new(On(2, 8), pemerintahan.Id, "rina", SopEventKind.Completed),
            new(On(3, 10), umum.Id, "kasubbag", SopEventKind.Completed),
            new(On(3, 11), umum.Id, "sekcam", SopEventKind.Completed),
            new(On(3, 13), umum.Id, "budi", SopEventKind.Completed),       // the last step: Subbag Umum is done
        ];

        return new DemoScenario(office, sop, monday, [pemerintahan, trantib, umum], script);
    }

    /// <summary>Carries out every scripted action due at <paramref name="now"/>, through the office's engine (stamped by the registered clock).</summary>
    /// <param name="now">The current moment.</param>
    /// <returns>What happened, in script order.</returns>
    public IReadOnlyList<ActionOutcome> ApplyDue(Instant now)
    {
        var outcomes = new List<ActionOutcome>();
        lock (_gate)
        {
            while (_script.Count > 0 && _script.Peek().At.InZoneLeniently(_office.Calendar.TimeZone).ToInstant() <= now)
            {
                var action = _script.Dequeue();
                ActionOutcome outcome;
                if (action.Kind == SopEventKind.Started)
                {
                    outcome = new(action, _sop.FirstStep, _office.Engine.Start(_sop, action.InstanceId, action.Subject ?? action.InstanceId, action.PersonId));
                }
                else
                {
                    var instance = _instances[action.InstanceId];
                    outcome = new(action, instance.CurrentStep ?? _sop.FirstStep, _office.Engine.Complete(instance, instance.Version, action.PersonId));
                }

                if (outcome.Result.TryGetValue(out var next))
                {
                    _instances[next.Id] = next;
                }

                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    private static (string Quarter, int Year) QuarterBefore(LocalDate date)
    {
        string[] names = ["I", "II", "III", "IV"];
        var current = (date.Month - 1) / 3;
        return current == 0 ? (names[3], date.Year - 1) : (names[current - 1], date.Year);
    }
}
