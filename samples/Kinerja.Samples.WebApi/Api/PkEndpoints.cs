using System.Globalization;
using System.Text.Json;
using Kinerja.Core;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;
using Kinerja.Core.Presentation;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;
using Kinerja.Samples.WebApi.Persistence;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>PKs, the realisasi of a quarter, and the capaian computed by the core's <see cref="CapaianEvaluator"/>.</summary>
internal static class PkEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var pk = app.MapGroup("/pk").WithTags("Perjanjian Kinerja");
        pk.MapPost("/", CreatePk).RequireAuthorization();
        pk.MapGet("/{unitCode}/{year:int}", GetPk);
        pk.MapPost("/{unitCode}/{year:int}/realisasi/{triwulan:int}", PostRealisasi).RequireAuthorization();
        pk.MapGet("/{unitCode}/{year:int}/capaian", GetCapaian);
    }

    private static async Task<IResult> CreatePk(HttpRequest request, KinerjaDbContext db, IClock clock, CancellationToken ct)
    {
        var (document, error) = await ApiProblems.ReadBody<PkDocument>(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var built = document!.Build();
        if (!built.IsValid)
        {
            return ApiProblems.BadRequest(built.Problems);
        }

        var value = built.Value;
        var exists = await db.PerjanjianKinerja.AnyAsync(p => p.UnitCode == value.Unit.Code && p.Year == value.Year, ct).ConfigureAwait(false);
        if (exists)
        {
            return ApiProblems.Of(
                StatusCodes.Status409Conflict,
                "Sudah ada / already exists",
                new ValidationProblem(ProblemCodes.Duplicate, "unit.code", value.Unit.Code, Severity.Error, $"/pk/{value.Unit.Code}/{Text(value.Year)}"));
        }

        var stored = PkDocument.From(value);
        db.PerjanjianKinerja.Add(new PkRow
        {
            UnitCode = value.Unit.Code,
            UnitName = value.Unit.Name,
            Year = value.Year,
            Version = value.Version,
            Document = JsonSerializer.Serialize(stored, JsonOptions(request)),
            CreatedAt = clock.GetCurrentInstant(),
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return Results.Created($"/pk/{Uri.EscapeDataString(value.Unit.Code)}/{Text(value.Year)}", new PkResponse(value.Version, stored, [.. built.Warnings.Select(ProblemItem.From)]));
    }

    private static async Task<IResult> GetPk(string unitCode, int year, HttpRequest request, KinerjaDbContext db, CancellationToken ct)
    {
        var row = await FindRow(db, unitCode, year, ct).ConfigureAwait(false);
        return row is null
            ? NotFound(unitCode, year)
            : Results.Ok(new PkResponse(row.Version, JsonSerializer.Deserialize<PkDocument>(row.Document, JsonOptions(request))!, []));
    }

    private static async Task<IResult> PostRealisasi(string unitCode, int year, int triwulan, HttpRequest request, KinerjaDbContext db, CancellationToken ct)
    {
        if (!Triwulan.TryCreate(triwulan, out _))
        {
            return ApiProblems.BadRequest([new ValidationProblem(ProblemCodes.TriwulanOutOfRange, "triwulan", Text(triwulan), Severity.Error)]);
        }

        var pk = await LoadPk(db, unitCode, year, request, ct).ConfigureAwait(false);
        if (pk is null)
        {
            return NotFound(unitCode, year);
        }

        var (batch, error) = await ApiProblems.ReadBody<RealisasiBatch>(request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        // The quarter's entries go into the builder first, so that the builder's paths
        // (realisasi[0].value) are the request's; the stored other quarters follow.
        var own = new List<ValidationProblem>();
        var builder = MeasurementSet.CreateBuilder(pk);
        var entries = batch!.Realisasi ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var bukti = (e.BuktiDukung ?? []).Select(b => new BuktiDukung(b.Reference ?? string.Empty, b.Description)).ToArray();
            if (e.Grade is { } grade)
            {
                builder.AddGrade(e.IndicatorId ?? string.Empty, triwulan, grade, e.Note, bukti);
            }
            else if (e.Value is { } value)
            {
                builder.AddRealisasi(e.IndicatorId ?? string.Empty, triwulan, value, e.Note, bukti);
            }
            else
            {
                own.Add(new ValidationProblem(ProblemCodes.Required, $"realisasi[{Text(i)}].value", null, Severity.Error));
            }
        }

        var anggaran = batch.Anggaran ?? [];
        foreach (var a in anggaran)
        {
            builder.AddAnggaran(a.ProgramId ?? string.Empty, triwulan, a.Amount, a.Note);
        }

        var others = await LoadStoredRows(db, unitCode, year, except: triwulan, ct).ConfigureAwait(false);
        others.AddTo(builder, request);
        var built = builder.Build();
        if (own.Count > 0 || !built.IsValid)
        {
            return ApiProblems.BadRequest(own.Concat(built.Problems));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await db.Realisasi.Where(r => r.UnitCode == unitCode && r.Year == year && r.Triwulan == triwulan).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Anggaran.Where(r => r.UnitCode == unitCode && r.Year == year && r.Triwulan == triwulan).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        foreach (var r in built.Value.Realisasi.Where(r => r.Triwulan.Number == triwulan))
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
                BuktiDukung = r.BuktiDukung.Count == 0 ? null : JsonSerializer.Serialize(r.BuktiDukung.Select(b => new BuktiDukungDocument(b.Reference, b.Description)), JsonOptions(request)),
            });
        }

        foreach (var a in built.Value.Anggaran.Where(a => a.Triwulan.Number == triwulan))
        {
            db.Anggaran.Add(new AnggaranRow { UnitCode = unitCode, Year = year, Triwulan = triwulan, ProgramId = a.ProgramId, Amount = a.Amount, Note = a.Note });
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return Results.Ok(new RealisasiResponse(triwulan, entries.Count, anggaran.Count, [.. built.Warnings.Select(ProblemItem.From)]));
    }

    private static async Task<IResult> GetCapaian(string unitCode, int year, string? scale, HttpRequest request, KinerjaDbContext db, CancellationToken ct)
    {
        var categoryScale = (scale ?? "permendagri86").ToUpperInvariant() switch
        {
            "PERMENDAGRI86" => CategoryScales.Permendagri86,
            "PERMENDAGRI86BAIK" => CategoryScales.Permendagri86Baik,
            "SAKIP" => CategoryScales.SakipGrades,
            _ => null,
        };
        if (categoryScale is null)
        {
            return ApiProblems.BadRequest([new ValidationProblem(ProblemCodes.UnknownReference, "scale", scale, Severity.Error, "skala kategori (permendagri86, permendagri86baik, sakip)", "category scale (permendagri86, permendagri86baik, sakip)")]);
        }

        var pk = await LoadPk(db, unitCode, year, request, ct).ConfigureAwait(false);
        if (pk is null)
        {
            return NotFound(unitCode, year);
        }

        var builder = MeasurementSet.CreateBuilder(pk);
        (await LoadStoredRows(db, unitCode, year, except: null, ct).ConfigureAwait(false)).AddTo(builder, request);
        var measurements = builder.Build().Value;
        var indicators = CapaianEvaluator.Evaluate(pk, measurements, CapaianPolicy.Default)
            .Select(ic => new IndicatorCapaianResponse(
                ic.Indicator.Id,
                ic.Indicator.Name,
                ic.Indicator.Satuan,
                ic.Indicator.Polarity,
                ic.Indicator.Aggregation,
                ic.Indicator.AnnualTarget.ToString(),
                [.. ic.Quarters.Select(q => new TriwulanCapaianResponse(
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
        return Results.Ok(new CapaianResponse(pk.Unit.Code, pk.Year, pk.Version, categoryScale.Name, CapaianPolicy.Default.ToString(), indicators));
    }

    internal static async Task<PerjanjianKinerja?> LoadPk(KinerjaDbContext db, string unitCode, int year, HttpRequest request, CancellationToken ct)
    {
        var row = await FindRow(db, unitCode, year, ct).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var document = JsonSerializer.Deserialize<PkDocument>(row.Document, JsonOptions(request))!;
        var built = document.Build();
        return built.IsValid
            ? built.Value
            : throw new InvalidOperationException($"The stored PK {unitCode}/{Text(year)} no longer builds:" + Environment.NewLine + built);
    }

    private static Task<PkRow?> FindRow(KinerjaDbContext db, string unitCode, int year, CancellationToken ct) =>
        db.PerjanjianKinerja.AsNoTracking()
            .Where(p => p.UnitCode == unitCode && p.Year == year)
            .OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(ct);

    private static async Task<StoredRows> LoadStoredRows(KinerjaDbContext db, string unitCode, int year, int? except, CancellationToken ct)
    {
        var realisasi = await db.Realisasi.AsNoTracking()
            .Where(r => r.UnitCode == unitCode && r.Year == year && r.Triwulan != except)
            .OrderBy(r => r.Triwulan).ThenBy(r => r.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        var anggaran = await db.Anggaran.AsNoTracking()
            .Where(r => r.UnitCode == unitCode && r.Year == year && r.Triwulan != except)
            .OrderBy(r => r.Triwulan).ThenBy(r => r.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        return new StoredRows(realisasi, anggaran);
    }

    private static IResult NotFound(string unitCode, int year) =>
        ApiProblems.NotFound("pk", unitCode + "/" + Text(year), "Perjanjian Kinerja", "Perjanjian Kinerja");

    internal static JsonSerializerOptions JsonOptions(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record StoredRows(List<RealisasiRow> Realisasi, List<AnggaranRow> Anggaran)
    {
        public void AddTo(MeasurementSetBuilder builder, HttpRequest request)
        {
            foreach (var r in Realisasi)
            {
                var bukti = r.BuktiDukung is null
                    ? []
                    : JsonSerializer.Deserialize<List<BuktiDukungDocument>>(r.BuktiDukung, JsonOptions(request))!.Select(b => new BuktiDukung(b.Reference ?? string.Empty, b.Description)).ToArray();
                if (r.Grade is { } grade)
                {
                    builder.AddGrade(r.IndicatorId, r.Triwulan, grade, r.Note, bukti);
                }
                else
                {
                    builder.AddRealisasi(r.IndicatorId, r.Triwulan, r.Value ?? 0m, r.Note, bukti);
                }
            }

            foreach (var a in Anggaran)
            {
                builder.AddAnggaran(a.ProgramId, a.Triwulan, a.Amount, a.Note);
            }
        }
    }
}

internal sealed record PkResponse(int Version, PkDocument Pk, IReadOnlyList<ProblemItem> Warnings);

/// <summary>The body of <c>POST /pk/{unit}/{year}/realisasi/{triwulan}</c>: the whole quarter, replacing what was stored for it.</summary>
internal sealed record RealisasiBatch(IReadOnlyList<RealisasiDocument>? Realisasi, IReadOnlyList<AnggaranDocument>? Anggaran);

/// <summary>One realisasi: <c>value</c> for a number, <c>grade</c> for a qualitative indicator.</summary>
internal sealed record RealisasiDocument(string? IndicatorId, decimal? Value, string? Grade, string? Note, IReadOnlyList<BuktiDukungDocument>? BuktiDukung);

internal sealed record BuktiDukungDocument(string? Reference, string? Description);

internal sealed record AnggaranDocument(string? ProgramId, decimal Amount, string? Note);

internal sealed record RealisasiResponse(int Triwulan, int Realisasi, int Anggaran, IReadOnlyList<ProblemItem> Warnings);

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
