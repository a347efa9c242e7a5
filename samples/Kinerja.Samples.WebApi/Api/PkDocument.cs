using Kinerja.Core.Agreements;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// The sample's JSON form of a Perjanjian Kinerja: the request body of <c>POST /pk</c> and the
/// document stored in the database. Property names follow the paths that
/// <see cref="PerjanjianKinerjaBuilder.Build"/> names in its problems (<c>sasaran[0].indicators[1].satuan</c>),
/// so a problem points straight at the field of the request. The core now has its own interchange
/// format for a PK (<c>KinerjaJson.Write</c> / <c>KinerjaJson.ReadPerjanjianKinerja</c>, with
/// <c>$.</c> paths); this sample's request shape predates it and is kept so that its API, examples
/// and tests stay stable. A new application should store the core's format.
/// </summary>
internal sealed record PkDocument
{
    public UnitDocument? Unit { get; init; }

    public int Year { get; init; }

    public PihakDocument? PihakPertama { get; init; }

    public PihakDocument? PihakKedua { get; init; }

    public LocalDate? SignedOn { get; init; }

    public IReadOnlyList<SasaranDocument>? Sasaran { get; init; }

    public IReadOnlyList<ProgramDocument>? Programs { get; init; }

    /// <summary>
    /// Builds the PK with the core's builder: every problem of the document at once (the builder's
    /// own, plus the few this mapping finds, such as a target with no value), each naming the path.
    /// </summary>
    public ValidationResult<PerjanjianKinerja> Build()
    {
        var own = new List<ValidationProblem>();
        var unit = new OfficeUnit(Unit?.Code ?? string.Empty, Unit?.Name ?? string.Empty);
        var builder = PerjanjianKinerja.CreateBuilder(unit, Year).WithSignedOn(SignedOn);
        if (PihakPertama is { } p1)
        {
            builder.WithPihakPertama(p1.Name ?? string.Empty, p1.Jabatan ?? string.Empty, p1.Nip, p1.Acting);
        }

        if (PihakKedua is { } p2)
        {
            builder.WithPihakKedua(p2.Name ?? string.Empty, p2.Jabatan ?? string.Empty, p2.Nip, p2.Acting);
        }

        var sasaran = Sasaran ?? [];
        for (var i = 0; i < sasaran.Count; i++)
        {
            var s = sasaran[i];
            var sPath = $"sasaran[{i}]";
            builder.AddSasaran(s.Id ?? string.Empty, s.Name ?? string.Empty, sb =>
            {
                var indicators = s.Indicators ?? [];
                for (var j = 0; j < indicators.Count; j++)
                {
                    var d = indicators[j];
                    var iPath = $"{sPath}.indicators[{j}]";
                    sb.AddIndicator(d.Id ?? string.Empty, d.Name ?? string.Empty, ib => Configure(ib, d, iPath, own));
                }
            });
        }

        foreach (var p in Programs ?? [])
        {
            builder.AddProgram(p.Id ?? string.Empty, p.Name ?? string.Empty, p.Kind, p.Pagu);
        }

        var built = builder.Build();
        return own.Count == 0 ? built : new ValidationResult<PerjanjianKinerja>(null, own.Concat(built.Problems));
    }

    private static void Configure(IndicatorBuilder ib, IndicatorDocument d, string path, List<ValidationProblem> own)
    {
        ib.WithLevel(d.Level).WithPolarity(d.Polarity).WithValueKind(d.ValueKind);
        if (d.Satuan is not null)
        {
            ib.WithSatuan(d.Satuan);
        }

        if (d.Aggregation is { } aggregation)
        {
            ib.WithAggregation(aggregation);
        }

        if (d.GradeScale is { } scaleName)
        {
            var scale = GradeScales.Find(scaleName);
            if (scale is null)
            {
                own.Add(new ValidationProblem(ProblemCodes.UnknownReference, path + ".gradeScale", scaleName, Severity.Error, "skala predikat", "grade scale"));
            }
            else
            {
                ib.WithGradeScale(scale);
            }
        }

        if (d.AnnualTarget is { } annual && ToTarget(annual, path + ".annualTarget", own) is { } annualTarget)
        {
            ib.WithAnnualTarget(annualTarget);
        }

        var quarterly = d.QuarterlyTargets ?? [];
        if (quarterly.Count > 4)
        {
            own.Add(new ValidationProblem(ProblemCodes.OutOfRange, path + ".quarterlyTargets", quarterly.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Severity.Error, "0", "4"));
        }

        for (var q = 0; q < Math.Min(4, quarterly.Count); q++)
        {
            if (quarterly[q] is { } t)
            {
                ib.WithQuarterlyTarget(q + 1, ToTarget(t, $"{path}.quarterlyTargets[{q}]", own));
            }
        }
    }

    private static Target? ToTarget(TargetDocument t, string path, List<ValidationProblem> own)
    {
        if (t.Grade is { } grade)
        {
            return Target.OfGrade(grade);
        }

        if (t.Lower is { } lower && t.Upper is { } upper)
        {
            return Target.Between(lower, upper);
        }

        if (t.Value is { } value)
        {
            return Target.Of(value);
        }

        own.Add(new ValidationProblem(ProblemCodes.Required, path + ".value", null, Severity.Error));
        return null;
    }

    /// <summary>The document of a built PK (what is stored, and what <c>GET</c> returns).</summary>
    public static PkDocument From(PerjanjianKinerja pk) => new()
    {
        Unit = new UnitDocument(pk.Unit.Code, pk.Unit.Name),
        Year = pk.Year,
        PihakPertama = PihakDocument.From(pk.PihakPertama),
        PihakKedua = PihakDocument.From(pk.PihakKedua),
        SignedOn = pk.SignedOn,
        Sasaran = [.. pk.Sasaran.Select(s => new SasaranDocument(s.Id, s.Name, [.. s.Indicators.Select(IndicatorDocument.From)]))],
        Programs = [.. pk.Programs.Select(p => new ProgramDocument(p.Id, p.Name, p.Kind, p.Pagu))],
    };
}

internal sealed record UnitDocument(string? Code, string? Name);

internal sealed record PihakDocument(string? Name, string? Jabatan, string? Nip, ActingStatus Acting = ActingStatus.Definitive)
{
    public static PihakDocument From(Pejabat p) => new(p.Name, p.Jabatan, p.Nip?.Digits, p.Acting);
}

internal sealed record SasaranDocument(string? Id, string? Name, IReadOnlyList<IndicatorDocument>? Indicators);

internal sealed record IndicatorDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Satuan { get; init; }

    public IndicatorLevel Level { get; init; }

    public Polarity Polarity { get; init; }

    /// <summary>Absent: the core's default (CumulativeSum, or LastValue for a graded indicator).</summary>
    public AggregationMethod? Aggregation { get; init; }

    public ValueKind ValueKind { get; init; }

    /// <summary>The name of a built-in grade scale: "Nilai SAKIP" or "Opini BPK".</summary>
    public string? GradeScale { get; init; }

    public TargetDocument? AnnualTarget { get; init; }

    /// <summary>Up to four entries, TW I to TW IV; <c>null</c> for a quarter without target.</summary>
    public IReadOnlyList<TargetDocument?>? QuarterlyTargets { get; init; }

    public static IndicatorDocument From(Indicator i) => new()
    {
        Id = i.Id,
        Name = i.Name,
        Satuan = i.Satuan,
        Level = i.Level,
        Polarity = i.Polarity,
        Aggregation = i.Aggregation,
        ValueKind = i.ValueKind,
        GradeScale = i.GradeScale?.Name,
        AnnualTarget = TargetDocument.From(i.AnnualTarget),
        QuarterlyTargets = [.. i.QuarterlyTargets.Select(t => t is null ? null : TargetDocument.From(t))],
    };
}

/// <summary>A target: <c>{"value": 85}</c>, <c>{"lower": 90, "upper": 100}</c> or <c>{"grade": "BB"}</c>.</summary>
internal sealed record TargetDocument(decimal? Value = null, decimal? Lower = null, decimal? Upper = null, string? Grade = null)
{
    public static TargetDocument From(Target t) => t.Kind switch
    {
        TargetKind.Value => new(Value: t.Value),
        TargetKind.Range => new(Lower: t.Lower, Upper: t.Upper),
        _ => new(Grade: t.Grade),
    };
}

internal sealed record ProgramDocument(string? Id, string? Name, ProgramKind Kind, decimal Pagu);

/// <summary>The built-in grade scales, by name.</summary>
internal static class GradeScales
{
    public static GradeScale? Find(string name) =>
        new[] { GradeScale.NilaiSakip, GradeScale.OpiniBpk }.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
