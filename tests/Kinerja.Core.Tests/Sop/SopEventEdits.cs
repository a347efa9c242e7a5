using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Tests.Sop;

/// <summary>Copies of stored events with one thing changed, as a forger or a faulty host would write them.</summary>
internal static class SopEventEdits
{
    /// <summary>The fields of an event a stored log holds, in the canonical form's order, then its two hashes.</summary>
    public const int FieldCount = 14;

    /// <summary>A copy of the event, every field as given unless replaced.</summary>
    public static SopEvent Copy(
        SopEvent e,
        int? sequence = null,
        SopEventKind? kind = null,
        string? step = null,
        string? personId = null,
        string? role = null,
        Instant? at = null,
        Optional<string?> note = default,
        ActingStatus? acting = null,
        Optional<string?> actingFor = default,
        Optional<string?> assignment = default,
        Optional<MutuBakuWaktu?> instruction = default,
        IEnumerable<SopAttachment>? attachments = null,
        Optional<string?> previousHash = default,
        Optional<string?> hash = default) =>
        new(sequence ?? e.Sequence, kind ?? e.Kind, step ?? e.Step, personId ?? e.PersonId, role ?? e.Role, at ?? e.At, note.Or(e.Note), attachments ?? e.Attachments)
        {
            Acting = acting ?? e.Acting,
            StandsInFor = actingFor.Or(e.StandsInFor),
            Assignment = assignment.Or(e.Assignment),
            Instruction = instruction.Or(e.Instruction),
            PreviousHash = previousHash.Or(e.PreviousHash),
            Hash = hash.Or(e.Hash),
        };

    /// <summary>The event without its hashes, as a version-2 store kept it.</summary>
    public static SopEvent Unchained(SopEvent e) => Copy(e, previousHash: new(null), hash: new(null));

    /// <summary>The log chained again from its genesis, as a forger who recomputes every hash would.</summary>
    public static SopEvent[] Rechained(SopDefinition definition, string instanceId, IEnumerable<SopEvent> events)
    {
        var previous = SopChain.Genesis(definition.Id, definition.Version, instanceId);
        var chained = new List<SopEvent>();
        foreach (var e in events)
        {
            var hash = SopChain.ComputeHash(previous, e);
            chained.Add(Copy(e, previousHash: new(previous), hash: new(hash)));
            previous = hash;
        }

        return [.. chained];
    }

    /// <summary>
    /// The event with field <paramref name="field"/> (0-13: sequence, kind, step, person, role, at, note, acting,
    /// acting for, assignment, instruction, attachments, previous hash, hash) changed; <paramref name="variant"/>
    /// picks among the changes (including null to empty text and back, which the canonical form tells apart).
    /// </summary>
    public static SopEvent Changed(SopEvent e, int field, int variant) => field switch
    {
        0 => Copy(e, sequence: e.Sequence + 1 + (variant % 3)),
        1 => Copy(e, kind: (SopEventKind)(((int)e.Kind + 1 + (variant % 5)) % 6)),
        2 => Copy(e, step: variant % 2 == 0 ? e.Step + "x" : e.Step.ToUpperInvariant() + " "),
        3 => Copy(e, personId: variant % 2 == 0 ? e.PersonId + "x" : "x" + e.PersonId),
        4 => Copy(e, role: variant % 2 == 0 ? e.Role + "x" : e.Role + "\u00e9"),
        5 => Copy(e, at: e.At + Duration.FromNanoseconds(variant % 2 == 0 ? 1 : -60_000_000_000L)),
        6 => Copy(e, note: new(Other(e.Note, variant))),
        7 => Copy(e, acting: (ActingStatus)(((int)e.Acting + 1 + (variant % 2)) % 3)),
        8 => Copy(e, actingFor: new(Other(e.StandsInFor, variant))),
        9 => Copy(e, assignment: new(Other(e.Assignment, variant))),
        10 => Copy(e, instruction: new(e.Instruction is null || variant % 2 == 0 ? MutuBakuWaktu.Read(e.Instruction?.Text == "1 Jam" ? "2 Jam" : "1 Jam").Value : null)),
        11 => Copy(e, attachments: e.Attachments.Count > 0 && variant % 2 == 0 ? e.Attachments.Skip(1) : [.. e.Attachments, new SopAttachment(variant % 3 == 0 ? null : "Keluaran", "dok-palsu")]),
        12 => Copy(e, previousHash: new(Flip(e.PreviousHash, variant))),
        _ => Copy(e, hash: new(Flip(e.Hash, variant))),
    };

    private static string? Other(string? text, int variant) => (text, variant % 3) switch
    {
        (null, 0) => string.Empty,
        (null, _) => "catatan",
        ("", _) => null,
        (_, 0) => null,
        (_, 1) => text + " ",
        _ => "x" + text,
    };

    private static string? Flip(string? hex, int variant)
    {
        if (hex is null)
        {
            return new string('0', 64);
        }

        var at = variant % 64;
        var chars = hex.ToCharArray();
        chars[at] = chars[at] == '0' ? '1' : '0';
        return new string(chars);
    }
}

/// <summary>A value given or not: "not given" keeps the event's own, "given null" sets null.</summary>
/// <typeparam name="T">The value's type.</typeparam>
internal readonly struct Optional<T>
{
    private readonly bool _given;
    private readonly T _value;

    public Optional(T value)
    {
        _given = true;
        _value = value;
    }

    public T Or(T otherwise) => _given ? _value : otherwise;
}
