using System.Text.Json.Nodes;
using Kinerja.Core.Agreements;
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

    public IReadOnlyList<SopSectionDto>? Sections { get; set; }

    public IReadOnlyList<SopStepDto>? Steps { get; set; }

    public IReadOnlyList<SopGapDto>? Gaps { get; set; }

    public string? GapPolicy { get; set; }

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

    public string? Acting { get; set; }

    public string? TanggalPengesahan { get; set; }
}

internal sealed class SopRoleDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public IReadOnlyList<string>? Aliases { get; set; }
}

internal sealed class SopSectionDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}

internal sealed class SopStepDto
{
    public string? Id { get; set; }

    public string? Section { get; set; }

    public string? Activity { get; set; }

    public string? Actor { get; set; }

    public IReadOnlyList<string>? Actors { get; set; }

    public string? Completion { get; set; }

    public bool? ActorInferred { get; set; }

    public string? ActorNote { get; set; }

    public IReadOnlyList<string>? Kelengkapan { get; set; }

    public string? Waktu { get; set; }

    public string? InstructedBy { get; set; }

    public IReadOnlyList<string>? Output { get; set; }

    public string? Keterangan { get; set; }

    public SopDecisionDto? Decision { get; set; }

    public string? DecisionNote { get; set; }

    public string? Next { get; set; }

    public IReadOnlyList<string>? Split { get; set; }

    public bool? Join { get; set; }
}

internal sealed class SopDecisionDto
{
    public string? Question { get; set; }

    public string? YesLabel { get; set; }

    public string? NoLabel { get; set; }

    public string? Yes { get; set; }

    public string? No { get; set; }

    public string? NoRole { get; set; }

    public bool? ReturnAnywhere { get; set; }
}

internal sealed class SopGapDto
{
    public IReadOnlyList<string>? Steps { get; set; }

    public string? After { get; set; }

    public string? Note { get; set; }

    public string? NoteIndonesian { get; set; }
}

/// <summary>
/// An SOP definition: the format of the built-in templates and of an office's own SOPs, read through
/// <see cref="SopDefinitionBuilder"/>. Version 2 names steps by their printed id (text) within optional
/// sections; version 1 (and 0, the templates before the envelope) numbered them, and is rewritten on
/// reading: numbers become ids, and the missing steps of a gap are placed after the printed step before them.
/// </summary>
internal static class SopDefinitionDocument
{
    public const int Version = 2;

    public static readonly DocumentKind Kind = new(KinerjaDocumentKinds.SopDefinition, HasVersion0: true, Version, Migrate);

    public static SopDefinitionDto ToDto(SopDefinition d) => new()
    {
        SchemaVersion = Version,
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
            Pengesahan = d.Header.Pengesahan is { } p ? new SopPengesahanDto
            {
                Jabatan = p.Jabatan,
                Nama = p.Nama,
                Pangkat = p.Pangkat,
                Nip = p.Nip,
                Acting = p.Acting == ActingStatus.Definitive ? null : JsonText.Acting.Of(p.Acting),
                TanggalPengesahan = JsonText.Date(p.TanggalPengesahan),
            } : null,
            Nama = d.Header.Nama,
            DasarHukum = d.Header.DasarHukum,
            KualifikasiPelaksana = d.Header.KualifikasiPelaksana,
            Keterkaitan = d.Header.Keterkaitan,
            Peralatan = d.Header.Peralatan,
            Peringatan = d.Header.Peringatan,
            Pencatatan = d.Header.Pencatatan,
        },
        Roles = d.Roles.Select(r => new SopRoleDto { Id = r.Id, Name = r.Name, Aliases = r.Aliases }).ToArray(),
        Sections = d.Sections.Count == 0 ? null : d.Sections.Select(x => new SopSectionDto { Id = x.Id, Name = x.Name }).ToArray(),
        Steps = d.Steps.Select(s => new SopStepDto
        {
            Id = s.Id,
            Section = s.Section?.Id,
            Activity = s.Activity,
            Actor = s.Actors.Count == 1 ? s.Actor : null,
            Actors = s.Actors.Count == 1 ? null : s.Actors,
            Completion = s.Actors.Count == 1 ? null : JsonText.Completions.Of(s.Completion),
            ActorInferred = s.IsActorInferred,
            ActorNote = s.ActorNote,
            Kelengkapan = s.Kelengkapan,
            Waktu = s.Waktu.Text,
            InstructedBy = s.InstructedBy,
            Output = s.Output,
            Keterangan = s.Keterangan,
            Decision = s.Decision is { } x ? new SopDecisionDto
            {
                Question = x.Question,
                YesLabel = x.YesLabel,
                NoLabel = x.NoLabel,
                Yes = x.YesStep,
                No = x.NoStep,
                NoRole = x.NoRole,
                ReturnAnywhere = x.CanReturnAnywhere ? true : null,
            } : null,
            DecisionNote = s.DecisionNote,
            Next = s.Next,
            Split = s.Split.Count == 0 ? null : s.Split,
            Join = s.IsJoin ? true : null,
        }).ToArray(),
        Gaps = d.Gaps.Select(g => new SopGapDto { Steps = g.Steps, After = g.After, Note = g.Note, NoteIndonesian = g.NoteIndonesian }).ToArray(),
        GapPolicy = d.GapPolicy == SopGapPolicy.Record ? null : JsonText.GapPolicies.Of(d.GapPolicy),
        Notes = d.Notes,
    };

    public static SopDefinition? FromDto(SopDefinitionDto dto, Problems problems)
    {
        problems.Required(dto.Id, "$.id");
        var builder = SopDefinition.CreateBuilder(dto.Id ?? string.Empty, dto.Version ?? 1)
            .WithSource(dto.Source)
            .WithNotes(dto.Notes);
        if (JsonText.GapPolicies.Read(dto.GapPolicy, "$.gapPolicy", problems) is { } policy)
        {
            builder.WithGapPolicy(policy);
        }

        if (dto.Header is { } h)
        {
            builder.WithHeader(new SopHeader
            {
                Instansi = h.Instansi,
                Nomor = h.Nomor,
                TanggalPembuatan = JsonText.Date(h.TanggalPembuatan, "$.header.tanggalPembuatan", problems),
                TanggalRevisi = JsonText.Date(h.TanggalRevisi, "$.header.tanggalRevisi", problems),
                TanggalEfektif = JsonText.Date(h.TanggalEfektif, "$.header.tanggalEfektif", problems),
                Pengesahan = h.Pengesahan is { } p ? new SopPengesahan
                {
                    Jabatan = p.Jabatan,
                    Nama = p.Nama,
                    Pangkat = p.Pangkat,
                    Nip = p.Nip,
                    Acting = JsonText.Acting.Read(p.Acting, "$.header.pengesahan.acting", problems) ?? ActingStatus.Definitive,
                    TanggalPengesahan = JsonText.Date(p.TanggalPengesahan, "$.header.pengesahan.tanggalPengesahan", problems),
                } : null,
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

        var roles = dto.Roles ?? [];
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] is not { } r)
            {
                problems.Error(ProblemCodes.Required, Text.Index("$.roles", i), null);
                continue;
            }

            builder.AddRole(r.Id ?? string.Empty, r.Name ?? string.Empty, [.. r.Aliases ?? []]);
        }

        // Sections are declared up front; a step names its own, so the builder's section is set per step.
        var sections = dto.Sections ?? [];
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Count; i++)
        {
            var path = Text.Index("$.sections", i);
            if (sections[i] is not { } x)
            {
                problems.Error(ProblemCodes.Required, path, null);
                continue;
            }

            if (problems.Required(x.Id, path + ".id") & problems.Required(x.Name, path + ".name"))
            {
                if (declared.ContainsKey(x.Id!))
                {
                    problems.Error(ProblemCodes.Duplicate, path + ".id", x.Id, "$.sections");
                }
                else
                {
                    declared.Add(x.Id!, x.Name!);
                }
            }
        }

        var steps = dto.Steps ?? [];
        var opened = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var path = Text.Index("$.steps", i);
            if (steps[i] is not { } step)
            {
                problems.Error(ProblemCodes.Required, path, null);
                continue;
            }

            if (step.Section is { } section)
            {
                if (!declared.TryGetValue(section, out var name))
                {
                    problems.Error(ProblemCodes.UnknownReference, path + ".section", section, "bagian", "section");
                    continue;
                }

                if (!opened.Add(section))
                {
                    if (i > 0 && steps[i - 1]?.Section != section)
                    {
                        problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".section", section, "langkah satu bagian harus berurutan", "the steps of a section must follow each other");
                        continue;
                    }
                }
                else
                {
                    builder.AddSection(section, name);
                }
            }
            else if (opened.Count > 0)
            {
                problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".section", null, "setelah bagian pertama, setiap langkah harus menyebut bagiannya", "after the first section, every step must name its section");
                continue;
            }

            Step(builder, step, path, problems);
        }

        var gaps = dto.Gaps ?? [];
        for (var i = 0; i < gaps.Count; i++)
        {
            if (gaps[i] is not { } g)
            {
                problems.Error(ProblemCodes.Required, Text.Index("$.gaps", i), null);
                continue;
            }

            builder.AddGap(g.Steps ?? [], g.Note ?? string.Empty, g.After, g.NoteIndonesian);
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
        problems.Required(e.Id, path + ".id");
        var completion = JsonText.Completions.Read(e.Completion, path + ".completion", problems) ?? SopCompletion.All;
        if (e.Actor is not null && e.Actors is not null)
        {
            problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".actors", string.Join(", ", e.Actors), "tulis 'actor' untuk satu pelaksana atau 'actors' untuk beberapa, tidak keduanya", "write 'actor' for one actor or 'actors' for several, not both");
        }

        if (e.Decision is { No: null, NoRole: null })
        {
            problems.Error(ProblemCodes.Required, path + ".decision.no", null);
        }
        else if (e.Decision is { No: not null, NoRole: not null })
        {
            problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".decision.noRole", e.Decision.NoRole, "pekerjaan dikembalikan ke satu langkah ('no') atau kepada satu peran ('noRole'), tidak keduanya", "work returns to a step ('no') or to a role ('noRole'), not both");
        }

        Action<SopStepBuilder> configure = s =>
        {
            s.WithKelengkapan([.. e.Kelengkapan ?? []]).WithOutput([.. e.Output ?? []]).WithWaktu(e.Waktu).WithKeterangan(e.Keterangan).InstructedBy(e.InstructedBy);
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

            if (e.Split is { } split)
            {
                s.SplitTo([.. split]);
            }

            if (e.Join == true)
            {
                s.AsJoin();
            }

            if (e.Decision is { } d)
            {
                if (d.NoRole is { } role)
                {
                    s.AsDecisionReturningToRole(role, d.Yes);
                }
                else if (d.No is { } returnTo)
                {
                    s.AsDecision(returnTo, d.Yes);
                }

                if (d.ReturnAnywhere == true)
                {
                    s.AllowReturnAnywhere();
                }

                s.WithDecisionText(d.Question, d.YesLabel ?? "ya", d.NoLabel ?? "tidak", e.DecisionNote);
            }
            else if (e.DecisionNote is { } note)
            {
                s.WithDecisionText(null, "ya", "tidak", note);
            }
        };

        var id = e.Id ?? string.Empty;
        var activity = e.Activity ?? string.Empty;
        if (e.Actors is { } actors)
        {
            if (completion == SopCompletion.Any)
            {
                builder.AddStepByAny(id, activity, actors, configure);
            }
            else
            {
                builder.AddStepByEach(id, activity, actors, configure);
            }
        }
        else
        {
            builder.AddStep(id, activity, e.Actor ?? string.Empty, configure);
        }
    }

    /// <summary>
    /// Version 1 (and 0) to 2: a step's <c>number</c> becomes its <c>id</c>; <c>next</c>, <c>decision.yes</c>,
    /// <c>decision.no</c> and a gap's <c>steps</c> become text; a gap naming numbers that no step has is placed
    /// after the highest printed number below them. Anything of another shape is left for the shape check to report.
    /// </summary>
    private static void Migrate(JsonObject document, int version)
    {
        _ = version;
        var numbers = new List<int>();
        if (document["steps"] is JsonArray steps)
        {
            var objects = steps.OfType<JsonObject>().ToArray();
            foreach (var step in objects)
            {
                numbers.Add(step["number"] is JsonValue number && number.TryGetValue<int>(out var n) ? n : int.MinValue);
            }

            for (var i = 0; i < objects.Length; i++)
            {
                var step = objects[i];
                if (numbers[i] != int.MinValue)
                {
                    step.Remove("number");
                    step["id"] = Text.Of(numbers[i]);
                }

                Retext(step, "next");
                if (step["decision"] is JsonObject decision)
                {
                    // Version 1 let a decision return to itself or to a later step; version 2 asks for it to be said.
                    if (decision["no"] is JsonValue no && no.TryGetValue<int>(out var back) && numbers.IndexOf(back) >= i)
                    {
                        decision["returnAnywhere"] = true;
                    }

                    Retext(decision, "yes");
                    Retext(decision, "no");
                }
            }
        }

        if (document["gaps"] is JsonArray gaps)
        {
            foreach (var gap in gaps.OfType<JsonObject>())
            {
                if (gap["steps"] is not JsonArray named)
                {
                    continue;
                }

                var missing = new List<int>();
                for (var i = 0; i < named.Count; i++)
                {
                    if (named[i] is JsonValue v && v.TryGetValue<int>(out var n))
                    {
                        named[i] = Text.Of(n);
                        if (!numbers.Contains(n))
                        {
                            missing.Add(n);
                        }
                    }
                }

                if (missing.Count > 0 && numbers.Where(n => n < missing.Min()).DefaultIfEmpty(int.MinValue).Max() is var before && before != int.MinValue)
                {
                    gap["after"] = Text.Of(before);
                }
            }
        }

        document["schemaVersion"] = Version;
        if (document["kind"] is null)
        {
            document["kind"] = KinerjaDocumentKinds.SopDefinition;
        }
    }

    private static void Retext(JsonObject node, string name)
    {
        if (node[name] is JsonValue value && value.TryGetValue<int>(out var n))
        {
            node[name] = Text.Of(n);
        }
    }
}
