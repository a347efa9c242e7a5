using System.Text.Json.Nodes;
using Kinerja.Core.Internal;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

internal sealed class SopInstanceDto : DocumentDto
{
    public string? Id { get; set; }

    public SopDefinitionRefDto? Definition { get; set; }

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
}

internal sealed class SopAttachmentDto
{
    public string? Output { get; set; }

    public string? Reference { get; set; }
}

/// <summary>
/// An SOP instance as its event log, read back by replaying the log with <see cref="SopInstance.Replay"/>.
/// Version 2 names steps by key (text) and records attachments, acting officials and instructions; version 1
/// numbered steps and listed outputs as references, and is rewritten on reading.
/// </summary>
internal static class SopInstanceDocument
{
    public const int Version = 2;

    public static readonly DocumentKind Kind = new(KinerjaDocumentKinds.SopInstance, HasVersion0: false, Version, Migrate);

    public static SopInstanceDto ToDto(SopInstance instance) => new()
    {
        SchemaVersion = Version,
        Kind = Kind.Name,
        Id = instance.Id,
        Definition = new SopDefinitionRefDto { Id = instance.Definition.Id, Version = instance.Definition.Version },
        Events = instance.Events.Select(e => new SopEventDto
        {
            Sequence = e.Sequence,
            Kind = JsonText.EventKinds.Of(e.Kind),
            Step = e.Step,
            PersonId = e.PersonId,
            Role = e.Role,
            Acting = e.Acting == Agreements.ActingStatus.Definitive ? null : JsonText.Acting.Of(e.Acting),
            ActingFor = e.ActingFor,
            Assignment = e.Assignment,
            At = JsonText.Instant(e.At),
            Note = e.Note,
            Instruction = e.Instruction?.Text,
            Attachments = e.Attachments.Count == 0 ? null : e.Attachments.Select(a => new SopAttachmentDto { Output = a.Output, Reference = a.Reference }).ToArray(),
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

        var events = new List<SopEvent>();
        var items = dto.Events ?? [];
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
            Calendar.MutuBakuWaktu? instruction = null;
            if (e.Instruction is { } text)
            {
                var parsed = Calendar.MutuBakuWaktu.Parse(text, path + ".instruction");
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

            if (ok && kind is { } kindValue && e.Step is { } step && at is { } when)
            {
                events.Add(new SopEvent(sequence, kindValue, step, e.PersonId!, e.Role!, when, e.Note, attachments)
                {
                    Acting = acting,
                    ActingFor = e.ActingFor,
                    Assignment = e.Assignment,
                    Instruction = instruction,
                });
            }
        }

        if (problems.HasErrors || definition is null)
        {
            return null;
        }

        var replayed = SopInstance.Replay(definition, dto.Id!, events);
        problems.AddUnder("$", replayed.Problems);
        return replayed.IsValid ? replayed.Value : null;
    }

    /// <summary>Version 1 to 2: an event's <c>step</c> number becomes text, its <c>outputs</c> (references) attachments.</summary>
    private static void Migrate(JsonObject document, int version)
    {
        _ = version;
        if (document["events"] is JsonArray events)
        {
            foreach (var e in events.OfType<JsonObject>())
            {
                if (e["step"] is JsonValue step && step.TryGetValue<int>(out var n))
                {
                    e["step"] = Text.Of(n);
                }

                if (e["outputs"] is JsonArray outputs)
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
