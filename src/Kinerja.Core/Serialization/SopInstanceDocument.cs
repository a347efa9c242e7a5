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

    public int? Step { get; set; }

    public string? PersonId { get; set; }

    public string? Role { get; set; }

    public string? At { get; set; }

    public string? Note { get; set; }

    public IReadOnlyList<string>? Outputs { get; set; }
}

/// <summary>An SOP instance as its event log, read back by replaying the log with <see cref="SopInstance.Replay"/>.</summary>
internal static class SopInstanceDocument
{
    public static readonly DocumentKind Kind = new(KinerjaDocumentKinds.SopInstance, HasVersion0: false);

    public static SopInstanceDto ToDto(SopInstance instance) => new()
    {
        SchemaVersion = DocumentReader.CurrentVersion,
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
            At = JsonText.Instant(e.At),
            Note = e.Note,
            Outputs = e.Outputs.Count == 0 ? null : e.Outputs,
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
            var e = items[i];
            var path = Text.Index("$.events", i);
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
            if (ok && kind is { } k && e.Step is { } step && at is { } when)
            {
                events.Add(new SopEvent(sequence, k, step, e.PersonId!, e.Role!, when, e.Note, e.Outputs));
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
}
