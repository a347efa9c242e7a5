using Kinerja.Core.Internal;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

internal sealed class SopDefinitionDto : DocumentDto
{
    public string? Id { get; set; }

    public int? Version { get; set; }

    public string? Source { get; set; }

    public SopHeaderDto? Header { get; set; }

    public IReadOnlyList<SopRoleDto>? Roles { get; set; }

    public IReadOnlyList<SopStepDto>? Steps { get; set; }

    public IReadOnlyList<SopGapDto>? Gaps { get; set; }

    public string? Notes { get; set; }
}

internal sealed class SopHeaderDto
{
    public string? Instansi { get; set; }

    public string? Nomor { get; set; }

    public string? TanggalPembuatan { get; set; }

    public string? TanggalRevisi { get; set; }

    public string? TanggalEfektif { get; set; }

    public SopPengesahanDto? Pengesahan { get; set; }

    public string? Nama { get; set; }

    public IReadOnlyList<string>? DasarHukum { get; set; }

    public IReadOnlyList<string>? KualifikasiPelaksana { get; set; }

    public IReadOnlyList<string>? Keterkaitan { get; set; }

    public IReadOnlyList<string>? Peralatan { get; set; }

    public string? Peringatan { get; set; }

    public string? Pencatatan { get; set; }
}

internal sealed class SopPengesahanDto
{
    public string? Jabatan { get; set; }

    public string? Nama { get; set; }

    public string? Pangkat { get; set; }

    public string? Nip { get; set; }
}

internal sealed class SopRoleDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public IReadOnlyList<string>? Aliases { get; set; }
}

internal sealed class SopStepDto
{
    public int? Number { get; set; }

    public string? Activity { get; set; }

    public string? Actor { get; set; }

    public bool? ActorInferred { get; set; }

    public string? ActorNote { get; set; }

    public IReadOnlyList<string>? Kelengkapan { get; set; }

    public string? Waktu { get; set; }

    public IReadOnlyList<string>? Output { get; set; }

    public string? Keterangan { get; set; }

    public SopDecisionDto? Decision { get; set; }

    public string? DecisionNote { get; set; }

    public int? Next { get; set; }
}

internal sealed class SopDecisionDto
{
    public string? Question { get; set; }

    public string? YesLabel { get; set; }

    public string? NoLabel { get; set; }

    public int? Yes { get; set; }

    public int? No { get; set; }
}

internal sealed class SopGapDto
{
    public IReadOnlyList<int>? Steps { get; set; }

    public string? Note { get; set; }
}

/// <summary>An SOP definition: the format of the built-in templates, read through <see cref="SopDefinitionBuilder"/>.</summary>
internal static class SopDefinitionDocument
{
    public static readonly DocumentKind Kind = new(KinerjaDocumentKinds.SopDefinition, HasVersion0: true);

    public static SopDefinitionDto ToDto(SopDefinition d) => new()
    {
        SchemaVersion = DocumentReader.CurrentVersion,
        Kind = Kind.Name,
        Id = d.Id,
        Version = d.Version,
        Source = d.Source,
        Header = new SopHeaderDto
        {
            Instansi = d.Header.Instansi,
            Nomor = d.Header.Nomor,
            TanggalPembuatan = JsonText.Date(d.Header.TanggalPembuatan),
            TanggalRevisi = JsonText.Date(d.Header.TanggalRevisi),
            TanggalEfektif = JsonText.Date(d.Header.TanggalEfektif),
            Pengesahan = d.Header.Pengesahan is { } p ? new SopPengesahanDto { Jabatan = p.Jabatan, Nama = p.Nama, Pangkat = p.Pangkat, Nip = p.Nip } : null,
            Nama = d.Header.Nama,
            DasarHukum = d.Header.DasarHukum,
            KualifikasiPelaksana = d.Header.KualifikasiPelaksana,
            Keterkaitan = d.Header.Keterkaitan,
            Peralatan = d.Header.Peralatan,
            Peringatan = d.Header.Peringatan,
            Pencatatan = d.Header.Pencatatan,
        },
        Roles = d.Roles.Select(r => new SopRoleDto { Id = r.Id, Name = r.Name, Aliases = r.Aliases }).ToArray(),
        Steps = d.Steps.Select(s => new SopStepDto
        {
            Number = s.Number,
            Activity = s.Activity,
            Actor = s.Actor,
            ActorInferred = s.ActorInferred,
            ActorNote = s.ActorNote,
            Kelengkapan = s.Kelengkapan,
            Waktu = s.Waktu.Text,
            Output = s.Output,
            Keterangan = s.Keterangan,
            Decision = s.Decision is { } x ? new SopDecisionDto { Question = x.Question, YesLabel = x.YesLabel, NoLabel = x.NoLabel, Yes = x.YesStep, No = x.NoStep } : null,
            DecisionNote = s.DecisionNote,
            Next = s.Next,
        }).ToArray(),
        Gaps = d.Gaps.Select(g => new SopGapDto { Steps = g.Steps, Note = g.Note }).ToArray(),
        Notes = d.Notes,
    };

    public static SopDefinition? FromDto(SopDefinitionDto dto, Problems problems)
    {
        problems.Required(dto.Id, "$.id");
        var builder = SopDefinition.CreateBuilder(dto.Id ?? string.Empty, dto.Version ?? 1)
            .WithSource(dto.Source)
            .WithNotes(dto.Notes);
        if (dto.Header is { } h)
        {
            builder.WithHeader(new SopHeader
            {
                Instansi = h.Instansi,
                Nomor = h.Nomor,
                TanggalPembuatan = JsonText.Date(h.TanggalPembuatan, "$.header.tanggalPembuatan", problems),
                TanggalRevisi = JsonText.Date(h.TanggalRevisi, "$.header.tanggalRevisi", problems),
                TanggalEfektif = JsonText.Date(h.TanggalEfektif, "$.header.tanggalEfektif", problems),
                Pengesahan = h.Pengesahan is { } p ? new SopPengesahan { Jabatan = p.Jabatan, Nama = p.Nama, Pangkat = p.Pangkat, Nip = p.Nip } : null,
                Nama = h.Nama ?? string.Empty,
                DasarHukum = h.DasarHukum ?? [],
                KualifikasiPelaksana = h.KualifikasiPelaksana ?? [],
                Keterkaitan = h.Keterkaitan ?? [],
                Peralatan = h.Peralatan ?? [],
                Peringatan = h.Peringatan,
                Pencatatan = h.Pencatatan,
            });
        }
        else
        {
            problems.Error(ProblemCodes.Required, "$.header", null);
        }

        if (dto.Roles is null)
        {
            problems.Error(ProblemCodes.Required, "$.roles", null);
        }

        if (dto.Steps is null)
        {
            problems.Error(ProblemCodes.Required, "$.steps", null);
        }

        foreach (var r in dto.Roles ?? [])
        {
            builder.AddRole(r.Id ?? string.Empty, r.Name ?? string.Empty, [.. r.Aliases ?? []]);
        }

        var steps = dto.Steps ?? [];
        for (var i = 0; i < steps.Count; i++)
        {
            Step(builder, steps[i], Text.Index("$.steps", i), problems);
        }

        foreach (var g in dto.Gaps ?? [])
        {
            builder.AddGap(g.Steps ?? [], g.Note ?? string.Empty);
        }

        if (problems.HasErrors)
        {
            return null;
        }

        var built = builder.Build();
        problems.AddUnder("$", built.Problems);
        return built.IsValid ? built.Value : null;
    }

    private static void Step(SopDefinitionBuilder builder, SopStepDto e, string path, Problems problems)
    {
        if (e.Number is null)
        {
            problems.Error(ProblemCodes.Required, path + ".number", null);
        }

        if (e.Decision is { No: null })
        {
            problems.Error(ProblemCodes.Required, path + ".decision.no", null);
        }

        builder.AddStep(e.Number ?? 0, e.Activity ?? string.Empty, e.Actor ?? string.Empty, s =>
        {
            s.WithKelengkapan([.. e.Kelengkapan ?? []]).WithOutput([.. e.Output ?? []]).WithWaktu(e.Waktu).WithKeterangan(e.Keterangan);
            if (e.ActorInferred == true)
            {
                s.ActorInferred(e.ActorNote);
            }
            else
            {
                s.WithActorNote(e.ActorNote);
            }

            if (e.Next is { } n)
            {
                s.WithNext(n);
            }

            if (e.Decision is { No: { } returnTo } d)
            {
                s.AsDecision(returnTo, d.Yes).WithDecisionText(d.Question, d.YesLabel ?? "ya", d.NoLabel ?? "tidak", e.DecisionNote);
            }
            else if (e.DecisionNote is { } note)
            {
                s.WithDecisionText(null, "ya", "tidak", note);
            }
        });
    }
}
