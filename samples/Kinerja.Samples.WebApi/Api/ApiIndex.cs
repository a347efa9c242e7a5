namespace Kinerja.Samples.WebApi.Api;

/// <summary>What <c>GET /</c> answers (the only route open without a token): the endpoints and how to authenticate.</summary>
internal sealed record ApiIndex(string Name, string Authentication, IReadOnlyList<string> Endpoints)
{
    public static ApiIndex Value { get; } = new(
        "Kinerja.Core web API sample",
        "Authorization: Bearer <JWT> with claims sub (roster person id), kinerja_office and kinerja_unit, or sub and kinerja_kabupaten; see docs/samples-webapi.md.",
        [
            "POST /pk",
            "GET|PUT /pk/{unitCode}/{year}",
            "GET|PATCH|PUT /pk/{unitCode}/{year}/realisasi/{triwulan}",
            "PATCH|PUT /pk/{unitCode}/{year}/realisasi/{triwulan}/csv?separator=&decimal= (text/csv or text/tab-separated-values)",
            "GET /pk/{unitCode}/{year}/capaian?scale=permendagri86|permendagri86baik|sakip",
            "GET /sop/templates",
            "GET /sop/roster",
            "POST /sop/instances",
            "GET /sop/instances/{id}",
            "POST /sop/instances/{id}/complete|approve|return|cancel",
            "GET /sop/overdue",
        ]);
}
