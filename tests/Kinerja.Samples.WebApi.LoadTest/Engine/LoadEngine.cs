using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kinerja.Samples.WebApi.LoadTest;

/// <summary>The outcome of a run: what was done, how fast, and the ledger's verdict.</summary>
internal sealed record LoadResult(
    LoadOptions Options,
    double Seconds,
    Recorder Recorder,
    CheckResult Check,
    int RealisasiWrites,
    int RealisasiRetries,
    int RealisasiGaveUp,
    int SopActions,
    int SopRetries,
    int SopStarted,
    int SopFinished,
    int ProbesRefused,
    string Notes)
{
    /// <summary>Whether the run met its goal: no lost, duplicated or unacknowledged write, no 5xx, no unexpected answer.</summary>
    public bool Passed => Check.Clean && Recorder.ServerErrors == 0 && Recorder.Unexpected == 0;
}

/// <summary>
/// Drives the web API sample with concurrent simulated users through one <see cref="HttpClient"/>: realisasi
/// writers PATCH indicators of their own unit's quarters (GET for the ETag, PATCH with <c>If-Match</c>, on 412
/// read again and retry), and SOP runners move shared SOP instances on, step by step, as the roster person each
/// step needs (with, now and then, a probe by a person the engine must refuse). Every acknowledged write goes
/// into a <see cref="Ledger"/>; at the end everything is read back and checked by <see cref="LedgerCheck"/>.
/// </summary>
/// <param name="http">A client whose base address is the app; shared by every user (thread-safe).</param>
/// <param name="token">Mints a bearer token for a roster person and the unit the token names.</param>
/// <param name="options">The run's options.</param>
/// <param name="log">Where progress is written.</param>
internal sealed class LoadEngine(HttpClient http, Func<string, string, string> token, LoadOptions options, TextWriter log)
{
    private const int MaxRetries = 100;

    private readonly Recorder _recorder = new();
    private readonly Ledger _ledger = new();
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly string _run = "lt" + Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<(string Unit, int Triwulan), int> _baseline = [];
    private readonly List<string> _notes = [];
    private Dictionary<string, IReadOnlyList<string>> _indicators = new(StringComparer.Ordinal);
    private string?[] _pool = [];
    private long _deadline;
    private int _realisasiWrites;
    private int _realisasiRetries;
    private int _realisasiGaveUp;
    private int _sopActions;
    private int _sopRetries;
    private int _sopStarted;
    private int _probesRefused;

    /// <summary>Sets up the PKs, runs the users for the options' duration, reads everything back and checks it.</summary>
    public async Task<LoadResult> RunAsync()
    {
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(options));
        }

        foreach (var (person, unit) in LoadUnits.UnitOf)
        {
            _tokens[person] = token(person, unit);
        }

        await SetUpAsync();
        var sopUsers = options.SopUsersUsed;
        var writers = options.Users - sopUsers;
        _pool = new string?[options.SopInstancesUsed]; // fewer instances than runners: they meet on one ETag
        log.WriteLine($"run {_run}: {writers} realisasi writers on {LoadUnits.Written.Count} units × {options.Quarters} quarters × {options.Indicators} indicators, {sopUsers} SOP runners on {_pool.Length} shared instances, {options.Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");

        var started = Stopwatch.GetTimestamp();
        _deadline = started + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        var users = new List<Task>(options.Users);
        for (var i = 0; i < options.Users; i++)
        {
            var user = i; // each task its own copy: a for loop's variable is shared
            users.Add(Task.Run(() => user < writers ? WriterAsync(user) : SopRunnerAsync(user)));
        }

        await Task.WhenAll(users);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var (quarters, instances) = await ReadBackAsync();
        var check = LedgerCheck.Check(_ledger, quarters, instances, _run);
        return new LoadResult(
            options,
            seconds,
            _recorder,
            check,
            _realisasiWrites,
            _realisasiRetries,
            _realisasiGaveUp,
            _sopActions,
            _sopRetries,
            _sopStarted,
            instances.Count(i => i.Events is { Count: SopScript.FinalVersion }),
            _probesRefused,
            string.Join(Environment.NewLine, _notes));
    }

    /// <summary>The PKs through the API, as the roster's PK author: created (201), or reused when the unit has one that year (409).</summary>
    private async Task SetUpAsync()
    {
        foreach (var (unit, _) in LoadUnits.Written)
        {
            var created = await SendAsync("pk.create", HttpMethod.Post, "/pk", LoadUnits.PkAuthor, LoadUnits.PkDocument(unit, options.Year, options.Indicators), null, HttpStatusCode.Created, HttpStatusCode.Conflict);
            if (created.Status == HttpStatusCode.Conflict)
            {
                _notes.Add($"{unit} {options.Year.ToString(CultureInfo.InvariantCulture)}: the PK existed and is reused");
            }
            else if (created.Status != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"The PK of {unit} could not be created: {(int)created.Status} {created.Body}");
            }

            var pk = await SendAsync("pk.get", HttpMethod.Get, $"/pk/{unit}/{Text(options.Year)}", LoadUnits.PkAuthor, null, null, HttpStatusCode.OK);
            using var document = JsonDocument.Parse(pk.Body);
            _indicators[unit] = [.. document.RootElement.GetProperty("sasaran").EnumerateArray()
                .SelectMany(s => s.GetProperty("indicators").EnumerateArray())
                .Where(i => i.GetProperty("valueKind").GetString() == "number")
                .Select(i => i.GetProperty("id").GetString()!)];
            if (_indicators[unit].Count == 0)
            {
                throw new InvalidOperationException($"The PK of {unit} has no numeric indicator to write.");
            }

            for (var q = 1; q <= options.Quarters; q++)
            {
                var read = await SendAsync("realisasi.get", HttpMethod.Get, QuarterUrl(unit, q), LoadUnits.PkAuthor, null, null, HttpStatusCode.OK);
                _baseline[(unit, q)] = Version(read.ETag);
            }
        }
    }

    /// <summary>A staff user: PATCHes one indicator of a quarter of the own unit at a time; on 412 reads the ETag again and retries.</summary>
    private async Task WriterAsync(int user)
    {
        var random = new Random(options.Seed * 1000 + user);
        var (unit, staff) = LoadUnits.Written[user % LoadUnits.Written.Count];
        var indicators = _indicators[unit];
        for (var n = 1; !Over(); n++)
        {
            var triwulan = random.Next(1, options.Quarters + 1);
            var indicator = indicators[random.Next(indicators.Count)];
            var value = n + (user % 100) / 100m; // n.uu: each write's own value
            var note = $"{_run}-u{Text(user)}-{Text(n)}";
            var body = LoadUnits.RealisasiDocument(unit, options.Year, triwulan, indicator, value, note);
            for (var attempt = 0; ; attempt++)
            {
                var read = await SendAsync("realisasi.get", HttpMethod.Get, QuarterUrl(unit, triwulan), staff, null, null, HttpStatusCode.OK);
                if (read.Status != HttpStatusCode.OK)
                {
                    break;
                }

                var patch = await SendAsync("realisasi.patch", HttpMethod.Patch, QuarterUrl(unit, triwulan), staff, body, read.ETag, HttpStatusCode.OK, HttpStatusCode.PreconditionFailed);
                if (patch.Status == HttpStatusCode.OK)
                {
                    _ledger.Realisasi.Enqueue(new RealisasiAck(unit, triwulan, indicator, value, note, Version(patch.ETag)));
                    Interlocked.Increment(ref _realisasiWrites);
                    break;
                }

                if (patch.Status != HttpStatusCode.PreconditionFailed)
                {
                    if (patch.Status == 0 || (int)patch.Status >= 500)
                    {
                        _ledger.Unsure.Enqueue(new UnsureWrite($"{unit}/{Text(triwulan)}/{indicator}", note));
                    }

                    break;
                }

                if (Over())
                {
                    break; // the run is over: a write still losing its race is dropped, never acknowledged
                }

                if (attempt == MaxRetries)
                {
                    Interlocked.Increment(ref _realisasiGaveUp);
                    break;
                }

                Interlocked.Increment(ref _realisasiRetries);
            }

            if (n % 25 == 0)
            {
                await SendAsync("capaian.get", HttpMethod.Get, $"/pk/{unit}/{Text(options.Year)}/capaian", staff, null, null, HttpStatusCode.OK);
            }
        }
    }

    /// <summary>
    /// An SOP runner: picks one of the shared instances, reads it, and takes its next step as the person the roster
    /// says acts there (If-Match its ETag; on 412 reads it again and retries); starts a new instance, as the Camat,
    /// when the one in its slot has ended. Now and then a staff member without the step's role tries first (403, nothing stored).
    /// </summary>
    private async Task SopRunnerAsync(int user)
    {
        var random = new Random(options.Seed * 1000 + user);
        for (var n = 1; !Over(); n++)
        {
            var slot = random.Next(_pool.Length);
            var id = Volatile.Read(ref _pool[slot]);
            if (id is null || id.Length == 0)
            {
                if (id is null && Interlocked.CompareExchange(ref _pool[slot], string.Empty, null) is null)
                {
                    Volatile.Write(ref _pool[slot], await StartAsync(user, n, random));
                }
                else
                {
                    await Task.Delay(1); // another runner is starting this slot's instance
                }

                continue;
            }

            for (var attempt = 0; attempt <= MaxRetries && !Over(); attempt++)
            {
                var read = await SendAsync("sop.get", HttpMethod.Get, "/sop/instances/" + id, "sekcam", null, null, HttpStatusCode.OK);
                if (read.Status != HttpStatusCode.OK)
                {
                    break;
                }

                var version = Version(read.ETag);
                if (SopScript.Next(version) is not { } next)
                {
                    // Ended: the slot is emptied (once) and refilled by whoever comes next.
                    Interlocked.CompareExchange(ref _pool[slot], null, id);
                    break;
                }

                var url = $"/sop/instances/{id}/{next.Action}";
                if (random.Next(8) == 0)
                {
                    var probe = await SendAsync("sop.probe", HttpMethod.Post, url, SopScript.Intruder, SopScript.Body(next.Action, $"{_run}-probe-u{Text(user)}-{Text(n)}"), read.ETag, HttpStatusCode.Forbidden, HttpStatusCode.PreconditionFailed);
                    if (probe.Status == HttpStatusCode.Forbidden)
                    {
                        Interlocked.Increment(ref _probesRefused);
                    }
                }

                var note = $"{_run}-s{Text(user)}-{Text(n)}-{Text(attempt)}";
                var act = await SendAsync("sop.act", HttpMethod.Post, url, next.Person, SopScript.Body(next.Action, note), read.ETag, HttpStatusCode.OK, HttpStatusCode.PreconditionFailed);
                if (act.Status == HttpStatusCode.OK)
                {
                    _ledger.SopActions.Enqueue(new SopAck(id, Version(act.ETag), next.Person, note));
                    Interlocked.Increment(ref _sopActions);
                    break;
                }

                if (act.Status != HttpStatusCode.PreconditionFailed)
                {
                    if (act.Status == 0 || (int)act.Status >= 500)
                    {
                        _ledger.Unsure.Enqueue(new UnsureWrite(id, note));
                    }

                    break;
                }

                Interlocked.Increment(ref _sopRetries);
            }
        }
    }

    /// <summary>
    /// Starts an instance with an id of this run (so that it can be read back). One time in ten the create is sent
    /// twice at once (two clients racing): one 201, the other 409; another time in ten it is sent again after its 201
    /// (a client retrying), which must be 409. A second 201 for one id is an instance created twice.
    /// </summary>
    private async Task<string?> StartAsync(int user, int n, Random random)
    {
        var id = $"{_run}-u{Text(user)}-{Text(n)}";
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["templateId"] = SopScript.TemplateId, ["subject"] = "Uji beban " + id, ["instanceId"] = id });
        _ledger.SopAttempted.Enqueue(id);
        var dice = random.Next(10);
        var answers = dice == 0
            ? await Task.WhenAll(
                SendAsync("sop.start-race", HttpMethod.Post, "/sop/instances", SopScript.Starter, body, null, HttpStatusCode.Created, HttpStatusCode.Conflict),
                SendAsync("sop.start-race", HttpMethod.Post, "/sop/instances", SopScript.Starter, body, null, HttpStatusCode.Created, HttpStatusCode.Conflict))
            : [await SendAsync("sop.start", HttpMethod.Post, "/sop/instances", SopScript.Starter, body, null, HttpStatusCode.Created)];
        foreach (var failed in answers.Where(a => a.Status == 0 || (int)a.Status >= 500))
        {
            _ledger.Unsure.Enqueue(new UnsureWrite(id, id));
        }

        var created = answers.Count(a => a.Status == HttpStatusCode.Created);
        if (created == 0)
        {
            return null;
        }

        _ledger.SopStarts.Enqueue(id);
        Interlocked.Increment(ref _sopStarted);
        if (created > 1)
        {
            _ledger.SopStartedTwice.Enqueue(id);
        }

        if (dice == 1)
        {
            var again = await SendAsync("sop.start-again", HttpMethod.Post, "/sop/instances", SopScript.Starter, body, null, HttpStatusCode.Conflict);
            if (again.Status == HttpStatusCode.Created)
            {
                _ledger.SopStartedTwice.Enqueue(id);
            }
        }

        return id;
    }

    /// <summary>Every written quarter and every instance this run tried to start, as the server holds them now.</summary>
    private async Task<(List<StoredQuarter> Quarters, List<StoredInstance> Instances)> ReadBackAsync()
    {
        var quarters = new List<StoredQuarter>();
        foreach (var (unit, _) in LoadUnits.Written)
        {
            for (var q = 1; q <= options.Quarters; q++)
            {
                var read = await SendAsync("readback", HttpMethod.Get, QuarterUrl(unit, q), LoadUnits.PkAuthor, null, null, HttpStatusCode.OK);
                using var document = JsonDocument.Parse(read.Body);
                var entries = document.RootElement.TryGetProperty("realisasi", out var list)
                    ? list.EnumerateArray().Select(r => new StoredRealisasi(
                        r.GetProperty("indicatorId").GetString()!,
                        r.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null,
                        r.TryGetProperty("note", out var note) ? note.GetString() : null)).ToList()
                    : [];
                quarters.Add(new StoredQuarter(unit, q, _baseline[(unit, q)], Version(read.ETag), entries));
            }
        }

        var instances = new List<StoredInstance>();
        foreach (var id in _ledger.SopAttempted.Distinct(StringComparer.Ordinal))
        {
            var read = await SendAsync("readback", HttpMethod.Get, "/sop/instances/" + id, "sekcam", null, null, HttpStatusCode.OK, HttpStatusCode.NotFound);
            if (read.Status == HttpStatusCode.NotFound)
            {
                instances.Add(new StoredInstance(id, 0, null));
                continue;
            }

            using var document = JsonDocument.Parse(read.Body);
            var root = document.RootElement;
            instances.Add(new StoredInstance(
                id,
                root.GetProperty("version").GetInt32(),
                [.. root.GetProperty("events").EnumerateArray().Select(e => new StoredEvent(
                    e.GetProperty("sequence").GetInt32(),
                    e.GetProperty("personId").GetString()!,
                    e.TryGetProperty("note", out var note) ? note.GetString() : null))]));
        }

        return (quarters, instances);
    }

    /// <summary>Whether users should start nothing new: the duration is over and the minimum of work done (or a minute more has passed).</summary>
    private bool Over()
    {
        var now = Stopwatch.GetTimestamp();
        return now >= _deadline
            && ((Volatile.Read(ref _realisasiWrites) >= options.AtLeast && Volatile.Read(ref _sopActions) >= options.AtLeast)
                || now >= _deadline + 60 * Stopwatch.Frequency);
    }

    private string QuarterUrl(string unit, int triwulan) => $"/pk/{unit}/{Text(options.Year)}/realisasi/{Text(triwulan)}";

    /// <summary>One request as <paramref name="person"/>: timed and recorded; never throws for an answer or its absence (status 0).</summary>
    private async Task<Answer> SendAsync(string operation, HttpMethod method, string url, string person, string? body, string? ifMatch, params HttpStatusCode[] expected)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[person]);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            _recorder.Record(operation, (int)response.StatusCode, Stopwatch.GetTimestamp() - start, expected.Contains(response.StatusCode), text);
            return new Answer(response.StatusCode, response.Headers.ETag?.ToString(), text);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            _recorder.RecordTransportError(operation, e);
            return new Answer(0, null, string.Empty);
        }
    }

    /// <summary>The version an ETag such as <c>"tw1-3"</c> or <c>"sop-4"</c> names (-1 when there is none).</summary>
    internal static int Version(string? etag)
    {
        if (etag is null)
        {
            return -1;
        }

        var dash = etag.LastIndexOf('-');
        return dash < 0 || !int.TryParse(etag.AsSpan(dash + 1).TrimEnd('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? -1 : v;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Answer(HttpStatusCode Status, string? ETag, string Body);
}
