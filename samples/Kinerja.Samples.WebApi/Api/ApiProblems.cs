using System.Text.Json;
using Kinerja.Core.Validation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>One problem as JSON: the core's <see cref="ValidationProblem"/>, messages in both languages.</summary>
internal sealed record ProblemItem(string Code, string Path, string? AttemptedValue, Severity Severity, string Message, string MessageEnglish)
{
    public static ProblemItem From(ValidationProblem p) =>
        new(p.Code, p.Path, p.AttemptedValue, p.Severity, p.GetMessage(MessageLanguage.Indonesian), p.GetMessage(MessageLanguage.English));
}

/// <summary>An RFC 9457 problem document whose <c>problems</c> member lists the core's problems.</summary>
internal sealed record ProblemBody(string Type, string Title, int Status, IReadOnlyList<ProblemItem> Problems);

internal static class ApiProblems
{
    public static IResult Of(int status, string title, IEnumerable<ValidationProblem> problems) =>
        Results.Json(
            new ProblemBody("about:blank", title, status, [.. problems.Select(ProblemItem.From)]),
            statusCode: status,
            contentType: "application/problem+json");

    public static IResult Of(int status, string title, ValidationProblem problem) => Of(status, title, [problem]);

    public static IResult BadRequest(IEnumerable<ValidationProblem> problems) => Of(StatusCodes.Status400BadRequest, "Masukan tidak sah / invalid input", problems);

    public static IResult NotFound(string path, string value, string kindId, string kindEn) =>
        Of(StatusCodes.Status404NotFound, "Tidak ditemukan / not found", new ValidationProblem(ProblemCodes.UnknownReference, path, value, Severity.Error, kindId, kindEn));

    /// <summary>
    /// Reads a JSON body; malformed JSON or a value of the wrong type gives a <c>json.malformed</c>
    /// problem at the JSON path (<c>$.sasaran[0].indicators[0].polarity</c>) instead of an empty 400.
    /// </summary>
    public static async Task<(T? Value, IResult? Error)> ReadBody<T>(HttpRequest request)
        where T : class
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted).ConfigureAwait(false);
            return value is null
                ? (null, BadRequest([new ValidationProblem(ProblemCodes.Required, "$", null, Severity.Error)]))
                : (value, null);
        }
        catch (JsonException e)
        {
            var problem = new ValidationProblem(ProblemCodes.JsonMalformed, e.Path ?? "$", null, Severity.Error, e.Message);
            return (null, BadRequest([problem]));
        }
        catch (NodaTime.Text.UnparsableValueException e)
        {
            // A date or moment in the wrong format ("2026-13-01"): NodaTime's converter does not know the JSON path.
            var problem = new ValidationProblem(ProblemCodes.JsonMalformed, "$", null, Severity.Error, e.Message);
            return (null, BadRequest([problem]));
        }
    }
}
