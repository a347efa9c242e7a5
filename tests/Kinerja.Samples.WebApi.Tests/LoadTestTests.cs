using System.Globalization;
using FsCheck.Xunit;
using Kinerja.Samples.WebApi.LoadTest;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>
/// The load test's engine (tests/Kinerja.Samples.WebApi.LoadTest/Engine, linked here) run for a few seconds by a few
/// users against the test host on SQLite (and on PostgreSQL when it is there): it must find nothing lost, nothing duplicated and no 5xx. Correctness, not
/// speed: no figure of time is asserted. The long runs on a real Kestrel process are the console's (docs/samples-webapi.md).
/// </summary>
public sealed class LoadTestTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public Task LoadEngine_SixUsersForThreeSeconds_NothingLostOrDuplicatedNo5xx() => LoadRun.SixUsersForThreeSeconds(app.Factory);
}

/// <summary>The same short run on PostgreSQL, when <c>KINERJA_TEST_POSTGRES</c> is set (skipped, saying so, when not).</summary>
public sealed class PostgresLoadTestTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [PostgresFact]
    public Task LoadEngine_SixUsersForThreeSeconds_NothingLostOrDuplicatedNo5xx() => LoadRun.SixUsersForThreeSeconds(app.Factory);
}

/// <summary>The short load run both databases share.</summary>
internal static class LoadRun
{
    public static async Task SixUsersForThreeSeconds(WebApiFactory factory)
    {
        using var http = factory.CreateClient();
        using var log = new StringWriter(CultureInfo.InvariantCulture);
        var options = new LoadOptions { Users = 6, SopUsers = 2, Duration = TimeSpan.FromSeconds(3), AtLeast = 10, Quarters = 1, Indicators = 3 };

        var result = await new LoadEngine(http, (person, unit) => factory.Token(person, unit), options, log).RunAsync();

        LoadReport.Write(result, log);
        var report = log.ToString();
        // The run did write (a broken setup would pass the checks below vacuously): it goes on past its 3 s until it has.
        Assert.True(result.RealisasiWrites >= 10, report);
        Assert.True(result.SopActions >= 10, report);
        Assert.True(result.Check.LostWrites == 0, report);
        Assert.True(result.Check.DuplicatedWrites == 0, report);
        Assert.True(result.Check.UnacknowledgedWrites == 0, report);
        Assert.True(result.Recorder.ServerErrors == 0, report);
        Assert.True(result.Recorder.Unexpected == 0, report);
        Assert.True(result.Passed, report);
    }
}

/// <summary>The ledger check on ledgers and stores with known faults: it must find each one (so that a clean load run means something).</summary>
public sealed class LedgerCheckTests
{
    private const string Run = "lt-x";
    private const string Unit = "U";

    [Fact]
    public void Check_LaterAcknowledgedWriteOverwroteEarlier_NothingLost()
    {
        var ledger = Ledger(("IK1", 1m, 1), ("IK1", 2m, 2), ("IK2", 3m, 3));
        var store = Quarter(3, ("IK1", 2m, Note(2)), ("IK2", 3m, Note(3)));

        var check = LedgerCheck.Check(ledger, [store], [], Run);

        Assert.True(check.Clean, string.Join("\n", check.Findings));
    }

    [Fact]
    public void Check_StoredValueIsAnOverwrittenOne_OneLost()
    {
        var ledger = Ledger(("IK1", 1m, 1), ("IK1", 2m, 2));
        var store = Quarter(2, ("IK1", 1m, Note(1)));

        var check = LedgerCheck.Check(ledger, [store], [], Run);

        Assert.Equal(1, check.LostWrites);
        Assert.Contains(check.Findings, f => f.Contains("holds lt-x-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OneVersionAcknowledgedTwice_Lost()
    {
        // Two writers both told they made version 1: the store can hold only one of them.
        var ledger = Ledger(("IK1", 1m, 1), ("IK2", 2m, 1));
        var store = Quarter(1, ("IK2", 2m, Note(2)));

        var check = LedgerCheck.Check(ledger, [store], [], Run);

        Assert.True(check.LostWrites >= 2, string.Join("\n", check.Findings)); // the version twice, the quarter one behind, IK1 missing
    }

    [Fact]
    public void Check_IndicatorHeldTwice_Duplicated()
    {
        var ledger = Ledger(("IK1", 1m, 1));
        var store = Quarter(1, ("IK1", 1m, Note(1)), ("IK1", 1m, Note(1)));

        Assert.Equal(1, LedgerCheck.Check(ledger, [store], [], Run).DuplicatedWrites);
    }

    [Fact]
    public void Check_VersionAheadWithoutAcknowledgement_Unacknowledged_UnlessA5xxMayHaveStoredIt()
    {
        var ledger = Ledger(("IK1", 1m, 1));
        var store = Quarter(2, ("IK1", 1m, Note(1)));

        Assert.Equal(1, LedgerCheck.Check(ledger, [store], [], Run).UnacknowledgedWrites);

        ledger.Unsure.Enqueue(new UnsureWrite(Unit + "/1/IK2", "lt-x-9"));
        var check = LedgerCheck.Check(ledger, [store], [], Run);
        Assert.Equal(0, check.UnacknowledgedWrites);
        Assert.Equal(1, check.StoredAfterError);
    }

    [Fact]
    public void Check_SopEventStoredTwiceOrMissingOrUnacknowledged_EachFound()
    {
        var ledger = new Ledger();
        ledger.SopStarts.Enqueue("i1");
        ledger.SopActions.Enqueue(new SopAck("i1", 2, "camat", "lt-x-a"));
        ledger.SopActions.Enqueue(new SopAck("i1", 3, "sekcam", "lt-x-b"));

        var clean = LedgerCheck.Check(ledger, [], [Instance("i1", (1, "camat", null), (2, "camat", "lt-x-a"), (3, "sekcam", "lt-x-b"))], Run);
        Assert.True(clean.Clean, string.Join("\n", clean.Findings));

        var twice = LedgerCheck.Check(ledger, [], [Instance("i1", (1, "camat", null), (2, "camat", "lt-x-a"), (2, "camat", "lt-x-a"), (3, "sekcam", "lt-x-b"))], Run);
        Assert.True(twice.DuplicatedWrites >= 1, string.Join("\n", twice.Findings));

        var missing = LedgerCheck.Check(ledger, [], [Instance("i1", (1, "camat", null), (2, "camat", "lt-x-a"))], Run);
        Assert.Equal(1, missing.LostWrites);

        var probeStored = LedgerCheck.Check(ledger, [], [Instance("i1", (1, "camat", null), (2, "camat", "lt-x-a"), (3, "sekcam", "lt-x-b"), (4, "dewi", "lt-x-probe"))], Run);
        Assert.Equal(1, probeStored.UnacknowledgedWrites);
    }

    [Fact]
    public void Check_InstanceCreatedTwiceOrNotFound_Found()
    {
        var ledger = new Ledger();
        ledger.SopStarts.Enqueue("i1");
        ledger.SopStarts.Enqueue("i1");
        ledger.SopStartedTwice.Enqueue("i2");
        ledger.SopStarts.Enqueue("i2");

        var check = LedgerCheck.Check(ledger, [], [Instance("i1", (1, "camat", null)), new StoredInstance("i2", 0, null)], Run);

        Assert.Equal(2, check.DuplicatedWrites);
        Assert.Equal(1, check.LostWrites);
    }

    /// <summary>Any sequence of writes, acknowledged and stored as a correct server would (each PATCH one version on, the indicator's entry replaced): clean.</summary>
    [LedgerProperty]
    public bool Check_CorrectServer_Clean(int[] choices) =>
        LedgerCheck.Check(Replay(choices, out var store), [store], [], Run).Clean;

    /// <summary>The same server losing one acknowledged write (the latest of its indicator is replaced by the one before, or removed): at least one lost write.</summary>
    [LedgerProperty]
    public bool Check_ServerLosesTheLatestWriteOfAnIndicator_Lost(int[] choices, int pick)
    {
        var ledger = Replay(choices, out var store);
        var latest = store.Entries[(pick & int.MaxValue) % store.Entries.Count];
        var earlier = ledger.Realisasi.Where(a => a.IndicatorId == latest.IndicatorId && a.Note != latest.Note).MaxBy(a => a.Version);
        var damaged = store.Entries.Where(e => e != latest).ToList();
        if (earlier is not null)
        {
            damaged.Add(new StoredRealisasi(earlier.IndicatorId, earlier.Value, earlier.Note));
        }

        return LedgerCheck.Check(ledger, [store with { Entries = damaged }], [], Run).LostWrites >= 1;
    }

    /// <summary>A correct server's store after the writes <c>[0, ..choices]</c> (each choice an indicator of four), all acknowledged.</summary>
    private static Ledger Replay(int[] choices, out StoredQuarter store)
    {
        var ledger = new Ledger();
        var entries = new Dictionary<string, StoredRealisasi>(StringComparer.Ordinal);
        var version = 0;
        foreach (var choice in (int[])[0, .. choices ?? []])
        {
            version++;
            var indicator = "IK" + ((choice & int.MaxValue) % 4).ToString(CultureInfo.InvariantCulture);
            ledger.Realisasi.Enqueue(new RealisasiAck(Unit, 1, indicator, version, Note(version), version));
            entries[indicator] = new StoredRealisasi(indicator, version, Note(version));
        }

        store = new StoredQuarter(Unit, 1, 0, version, [.. entries.Values]);
        return ledger;
    }

    private static Ledger Ledger(params (string Indicator, decimal Value, int Version)[] acks)
    {
        var ledger = new Ledger();
        foreach (var (indicator, value, version) in acks)
        {
            ledger.Realisasi.Enqueue(new RealisasiAck(Unit, 1, indicator, value, Note((int)value), version));
        }

        return ledger;
    }

    private static StoredQuarter Quarter(int version, params (string Indicator, decimal Value, string Note)[] entries) =>
        new(Unit, 1, 0, version, [.. entries.Select(e => new StoredRealisasi(e.Indicator, e.Value, e.Note))]);

    private static StoredInstance Instance(string id, params (int Sequence, string Person, string? Note)[] events) =>
        new(id, events.Length, [.. events.Select(e => new StoredEvent(e.Sequence, e.Person, e.Note))]);

    private static string Note(int n) => Run + "-" + n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// An FsCheck property with the suite's number of cases: <c>KINERJA_PROPERTY_RUNS</c>, as in the core's tests, or 200
/// when it is unset (these properties are cheap, but this project runs on a shared two-core machine).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LedgerPropertyAttribute : PropertyAttribute
{
    /// <summary>Sets <see cref="PropertyAttribute.MaxTest"/> from <c>KINERJA_PROPERTY_RUNS</c>.</summary>
    public LedgerPropertyAttribute()
    {
        var text = Environment.GetEnvironmentVariable("KINERJA_PROPERTY_RUNS");
        MaxTest = string.IsNullOrWhiteSpace(text)
            ? 200
            : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs > 0
                ? runs
                : throw new InvalidOperationException($"KINERJA_PROPERTY_RUNS='{text}' should be a positive whole number of cases per property.");
    }
}
