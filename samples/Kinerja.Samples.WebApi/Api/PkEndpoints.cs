using System.Globalization;
using System.Text.Json;
using Kinerja.Core;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;
using Kinerja.Core.Presentation;
using Kinerja.Core.Scales;
using Kinerja.Core.Serialization;
using Kinerja.Core.Validation;
using Kinerja.Samples.WebApi.Persistence;
using Kinerja.Samples.WebApi.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// PKs and their realisasi in the core's JSON documents (<see cref="KinerjaJson"/>: kind
/// <c>perjanjianKinerja</c> and <c>measurementSet</c>), and the capaian computed by the core's
/// <see cref="CapaianEvaluator"/>. Every route is behind a policy of <see cref="Access"/>.
/// </summary>
internal static class PkEndpoints
{
    public const string JsonType = "application/json";

    public static void Map(IEndpointRouteBuilder app)
    {
        var pk = app.MapGroup("/pk").WithTags("Perjanjian Kinerja");
        pk.MapPost("/", CreatePk).RequireAccess(AccessKind.OfficeMember);
        pk.MapGet("/{unitCode}/{year:int}", GetPk).RequireAccess(AccessKind.ReadUnit);
        pk.MapPut("/{unitCode}/{year:int}", RevisePk).RequireAccess(AccessKind.AuthorPk);
        pk.MapGet("/{unitCode}/{year:int}/realisasi/{triwulan:int}", GetQuarter).RequireAccess(AccessKind.ReadUnit);
        pk.MapPatch("/{unitCode}/{year:int}/realisasi/{triwulan:int}", PatchQuarter).RequireAccess(AccessKind.WriteRealisasi);
        pk.MapPut("/{unitCode}/{year:int}/realisasi/{triwulan:int}", ReplaceQuarter).RequireAccess(AccessKind.WriteRealisasi);
        pk.MapGet("/{unitCode}/{year:int}/capaian", GetCapaian).RequireAccess(AccessKind.ReadUnit);
    }

    private static async Task<IResult> CreatePk(HttpRequest request, KinerjaDbContext db, IClock clock, IAuthorizationService authorization, CancellationToken ct)
    {
        var (pk, error) = await ReadPk(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        // The unit is in the body: the same policy as the routes, asked about that unit.
        var allowed = await authorization.AuthorizeAsync(request.HttpContext.User, pk!.Unit.Code, Access.Policy(AccessKind.AuthorPk)).ConfigureAwait(false);
        if (!allowed.Succeeded)
        {
            return ProblemAuthorizationResultHandler.Forbidden(allowed.Failure.FailureReasons.OfType<AccessRefusal>().Select(r => r.Problem));
        }

        if (pk.Version != 1)
        {
            return ApiProblems.BadRequest([new ValidationProblem(ProblemCodes.OutOfRange, "$.version", Text(pk.Version), Severity.Error, "1", "1")]);
        }

        db.PerjanjianKinerja.Add(NewRow(pk, clock, request));
        for (var q = 1; q <= 4; q++)
        {
            db.Quarters.Add(new QuarterRow { UnitCode = pk.Unit.Code, Year = pk.Year, Triwulan = q, Version = 0 });
        }

        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two creates of the same PK at once: the unique key (unit, year, version) lets one in.
            if (await Exists(db, pk.Unit.Code, pk.Year).ConfigureAwait(false))
            {
                return Duplicate(pk);
            }

            throw;
        }

        return Preconditions.WithETag(
            new Located(Results.Text(KinerjaJson.Write(pk), JsonType, statusCode: StatusCodes.Status201Created), Location(pk)),
            Preconditions.ETag("pk", pk.Version));
    }

    private static async Task<IResult> GetPk(string unitCode, int year, KinerjaDbContext db, CancellationToken ct)
    {
        var row = await FindRow(db, unitCode, year, ct).ConfigureAwait(false);
        return row is null
            ? NotFound(unitCode, year)
            : Preconditions.WithETag(Results.Text(row.Document, JsonType), Preconditions.ETag("pk", row.Version));
    }

    /// <summary>A PK perubahan: the next version, checked by <see cref="PerjanjianKinerjaHistory.Revise"/>; If-Match names the version revised.</summary>
    private static async Task<IResult> RevisePk(string unitCode, int year, HttpRequest request, KinerjaDbContext db, IClock clock, CancellationToken ct)
    {
        var current = await LoadPk(db, unitCode, year, ct).ConfigureAwait(false);
        if (current is null)
        {
            return NotFound(unitCode, year);
        }

        var (_, precondition) = Preconditions.Expected(request, "pk", current.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var (revision, error) = await ReadPk(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (revision!.Unit.Code != unitCode || revision.Year != year)
        {
            return ApiProblems.BadRequest([new ValidationProblem(ProblemCodes.UnknownReference, "$.unit.code", revision.Unit.Code + "/" + Text(revision.Year), Severity.Error, "PK di alamat ini", "the PK at this address")]);
        }

        var revised = PerjanjianKinerjaHistory.Start(current).Revise(revision);
        if (!revised.IsValid)
        {
            return ApiProblems.BadRequest(revised.Problems);
        }

        db.PerjanjianKinerja.Add(NewRow(revision, clock, request));
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another revision of the same version won: the unique key (unit, year, version) refused this one.
            var now = await FindRow(db, unitCode, year, CancellationToken.None).ConfigureAwait(false);
            return Preconditions.Failed(request.Headers.IfMatch.ToString(), now!.Version, "pk");
        }

        return Preconditions.WithETag(Results.Text(KinerjaJson.Write(revision), JsonType), Preconditions.ETag("pk", revision.Version));
    }

    private static async Task<IResult> GetQuarter(string unitCode, int year, int triwulan, KinerjaDbContext db, CancellationToken ct)
    {
        if (BadQuarter(triwulan) is { } bad)
        {
            return bad;
        }

        var pk = await LoadPk(db, unitCode, year, ct).ConfigureAwait(false);
        if (pk is null)
        {
            return NotFound(unitCode, year);
        }

        var head = await Head(db, unitCode, year, triwulan, ct).ConfigureAwait(false);
        var set = (await Stored(db, pk, triwulan, ct).ConfigureAwait(false)).Build().Value;
        return Preconditions.WithETag(Results.Text(KinerjaJson.Write(set), JsonType), Preconditions.ETag(QuarterPrefix(triwulan), head.Version));
    }

    /// <summary>Merges: each realisasi and anggaran in the body replaces that indicator's or program's entry of the quarter; the others stay.</summary>
    private static Task<IResult> PatchQuarter(string unitCode, int year, int triwulan, HttpRequest request, KinerjaDbContext db, IClock clock, CancellationToken ct) =>
        WriteQuarter(unitCode, year, triwulan, request, db, clock, replace: false, ct);

    /// <summary>Replaces the whole quarter with the body: an explicit operation, what is not in the body is removed.</summary>
    private static Task<IResult> ReplaceQuarter(string unitCode, int year, int triwulan, HttpRequest request, KinerjaDbContext db, IClock clock, CancellationToken ct) =>
        WriteQuarter(unitCode, year, triwulan, request, db, clock, replace: true, ct);

    private static async Task<IResult> WriteQuarter(string unitCode, int year, int triwulan, HttpRequest request, KinerjaDbContext db, IClock clock, bool replace, CancellationToken ct)
    {
        if (BadQuarter(triwulan) is { } bad)
        {
            return bad;
        }

        var pk = await LoadPk(db, unitCode, year, ct).ConfigureAwait(false);
        if (pk is null)
        {
            return NotFound(unitCode, year);
        }

        var prefix = QuarterPrefix(triwulan);
        var head = await Head(db, unitCode, year, triwulan, ct).ConfigureAwait(false);
        var (expected, precondition) = Preconditions.Expected(request, prefix, head.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var (text, error) = await RequestBody.ReadText(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        // Anggaran kept cumulatively (s.d. triwulan) become the quarter's own amounts against the stored quarters before it.
        var (quarterText, cumulative) = await CumulativeBudgetBody.ToQuarterAmounts(text!, unitCode, year, triwulan, db, ct).ConfigureAwait(false);
        var read = KinerjaJson.ReadMeasurementSet(quarterText, pk);
        if (!read.IsValid || cumulative.Count > 0)
        {
            return ApiProblems.BadRequest([.. cumulative, .. read.Problems.Where(p => p.Severity == Severity.Error)]);
        }

        var body = read.Value;
        var problems = new List<ValidationProblem>();
        for (var i = 0; i < body.Realisasi.Count; i++)
        {
            if (body.Realisasi[i].Triwulan.Number != triwulan)
            {
                problems.Add(new ValidationProblem(ProblemCodes.OutOfRange, $"$.realisasi[{Text(i)}].triwulan", Text(body.Realisasi[i].Triwulan.Number), Severity.Error, Text(triwulan), Text(triwulan)));
            }
        }

        for (var i = 0; i < body.Budget.Count; i++)
        {
            if (body.Budget[i].Triwulan.Number != triwulan)
            {
                problems.Add(new ValidationProblem(ProblemCodes.OutOfRange, $"$.anggaran[{Text(i)}].triwulan", Text(body.Budget[i].Triwulan.Number), Severity.Error, Text(triwulan), Text(triwulan)));
            }
        }

        if (problems.Count > 0)
        {
            return ApiProblems.BadRequest(problems);
        }

        // The quarter as it will be: the stored one (or nothing, for a replace) with the body's entries over it.
        var builder = replace ? MeasurementSet.CreateBuilder(pk) : await Stored(db, pk, triwulan, ct).ConfigureAwait(false);
        foreach (var r in body.Realisasi)
        {
            builder.RemoveRealisasi(r.IndicatorId, triwulan);
            Add(builder, r);
        }

        foreach (var a in body.Budget)
        {
            builder.RemoveBudget(a.ProgramId, triwulan);
            builder.AddBudget(a.ProgramId, triwulan, a.Amount, a.Note);
        }

        return await Commit(db, clock, request, pk, triwulan, expected, builder.Build().Value, read.Warnings, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores a quarter as it will be (<paramref name="quarter"/>: the realisasi and anggaran of that quarter only, already
    /// checked), in one transaction: the quarter's head moves from <paramref name="expected"/> to the next version, or nothing
    /// changes and the answer is 412. The answer lists the new ETag, the counts, and the warnings of the whole year.
    /// </summary>
    internal static async Task<IResult> Commit(KinerjaDbContext db, IClock clock, HttpRequest request, PerjanjianKinerja pk, int triwulan, int expected, MeasurementSet quarter, IEnumerable<ValidationProblem> warnings, CancellationToken ct)
    {
        var unitCode = pk.Unit.Code;
        var year = pk.Year;
        var prefix = QuarterPrefix(triwulan);
        var all = await Stored(db, pk, null, ct, except: triwulan).ConfigureAwait(false);
        foreach (var r in quarter.Realisasi)
        {
            Add(all, r);
        }

        foreach (var a in quarter.Budget)
        {
            all.AddBudget(a.ProgramId, triwulan, a.Amount, a.Note);
        }

        var year4 = all.Build(); // the whole year, for the warnings that look across quarters (anggaran above the pagu)

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);

        // The quarter's head moves on only from the version the writer read: of two writers of one version, the second changes nothing.
        var moved = await db.Quarters
            .Where(q => q.UnitCode == unitCode && q.Year == year && q.Triwulan == triwulan && q.Version == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Version, expected + 1).SetProperty(q => q.UpdatedAt, clock.GetCurrentInstant()).SetProperty(q => q.UpdatedBy, request.HttpContext.User.PersonId()), ct)
            .ConfigureAwait(false);
        if (moved == 0)
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            var now = await Head(db, unitCode, year, triwulan, CancellationToken.None).ConfigureAwait(false);
            return Preconditions.Failed(request.Headers.IfMatch.ToString(), now.Version, prefix);
        }

        await db.Realisasi.Where(r => r.UnitCode == unitCode && r.Year == year && r.Triwulan == triwulan).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Anggaran.Where(r => r.UnitCode == unitCode && r.Year == year && r.Triwulan == triwulan).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        foreach (var r in quarter.Realisasi)
        {
            db.Realisasi.Add(new RealisasiRow
            {
                UnitCode = unitCode,
                Year = year,
                Triwulan = triwulan,
                IndicatorId = r.IndicatorId,
                Value = r.Value,
                Grade = r.Grade,
                Note = r.Note,
                BuktiDukung = r.BuktiDukung.Count == 0 ? null : JsonSerializer.Serialize(r.BuktiDukung.Select(b => new StoredBukti(b.Reference, b.Description)).ToList(), ApiJson.Options),
            });
        }

        foreach (var a in quarter.Budget)
        {
            db.Anggaran.Add(new AnggaranRow { UnitCode = unitCode, Year = year, Triwulan = triwulan, ProgramId = a.ProgramId, Amount = a.Amount, Note = a.Note });
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        var etag = Preconditions.ETag(prefix, expected + 1);
        return Preconditions.WithETag(
            Results.Json(new QuarterWritten(triwulan, etag, quarter.Realisasi.Count, quarter.Budget.Count, [.. year4.Warnings.Concat(warnings).Distinct().Select(ProblemItem.From)]), ApiJson.Options),
            etag);
    }

    private static async Task<IResult> GetCapaian(string unitCode, int year, string? scale, KinerjaDbContext db, CancellationToken ct)
    {
        var categoryScale = Scale(scale);
        if (categoryScale is null)
        {
            return ApiProblems.BadRequest([new ValidationProblem(ProblemCodes.UnknownReference, "scale", SampleProblems.Printable(scale), Severity.Error, "skala kategori (permendagri86, permendagri86baik, sakip)", "category scale (permendagri86, permendagri86baik, sakip)")]);
        }

        var pk = await LoadPk(db, unitCode, year, ct).ConfigureAwait(false);
        if (pk is null)
        {
            return NotFound(unitCode, year);
        }

        var measurements = (await Stored(db, pk, null, ct).ConfigureAwait(false)).Build().Value;
        var indicators = CapaianEvaluator.Evaluate(pk, measurements, CapaianPolicy.Default)
            .Select(ic => new IndicatorCapaianResponse(
                ic.Indicator.Id,
                ic.Indicator.Name,
                ic.Indicator.Satuan,
                ic.Indicator.Polarity,
                ic.Indicator.Aggregation,
                ic.Indicator.AnnualTarget.ToString(),
                [.. ic.ByTriwulan.Select(q => new TriwulanCapaianResponse(
                    q.Triwulan.Number,
                    q.Target?.ToString(),
                    q.Realisasi?.Value,
                    q.Realisasi?.Grade,
                    CapaianValue.From(q.Capaian, categoryScale),
                    q.CumulativeTarget?.ToString(),
                    q.CumulativeRealisasi,
                    q.CumulativeGrade,
                    CapaianValue.From(q.CumulativeCapaian, categoryScale),
                    CapaianValue.From(q.AnnualCapaian, categoryScale)))]))
            .ToList();
        return Results.Json(new CapaianResponse(pk.Unit.Code, pk.Year, pk.Version, categoryScale.Name, CapaianPolicy.Default.ToString(), indicators), ApiJson.Options);
    }

    internal static CategoryScale? Scale(string? scale) => (scale ?? "permendagri86").ToUpperInvariant() switch
    {
        "PERMENDAGRI86" => CategoryScales.Permendagri86,
        "PERMENDAGRI86BAIK" => CategoryScales.Permendagri86Baik,
        "SAKIP" => CategoryScales.SakipGrades,
        _ => null,
    };

    /// <summary>Reads a PK document with the core's reader, then the sample's own limits on its ids (so that each can be named in a URL).</summary>
    private static async Task<(PerjanjianKinerja? Pk, IResult? Error)> ReadPk(HttpRequest request)
    {
        var (text, error) = await RequestBody.ReadText(request).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        var read = KinerjaJson.ReadPerjanjianKinerja(text!);
        if (!read.IsValid)
        {
            return (null, ApiProblems.BadRequest(read.Problems.Where(p => p.Severity == Severity.Error)));
        }

        var pk = read.Value;
        var problems = new List<ProblemItem>();
        Ids.Check(pk.Unit.Code, "$.unit.code", Ids.MaxCode, problems);
        for (var s = 0; s < pk.Sasaran.Count; s++)
        {
            for (var i = 0; i < pk.Sasaran[s].Indicators.Count; i++)
            {
                Ids.Check(pk.Sasaran[s].Indicators[i].Id, $"$.sasaran[{Text(s)}].indicators[{Text(i)}].id", Ids.MaxId, problems);
            }
        }

        for (var p = 0; p < pk.Programs.Count; p++)
        {
            Ids.Check(pk.Programs[p].Id, $"$.programs[{Text(p)}].id", Ids.MaxId, problems);
        }

        return problems.Count > 0 ? (null, ApiProblems.BadRequest(problems)) : (pk, null);
    }

    private static PkRow NewRow(PerjanjianKinerja pk, IClock clock, HttpRequest request) => new()
    {
        UnitCode = pk.Unit.Code,
        UnitName = pk.Unit.Name,
        Year = pk.Year,
        Version = pk.Version,
        Document = KinerjaJson.Write(pk),
        CreatedAt = clock.GetCurrentInstant(),
        CreatedBy = request.HttpContext.User.PersonId() ?? string.Empty,
    };

    internal static async Task<PerjanjianKinerja?> LoadPk(KinerjaDbContext db, string unitCode, int year, CancellationToken ct)
    {
        var row = await FindRow(db, unitCode, year, ct).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var read = KinerjaJson.ReadPerjanjianKinerja(row.Document);
        return read.IsValid
            ? read.Value
            : throw new InvalidOperationException($"The stored PK {unitCode}/{Text(year)} no longer reads:" + Environment.NewLine + read);
    }

    private static Task<PkRow?> FindRow(KinerjaDbContext db, string unitCode, int year, CancellationToken ct) =>
        db.PerjanjianKinerja.AsNoTracking()
            .Where(p => p.UnitCode == unitCode && p.Year == year)
            .OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(ct);

    private static Task<bool> Exists(KinerjaDbContext db, string unitCode, int year)
    {
        db.ChangeTracker.Clear();
        return db.PerjanjianKinerja.AnyAsync(p => p.UnitCode == unitCode && p.Year == year);
    }

    internal static async Task<QuarterRow> Head(KinerjaDbContext db, string unitCode, int year, int triwulan, CancellationToken ct) =>
        await db.Quarters.AsNoTracking().FirstAsync(q => q.UnitCode == unitCode && q.Year == year && q.Triwulan == triwulan, ct).ConfigureAwait(false);

    /// <summary>The stored realisasi of a PK in a builder: of one quarter (<paramref name="only"/>), or of all but one (<paramref name="except"/>), or all.</summary>
    internal static async Task<MeasurementSetBuilder> Stored(KinerjaDbContext db, PerjanjianKinerja pk, int? only, CancellationToken ct, int? except = null)
    {
        var unit = pk.Unit.Code;
        var year = pk.Year;
        var realisasi = await db.Realisasi.AsNoTracking()
            .Where(r => r.UnitCode == unit && r.Year == year && (only == null || r.Triwulan == only) && (except == null || r.Triwulan != except))
            .OrderBy(r => r.Triwulan).ThenBy(r => r.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        var anggaran = await db.Anggaran.AsNoTracking()
            .Where(r => r.UnitCode == unit && r.Year == year && (only == null || r.Triwulan == only) && (except == null || r.Triwulan != except))
            .OrderBy(r => r.Triwulan).ThenBy(r => r.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        var builder = MeasurementSet.CreateBuilder(pk);
        foreach (var r in realisasi)
        {
            var bukti = r.BuktiDukung is null
                ? []
                : JsonSerializer.Deserialize<List<StoredBukti>>(r.BuktiDukung, ApiJson.Options)!.Select(b => new BuktiDukung(b.Reference, b.Description)).ToArray();
            if (r.Grade is { } grade)
            {
                builder.AddGrade(r.IndicatorId, r.Triwulan, grade, r.Note, bukti);
            }
            else
            {
                builder.AddRealisasi(r.IndicatorId, r.Triwulan, r.Value ?? 0m, r.Note, bukti);
            }
        }

        foreach (var a in anggaran)
        {
            builder.AddBudget(a.ProgramId, a.Triwulan, a.Amount, a.Note);
        }

        return builder;
    }

    internal static void Add(MeasurementSetBuilder builder, Realisasi r)
    {
        if (r.Grade is { } grade)
        {
            builder.AddGrade(r.IndicatorId, r.Triwulan.Number, grade, r.Note, [.. r.BuktiDukung]);
        }
        else
        {
            builder.AddRealisasi(r.IndicatorId, r.Triwulan.Number, r.Value ?? 0m, r.Note, [.. r.BuktiDukung]);
        }
    }

    internal static IResult? BadQuarter(int triwulan) =>
        Triwulan.TryCreate(triwulan, out _) ? null : ApiProblems.BadRequest([new ValidationProblem(ProblemCodes.TriwulanOutOfRange, "triwulan", Text(triwulan), Severity.Error)]);

    internal static string QuarterPrefix(int triwulan) => "tw" + Text(triwulan);

    private static string Location(PerjanjianKinerja pk) => $"/pk/{Uri.EscapeDataString(pk.Unit.Code)}/{Text(pk.Year)}";

    private static IResult Duplicate(PerjanjianKinerja pk) =>
        ApiProblems.Conflict(new ValidationProblem(ProblemCodes.Duplicate, "$.unit.code", pk.Unit.Code, Severity.Error, Location(pk)));

    internal static IResult NotFound(string unitCode, int year) =>
        ApiProblems.NotFound("pk", unitCode + "/" + Text(year), "Perjanjian Kinerja", "Perjanjian Kinerja");

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Located(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}

/// <summary>A bukti dukung as stored in <see cref="RealisasiRow.BuktiDukung"/>.</summary>
internal sealed record StoredBukti(string Reference, string? Description);

/// <summary>The answer to a write of a quarter: its new ETag, how many entries it now holds, and the core's warnings.</summary>
internal sealed record QuarterWritten(int Triwulan, string ETag, int Realisasi, int Anggaran, IReadOnlyList<ProblemItem> Warnings);

internal sealed record CapaianResponse(string UnitCode, int Year, int Version, string Scale, string Policy, IReadOnlyList<IndicatorCapaianResponse> Indicators);

internal sealed record IndicatorCapaianResponse(
    string Id, string Name, string Satuan, Polarity Polarity, AggregationMethod Aggregation, string AnnualTarget, IReadOnlyList<TriwulanCapaianResponse> Quarters);

internal sealed record TriwulanCapaianResponse(
    int Triwulan,
    string? Target,
    decimal? Realisasi,
    string? Grade,
    CapaianValue Capaian,
    string? CumulativeTarget,
    decimal? CumulativeRealisasi,
    string? CumulativeGrade,
    CapaianValue CumulativeCapaian,
    CapaianValue AnnualCapaian);

/// <summary>
/// A capaian: the exact value (never rounded), the printed form (two decimals, Indonesian), the
/// category on the chosen scale, or the reason why there is no figure.
/// </summary>
internal sealed record CapaianValue(CapaianStatus Status, decimal? Value, string Formatted, string? Category, CapaianReason Reason)
{
    public static CapaianValue From(CapaianResult result, CategoryScale scale) =>
        new(result.Status, result.Value, CapaianFormat.FormatResult(result), result.Classify(scale)?.Label, result.Reason);
}
