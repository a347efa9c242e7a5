using System.Globalization;
using Kinerja.Core;
using Kinerja.Core.Agreements;
using Kinerja.Core.Csv;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;
using Kinerja.Samples.WebApi.Persistence;
using Kinerja.Samples.WebApi.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// The realisasi of one quarter of a unit's PK uploaded as a CSV or TSV file, read by <see cref="MeasurementCsv.ReadRows"/>
/// (the columns of docs/csv.md: separator <c>;</c>, <c>,</c> or tab, decimal comma or point, Indonesian or English names).
/// The same route and rules as the JSON writes of that quarter (<see cref="PkEndpoints"/>): the policy
/// <see cref="AccessKind.WriteRealisasi"/> on the route's unit, <c>If-Match</c> with the quarter's ETag, <c>PATCH</c> merges
/// (each row sets its indicator; the others stay) and <c>PUT</c> is the explicit replace of the quarter's realisasi.
/// All rows or none: any problem in any row changes nothing and is answered with every problem (the first 100 listed),
/// each naming line, column and value. docs/samples-webapi.md ("Uploading a CSV file") has the rules.
/// </summary>
internal static class RealisasiCsvEndpoints
{
    public const string Route = "/pk/{unitCode}/{year:int}/realisasi/{triwulan:int}/csv";

    /// <summary>The media types of the body: CSV, TSV, or plain text (the separator is detected either way).</summary>
    private static readonly string[] MediaTypes = ["text/csv", "text/tab-separated-values", "text/plain"];

    public static void Map(IEndpointRouteBuilder app)
    {
        var csv = app.MapGroup(string.Empty).WithTags("Perjanjian Kinerja");
        csv.MapPatch(Route, Patch)
            .RequireAccess(AccessKind.WriteRealisasi)
            .AddOpenApiOperationTransformer(DescribeBody)
            .WithSummary("Unggah realisasi satu triwulan dari file CSV/TSV (gabung) / upload a quarter's realisasi as CSV/TSV (merge)");
        csv.MapPut(Route, Put)
            .RequireAccess(AccessKind.WriteRealisasi)
            .AddOpenApiOperationTransformer(DescribeBody)
            .WithSummary("Ganti seluruh realisasi satu triwulan dengan file CSV/TSV / replace a quarter's realisasi with a CSV/TSV file");
    }

    /// <summary>
    /// The body in the OpenAPI document: a CSV or TSV text. Declared here rather than with <c>Accepts</c>, whose metadata makes
    /// routing answer another media type with an empty 415 before the endpoint can say which types it takes.
    /// </summary>
    private static Task DescribeBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var body = new OpenApiRequestBody
        {
            Required = true,
            Description = "File CSV/TSV UTF-8 (docs/csv.md) / a UTF-8 CSV or TSV file (docs/csv.md); at most Kinerja:MaxRequestBodyBytes bytes.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal),
        };
        foreach (var type in MediaTypes)
        {
            body.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }

        operation.RequestBody = body;
        return Task.CompletedTask;
    }

    /// <summary>Each row with a realisasi sets that indicator's entry of the quarter; the indicators not in the file stay.</summary>
    private static Task<IResult> Patch(string unitCode, int year, int triwulan, string? separator, string? @decimal, HttpRequest request, KinerjaDbContext db, Office office, IClock clock, CancellationToken ct) =>
        Upload(unitCode, year, triwulan, separator, @decimal, request, db, office, clock, replace: false, ct);

    /// <summary>The quarter's realisasi become the file's: an indicator not in the file (or with an empty realisasi) is removed. The anggaran stays.</summary>
    private static Task<IResult> Put(string unitCode, int year, int triwulan, string? separator, string? @decimal, HttpRequest request, KinerjaDbContext db, Office office, IClock clock, CancellationToken ct) =>
        Upload(unitCode, year, triwulan, separator, @decimal, request, db, office, clock, replace: true, ct);

    private static async Task<IResult> Upload(string unitCode, int year, int triwulan, string? separator, string? decimalStyle, HttpRequest request, KinerjaDbContext db, Office office, IClock clock, bool replace, CancellationToken ct)
    {
        if (PkEndpoints.BadQuarter(triwulan) is { } bad)
        {
            return bad;
        }

        var (options, optionProblems) = Options(separator, decimalStyle);
        if (optionProblems.Count > 0)
        {
            return ApiProblems.BadRequest(optionProblems);
        }

        var pk = await PkEndpoints.LoadPk(db, unitCode, year, ct).ConfigureAwait(false);
        if (pk is null)
        {
            return PkEndpoints.NotFound(unitCode, year);
        }

        var prefix = PkEndpoints.QuarterPrefix(triwulan);
        var head = await PkEndpoints.Head(db, unitCode, year, triwulan, ct).ConfigureAwait(false);
        var (expected, precondition) = Preconditions.Expected(request, prefix, head.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var (bytes, error) = await RequestBody.ReadBytes(request, IsCsv, string.Join(", ", MediaTypes) + " (UTF-8)").ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        using var file = bytes!;
        var read = MeasurementCsv.ReadRows(file, options);

        // The rows that did read are checked against the route, the office and the PK even when others did not, so that
        // the answer lists every problem of the file at once, by line.
        var places = new CsvPlaces(read);
        var (entries, problems) = Check(read.Readable ?? [], places, pk, office, triwulan);
        if (!read.IsValid || problems.Count > 0)
        {
            var all = read.Problems.Select(Item).Concat(problems).OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0);
            return Refused(all, read.ProblemCount + problems.Count);
        }

        var stored = (await PkEndpoints.Stored(db, pk, triwulan, ct).ConfigureAwait(false)).Build().Value;

        // The quarter as it will be: the stored one (its anggaran only, for a replace) with the file's entries over it. A row
        // keeps the note and bukti dukung stored for its indicator: the file cannot carry them, and they are not dropped silently.
        var builder = MeasurementSet.CreateBuilder(pk);
        if (!replace)
        {
            foreach (var r in stored.Realisasi)
            {
                PkEndpoints.Add(builder, r);
            }
        }

        foreach (var a in stored.Budget)
        {
            builder.AddBudget(a.ProgramId, triwulan, a.Amount, a.Note);
        }

        _ = Triwulan.TryCreate(triwulan, out var q);
        foreach (var e in entries)
        {
            var kept = stored.Find(e.Indicator, q);
            builder.RemoveRealisasi(e.Indicator, triwulan);
            if (e.Grade is { } grade)
            {
                builder.AddGrade(e.Indicator, triwulan, grade, kept?.Note, [.. kept?.BuktiDukung ?? []]);
            }
            else
            {
                builder.AddRealisasi(e.Indicator, triwulan, e.Value!.Value, kept?.Note, [.. kept?.BuktiDukung ?? []]);
            }
        }

        var quarter = builder.Build();
        return quarter.IsValid
            ? await PkEndpoints.Commit(db, clock, request, pk, triwulan, expected, quarter.Value, [], ct).ConfigureAwait(false)
            : throw new InvalidOperationException("The checked rows did not build a measurement set:" + Environment.NewLine + quarter);
    }

    /// <summary>A row to store: a value, or for a qualitative indicator the grade whose score the file gives.</summary>
    private sealed record Entry(string Indicator, decimal? Value, string? Grade);

    /// <summary>
    /// Each row against the route, the office and the PK: its unit, kecamatan and kabupaten are the route's and the office's,
    /// its quarter the route's, its indicator the PK's with the PK's sasaran, polarity and aggregation (and targets, when the
    /// file gives them), as <see cref="RecapRows"/> writes them; then the values through the core's
    /// <see cref="MeasurementSetBuilder"/> (a negative realisasi, an indicator twice ...). A row without a realisasi is not reported.
    /// </summary>
    private static (List<Entry> Entries, List<ProblemItem> Problems) Check(IReadOnlyList<IndicatorMeasurement> rows, CsvPlaces places, PerjanjianKinerja pk, Office office, int triwulan)
    {
        var expected = RecapRows.Indicators(pk, null, office.Kabupaten, office.Code)
            .Where(r => r.Triwulan == triwulan)
            .ToDictionary(r => r.IndicatorId, StringComparer.Ordinal);
        var problems = new List<ProblemItem>();
        var entries = new List<Entry>();
        var lines = new List<int>();
        var values = MeasurementSet.CreateBuilder(pk);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var line = places.Line(i);
            var before = problems.Count;
            void Differs(MeasurementColumn field, string value, string want) => problems.Add(Mismatch(places, line, field, value, want));
            if (row.KabupatenCode != office.Kabupaten)
            {
                Differs(MeasurementColumn.Kabupaten, row.KabupatenCode, office.Kabupaten);
            }

            if (row.KecamatanCode != office.Code)
            {
                Differs(MeasurementColumn.Kecamatan, row.KecamatanCode, office.Code);
            }

            if (row.UnitCode != pk.Unit.Code)
            {
                Differs(MeasurementColumn.Unit, row.UnitCode, pk.Unit.Code);
            }

            if (row.Triwulan != triwulan)
            {
                var (column, name) = places.Column(MeasurementColumn.Triwulan);
                problems.Add(Csv(new ValidationProblem(ProblemCodes.OutOfRange, name, Text(row.Triwulan), Severity.Error, Text(triwulan), Text(triwulan)), line, column, name));
            }

            if (!expected.TryGetValue(row.IndicatorId, out var want))
            {
                var (column, name) = places.Column(MeasurementColumn.Indicator);
                problems.Add(Csv(new ValidationProblem(ProblemCodes.UnknownReference, name, row.IndicatorId, Severity.Error, "indikator PK ini", "an indicator of this PK"), line, column, name));
                continue;
            }

            if (row.SasaranId != want.SasaranId)
            {
                Differs(MeasurementColumn.Sasaran, row.SasaranId, want.SasaranId);
            }

            if (row.Polarity != want.Polarity)
            {
                Differs(MeasurementColumn.Polarity, row.Polarity.ToString(), want.Polarity.ToString());
            }

            if (row.Aggregation != want.Aggregation)
            {
                Differs(MeasurementColumn.Aggregation, row.Aggregation.ToString(), want.Aggregation.ToString());
            }

            // Targets: the file may leave them empty; given, they are the PK's (a file of another year or PK version is caught here).
            if ((row.TargetLower is not null || row.TargetUpper is not null) && (row.TargetLower != want.TargetLower || row.TargetUpper != want.TargetUpper))
            {
                Differs(row.TargetLower != want.TargetLower ? MeasurementColumn.TargetLower : MeasurementColumn.TargetUpper, Range(row.TargetLower, row.TargetUpper), Range(want.TargetLower, want.TargetUpper));
            }

            if (problems.Count > before || row.Realisasi is not { } value)
            {
                continue;
            }

            var indicator = pk.FindIndicator(row.IndicatorId)!;
            if (indicator.ValueKind == ValueKind.QualitativeGrade)
            {
                // RecapRows writes a grade as its score on the indicator's scale: read back the same way.
                var grades = indicator.GradeScale!.Grades.Where(g => g.Value == value).Select(g => g.Key).ToList();
                if (grades.Count != 1)
                {
                    var (column, name) = places.Column(MeasurementColumn.Realisasi);
                    problems.Add(Csv(new ValidationProblem(ProblemCodes.GradeUnknown, name, Text(value), Severity.Error, indicator.GradeScale.Name, string.Join(", ", indicator.GradeScale.Grades.Select(g => g.Key + " = " + Text(g.Value)))), line, column, name));
                    continue;
                }

                values.AddGrade(row.IndicatorId, triwulan, grades[0]);
                entries.Add(new Entry(row.IndicatorId, null, grades[0]));
            }
            else
            {
                values.AddRealisasi(row.IndicatorId, triwulan, value);
                entries.Add(new Entry(row.IndicatorId, value, null));
            }

            lines.Add(line);
        }

        // The core's checks of the values (negative, an indicator twice ...), each brought back to its line.
        var built = values.Build();
        foreach (var p in built.Problems.Where(p => p.Severity == Severity.Error))
        {
            var index = Index(p.Path);
            var line = index >= 0 && index < lines.Count ? lines[index] : 0;
            var field = p.Path.EndsWith(".triwulan", StringComparison.Ordinal) ? MeasurementColumn.Indicator : MeasurementColumn.Realisasi;
            var (column, name) = places.Column(field);
            // A duplicate names the indicator (the core's problem names the quarter it is entered twice for) and the line of the first.
            var value = p.Code == ProblemCodes.Duplicate && index >= 0 && index < entries.Count ? entries[index].Indicator : p.AttemptedValue;
            var at = new ValidationProblem(p.Code, name, value, p.Severity, [.. p.Arguments.Select(a => Lines(a, lines))]);
            problems.Add(Csv(at, line, column, name));
        }

        problems.Sort((a, b) => (a.Line ?? 0).CompareTo(b.Line ?? 0));
        return (entries, problems);
    }

    /// <summary>A problem of the package as JSON: path <c>csv:line:column</c>, the value shown printable, both languages with line and column.</summary>
    private static ProblemItem Item(CsvProblem p)
    {
        var value = SampleProblems.Printable(p.Value) ?? string.Empty;
        var line = Text(p.Line);
        var file = p.File.Length > 0 ? p.File + ": " : string.Empty;
        string Where(string lineWord, string columnWord) => p.Column <= 0
            ? $"{file}{lineWord} {line}: "
            : $"{file}{lineWord} {line}, {columnWord} {Text(p.Column)} ({SampleProblems.Printable(p.ColumnName)}): '{value}' ";
        return new ProblemItem(p.Code, Path(p.Line, p.Column), value, Severity.Error, Where("baris", "kolom") + p.Indonesian, Where("line", "column") + p.English, p.Line, p.Column, SampleProblems.Printable(p.ColumnName));
    }

    /// <summary>A problem of the sample's or the core's checks, placed at a line and column of the file.</summary>
    private static ProblemItem Csv(ValidationProblem problem, int line, int column, string name)
    {
        var item = ProblemItem.From(problem);
        var at = $"{Text(line)}, ";
        var prefix = column > 0 ? $"kolom {Text(column)} " : string.Empty;
        var prefixEn = column > 0 ? $"column {Text(column)} " : string.Empty;
        return item with
        {
            Path = Path(line, column),
            Message = "baris " + at + prefix + item.Message,
            MessageEnglish = "line " + at + prefixEn + item.MessageEnglish,
            Line = line,
            Column = column,
            ColumnName = SampleProblems.Printable(name),
        };
    }

    private static ProblemItem Mismatch(CsvPlaces places, int line, MeasurementColumn field, string value, string want)
    {
        var (column, name) = places.Column(field);
        var shown = SampleProblems.Printable(value);
        var wanted = SampleProblems.Printable(want);
        var where = Text(line) + (column > 0 ? ", kolom " + Text(column) : string.Empty) + " (" + SampleProblems.Printable(name) + ")";
        var whereEn = Text(line) + (column > 0 ? ", column " + Text(column) : string.Empty) + " (" + SampleProblems.Printable(name) + ")";
        return new ProblemItem(
            SampleProblems.CsvMismatch,
            Path(line, column),
            shown,
            Severity.Error,
            $"baris {where}: '{shown}' tidak sesuai dengan Perjanjian Kinerja dan kantor di alamat ini ('{wanted}').",
            $"line {whereEn}: '{shown}' does not match the PK and office at this address ('{wanted}').",
            line,
            column,
            SampleProblems.Printable(name));
    }

    private static IResult Refused(IEnumerable<ProblemItem> problems, int count)
    {
        // ApiProblems lists the first 100 and counts what it is given; the package counted problems it did not keep.
        var listed = problems.ToList();
        return listed.Count >= count ? ApiProblems.BadRequest(listed) : ApiProblems.Of(StatusCodes.Status400BadRequest, "Masukan tidak sah / invalid input", listed, total: count);
    }

    private static (MeasurementCsvOptions Options, List<ProblemItem> Problems) Options(string? separator, string? decimalStyle)
    {
        var problems = new List<ProblemItem>();
        char? sep = separator?.ToUpperInvariant() switch
        {
            null or "" => null,
            ";" or "SEMICOLON" or "TITIKKOMA" => ';',
            "," or "COMMA" or "KOMA" => ',',
            "\t" or "TAB" => '\t',
            _ => null,
        };
        if (sep is null && !string.IsNullOrEmpty(separator))
        {
            problems.Add(Bad("separator", separator, "semicolon, comma, tab"));
        }

        CsvDecimalStyle? style = decimalStyle?.ToUpperInvariant() switch
        {
            null or "" or "DETECT" => CsvDecimalStyle.Detect,
            "COMMA" or "KOMA" => CsvDecimalStyle.Comma,
            "POINT" or "TITIK" => CsvDecimalStyle.Point,
            _ => null,
        };
        if (style is null)
        {
            problems.Add(Bad("decimal", decimalStyle, "comma, point, detect"));
        }

        return (MeasurementCsvOptions.Default with { Separator = sep, DecimalStyle = style ?? CsvDecimalStyle.Detect }, problems);

        static ProblemItem Bad(string path, string? value, string accepted) =>
            ProblemItem.From(new ValidationProblem(ProblemCodes.UnknownReference, path, SampleProblems.Printable(value), Severity.Error, accepted, accepted));
    }

    private static bool IsCsv(string contentType)
    {
        var parts = contentType.Split(';');
        var mediaType = parts[0].Trim();
        if (!MediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        // The package reads UTF-8 (with or without BOM) only: a file declared in another charset is refused, not misread.
        var charset = parts.Skip(1).Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase));
        return charset is null || charset[1].Trim().Trim('"') is var c && (c.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || c.Equals("us-ascii", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The index of <c>realisasi[i]</c> in a builder's path, or -1.</summary>
    private static int Index(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = path.IndexOf(']', StringComparison.Ordinal);
        return open >= 0 && close > open && int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
    }

    /// <summary>A builder's path to another entry (the first of a duplicate) as that entry's line.</summary>
    private static string Lines(string argument, List<int> lines)
    {
        var index = argument.StartsWith("realisasi[", StringComparison.Ordinal) ? Index(argument) : -1;
        return index >= 0 && index < lines.Count ? "baris / line " + Text(lines[index]) : argument;
    }

    private static string Path(int line, int column) => "csv:" + Text(line) + ":" + Text(column);

    private static string Range(decimal? lower, decimal? upper) =>
        lower is null && upper is null ? string.Empty : lower == upper ? Text(lower) : Text(lower) + "-" + Text(upper);

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
