using System.Diagnostics;
using System.Text.Json.Serialization;
using Kinerja.Core.Validation;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// One problem as JSON: the core's <see cref="ValidationProblem"/>, or one of <see cref="SampleProblems"/>, messages in both
/// languages. A problem of an uploaded CSV file also names its <c>line</c>, <c>column</c> (from 1; 0 for the whole line) and
/// <c>columnName</c> (as the file writes it); other problems leave them out.
/// </summary>
internal sealed record ProblemItem(
    string Code,
    string Path,
    string? AttemptedValue,
    Severity Severity,
    string Message,
    string MessageEnglish,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Column = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ColumnName = null)
{
    public static ProblemItem From(ValidationProblem p)
    {
        // The value as given may hold anything (a NUL, a 100 000-character id): shown escaped and cut.
        var shown = SampleProblems.Printable(p.AttemptedValue);
        var problem = shown == p.AttemptedValue ? p : new ValidationProblem(p.Code, p.Path, shown, p.Severity, [.. p.Arguments]);
        return new(p.Code, p.Path, shown, p.Severity, problem.GetMessage(MessageLanguage.Indonesian), problem.GetMessage(MessageLanguage.English));
    }
}

/// <summary>
/// An RFC 9457 problem document (<c>application/problem+json</c>). Its <c>problems</c> member lists at most
/// <see cref="ApiProblems.MaxListed"/> problems; <c>problemCount</c> is how many there were in all.
/// <c>exception</c> is filled only when the developer switch <c>Kinerja:ShowExceptionDetails</c> is on.
/// </summary>
internal sealed record ProblemBody(
    string Type, string Title, int Status, string? Detail, string? TraceId, int ProblemCount, IReadOnlyList<ProblemItem> Problems, string? Exception = null);

internal static class ApiProblems
{
    /// <summary>At most this many problems are listed in one answer; the count of all of them is given beside.</summary>
    public const int MaxListed = 100;

    /// <param name="total">How many problems there were, when more than <paramref name="problems"/> (a reader that kept only the first ones).</param>
    public static IResult Of(int status, string title, IEnumerable<ProblemItem> problems, string? exception = null, int total = 0)
    {
        var listed = new List<ProblemItem>(16);
        var count = 0;
        foreach (var p in problems)
        {
            if (count++ < MaxListed)
            {
                listed.Add(p);
            }
        }

        count = Math.Max(count, total);
        var detail = count > MaxListed
            ? $"{count} masalah, {MaxListed} pertama ditampilkan / {count} problems, the first {MaxListed} shown"
            : null;
        return Results.Json(
            new ProblemBody("about:blank", title, status, detail, Activity.Current?.Id, count, listed, exception),
            ApiJson.Options,
            contentType: "application/problem+json",
            statusCode: status);
    }

    public static IResult Of(int status, string title, IEnumerable<ValidationProblem> problems) => Of(status, title, problems.Select(ProblemItem.From));

    public static IResult Of(int status, string title, ValidationProblem problem) => Of(status, title, [problem]);

    public static IResult BadRequest(IEnumerable<ValidationProblem> problems) => Of(StatusCodes.Status400BadRequest, "Masukan tidak sah / invalid input", problems);

    public static IResult BadRequest(IEnumerable<ProblemItem> problems) => Of(StatusCodes.Status400BadRequest, "Masukan tidak sah / invalid input", problems);

    public static IResult NotFound(string path, string value, string kindId, string kindEn) =>
        Of(StatusCodes.Status404NotFound, "Tidak ditemukan / not found", new ValidationProblem(ProblemCodes.UnknownReference, path, value, Severity.Error, kindId, kindEn));

    public static IResult Conflict(ValidationProblem problem) => Of(StatusCodes.Status409Conflict, "Konflik / conflict", problem);
}
