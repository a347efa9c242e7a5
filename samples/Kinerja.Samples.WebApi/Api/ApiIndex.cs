namespace Kinerja.Samples.WebApi.Api;

/// <summary>What <c>GET /</c> answers: the endpoints, and the warning about the demo authentication.</summary>
internal sealed record ApiIndex(string Name, string Authentication, IReadOnlyList<string> Endpoints)
{
    public static ApiIndex Value { get; } = new(
        "Kinerja.Core web API sample",
        "DEMO ONLY, NOT FOR PRODUCTION: the X-Demo-User header names a roster person and is believed without proof.",
        [
            "POST /pk",
            "GET /pk/{unitCode}/{year}",
            "POST /pk/{unitCode}/{year}/realisasi/{triwulan}",
            "GET /pk/{unitCode}/{year}/capaian?scale=permendagri86|permendagri86baik|sakip",
            "GET /sop/templates",
            "GET /sop/roster",
            "POST /sop/instances",
            "GET /sop/instances/{id}",
            "POST /sop/instances/{id}/complete|approve|return|cancel",
            "GET /sop/overdue",
        ]);
}
