using Kinerja.Core.Agreements;
using Kinerja.Core.Internal;
using Kinerja.Core.Measurement;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

internal sealed class MeasurementSetDto : DocumentDto
{
    public PkKeyDto? Pk { get; set; }

    public IReadOnlyList<RealisasiDto>? Realisasi { get; set; }

    public string? BudgetEntry { get; set; }

    public IReadOnlyList<RealisasiAnggaranDto>? Anggaran { get; set; }
}

internal sealed class PkKeyDto
{
    public string? UnitCode { get; set; }

    public int? Year { get; set; }
}

internal sealed class RealisasiDto
{
    public string? IndicatorId { get; set; }

    public int? Triwulan { get; set; }

    public decimal? Value { get; set; }

    public string? Grade { get; set; }

    public string? Note { get; set; }

    public IReadOnlyList<BuktiDukungDto>? BuktiDukung { get; set; }
}

internal sealed class BuktiDukungDto
{
    public string? Reference { get; set; }

    public string? Description { get; set; }
}

internal sealed class RealisasiAnggaranDto
{
    public string? ProgramId { get; set; }

    public int? Triwulan { get; set; }

    public decimal? Amount { get; set; }

    public string? Note { get; set; }
}

/// <summary>A measurement set: writing from the model, reading through <see cref="MeasurementSetBuilder"/> against its PK.</summary>
internal static class MeasurementSetDocument
{
    public static readonly DocumentKind Kind = new(KinerjaDocumentKinds.MeasurementSet, HasVersion0: false);

    public static MeasurementSetDto ToDto(MeasurementSet set) => new()
    {
        SchemaVersion = DocumentReader.CurrentVersion,
        Kind = Kind.Name,
        Pk = new PkKeyDto { UnitCode = set.Key.UnitCode, Year = set.Key.Year },
        Realisasi = set.Realisasi.Select(r => new RealisasiDto
        {
            IndicatorId = r.IndicatorId,
            Triwulan = r.Triwulan.Number,
            Value = r.Value,
            Grade = r.Grade,
            Note = r.Note,
            BuktiDukung = r.BuktiDukung.Count == 0 ? null : r.BuktiDukung.Select(b => new BuktiDukungDto { Reference = b.Reference, Description = b.Description }).ToArray(),
        }).ToArray(),
        // D48: the amounts as entered, and how (left out when per quarter, the default and the only form before D48).
        BudgetEntry = set.BudgetEntry == BudgetEntryMode.PerTriwulan ? null : JsonText.BudgetEntries.Of(set.BudgetEntry),
        Anggaran = set.Budget.Select(a => new RealisasiAnggaranDto { ProgramId = a.ProgramId, Triwulan = a.Triwulan.Number, Amount = a.EnteredAmount, Note = a.Note }).ToArray(),
    };

    public static MeasurementSet? FromDto(MeasurementSetDto dto, PerjanjianKinerja pk, Problems problems)
    {
        if (dto.Pk is not { } key)
        {
            problems.Error(ProblemCodes.Required, "$.pk", null);
            return null;
        }

        var given = new PerjanjianKinerjaKey(key.UnitCode ?? string.Empty, key.Year ?? 0);
        if (given != pk.Key)
        {
            problems.Error(ProblemCodes.UnknownReference, "$.pk", given.ToString(), "PK (yang diberikan: " + pk.Key + ")", "PK (the one given is " + pk.Key + ")");
            return null;
        }

        var builder = MeasurementSet.CreateBuilder(pk);
        if (JsonText.BudgetEntries.Read(dto.BudgetEntry, "$.budgetEntry", problems) is { } mode)
        {
            builder.WithBudgetEntry(mode);
        }

        var realisasi = dto.Realisasi ?? [];
        for (var i = 0; i < realisasi.Count; i++)
        {
            var r = realisasi[i];
            var path = Text.Index("$.realisasi", i);
            var bukti = (r.BuktiDukung ?? []).Select(b => new BuktiDukung(b.Reference ?? string.Empty, b.Description)).ToArray();
            if (r.Triwulan is null)
            {
                problems.Error(ProblemCodes.Required, path + ".triwulan", null);
            }

            if (r.Grade is { } grade)
            {
                if (r.Value is { } both)
                {
                    Expected.NullBesideGrade.Report(problems, path + ".value", Text.Of(both));
                }

                builder.AddGrade(r.IndicatorId ?? string.Empty, r.Triwulan ?? 0, grade, r.Note, bukti);
            }
            else if (r.Value is { } value)
            {
                builder.AddRealisasi(r.IndicatorId ?? string.Empty, r.Triwulan ?? 0, value, r.Note, bukti);
            }
            else
            {
                problems.Error(ProblemCodes.Required, path + ".value", null);
            }
        }

        var anggaran = dto.Anggaran ?? [];
        for (var i = 0; i < anggaran.Count; i++)
        {
            var a = anggaran[i];
            var path = Text.Index("$.anggaran", i);
            if (a.Triwulan is null)
            {
                problems.Error(ProblemCodes.Required, path + ".triwulan", null);
            }

            if (a.Amount is null)
            {
                problems.Error(ProblemCodes.Required, path + ".amount", null);
            }

            builder.AddBudget(a.ProgramId ?? string.Empty, a.Triwulan ?? 0, a.Amount ?? 0m, a.Note);
        }

        if (problems.HasErrors)
        {
            return null;
        }

        var built = builder.Build();
        problems.AddUnder("$", built.Problems);
        return built.IsValid ? built.Value : null;
    }
}
