using System.Text.Json.Serialization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>The envelope every document starts with.</summary>
internal abstract class DocumentDto
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string? Schema { get; set; }

    [JsonPropertyOrder(-2)]
    public int? SchemaVersion { get; set; }

    [JsonPropertyOrder(-1)]
    public string? Kind { get; set; }
}

/// <summary>One version of a PK, as it appears alone (with the envelope) or inside a history.</summary>
internal class PerjanjianKinerjaBodyDto
{
    public OfficeUnitDto? Unit { get; set; }

    public int? Year { get; set; }

    public int? Version { get; set; }

    public string? SignedOn { get; set; }

    public string? RevisionNote { get; set; }

    public PejabatDto? PihakPertama { get; set; }

    public PejabatDto? PihakKedua { get; set; }

    public IReadOnlyList<SasaranDto>? Sasaran { get; set; }

    public IReadOnlyList<ProgramDto>? Programs { get; set; }
}

internal sealed class PerjanjianKinerjaDto : PerjanjianKinerjaBodyDto
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string? Schema { get; set; }

    [JsonPropertyOrder(-2)]
    public int? SchemaVersion { get; set; }

    [JsonPropertyOrder(-1)]
    public string? Kind { get; set; }
}

internal sealed class PerjanjianKinerjaHistoryDto : DocumentDto
{
    public IReadOnlyList<PerjanjianKinerjaBodyDto>? Versions { get; set; }
}

internal sealed class OfficeUnitDto
{
    public string? Code { get; set; }

    public string? Name { get; set; }
}

internal sealed class PejabatDto
{
    public string? Name { get; set; }

    public string? Jabatan { get; set; }

    public string? Nip { get; set; }

    public string? Acting { get; set; }
}

internal sealed class CascadeLinkDto
{
    public string? UnitCode { get; set; }

    public int? Year { get; set; }

    public string? SasaranId { get; set; }
}

internal sealed class SasaranDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public CascadeLinkDto? CascadesTo { get; set; }

    public IReadOnlyList<IndicatorDto>? Indicators { get; set; }
}

internal sealed class IndicatorDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Level { get; set; }

    public string? Satuan { get; set; }

    public string? Polarity { get; set; }

    public string? Aggregation { get; set; }

    public string? ValueKind { get; set; }

    public GradeScaleDto? GradeScale { get; set; }

    public TargetDto? AnnualTarget { get; set; }

    public IReadOnlyList<TargetDto?>? QuarterlyTargets { get; set; }
}

internal sealed class GradeScaleDto
{
    public string? Name { get; set; }

    public IReadOnlyList<GradeDto>? Grades { get; set; }
}

internal sealed class GradeDto
{
    public string? Code { get; set; }

    public decimal? Score { get; set; }
}

internal sealed class ProgramDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public decimal? Pagu { get; set; }

    public CascadeLinkDto? CascadesTo { get; set; }
}

/// <summary>The PK documents: writing from the model, reading through <see cref="PerjanjianKinerjaBuilder"/>.</summary>
internal static class PerjanjianKinerjaDocument
{
    public static readonly DocumentKind Kind = new(KinerjaDocumentKinds.PerjanjianKinerja, HasVersion0: false);

    public static readonly DocumentKind HistoryKind = new(KinerjaDocumentKinds.PerjanjianKinerjaHistory, HasVersion0: false);

    public static PerjanjianKinerjaDto ToDto(PerjanjianKinerja pk)
    {
        var dto = new PerjanjianKinerjaDto { SchemaVersion = DocumentReader.CurrentVersion, Kind = Kind.Name };
        Fill(dto, pk);
        return dto;
    }

    public static PerjanjianKinerjaHistoryDto ToDto(PerjanjianKinerjaHistory history) => new()
    {
        SchemaVersion = DocumentReader.CurrentVersion,
        Kind = HistoryKind.Name,
        Versions = history.Versions.Select(v => Fill(new PerjanjianKinerjaBodyDto(), v)).ToArray(),
    };

    public static PerjanjianKinerja? FromDto(PerjanjianKinerjaBodyDto dto, string path, Problems problems)
    {
        var errors = problems.ErrorCount;
        var unit = new OfficeUnit(dto.Unit?.Code ?? string.Empty, dto.Unit?.Name ?? string.Empty);
        if (dto.Year is null)
        {
            // The builder needs a year to check the rest against (cascade links): without one, stop here.
            problems.Error(ProblemCodes.Required, path + ".year", null);
            return null;
        }

        var version = dto.Version ?? 1;
        if (version < 1)
        {
            problems.Error(ProblemCodes.OutOfRange, path + ".version", Text.Of(version), "1", Text.Of(int.MaxValue));
        }

        var signedOn = JsonText.Date(dto.SignedOn, path + ".signedOn", problems);
        var builder = new PerjanjianKinerjaBuilder(unit, dto.Year.Value, version)
            .WithSignedOn(signedOn)
            .WithRevisionNote(dto.RevisionNote);
        if (dto.PihakPertama is { } p1)
        {
            var acting = JsonText.Acting.Read(p1.Acting, path + ".pihakPertama.acting", problems) ?? ActingStatus.Definitive;
            builder.WithPihakPertama(p1.Name ?? string.Empty, p1.Jabatan ?? string.Empty, p1.Nip, acting);
        }

        if (dto.PihakKedua is { } p2)
        {
            var acting = JsonText.Acting.Read(p2.Acting, path + ".pihakKedua.acting", problems) ?? ActingStatus.Definitive;
            builder.WithPihakKedua(p2.Name ?? string.Empty, p2.Jabatan ?? string.Empty, p2.Nip, acting);
        }

        var sasaran = dto.Sasaran ?? [];
        for (var i = 0; i < sasaran.Count; i++)
        {
            var s = sasaran[i];
            var sPath = Text.Index(path + ".sasaran", i);
            var link = Link(s.CascadesTo, sPath + ".cascadesTo", problems);
            builder.AddSasaran(s.Id ?? string.Empty, s.Name ?? string.Empty, sb =>
            {
                sb.CascadesTo(link);
                var indicators = s.Indicators ?? [];
                for (var j = 0; j < indicators.Count; j++)
                {
                    var x = indicators[j];
                    var xPath = Text.Index(sPath + ".indicators", j);
                    sb.AddIndicator(x.Id ?? string.Empty, x.Name ?? string.Empty, ib => Indicator(ib, x, xPath, problems));
                }
            });
        }

        var programs = dto.Programs ?? [];
        for (var i = 0; i < programs.Count; i++)
        {
            var p = programs[i];
            var pPath = Text.Index(path + ".programs", i);
            var kind = JsonText.ProgramKinds.Read(p.Kind, pPath + ".kind", problems) ?? ProgramKind.Program;
            if (p.Pagu is null)
            {
                problems.Error(ProblemCodes.Required, pPath + ".pagu", null);
            }

            builder.AddProgram(p.Id ?? string.Empty, p.Name ?? string.Empty, kind, p.Pagu ?? 0m, Link(p.CascadesTo, pPath + ".cascadesTo", problems));
        }

        var built = builder.Build();
        problems.AddUnder(path, built.Problems);
        return problems.ErrorCount != errors ? null : built.Value;
    }

    private static PerjanjianKinerjaBodyDto Fill(PerjanjianKinerjaBodyDto dto, PerjanjianKinerja pk)
    {
        dto.Unit = new OfficeUnitDto { Code = pk.Unit.Code, Name = pk.Unit.Name };
        dto.Year = pk.Year;
        dto.Version = pk.Version;
        dto.SignedOn = JsonText.Date(pk.SignedOn);
        dto.RevisionNote = pk.RevisionNote;
        dto.PihakPertama = Pejabat(pk.PihakPertama);
        dto.PihakKedua = Pejabat(pk.PihakKedua);
        dto.Sasaran = pk.Sasaran.Select(s => new SasaranDto
        {
            Id = s.Id,
            Name = s.Name,
            CascadesTo = Link(s.CascadesTo),
            Indicators = s.Indicators.Select(Indicator).ToArray(),
        }).ToArray();
        dto.Programs = pk.Programs.Select(p => new ProgramDto
        {
            Id = p.Id,
            Name = p.Name,
            Kind = JsonText.ProgramKinds.Of(p.Kind),
            Pagu = p.Pagu,
            CascadesTo = Link(p.CascadesTo),
        }).ToArray();
        return dto;
    }

    private static PejabatDto Pejabat(Pejabat p) => new()
    {
        Name = p.Name,
        Jabatan = p.Jabatan,
        Nip = p.Nip?.ToString(),
        Acting = JsonText.Acting.Of(p.Acting),
    };

    private static CascadeLinkDto? Link(CascadeLink? link) =>
        link is null ? null : new CascadeLinkDto { UnitCode = link.Parent.UnitCode, Year = link.Parent.Year, SasaranId = link.SasaranId };

    private static CascadeLink? Link(CascadeLinkDto? dto, string path, Problems problems)
    {
        if (dto is null)
        {
            return null;
        }

        var ok = problems.Required(dto.UnitCode, path + ".unitCode");
        if (dto.Year is null)
        {
            problems.Error(ProblemCodes.Required, path + ".year", null);
            ok = false;
        }

        // A link without its parent PK is reported here; the builder checks the rest (sasaranId, the year).
        return ok ? new CascadeLink(new PerjanjianKinerjaKey(dto.UnitCode!, dto.Year!.Value), dto.SasaranId ?? string.Empty) : null;
    }

    private static IndicatorDto Indicator(Indicator i) => new()
    {
        Id = i.Id,
        Name = i.Name,
        Level = JsonText.Levels.Of(i.Level),
        Satuan = i.Satuan,
        Polarity = JsonText.Polarities.Of(i.Polarity),
        Aggregation = JsonText.Aggregations.Of(i.Aggregation),
        ValueKind = JsonText.ValueKinds.Of(i.ValueKind),
        GradeScale = i.GradeScale is { } g
            ? new GradeScaleDto { Name = g.Name, Grades = g.Grades.Select(x => new GradeDto { Code = x.Key, Score = x.Value }).ToArray() }
            : null,
        AnnualTarget = TargetDto.From(i.AnnualTarget),
        QuarterlyTargets = i.TriwulanTargets.Select(t => t is null ? null : TargetDto.From(t)).ToArray(),
    };

    private static void Indicator(IndicatorBuilder builder, IndicatorDto dto, string path, Problems problems)
    {
        if (JsonText.Levels.Read(dto.Level, path + ".level", problems) is { } level)
        {
            builder.WithLevel(level);
        }

        builder.WithSatuan(dto.Satuan ?? string.Empty);
        if (JsonText.Polarities.Read(dto.Polarity, path + ".polarity", problems) is { } polarity)
        {
            builder.WithPolarity(polarity);
        }

        if (JsonText.ValueKinds.Read(dto.ValueKind, path + ".valueKind", problems) is { } valueKind)
        {
            builder.WithValueKind(valueKind);
        }

        if (dto.GradeScale is { } scale && GradeScale(scale, path + ".gradeScale", problems) is { } gradeScale)
        {
            builder.WithGradeScale(gradeScale);
            if (dto.ValueKind is { } given && given != JsonText.ValueKinds.Of(Agreements.ValueKind.QualitativeGrade))
            {
                Expected.Only(JsonText.ValueKinds.Of(Agreements.ValueKind.QualitativeGrade), "indikator ini memiliki gradeScale", "the indicator has a gradeScale").Report(problems, path + ".valueKind", given);
            }
        }

        if (JsonText.Aggregations.Read(dto.Aggregation, path + ".aggregation", problems) is { } aggregation)
        {
            builder.WithAggregation(aggregation);
        }

        if (dto.AnnualTarget?.ToTarget() is { } annual)
        {
            builder.WithAnnualTarget(annual);
        }

        var quarterly = dto.QuarterlyTargets ?? [];
        if (quarterly.Count > 4)
        {
            problems.Error(ProblemCodes.TriwulanOutOfRange, Text.Index(path + ".quarterlyTargets", 4), Text.Of(5));
        }

        for (var q = 0; q < Math.Min(4, quarterly.Count); q++)
        {
            builder.WithTriwulanTarget(q + 1, quarterly[q]?.ToTarget());
        }
    }

    private static GradeScale? GradeScale(GradeScaleDto dto, string path, Problems problems)
    {
        var grades = dto.Grades ?? [];
        return Agreements.GradeScale.Check(dto.Name, [.. grades.Select(g => (g?.Code, g?.Score))], path, problems)
            ? Agreements.GradeScale.OfChecked(dto.Name!, grades.Select(g => (g!.Code!, g.Score!.Value)))
            : null;
    }
}
