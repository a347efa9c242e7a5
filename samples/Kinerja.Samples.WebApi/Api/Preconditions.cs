using Kinerja.Core.Validation;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// <c>If-Match</c> on every write of an existing resource: the ETag of what the writer last read
/// (<c>"pk-1"</c> for a PK version, <c>"tw1-3"</c> for version 3 of the realisasi of TW I, <c>"sop-4"</c> for
/// an SOP instance at version 4). Missing: 428; not the current one: 412 naming the current ETag.
/// </summary>
internal static class Preconditions
{
    public static string ETag(string prefix, int version) => "\"" + prefix + "-" + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version an <c>If-Match</c> names for this prefix, or the 428/412 answer.</summary>
    public static (int Version, IResult? Error) Expected(HttpRequest request, string prefix, int current)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return (0, ApiProblems.Of(StatusCodes.Status428PreconditionRequired, "Prasyarat wajib / precondition required", [SampleProblems.Item(SampleProblems.PreconditionRequired, "If-Match", null)]));
        }

        var expected = ETag(prefix, current);
        var given = header.Trim();
        if (given.StartsWith("W/", StringComparison.Ordinal))
        {
            given = given[2..];
        }

        return given == expected ? (current, null) : (0, Failed(header, current, prefix));
    }

    public static IResult Failed(string given, int current, string prefix) =>
        ApiProblems.Of(StatusCodes.Status412PreconditionFailed, "Prasyarat gagal / precondition failed", [SampleProblems.Item(SampleProblems.PreconditionFailed, "If-Match", given, ETag(prefix, current))]);

    public static void Set(HttpResponse response, string prefix, int version) => response.Headers.ETag = ETag(prefix, version);

    public static IResult WithETag(IResult result, string etag) => new ETagResult(result, etag);

    private sealed class ETagResult(IResult inner, string etag) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = etag;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
