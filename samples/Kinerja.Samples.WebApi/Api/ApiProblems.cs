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
            // The core's json.malformed arguments: line and byte (from 1), the path, what is wrong in Indonesian and in English.
            // The serializer's own message is never shown: it is English and names .NET types.
            var problem = new ValidationProblem(
                ProblemCodes.JsonMalformed,
                e.Path ?? "$",
                null,
                Severity.Error,
                Number((e.LineNumber ?? 0) + 1),
                Number((e.BytePositionInLine ?? 0) + 1),
                e.Path ?? "$",
                "isi permintaan tidak dapat dibaca: bentuknya atau jenis salah satu nilainya tidak sesuai",
                "the request body cannot be read: its shape or the type of one of its values does not fit");
            return (null, BadRequest([problem]));
        }
        catch (NodaTime.Text.UnparsableValueException)
        {
            // A date or moment in the wrong format ("2026-13-01"): NodaTime's converter does not know the JSON path.
            var problem = new ValidationProblem(
                ProblemCodes.JsonMalformed,
                "$",
                null,
                Severity.Error,
                "1",
                "1",
                "$",
                "tanggal atau waktu tidak dalam format ISO (yyyy-MM-dd, atau yyyy-MM-ddTHH:mm:ssZ)",
                "a date or moment is not in ISO format (yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ssZ)");
            return (null, BadRequest([problem]));
        }
    }

    private static string Number(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
