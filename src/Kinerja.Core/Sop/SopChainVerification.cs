using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Sop;

/// <summary>What the hash chain of an SOP event log says about it.</summary>
public enum SopChainStatus
{
    /// <summary>Every event was chained when it was recorded, and every hash matches: a change to any of them would show.</summary>
    Intact = 0,

    /// <summary>
    /// Every hash matches, but the first <see cref="SopChainVerification.SealedAtMigration"/> events carried no hash
    /// when they were read (a version-2 document, a host's unchained store) and were hashed then: the chain shows
    /// changes made since, not before. The events after them were chained when recorded.
    /// </summary>
    SealedAtMigration = 1,

    /// <summary>No event carries a hash: nothing can be verified.</summary>
    Unchained = 2,

    /// <summary>An event does not match the chain; <see cref="SopChainVerification.Fault"/> says how and where.</summary>
    Broken = 3,
}

/// <summary>How a chain is broken at its first bad event.</summary>
public enum SopChainFault
{
    /// <summary>The chain is not broken.</summary>
    None = 0,

    /// <summary>The event carries no hash (or no previous hash), though the log is chained.</summary>
    Unhashed = 1,

    /// <summary>The event's sequence jumps ahead and the sequence expected is nowhere later: an event before it is missing.</summary>
    Missing = 2,

    /// <summary>The event's sequence is not the one expected, and the log holds it elsewhere or repeats one: events were reordered, repeated or inserted.</summary>
    OutOfOrder = 3,

    /// <summary>The first event does not chain to the genesis of this definition and instance: the log was moved from another instance (or another definition version).</summary>
    WrongGenesis = 4,

    /// <summary>The previous hash the event records is not the hash of the event before it: that event was changed, or one was removed or inserted.</summary>
    PreviousHashMismatch = 5,

    /// <summary>The event's content does not give its hash: the event was changed after it was recorded.</summary>
    HashMismatch = 6,

    /// <summary>The last hash is not the head the host kept: events were removed from the end of the log or added to it.</summary>
    HeadMismatch = 7,
}

/// <summary>
/// The verdict on an event log's hash chain (<see cref="SopChain.Verify"/>, <see cref="SopInstance.VerifyChain"/>): intact,
/// sealed at migration, unchained, or broken at a named event and why. Verification never throws on a bad log.
/// </summary>
public sealed class SopChainVerification
{
    private SopChainVerification(SopChainStatus status, int eventCount, int sealedAtMigration, string? head, SopChainFault fault, int? index, int? sequence, string? expected, string? actual)
    {
        Status = status;
        EventCount = eventCount;
        SealedAtMigration = sealedAtMigration;
        Head = head;
        Fault = fault;
        FirstBadIndex = index;
        FirstBadSequence = sequence;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Intact, sealed at migration, unchained or broken.</summary>
    public SopChainStatus Status { get; }

    /// <summary>Whether every event was chained when recorded and every hash matches (<see cref="SopChainStatus.Intact"/>).</summary>
    public bool IsIntact => Status == SopChainStatus.Intact;

    /// <summary>How many events the log holds.</summary>
    public int EventCount { get; }

    /// <summary>How many leading events were hashed when an unchained log was read rather than when they were recorded.</summary>
    public int SealedAtMigration { get; }

    /// <summary>The hash of the last event (the genesis hash for an empty log) when the chain is not broken; otherwise <see langword="null"/>. A host keeps it apart from the log to detect a log cut short.</summary>
    public string? Head { get; }

    /// <summary>How the chain is broken; <see cref="SopChainFault.None"/> unless <see cref="Status"/> is <see cref="SopChainStatus.Broken"/>.</summary>
    public SopChainFault Fault { get; }

    /// <summary>The index (from 0) of the first event that does not match; <see cref="EventCount"/> for <see cref="SopChainFault.HeadMismatch"/>; <see langword="null"/> when not broken.</summary>
    public int? FirstBadIndex { get; }

    /// <summary>The sequence the first bad event carries, as stored; <see langword="null"/> when not broken, for a head mismatch, or for a missing event.</summary>
    public int? FirstBadSequence { get; }

    /// <summary>What the chain expected at the first bad event: a hash, or a sequence number.</summary>
    public string? Expected { get; }

    /// <summary>What the first bad event holds instead.</summary>
    public string? Actual { get; }

    /// <summary>The break as a problem (<see cref="ProblemCodes.SopChainBroken"/> at <c>events[i]</c>, or <c>events</c> for a head mismatch), in both languages; <see langword="null"/> when not broken.</summary>
    public ValidationProblem? Problem => Status == SopChainStatus.Broken ? ProblemAt("events") : null;

    /// <summary>The verdict on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Status switch
    {
        SopChainStatus.Intact => "intact, " + Text.Of(EventCount) + " events, head " + Head,
        SopChainStatus.SealedAtMigration => "sealed at migration: events 1-" + Text.Of(SealedAtMigration) + " of " + Text.Of(EventCount) + " were hashed when read, head " + Head,
        SopChainStatus.Unchained => "unchained: none of " + Text.Of(EventCount) + " events carries a hash",
        _ => Problem!.GetMessage(MessageLanguage.English),
    };

    internal static SopChainVerification Consistent(string head, int count, int sealedAtMigration) =>
        new(sealedAtMigration > 0 ? SopChainStatus.SealedAtMigration : SopChainStatus.Intact, count, sealedAtMigration, head, SopChainFault.None, null, null, null, null);

    internal static SopChainVerification Unchained(int count) =>
        new(SopChainStatus.Unchained, count, 0, null, SopChainFault.None, null, null, null, null);

    internal static SopChainVerification Broken(SopChainFault fault, int index, int? sequence, string? expected, string? actual) =>
        new(SopChainStatus.Broken, 0, 0, null, fault, index, fault == SopChainFault.HeadMismatch ? null : sequence, expected, actual);

    /// <summary>The same verdict on a log of <paramref name="count"/> events.</summary>
    internal SopChainVerification Counted(int count) =>
        new(Status, count, SealedAtMigration, Head, Fault, FirstBadIndex, FirstBadSequence, Expected, Actual);

    /// <summary>The break as a problem under a path prefix (<c>events</c>, <c>$.events</c>).</summary>
    internal ValidationProblem ProblemAt(string events)
    {
        var (id, en) = Fault switch
        {
            SopChainFault.Unhashed => ("peristiwa nomor " + Seq + " tidak membawa hash, padahal log ini berantai", "event " + Seq + " carries no hash, though the log is chained"),
            SopChainFault.Missing => ("peristiwa bernomor urut " + Actual + " berada di tempat nomor " + Expected + ": ada peristiwa yang hilang sebelumnya", "event " + Actual + " stands where event " + Expected + " belongs: an event before it is missing"),
            SopChainFault.OutOfOrder => ("peristiwa bernomor urut " + Actual + " berada di tempat nomor " + Expected + ": urutan peristiwa diubah, atau ada peristiwa yang diulang atau disisipkan", "event " + Actual + " stands where event " + Expected + " belongs: events were reordered, repeated or inserted"),
            SopChainFault.WrongGenesis => ("peristiwa pertama tidak tersambung ke awal rantai instans dan versi definisi ini: log berasal dari instans lain", "the first event does not chain to the genesis of this instance and definition version: the log comes from another instance"),
            SopChainFault.PreviousHashMismatch => ("hash sebelumnya yang dicatat peristiwa nomor " + Seq + " bukan hash peristiwa sebelumnya: ada peristiwa yang diubah, dihapus atau disisipkan sebelumnya", "the previous hash event " + Seq + " records is not the hash of the event before it: an event before it was changed, removed or inserted"),
            SopChainFault.HashMismatch => ("isi peristiwa nomor " + Seq + " tidak menghasilkan hash-nya: peristiwa itu diubah sesudah dicatat", "the content of event " + Seq + " does not give its hash: the event was changed after it was recorded"),
            _ => ("hash peristiwa terakhir bukan hash akhir yang disimpan: ada peristiwa yang dihapus dari akhir log atau ditambahkan", "the last event's hash is not the head kept: events were removed from the end of the log or added to it"),
        };
        var path = Fault == SopChainFault.HeadMismatch ? events : Text.Index(events, FirstBadIndex ?? 0);
        return new ValidationProblem(ProblemCodes.SopChainBroken, path, Actual, Severity.Error, id, en);
    }

    private string Seq => FirstBadSequence is { } s ? Text.Of(s) : "?";
}
