using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
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
        sop.MapPost("/instances/{id}/{action}", Act).RequireAccess(AccessKind.OfficeMember);
        sop.MapGet("/overdue", Overdue).RequireAccess(AccessKind.OfficeOrKabupaten);
    }

    private static async Task<IResult> Start(HttpRequest request, ClaimsPrincipal user, KinerjaDbContext db, SopEngine engine, WorkingCalendar calendar, CancellationToken ct)
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

        return Preconditions.WithETag(Results.Created("/sop/instances/" + Uri.EscapeDataString(id), InstanceResponse.From(instance, calendar)), Preconditions.ETag("sop", instance.Version));
    }

    private static async Task<IResult> Get(string id, KinerjaDbContext db, WorkingCalendar calendar, CancellationToken ct)
    {
        var loaded = await Load(db, id, tracked: false, ct).ConfigureAwait(false);
        return loaded.Error ?? Preconditions.WithETag(Results.Ok(InstanceResponse.From(loaded.Instance!, calendar)), Preconditions.ETag("sop", loaded.Instance!.Version));
    }

    private static async Task<IResult> Act(string id, string action, HttpRequest request, ClaimsPrincipal user, KinerjaDbContext db, SopEngine engine, WorkingCalendar calendar, CancellationToken ct)
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

        return Preconditions.WithETag(Results.Ok(InstanceResponse.From(next, calendar)), Preconditions.ETag("sop", next.Version));
    }

    private static async Task<IResult> Overdue(KinerjaDbContext db, IClock clock, WorkingCalendar calendar, OfficeRoster roster, CancellationToken ct)
    {
        var ids = await db.SopInstances.AsNoTracking().Where(i => i.Status == nameof(SopStatus.Running)).Select(i => i.Id).ToListAsync(ct).ConfigureAwait(false);
        var running = new List<SopInstance>(ids.Count);
        foreach (var id in ids)
        {
            var loaded = await Load(db, id, tracked: false, ct).ConfigureAwait(false);
            if (loaded.Instance is { } instance)
            {
                running.Add(instance);
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
                o.Due,
                (long)o.OverdueBy.TotalMinutes,
                [.. o.WhoMustAct.Select(p => new PersonResponse(p.Id, p.Name, [.. p.Roles.Select(r => r.ToString())]))]))
            .ToList();
        return Results.Ok(new OverdueListResponse(now, overdue));
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
        var query = tracked ? db.SopInstances : db.SopInstances.AsNoTracking();
        var row = await query.FirstOrDefaultAsync(i => i.Id == id, ct).ConfigureAwait(false);
        if (row is null)
        {
            return (null, null, ApiProblems.NotFound("id", id, "instans SOP", "SOP instance"));
        }

        var definition = SopTemplates.All.FirstOrDefault(d => d.Id == row.DefinitionId && d.Version == row.DefinitionVersion)
            ?? throw new InvalidOperationException($"Template {row.DefinitionId} version {row.DefinitionVersion.ToString(CultureInfo.InvariantCulture)} of instance {id} is not built in.");
        var events = await db.SopEvents.AsNoTracking().Where(e => e.InstanceId == id).OrderBy(e => e.Sequence).ToListAsync(ct).ConfigureAwait(false);
        var replayed = SopInstance.Replay(definition, id, events.Select(FromRow));
        return replayed.IsValid
            ? (replayed.Value, row, null)
            : throw new InvalidOperationException($"The stored events of SOP instance {id} do not replay:" + Environment.NewLine + replayed);
    }

    private static void Summarise(SopInstanceRow row, SopInstance instance)
    {
        row.Status = instance.Status.ToString();
        row.Version = instance.Version;
        row.CurrentStep = instance.CurrentStep?.Key;
        row.CurrentStepSince = instance.CurrentStepSince;
        row.StartedAt = instance.StartedAt;
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
    };

    private static SopEvent FromRow(SopEventRow r) => new(
        r.Sequence,
        Enum.Parse<SopEventKind>(r.Kind),
        r.Step,
        r.PersonId,
        r.Role,
        r.At,
        r.Note,
        r.Outputs is null ? null : JsonSerializer.Deserialize<List<string>>(r.Outputs)!.Select(o => new SopAttachment(null, o)));
}

/// <summary>The body of <c>POST /sop/instances</c>. <c>instanceId</c> is optional (a new id is made).</summary>
internal sealed record StartRequest(string? TemplateId, string? Subject, string? InstanceId)
{
    public static async Task<(StartRequest? Body, IResult? Error)> Read(HttpRequest request)
    {
        var (text, error) = await RequestBody.ReadText(request).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        var (document, malformed) = RequestBody.Parse(text!);
        if (malformed is not null)
        {
            return (null, malformed);
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
        var (text, error) = await RequestBody.ReadText(request).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        var (document, malformed) = RequestBody.Parse(text!);
        if (malformed is not null)
        {
            return (null, malformed);
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

internal sealed record StepResponse(string Key, string Activity, RoleResponse Role, bool IsDecision, string? Waktu, Instant? Since, Instant? Due);

internal sealed record EventResponse(int Sequence, SopEventKind Kind, string Step, string PersonId, string Role, Instant At, string? Note, IReadOnlyList<string> Outputs);

internal sealed record InstanceResponse(string Id, string TemplateId, int TemplateVersion, string Subject, SopStatus Status, int Version, StepResponse? CurrentStep, IReadOnlyList<StepResponse> OpenSteps, IReadOnlyList<EventResponse> Events)
{
    public static InstanceResponse From(SopInstance i, WorkingCalendar calendar)
    {
        StepResponse? current = null;
        if (i.CurrentStep is { } step)
        {
            var role = i.Definition.FindRole(step.Actor)!;
            current = new StepResponse(step.Key, step.Activity, new RoleResponse(role.Id, role.Name), step.IsDecision, step.Waktu.Text, i.CurrentStepSince, SopDeadlines.DueOfCurrentStep(i, calendar));
        }

        return new InstanceResponse(
            i.Id,
            i.Definition.Id,
            i.Definition.Version,
            i.Subject,
            i.Status,
            i.Version,
            current,
            [.. i.OpenSteps.Select(o => new StepResponse(
                o.Step.Key,
                o.Step.Activity,
                new RoleResponse(o.PendingRoles[0], i.Definition.FindRole(o.PendingRoles[0])!.Name),
                o.Step.IsDecision,
                o.Step.Waktu.Text,
                o.OpenedAt,
                SopDeadlines.DueOfOpenStep(i, o, calendar)))],
            [.. i.Events.Select(e => new EventResponse(e.Sequence, e.Kind, e.Step, e.PersonId, e.Role, e.At, e.Note, [.. e.Attachments.Select(a => a.Reference)]))]);
    }
}

internal sealed record OverdueResponse(
    string InstanceId, string Subject, string TemplateId, string Step, string Activity, RoleResponse Role, Instant OpenedAt, Instant Due, long OverdueByWorkingMinutes, IReadOnlyList<PersonResponse> WhoMustAct);

internal sealed record OverdueListResponse(Instant At, IReadOnlyList<OverdueResponse> Overdue);
