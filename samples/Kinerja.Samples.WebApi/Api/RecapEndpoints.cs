using Kinerja.Core;
using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Serialization;
using Kinerja.Samples.WebApi.Persistence;
using Kinerja.Samples.WebApi.Security;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// The recap of a year (every quarter alone and cumulative), built by the core's <see cref="RecapCalculator"/> from the
/// latest PK version of each unit of the office and its stored realisasi, and answered in the core's
/// <c>recapTable</c> document (<see cref="KinerjaJson.Write(RecapTable)"/>): the kecamatan's down to its units, the
/// kabupaten's down to its kecamatan. This app hosts one kecamatan, so its kabupaten recap holds that kecamatan only.
/// </summary>
internal static class RecapEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var recap = app.MapGroup("/recap").WithTags("Recap");
        recap.MapGet("/kecamatan/{year:int}", (int year, KinerjaDbContext db, Office office, CancellationToken ct) => Answer(db, office, year, RecapLevel.Unit, ct))
            .RequireAccess(AccessKind.ReadKecamatan);
        recap.MapGet("/kabupaten/{year:int}", (int year, KinerjaDbContext db, Office office, CancellationToken ct) => Answer(db, office, year, RecapLevel.Kecamatan, ct))
            .RequireAccess(AccessKind.ReadKabupaten);
    }

    private static async Task<IResult> Answer(KinerjaDbContext db, Office office, int year, RecapLevel finest, CancellationToken ct)
    {
        var units = await db.PerjanjianKinerja.AsNoTracking().Where(p => p.Year == year).Select(p => p.UnitCode).Distinct().ToListAsync(ct).ConfigureAwait(false);
        var rows = new List<IndicatorMeasurement>();
        var budget = new List<BudgetMeasurement>();
        foreach (var unit in units.Where(office.HasUnit).Order(StringComparer.Ordinal))
        {
            var pk = (await PkEndpoints.LoadPk(db, unit, year, ct).ConfigureAwait(false))!;
            var set = (await PkEndpoints.Stored(db, pk, null, ct).ConfigureAwait(false)).Build().Value;
            rows.AddRange(RecapRows.Indicators(pk, set, office.Kabupaten, office.Code));
            budget.AddRange(RecapRows.Budget(pk, set, office.Kabupaten, office.Code));
        }

        if (rows.Count == 0 && budget.Count == 0)
        {
            return ApiProblems.NotFound("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "Perjanjian Kinerja pada tahun ini", "PK in this year");
        }

        var table = RecapCalculator.Build(rows, budget, RecapPolicy.Default, RecapOptions.Default with { FinestLevel = finest, MaxDegreeOfParallelism = 1 });
        return table.IsValid
            ? Results.Text(KinerjaJson.Write(table.Value), "application/json", System.Text.Encoding.UTF8)
            : throw new InvalidOperationException("The stored PKs and realisasi do not recap:" + Environment.NewLine + table);
    }
}
