using System.Text.Json.Nodes;
using Kinerja.Core.Internal;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

internal sealed class SopInstanceDto : DocumentDto
{
    public string? Id { get; set; }

    public SopDefinitionRefDto? Definition { get; set; }

    public int? SealedAtMigration { get; set; }

    public IReadOnlyList<SopEventDto>? Events { get; set; }
}

internal sealed class SopDefinitionRefDto
{
    public string? Id { get; set; }

    public int? Version { get; set; }
}

internal sealed class SopEventDto
{
    public int? Sequence { get; set; }

    public string? Kind { get; set; }

    public string? Step { get; set; }

    public string? PersonId { get; set; }

    public string? Role { get; set; }

    public string? Acting { get; set; }

    public string? ActingFor { get; set; }

    public string? Assignment { get; set; }

    public string? At { get; set; }

    public string? Note { get; set; }

    public string? Instruction { get; set; }

    public IReadOnlyList<SopAttachmentDto>? Attachments { get; set; }

    public string? PreviousHash { get; set; }

    public string? Hash { get; set; }
}

internal sealed class SopAttachmentDto
{
    public string? Output { get; set; }

    public string? Reference { get; set; }
}

/// <summary>
/// An SOP instance as its event log, read back by replaying the log with <see cref="SopInstance.Replay(SopDefinition, string, IEnumerable{SopEvent}, SopReplayOptions)"/>.
/// Version 3 chains the events (<c>previousHash</c>, <c>hash</c>) and says how many were sealed at migration;
/// version 2 named steps by key (text) and recorded attachments, acting officials and instructions, unchained;
/// version 1 numbered steps and listed outputs as references. Both are rewritten on reading, and their events
/// are sealed at migration (<see cref="SopInstance.SealedAtMigration"/>), never taken for chained.
/// </summary>
internal static class SopInstanceDocument
{
    public const int Version = 3;

    public static readonly DocumentKind Kind = new(KinerjaDocumentKinds.SopInstance, HasVersion0: false, Version, Migrate);

    public static SopInstanceDto ToDto(SopInstance instance) => new()
    {
        SchemaVersion = Version,
        Kind = Kind.Name,
        Id = instance.Id,
        Definition = new SopDefinitionRefDto { Id = instance.Definition.Id, Version = instance.Definition.Version },
        SealedAtMigration = instance.SealedAtMigration == 0 ? null : instance.SealedAtMigration,
        Events = instance.Events.Select(e => new SopEventDto
        {
            Sequence = e.Sequence,
            Kind = JsonText.EventKinds.Of(e.Kind),
            Step = e.Step,
            PersonId = e.PersonId,
            Role = e.Role,
            Acting = e.Acting == Agreements.ActingStatus.Definitive ? null : JsonText.Acting.Of(e.Acting),
            ActingFor = e.StandsInFor,
            Assignment = e.Assignment,
            At = JsonText.Instant(e.At),
            Note = e.Note,
            Instruction = e.Instruction?.Text,
            Attachments = e.Attachments.Count == 0 ? null : e.Attachments.Select(a => new SopAttachmentDto { Output = a.Output, Reference = a.Reference }).ToArray(),
            PreviousHash = e.PreviousHash,
            Hash = e.Hash,
        }).ToArray(),
    };

    public static SopInstance? FromDto(SopInstanceDto dto, Func<string, int, SopDefinition?> definitions, Problems problems)
    {
        problems.Required(dto.Id, "$.id");
        SopDefinition? definition = null;
        if (dto.Definition is not { } reference)
        {
            problems.Error(ProblemCodes.Required, "$.definition", null);
        }
        else if (problems.Required(reference.Id, "$.definition.id"))
        {
            var version = reference.Version ?? 1;
            definition = definitions(reference.Id!, version);
            if (definition is null)
            {
                problems.Error(ProblemCodes.UnknownReference, "$.definition", reference.Id + " v" + Text.Of(version), "definisi SOP", "SOP definition");
            }
        }

        if (dto.Events is null)
        {
            problems.Error(ProblemCodes.Required, "$.events", null);
        }

        var items = dto.Events ?? [];
        var sealedAtMigration = dto.SealedAtMigration ?? 0;
        if (sealedAtMigration < 0 || sealedAtMigration > items.Count)
        {
            problems.Error(ProblemCodes.OutOfRange, "$.sealedAtMigration", Text.Of(sealedAtMigration), "0", Text.Of(items.Count));
            sealedAtMigration = 0;
        }

        var events = new List<SopEvent>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = Text.Index("$.events", i);
            if (items[i] is not { } e)
            {
                problems.Error(ProblemCodes.Required, path, null);
                continue;
            }

            var ok = true;
            if (e.Sequence is not { } sequence || sequence < 1)
            {
                problems.Error(e.Sequence is null ? ProblemCodes.Required : ProblemCodes.OutOfRange, path + ".sequence", e.Sequence is { } s ? Text.Of(s) : null, "1", Text.Of(int.MaxValue));
                ok = false;
                sequence = 0;
            }

            if (e.Kind is null)
            {
                problems.Error(ProblemCodes.Required, path + ".kind", null);
            }

            var kind = JsonText.EventKinds.Read(e.Kind, path + ".kind", problems);
            if (e.Step is null)
            {
                problems.Error(ProblemCodes.Required, path + ".step", null);
            }

            ok &= problems.Required(e.PersonId, path + ".personId") & problems.Required(e.Role, path + ".role");
            if (e.At is null)
            {
                problems.Error(ProblemCodes.Required, path + ".at", null);
            }

            var at = JsonText.Instant(e.At, path + ".at", problems);
            var acting = JsonText.Acting.Read(e.Acting, path + ".acting", problems) ?? Agreements.ActingStatus.Definitive;
            Sop.MutuBakuWaktu? instruction = null;
            if (e.Instruction is { } text)
            {
                var parsed = Sop.MutuBakuWaktu.Read(text, path + ".instruction");
                problems.AddRange(parsed.Problems);
                instruction = parsed.IsValid ? parsed.Value : null;
            }

            var attachments = new List<SopAttachment>();
            var attached = e.Attachments ?? [];
            for (var k = 0; k < attached.Count; k++)
            {
                if (attached[k] is { } a && problems.Required(a.Reference, Text.Index(path + ".attachments", k) + ".reference"))
                {
                    attachments.Add(new SopAttachment(a.Output, a.Reference!));
                }
                else
                {
                    ok = false;
                    if (attached[k] is null)
                    {
                        problems.Error(ProblemCodes.Required, Text.Index(path + ".attachments", k), null);
                    }
                }
            }

            // Every event is chained, except those the document says were sealed at migration (a version-2 or
            // version-1 log read now carries none): a chained log cannot lose its hashes unnoticed.
            if (i >= sealedAtMigration)
            {
                ok &= problems.Required(e.PreviousHash, path + ".previousHash") & problems.Required(e.Hash, path + ".hash");
            }

            if (ok && kind is { } kindValue && e.Step is { } step && at is { } when)
            {
                events.Add(new SopEvent(sequence, kindValue, step, e.PersonId!, e.Role!, when, e.Note, attachments)
                {
                    Acting = acting,
                    StandsInFor = e.ActingFor,
                    Assignment = e.Assignment,
                    Instruction = instruction,
                    PreviousHash = e.PreviousHash,
                    Hash = e.Hash,
                });
            }
        }

        if (problems.HasErrors || definition is null)
        {
            return null;
        }

        var replayed = SopInstance.Replay(definition, dto.Id!, events, new SopReplayOptions { SealedAtMigration = sealedAtMigration });
        problems.AddUnder("$", replayed.Problems);
        return replayed.IsValid ? replayed.Value : null;
    }

    /// <summary>
    /// Version 1 to 2: an event's <c>step</c> number becomes text, its <c>outputs</c> (references) attachments.
    /// Version 2 to 3: the events, which carry no hash, are all sealed at migration (<c>sealedAtMigration</c>): reading
    /// hashes them, and verification says they were hashed on reading, not when recorded.
    /// </summary>
    private static void Migrate(JsonObject document, int version)
    {
        if (document["events"] is JsonArray chained)
        {
            document["sealedAtMigration"] = chained.Count;
        }

        if (version < 2 && document["events"] is JsonArray events)
        {
            foreach (var e in events.OfType<JsonObject>())
            {
                if (e["step"] is JsonValue step && step.TryGetValue<int>(out var n))
                {
                    e["step"] = Text.Of(n);
                }

                // An event that also has attachments (which version 1 did not know) keeps its outputs, so the shape check
                // names them instead of one list silently replacing the other.
                if (e["outputs"] is JsonArray outputs && !e.ContainsKey("attachments"))
                {
                    e.Remove("outputs");
                    var attachments = new JsonArray();
                    foreach (var o in outputs)
                    {
                        attachments.Add(new JsonObject { ["reference"] = o?.DeepClone() });
                    }

                    e["attachments"] = attachments;
                }
            }
        }

        document["schemaVersion"] = Version;
    }
}
