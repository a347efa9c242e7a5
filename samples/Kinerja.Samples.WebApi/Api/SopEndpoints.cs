using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using Kinerja.Samples.WebApi.Persistence;
using Kinerja.Samples.WebApi.Security;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// SOP instances of the built-in templates. Every action goes through the core's <see cref="SopEngine"/>,
/// which decides whether the authenticated person may act (403 with the engine's problem if not);
/// the sample only stores the events and replays them.
/// </summary>
internal static class SopEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var sop = app.MapGroup("/sop").WithTags("SOP");
        sop.MapGet("/templates", () => Results.Ok(SopTemplates.All.Select(d => new TemplateResponse(d.Id, d.Version, d.Header.Nama, d.Header.Instansi, [.. d.Roles.Select(r => new RoleResponse(r.Id, r.Name))]))))
            .RequireAccess(AccessKind.OfficeOrKabupaten);
        sop.MapGet("/roster", (OfficeRoster roster) => Results.Ok(roster.People.Select(p => new PersonResponse(p.Id, p.Name, [.. p.Roles.Select(r => r.ToString())]))))
            .RequireAccess(AccessKind.OfficeOrKabupaten);
        sop.MapPost("/instances", Start).RequireAccess(AccessKind.OfficeMember);
        sop.MapGet("/instances/{id}", Get).RequireAccess(AccessKind.OfficeOrKabupaten);
        sop.MapGet("/instances/{id}/verify", Verify).RequireAccess(AccessKind.OfficeOrKabupaten);
        sop.MapPost("/instances/{id}/{action}", Act).RequireAccess(AccessKind.OfficeMember);
        sop.MapGet("/overdue", Overdue).RequireAccess(AccessKind.OfficeOrKabupaten);
    }

    private static async Task<IResult> Start(HttpRequest request, ClaimsPrincipal user, KinerjaDbContext db, SopEngine engine, WorkingCalendar calendar, OfficeTime time, CancellationToken ct)
    {
        var (body, error) = await StartRequest.Read(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var definition = SopTemplates.All.FirstOrDefault(d => d.Id == body!.TemplateId);
        if (definition is null)
        {
            return ApiProblems.BadRequest([new ValidationProblem(ProblemCodes.UnknownReference, "$.templateId", body!.TemplateId, Severity.Error, "templat SOP", "SOP template")]);
        }

        var id = body!.InstanceId ?? "sop-" + Guid.NewGuid().ToString("N")[..12];
        var started = engine.Start(definition, id, body.Subject ?? string.Empty, user.PersonId()!);
        if (!started.IsValid)
        {
            return Refused(started.Problems);
        }

        if (await db.SopInstances.AnyAsync(i => i.Id == id, ct).ConfigureAwait(false))
        {
            return ApiProblems.Of(StatusCodes.Status409Conflict, "Sudah ada / already exists", new ValidationProblem(ProblemCodes.Duplicate, "$.instanceId", id, Severity.Error, "/sop/instances/" + id));
        }

        var instance = started.Value;
        var row = new SopInstanceRow
        {
            Id = instance.Id,
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            Subject = instance.Subject,
            Status = instance.Status.ToString(),
        };
        Summarise(row, instance);
        db.SopInstances.Add(row);
        db.SopEvents.Add(ToRow(instance.Id, instance.Events[0]));
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two starts with the same id at once: the primary key decides.
            return ApiProblems.Of(StatusCodes.Status409Conflict, "Sudah ada / already exists", new ValidationProblem(ProblemCodes.Duplicate, "$.instanceId", id, Severity.Error, "/sop/instances/" + id));
        }

        return Preconditions.WithETag(Results.Created("/sop/instances/" + Uri.EscapeDataString(id), InstanceResponse.From(instance, calendar, time)), Preconditions.ETag("sop", instance.Version));
    }

    private static async Task<IResult> Get(string id, KinerjaDbContext db, WorkingCalendar calendar, OfficeTime time, CancellationToken ct)
    {
        var loaded = await Load(db, id, tracked: false, ct).ConfigureAwait(false);
        return loaded.Error ?? Preconditions.WithETag(Results.Ok(InstanceResponse.From(loaded.Instance!, calendar, time)), Preconditions.ETag("sop", loaded.Instance!.Version));
    }

    /// <summary>
    /// The verdict on an instance's stored hash chain against the head kept on its row: always 200 with the verdict
    /// (Intact, SealedAtMigration, Unchained or Broken with the first bad event and why); who may read the instance may verify it.
    /// </summary>
    private static async Task<IResult> Verify(string id, KinerjaDbContext db, CancellationToken ct)
    {
        var (row, rows) = await ReadLog(db, id, tracked: false, ct).ConfigureAwait(false);
        if (row is null)
        {
            return ApiProblems.NotFound("id", id, "instans SOP", "SOP instance");
        }

        var (events, unreadable) = ReadEvents(rows);
        if (unreadable is not null)
        {
            var index = rows.FindIndex(r => FromRow(r) is null);
            return Results.Ok(new VerifyResponse(id, SopChainStatus.Broken, rows.Count, row.SealedAtMigration, null, row.ChainHead, "Unreadable", index, rows[index].Sequence, null, null, ProblemItem.From(unreadable)));
        }

        var verdict = SopChain.Verify(row.DefinitionId, row.DefinitionVersion, id, events!, ExpectedHead(row, rows), row.SealedAtMigration);
        return Results.Ok(new VerifyResponse(
            id,
            verdict.Status,
            verdict.EventCount,
            verdict.SealedAtMigration,
            verdict.Head,
            row.ChainHead,
            verdict.Fault.ToString(),
            verdict.FirstBadIndex,
            verdict.FirstBadSequence,
            verdict.Expected,
            verdict.Actual,
            verdict.Problem is { } problem ? ProblemItem.From(problem) : null));
    }

    private static async Task<IResult> Act(string id, string action, HttpRequest request, ClaimsPrincipal user, KinerjaDbContext db, SopEngine engine, WorkingCalendar calendar, OfficeTime time, CancellationToken ct)
    {
        if (action is not ("complete" or "approve" or "return" or "cancel"))
        {
            return ApiProblems.NotFound("action", SampleProblems.Printable(action)!, "tindakan (complete, approve, return, cancel)", "action (complete, approve, return, cancel)");
        }

        var loaded = await Load(db, id, tracked: true, ct).ConfigureAwait(false);
        if (loaded.Error is not null)
        {
            return loaded.Error;
        }

        var instance = loaded.Instance!;
        var (expected, precondition) = Preconditions.Expected(request, "sop", instance.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var (body, error) = await ActionRequest.Read(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var person = user.PersonId()!;
        var result = action switch
        {
            "complete" => engine.Complete(instance, expected, person, body!.Outputs?.Select(o => new SopAttachment(null, o)), body.Note, body.Step),
            "approve" => engine.Approve(instance, expected, person, body!.Note, body.Step),
            "return" => engine.Return(instance, expected, person, body!.Reason ?? body.Note ?? string.Empty, body.Step),
            _ => engine.Cancel(instance, expected, person, body!.Reason ?? body.Note ?? string.Empty),
        };
        if (!result.IsValid)
        {
            return Refused(result.Problems);
        }

        var next = result.Value;
        var row = loaded.Row!;
        Summarise(row, next);
        db.SopEvents.Add(ToRow(id, next.Events[^1]));
        try
        {
            // The UPDATE carries "WHERE Version = <the version read>" (a concurrency token) and the
            // event's key is (instance, sequence): whoever writes second changes nothing.
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException e)
        {
            var now = await db.SopInstances.AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstAsync(CancellationToken.None).ConfigureAwait(false);
            if (e is not DbUpdateConcurrencyException && now == expected)
            {
                throw; // not a lost race: nobody else moved the instance on
            }

            return Preconditions.Failed(request.Headers.IfMatch.ToString(), now, "sop");
        }

        return Preconditions.WithETag(Results.Ok(InstanceResponse.From(next, calendar, time)), Preconditions.ETag("sop", next.Version));
    }

    private static async Task<IResult> Overdue(KinerjaDbContext db, IClock clock, WorkingCalendar calendar, OfficeTime time, OfficeRoster roster, CancellationToken ct)
    {
        var ids = await db.SopInstances.AsNoTracking().Where(i => i.Status == nameof(SopStatus.Running)).Select(i => i.Id).ToListAsync(ct).ConfigureAwait(false);
        var running = new List<SopInstance>(ids.Count);
        var broken = new List<string>();
        foreach (var id in ids)
        {
            var loaded = await Load(db, id, tracked: false, ct).ConfigureAwait(false);
            if (loaded.Instance is { } instance)
            {
                running.Add(instance);
            }
            else
            {
                broken.Add(id); // a tampered log is not silently left out: it is named beside the list
            }
        }

        var now = clock.GetCurrentInstant();
        var overdue = SopDeadlines.Overdue(running, now, calendar, roster)
            .Select(o => new OverdueResponse(
                o.Instance.Id,
                o.Instance.Subject,
                o.Instance.Definition.Id,
                o.Step.Key,
                o.Step.Activity,
                new RoleResponse(o.Role.Id, o.Role.Name),
                o.OpenedAt,
                time.Local(o.OpenedAt),
                o.Due,
                time.Local(o.Due),
                (long)o.OverdueBy.TotalMinutes,
                [.. o.WhoMustAct.Select(p => new PersonResponse(p.Id, p.Name, [.. p.Roles.Select(r => r.ToString())]))]))
            .ToList();
        return Results.Ok(new OverdueListResponse(now, time.Local(now), time.Zone, overdue, broken));
    }

    /// <summary>The engine's refusal as an HTTP status: who may not act 403, a stale or ended instance 409, bad input 400.</summary>
    private static IResult Refused(IReadOnlyList<ValidationProblem> problems)
    {
        var codes = problems.Where(p => p.Severity == Severity.Error).Select(p => p.Code).ToHashSet();
        if (codes.Contains(ProblemCodes.SopNotRunning))
        {
            return ApiProblems.Of(StatusCodes.Status409Conflict, "Konflik / conflict", problems);
        }

        if (codes.Contains(ProblemCodes.SopWrongRole) || codes.Contains(ProblemCodes.SopUnknownPerson) || codes.Contains(ProblemCodes.SopSeparationOfDuties))
        {
            return ApiProblems.Of(StatusCodes.Status403Forbidden, "Tidak berwenang / forbidden", problems);
        }

        return ApiProblems.BadRequest(problems);
    }

    private static async Task<(SopInstance? Instance, SopInstanceRow? Row, IResult? Error)> Load(KinerjaDbContext db, string id, bool tracked, CancellationToken ct)
    {
        var (row, rows) = await ReadLog(db, id, tracked, ct).ConfigureAwait(false);
        if (row is null)
        {
            return (null, null, ApiProblems.NotFound("id", id, "instans SOP", "SOP instance"));
        }

        var definition = SopTemplates.All.FirstOrDefault(d => d.Id == row.DefinitionId && d.Version == row.DefinitionVersion)
            ?? throw new InvalidOperationException($"Template {row.DefinitionId} version {row.DefinitionVersion.ToString(CultureInfo.InvariantCulture)} of instance {id} is not built in.");
        var (events, unreadable) = ReadEvents(rows);
        if (unreadable is not null)
        {
            return (null, null, ChainBroken(unreadable));
        }

        // The stored log must chain, event by event, to the head kept on the instance row: a changed, removed or
        // added event is refused before anyone may act on (or read) the instance.
        var replayed = SopInstance.Replay(definition, id, events!, new SopReplayOptions { ExpectedHead = ExpectedHead(row, rows), SealedAtMigration = row.SealedAtMigration });
        if (replayed.IsValid)
        {
            return (replayed.Value, row, null);
        }

        return replayed.Problems.FirstOrDefault(p => p.Code == ProblemCodes.SopChainBroken) is { } chain
            ? (null, null, ChainBroken(chain))
            : throw new InvalidOperationException($"The stored events of SOP instance {id} do not replay:" + Environment.NewLine + replayed);
    }

    /// <summary>
    /// The instance row and its events, as of one moment: read by one statement (the row joined with its events), so
    /// that the database answers from one snapshot on SQLite and PostgreSQL alike. Two reads would let an action commit
    /// between them (its row and its event in one transaction) and leave a row behind its events, which the head check
    /// takes for tampering: re-reading when they disagreed was not enough, the load test found actions committing
    /// between every re-read (docs/samples-webapi.md, "Load test"). A tracked row is attached as read, so its version
    /// is the concurrency token's original value.
    /// </summary>
    private static async Task<(SopInstanceRow? Row, List<SopEventRow> Events)> ReadLog(KinerjaDbContext db, string id, bool tracked, CancellationToken ct)
    {
        var read = await db.SopInstances.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new { Row = i, Events = db.SopEvents.Where(e => e.InstanceId == i.Id).OrderBy(e => e.Sequence).ToList() })
            .FirstOrDefaultAsync(ct)
            .ConfigureAwait(false);
        if (read is null)
        {
            return (null, []);
        }

        if (tracked)
        {
            db.SopInstances.Attach(read.Row);
        }

        return (read.Row, read.Events);
    }

    /// <summary>
    /// A stored log that does not verify is a conflict between the request and the stored state (409), not a server
    /// error: nothing can be done on the instance until an administrator restores its events from a backup.
    /// </summary>
    private static IResult ChainBroken(ValidationProblem problem) =>
        ApiProblems.Of(StatusCodes.Status409Conflict, "Log SOP rusak / SOP log broken", problem);

    /// <summary>
    /// The head kept on the row. A row without a head whose events carry hashes has had its head removed: it is
    /// checked against the empty head, so that it fails (head mismatch) instead of skipping the check.
    /// </summary>
    private static string? ExpectedHead(SopInstanceRow row, List<SopEventRow> rows) =>
        row.ChainHead ?? (rows.Exists(r => r.Hash is not null || r.PreviousHash is not null) ? string.Empty : null);

    /// <summary>The stored rows as the engine's events; the first row that cannot be read (an unknown kind, outputs
    /// that are not a JSON list) is a broken chain at that event: the sample never writes such a row.</summary>
    private static (List<SopEvent>? Events, ValidationProblem? Unreadable) ReadEvents(List<SopEventRow> rows)
    {
        var events = new List<SopEvent>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (FromRow(rows[i]) is not { } e)
            {
                var n = rows[i].Sequence.ToString(CultureInfo.InvariantCulture);
                return (null, new ValidationProblem(
                    ProblemCodes.SopChainBroken,
                    "events[" + i.ToString(CultureInfo.InvariantCulture) + "]",
                    n,
                    Severity.Error,
                    "baris tersimpan peristiwa nomor " + n + " tidak dapat dibaca: peristiwa itu diubah sesudah dicatat",
                    "the stored row of event " + n + " cannot be read: the event was changed after it was recorded"));
            }

            events.Add(e);
        }

        return (events, null);
    }

    private static void Summarise(SopInstanceRow row, SopInstance instance)
    {
        row.Status = instance.Status.ToString();
        row.Version = instance.Version;
        row.CurrentStep = instance.CurrentStep?.Key;
        row.CurrentStepSince = instance.CurrentStepSince;
        row.StartedAt = instance.StartedAt;
        row.ChainHead = instance.ChainHead;
        row.SealedAtMigration = instance.SealedAtMigration;
    }

    private static SopEventRow ToRow(string instanceId, SopEvent e) => new()
    {
        InstanceId = instanceId,
        Sequence = e.Sequence,
        Kind = e.Kind.ToString(),
        Step = e.Step,
        PersonId = e.PersonId,
        Role = e.Role,
        At = e.At,
        Note = e.Note,
        Outputs = e.Attachments.Count == 0 ? null : JsonSerializer.Serialize(e.Attachments.Select(a => a.Reference).ToList()),
        Acting = e.Acting.ToString(),
        ActingFor = e.StandsInFor,
        Assignment = e.Assignment,
        Instruction = e.Instruction?.Text,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    /// <summary>The stored row as the engine's event, with every hashed field; <see langword="null"/> when the row cannot be read.</summary>
    private static SopEvent? FromRow(SopEventRow r)
    {
        if (!Enum.TryParse<SopEventKind>(r.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind)
            || !Enum.TryParse<ActingStatus>(r.Acting, ignoreCase: false, out var acting) || !Enum.IsDefined(acting)
            || r.Step is null || r.PersonId is null || r.Role is null)
        {
            return null;
        }

        List<string>? outputs = null;
        if (r.Outputs is not null)
        {
            try
            {
                outputs = JsonSerializer.Deserialize<List<string>>(r.Outputs);
            }
            catch (JsonException)
            {
                return null;
            }

            if (outputs is null || outputs.Contains(null!))
            {
                return null;
            }
        }

        MutuBakuWaktu? instruction = null;
        if (r.Instruction is not null)
        {
            var parsed = MutuBakuWaktu.Read(r.Instruction);
            if (!parsed.IsValid)
            {
                return null;
            }

            instruction = parsed.Value;
        }

        return new SopEvent(r.Sequence, kind, r.Step, r.PersonId, r.Role, r.At, r.Note, outputs?.Select(o => new SopAttachment(null, o)))
        {
            Acting = acting,
            StandsInFor = r.ActingFor,
            Assignment = r.Assignment,
            Instruction = instruction,
            PreviousHash = r.PreviousHash,
            Hash = r.Hash,
        };
    }
}

/// <summary>The body of <c>POST /sop/instances</c>. <c>instanceId</c> is optional (a new id is made).</summary>
internal sealed record StartRequest(string? TemplateId, string? Subject, string? InstanceId)
{
    public static async Task<(StartRequest? Body, IResult? Error)> Read(HttpRequest request)
    {
        var (document, error) = await RequestBody.ReadJson(request).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        using (document)
        {
            var (body, wrong) = JsonBody.Read(document!, "templateId", "subject", "instanceId");
            if (wrong is not null)
            {
                return (null, wrong);
            }

            var templateId = body!.String("templateId", Ids.MaxId * 2);
            var subject = body.String("subject", 500);
            var instanceId = body.String("instanceId", int.MaxValue);
            if (instanceId is not null)
            {
                Ids.Check(instanceId, "$.instanceId", Ids.MaxId, body.Problems);
            }

            if (templateId is null && body.Problems.Count == 0)
            {
                body.Problems.Add(ProblemItem.From(new ValidationProblem(ProblemCodes.Required, "$.templateId", null, Severity.Error)));
            }

            return body.Problems.Count > 0 ? (null, ApiProblems.BadRequest(body.Problems)) : (new StartRequest(templateId, subject, instanceId), null);
        }
    }
}

/// <summary>
/// The body of an action (the version the person saw is the <c>If-Match</c> header): <c>reason</c> for
/// return and cancel; <c>outputs</c> and <c>note</c> for complete; <c>step</c> (a step key) when parallel work
/// leaves the person more than one open step to act on. An empty body is <c>{}</c>.
/// </summary>
internal sealed record ActionRequest(IReadOnlyList<string>? Outputs, string? Note, string? Reason, string? Step)
{
    public static async Task<(ActionRequest? Body, IResult? Error)> Read(HttpRequest request)
    {
        var (document, error) = await RequestBody.ReadJson(request).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        using (document)
        {
            var (body, wrong) = JsonBody.Read(document!, "outputs", "note", "reason", "step");
            if (wrong is not null)
            {
                return (null, wrong);
            }

            var read = new ActionRequest(body!.Strings("outputs", 50, 500), body.String("note", 2000), body.String("reason", 2000), body.String("step", 20));
            return body.Problems.Count > 0 ? (null, ApiProblems.BadRequest(body.Problems)) : (read, null);
        }
    }
}

internal sealed record TemplateResponse(string Id, int Version, string Nama, string? Instansi, IReadOnlyList<RoleResponse> Roles);

internal sealed record RoleResponse(string Id, string Name);

internal sealed record PersonResponse(string Id, string Name, IReadOnlyList<string> Roles);

/// <summary>A step; every moment in UTC and, beside it (<c>…Local</c>), in the office's zone.</summary>
internal sealed record StepResponse(string Key, string Activity, RoleResponse Role, bool IsDecision, string? Waktu, Instant? Since, string? SinceLocal, Instant? Due, string? DueLocal)
{
    public StepResponse(string key, string activity, RoleResponse role, bool isDecision, string? waktu, Instant? since, Instant? due, OfficeTime time)
        : this(key, activity, role, isDecision, waktu, since, time.Local(since), due, time.Local(due))
    {
    }
}

internal sealed record EventResponse(int Sequence, SopEventKind Kind, string Step, string PersonId, string Role, Instant At, string AtLocal, string? Note, IReadOnlyList<string> Outputs);

/// <summary>An SOP instance; <c>Zone</c> names the office's zone in which every <c>…Local</c> moment is given.</summary>
internal sealed record InstanceResponse(string Id, string TemplateId, int TemplateVersion, string Subject, SopStatus Status, int Version, ZoneResponse Zone, StepResponse? CurrentStep, IReadOnlyList<StepResponse> OpenSteps, IReadOnlyList<EventResponse> Events)
{
    public static InstanceResponse From(SopInstance i, WorkingCalendar calendar, OfficeTime time)
    {
        StepResponse? current = null;
        if (i.CurrentStep is { } step)
        {
            var role = i.Definition.FindRole(step.Actor)!;
            current = new StepResponse(step.Key, step.Activity, new RoleResponse(role.Id, role.Name), step.IsDecision, step.Waktu.Text, i.CurrentStepSince, SopDeadlines.DueOfCurrentStep(i, calendar), time);
        }

        return new InstanceResponse(
            i.Id,
            i.Definition.Id,
            i.Definition.Version,
            i.Subject,
            i.Status,
            i.Version,
            time.Zone,
            current,
            [.. i.OpenSteps.Select(o => new StepResponse(
                o.Step.Key,
                o.Step.Activity,
                new RoleResponse(o.PendingRoles[0], i.Definition.FindRole(o.PendingRoles[0])!.Name),
                o.Step.IsDecision,
                o.Step.Waktu.Text,
                o.OpenedAt,
                SopDeadlines.DueOfOpenStep(i, o, calendar),
                time))],
            [.. i.Events.Select(e => new EventResponse(e.Sequence, e.Kind, e.Step, e.PersonId, e.Role, e.At, time.Local(e.At), e.Note, [.. e.Attachments.Select(a => a.Reference)]))]);
    }
}

internal sealed record OverdueResponse(
    string InstanceId, string Subject, string TemplateId, string Step, string Activity, RoleResponse Role, Instant OpenedAt, string OpenedAtLocal, Instant Due, string DueLocal, long OverdueByWorkingMinutes, IReadOnlyList<PersonResponse> WhoMustAct);

/// <summary>The overdue list; <c>ChainBroken</c> names the running instances whose stored log does not verify (they cannot be read, so their steps are not in the list).</summary>
internal sealed record OverdueListResponse(Instant At, string AtLocal, ZoneResponse Zone, IReadOnlyList<OverdueResponse> Overdue, IReadOnlyList<string> ChainBroken);

/// <summary>
/// The verdict of <c>GET /sop/instances/{id}/verify</c>: the core's <c>SopChainVerification</c> against the head kept on the
/// instance row (<c>StoredHead</c>). <c>Fault</c> is the core's <c>SopChainFault</c>, or <c>Unreadable</c> for a stored row the
/// sample cannot read back; <c>Problem</c> is the break in both languages.
/// </summary>
internal sealed record VerifyResponse(
    string InstanceId, SopChainStatus Status, int EventCount, int SealedAtMigration, string? Head, string? StoredHead, string Fault, int? FirstBadIndex, int? FirstBadSequence, string? Expected, string? Actual, ProblemItem? Problem);
