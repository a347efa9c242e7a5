using Kinerja.Core.Internal;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

internal sealed class CategoryScaleDto : DocumentDto
{
    public string? Name { get; set; }

    public string? ClassifyOn { get; set; }

    public IReadOnlyList<CategoryBandDto>? Bands { get; set; }
}

internal sealed class CategoryBandDto
{
    public string? Label { get; set; }

    public string? Code { get; set; }

    public decimal? Lower { get; set; }

    public bool? LowerInclusive { get; set; }

    public decimal? Upper { get; set; }

    public bool? UpperInclusive { get; set; }
}

/// <summary>A category scale: reading through <see cref="CategoryScale.Create"/>. A bound left out or null is no limit.</summary>
internal static class CategoryScaleDocument
{
    public static readonly DocumentKind Kind = new(KinerjaDocumentKinds.CategoryScale, HasVersion0: true);

    public static CategoryScaleDto ToDto(CategoryScale scale) => new()
    {
        SchemaVersion = DocumentReader.CurrentVersion,
        Kind = Kind.Name,
        Name = scale.Name,
        ClassifyOn = scale.Basis == CategoryBasis.Printed ? null : JsonText.CategoryBases.Of(scale.Basis),
        Bands = scale.Bands.Select(b => new CategoryBandDto
        {
            Label = b.Label,
            Code = b.Code,
            Lower = b.Lower,
            LowerInclusive = b.LowerInclusive,
            Upper = b.Upper,
            UpperInclusive = b.UpperInclusive,
        }).ToArray(),
    };

    public static CategoryScale? FromDto(CategoryScaleDto dto, Problems problems)
    {
        problems.Required(dto.Name, "$.name");
        var basis = JsonText.CategoryBases.Read(dto.ClassifyOn, "$.classifyOn", problems) ?? CategoryBasis.Printed;
        if (dto.Bands is not { } bands)
        {
            problems.Error(ProblemCodes.Required, "$.bands", null);
            return null;
        }

        for (var i = 0; i < bands.Count; i++)
        {
            problems.Required(bands[i].Label, Text.Index("$.bands", i) + ".label");
        }

        if (problems.HasErrors)
        {
            return null;
        }

        var created = CategoryScale.Create(
            dto.Name!,
            bands.Select(b => new CategoryBand(b.Label!, b.Lower, b.LowerInclusive ?? true, b.Upper, b.UpperInclusive ?? false, b.Code)));
        problems.AddUnder("$", created.Problems);
        return created.IsValid ? created.Value.WithBasis(basis) : null;
    }
}
