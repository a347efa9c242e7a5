using Microsoft.AspNetCore.Diagnostics;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// No answer without a problem document: an unhandled exception is a 500 naming only its trace id
/// (the exception's text only when <c>Kinerja:ShowExceptionDetails</c> is true, a developer's switch,
/// off by default in every environment); an empty 404 or 405 gets a body; bad route values are a 400
/// before any endpoint runs.
/// </summary>
internal static class ErrorHandling
{
    public const string ShowExceptionDetails = "Kinerja:ShowExceptionDetails";

    public static async Task WriteServerError(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var show = context.RequestServices.GetRequiredService<IConfiguration>().GetValue(ShowExceptionDetails, false);
        var trace = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        var result = ApiProblems.Of(
            StatusCodes.Status500InternalServerError,
            "Kesalahan server / server error",
            [SampleProblems.Item(SampleProblems.ServerError, "$", null, trace)],
            show ? exception?.ToString() : null);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    public static async Task WriteStatusCode(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        var path = context.Request.Path.Value ?? "/";
        var result = code switch
        {
            StatusCodes.Status404NotFound => ApiProblems.Of(code, "Tidak ditemukan / not found", [SampleProblems.Item(SampleProblems.NotFound, "path", path)]),
            StatusCodes.Status405MethodNotAllowed => ApiProblems.Of(code, "Metode tidak diizinkan / method not allowed", [SampleProblems.Item(SampleProblems.NotFound, "method", context.Request.Method + " " + path)]),
            _ => ApiProblems.Of(code, "Kesalahan / error", []),
        };
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>The route's ids checked by <see cref="Ids"/> before authorisation and the endpoint see them.</summary>
    public static async Task CheckRouteValues(HttpContext context, RequestDelegate next)
    {
        var problems = new List<ProblemItem>();
        if (context.GetRouteValue("unitCode") is string unit)
        {
            Ids.Check(unit, "unitCode", Ids.MaxCode, problems);
        }

        if (context.GetRouteValue("id") is string id)
        {
            Ids.Check(id, "id", Ids.MaxId, problems);
        }

        if (problems.Count > 0)
        {
            await ApiProblems.BadRequest(problems).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
