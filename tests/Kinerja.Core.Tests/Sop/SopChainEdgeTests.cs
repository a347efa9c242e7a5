using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Kinerja.Core.Agreements;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// Edges of the hash chain (docs/sop.md, "The hash chain"): the canonical form checked byte by byte against a form
/// built here from the page's table, hex parsing, argument checks, every fault kind and the verdict's texts.
/// </summary>
public class SopChainEdgeTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 8, 1, 0);

    // ---- argument checks --------------------------------------------------------------------------------------

    [Fact]
    public void PublicMembers_NullArguments_ThrowNamingTheParameter()
    {
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", At);
        Assert.Equal("definitionId", Assert.Throws<ArgumentNullException>(() => SopChain.Genesis(null!, 1, "i")).ParamName);
        Assert.Equal("instanceId", Assert.Throws<ArgumentNullException>(() => SopChain.Genesis("d", 1, null!)).ParamName);
        Assert.Equal("previousHash", Assert.Throws<ArgumentNullException>(() => SopChain.ComputeHash(null!, e)).ParamName);
        Assert.Equal("e", Assert.Throws<ArgumentNullException>(() => SopChain.ComputeHash(new string('0', 64), null!)).ParamName);
        Assert.Equal("e", Assert.Throws<ArgumentNullException>(() => SopChain.CanonicalForm(null!)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => SopChain.Verify("d", 1, "i", null!)).ParamName);
    }

    // ---- hex parsing of the previous hash ---------------------------------------------------------------------

    [Theory]
    [InlineData(63, "")]
    [InlineData(65, "")]
    [InlineData(0, "")]
    [InlineData(64, "g")] // just past 'f'
    [InlineData(64, "G")]
    [InlineData(64, "A")] // uppercase
    [InlineData(64, ":")] // just past '9'
    [InlineData(64, "/")] // just before '0'
    [InlineData(64, "`")] // just before 'a'
    public void ComputeHash_PreviousHashNotLowercaseHex_ThrowsArgumentException(int length, string bad)
    {
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", At);
        var text = new string('0', length);
        foreach (var position in bad.Length == 0 ? [-1] : new[] { 0, 1, 62, 63 })
        {
            var hash = position < 0 ? text : text.Remove(position, 1).Insert(position, bad);
            var ex = Assert.Throws<ArgumentException>(() => SopChain.ComputeHash(hash, e));
            Assert.Equal("previousHash", ex.ParamName);
            Assert.StartsWith("Value should be 64 lowercase hexadecimal digits (a SHA-256 hash).", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    public void ComputeHash_AnyLowercaseHexPrevious_IsShaOfItsBytesAndTheForm(string previous)
    {
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", At, "TW III");
        Assert.Equal(ReferenceHash(previous, e), SopChain.ComputeHash(previous, e));
    }

    // ---- the canonical form, against the docs' table ----------------------------------------------------------

    [Fact]
    public void CanonicalForm_DocsExample_IsTheDocumentedBytes()
    {
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", At, "TW III");
        var expected = Hex("00000001 31 00000007" + Ascii("started") + "00000001 31 00000003" + Ascii("ani") + "00000004" + Ascii("staf")
            + "00000014" + Ascii("2026-06-08T01:00:00Z") + "00000006" + Ascii("TW III") + "0000000A" + Ascii("definitive")
            + "FFFFFFFF FFFFFFFF FFFFFFFF 00000001 30");
        Assert.Equal(expected, SopChain.CanonicalForm(e));
    }

    public static TheoryData<SopEventKind, ActingStatus> KindsAndActing()
    {
        var data = new TheoryData<SopEventKind, ActingStatus>();
        foreach (var kind in Enum.GetValues<SopEventKind>())
        {
            foreach (var acting in Enum.GetValues<ActingStatus>())
            {
                data.Add(kind, acting);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndActing))]
    public void CanonicalForm_EveryKindAndGrant_WritesTheirJsonWords(SopEventKind kind, ActingStatus acting)
    {
        var e = new SopEvent(3, kind, "B/1", "dedi", "kasi", At, null, [new SopAttachment("laporan", "dok-1"), new SopAttachment(null, "")])
        {
            Acting = acting,
            StandsInFor = acting == ActingStatus.Definitive ? null : "budi",
            Assignment = acting == ActingStatus.Definitive ? null : "ST-7/2026",
            Instruction = kind == SopEventKind.Instructed ? MutuBakuWaktu.Read("2 Hari").Value : null,
        };
        Assert.Equal(ReferenceForm(e), SopChain.CanonicalForm(e));
    }

    [Theory]
    [InlineData("007F", "7F")]
    [InlineData("0080", "C2 80")]
    [InlineData("00E9", "C3 A9")]
    [InlineData("07FF", "DF BF")]
    [InlineData("0800", "E0 A0 80")]
    [InlineData("20AC", "E2 82 AC")]
    [InlineData("FFFF", "EF BF BF")]
    [InlineData("D83D DE00", "F0 9F 98 80")]
    [InlineData("DBFF DFFF", "F4 8F BF BF")]
    [InlineData("D800 DC00", "F0 90 80 80")]
    [InlineData("0061 D83D DE00 0062", "61 F0 9F 98 80 62")]
    [InlineData("D83D DE00 D83D DE00", "F0 9F 98 80 F0 9F 98 80")]
    [InlineData("D83D", "ED A0 BD")] // a lone high surrogate at the end
    [InlineData("D83D 0078", "ED A0 BD 78")] // a high surrogate not followed by a low one
    [InlineData("D83D D83D", "ED A0 BD ED A0 BD")]
    [InlineData("DE00", "ED B8 80")] // a lone low surrogate
    [InlineData("0078 DE00 D83D", "78 ED B8 80 ED A0 BD")]
    public void CanonicalForm_NoteText_IsUtf8WithLoneSurrogatesAsWtf8(string utf16, string bytes)
    {
        // The note as UTF-16 code units in hex: a test runner may not carry a lone surrogate in a string argument.
        var note = new string([.. utf16.Split(' ').Select(u => (char)Convert.ToInt32(u, 16))]);
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", At, note);
        var noteBytes = Hex(bytes);
        var expected = Hex("00000001 31 00000007" + Ascii("started") + "00000001 31 00000003" + Ascii("ani") + "00000004" + Ascii("staf")
            + "00000014" + Ascii("2026-06-08T01:00:00Z")).Concat(Length(noteBytes.Length)).Concat(noteBytes)
            .Concat(Hex("0000000A" + Ascii("definitive") + "FFFFFFFF FFFFFFFF FFFFFFFF 00000001 30"));
        Assert.Equal(expected, SopChain.CanonicalForm(e));
    }

    public static TheoryData<Instant> Instants() =>
    [
        Instant.FromUtc(2026, 6, 8, 1, 0, 0).PlusNanoseconds(500_000_000),
        Instant.FromUtc(2026, 6, 8, 1, 0, 0).PlusNanoseconds(123_456_789),
        Instant.FromUtc(2026, 6, 8, 1, 0, 0).PlusNanoseconds(100),
        Instant.FromUtc(2026, 6, 8, 1, 0, 0).PlusNanoseconds(1),
        Instant.FromUtc(1, 1, 1, 0, 0),
        Instant.FromUtc(1, 1, 1, 0, 0).PlusNanoseconds(-1),
        Instant.FromUtc(0, 12, 31, 23, 59, 59),
        Instant.FromUtc(-5, 3, 4, 5, 6, 7),
        Instant.FromUtc(9999, 12, 31, 23, 59, 59),
        Instant.MinValue,
        Instant.MaxValue,
    ];

    [Theory]
    [MemberData(nameof(Instants))]
    public void CanonicalForm_AnyInstant_IsWrittenAsExtendedIso(Instant at)
    {
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", at);
        Assert.Equal(ReferenceForm(e), SopChain.CanonicalForm(e));
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(300)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(70_000)]
    public void CanonicalForm_LongField_WritesItsFullBigEndianLength(int length)
    {
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", At, new string('x', length));
        var form = SopChain.CanonicalForm(e);
        Assert.Equal(ReferenceForm(e), form);
    }

    [Fact]
    public void ComputeHash_FieldOfSixteenMebibytes_WritesAllFourLengthBytes()
    {
        // 2^24 + 1 bytes: the first length byte is 01.
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", At, new string('x', (1 << 24) + 1));
        var previous = new string('a', 64);
        var expected = OnFreshThread(() => ReferenceHash(previous, e));
        Assert.Equal(expected, OnFreshThread(() => SopChain.ComputeHash(previous, e)));
    }

    /// <summary>The form is right whatever the event's size, also on a thread whose buffer has not grown yet: the
    /// fields are sized so that every kind of field lands on the end of a fresh buffer.</summary>
    [Fact]
    public void ComputeHashAndCanonicalForm_EventsOfEverySize_OnFreshThreads_MatchTheReference()
    {
        var previous = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        var events = new List<SopEvent>();
        for (var m = 0; m <= 100; m++)
        {
            for (var r = 1; r <= 3; r++)
            {
                events.Add(new SopEvent(1, SopEventKind.Started, "1", new string('\u20AC', m), new string('r', r), At));
            }
        }

        for (var a = 0; a <= 80; a++)
        {
            for (var n = 0; n <= 3; n++)
            {
                events.Add(new SopEvent(2, SopEventKind.Completed, "1", "ani", "staf", At, new string('x', n), Enumerable.Repeat(new SopAttachment(null, ""), a)));
            }
        }

        events.Add(new SopEvent(1, SopEventKind.Started, "1", new string('p', 2000), new string('\u00E9', 1000), At, null, [new SopAttachment(new string('o', 3000), new string('\uD83D', 500))]) { StandsInFor = new string('f', 700), Assignment = new string('s', 900) });
        foreach (var e in events)
        {
            var form = ReferenceForm(e);
            Assert.Equal(form, OnFreshThread(() => SopChain.CanonicalForm(e)));
            Assert.Equal(ReferenceHash(previous, e), OnFreshThread(() => SopChain.ComputeHash(previous, e)));
        }
    }

    /// <summary>A number written right where a buffer ends: the assignment (3,000 bytes at most, 2,996 written) grows a
    /// fresh thread's buffer to exactly its worst case, the missing instruction fills its last 4 bytes, and the count of
    /// attachments comes next, so the number must make room for itself.</summary>
    [Fact]
    public void CanonicalFormAndHash_NumberAfterAFullBuffer_MatchTheReference()
    {
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", At, null, [new SopAttachment("laporan", "dok-1")])
        {
            Acting = ActingStatus.Plt,
            StandsInFor = "budi",
            Assignment = "ab" + new string('\u20AC', 998),
        };
        var previous = new string('c', 64);
        Assert.Equal(ReferenceForm(e), OnFreshThread(() => SopChain.CanonicalForm(e)));
        Assert.Equal(ReferenceHash(previous, e), OnFreshThread(() => SopChain.ComputeHash(previous, e)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(-1)]
    [InlineData(-5)]
    [InlineData(-10)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Genesis_AnyVersion_IsShaOfTheFourFieldsWithTheVersionInDecimal(int version)
    {
        var expected = Sha(Field("kinerja-sop-chain/1").Concat(Field("review")).Concat(Field(version.ToString(System.Globalization.CultureInfo.InvariantCulture))).Concat(Field("i-1")).ToArray());
        Assert.Equal(expected, SopChain.Genesis("review", version, "i-1"));
        Assert.Equal(expected, OnFreshThread(() => SopChain.Genesis("review", version, "i-1")));
    }

    // ---- verification: every fault -----------------------------------------------------------------------------

    [Fact]
    public void Verify_NullEvent_IsUnhashedAtItsIndexWithUnknownSequence()
    {
        var v = SopChain.Verify("review", 1, "i-1", [null]);
        Assert.Equal(SopChainStatus.Broken, v.Status);
        Assert.Equal(SopChainFault.Unhashed, v.Fault);
        Assert.Equal(0, v.FirstBadIndex);
        Assert.Null(v.FirstBadSequence);
        Assert.Equal(1, v.EventCount);
        Assert.Equal("events[0]: the log's hash chain is broken: event ? carries no hash, though the log is chained.", v.ToString());
        Assert.Equal("events[0]: rantai hash log terputus: peristiwa nomor ? tidak membawa hash, padahal log ini berantai.", v.Problem!.GetMessage(MessageLanguage.Indonesian));
    }

    [Fact]
    public void Verify_EventWithHashButNoPreviousHash_IsUnhashed()
    {
        var log = Chain(Events(2));
        var alone = Verify([Relink(log[0], null, log[0].Hash)]);
        Assert.Equal(SopChainFault.Unhashed, alone.Fault);
        Assert.Equal(0, alone.FirstBadIndex);
        Assert.Equal(1, alone.FirstBadSequence);

        var second = Verify([log[0], Relink(log[1], null, log[1].Hash)]);
        Assert.Equal(SopChainFault.Unhashed, second.Fault);
        Assert.Equal(1, second.FirstBadIndex);
        Assert.Equal(2, second.FirstBadSequence);
        Assert.Equal("events[1]: the log's hash chain is broken: event 2 carries no hash, though the log is chained.", second.ToString());
    }

    [Fact]
    public void Verify_EventWithPreviousHashButNoHash_IsUnhashed()
    {
        var log = Chain(Events(2));
        var v = Verify([log[0], Relink(log[1], log[1].PreviousHash, null)]);
        Assert.Equal(SopChainFault.Unhashed, v.Fault);
        Assert.Equal(1, v.FirstBadIndex);

        var first = Verify([Relink(log[0], log[0].PreviousHash, null), log[1]]);
        Assert.Equal(SopChainFault.Unhashed, first.Fault);
        Assert.Equal(0, first.FirstBadIndex);
    }

    [Fact]
    public void Verify_UnhashedEventAfterChainedOnes_IsUnhashed()
    {
        var log = Chain(Events(3));
        var v = Verify([log[0], log[1], Events(3)[2]]);
        Assert.Equal(SopChainFault.Unhashed, v.Fault);
        Assert.Equal(2, v.FirstBadIndex);
        Assert.Equal(3, v.FirstBadSequence);
    }

    [Fact]
    public void Verify_RepeatedSequenceWithNoLaterExpected_IsOutOfOrder()
    {
        var log = Chain(Events(3));
        var v = Verify([log[0], log[1], log[1]]);
        Assert.Equal(SopChainFault.OutOfOrder, v.Fault);
        Assert.Equal(2, v.FirstBadIndex);
        Assert.Equal(2, v.FirstBadSequence);
        Assert.Equal("3", v.Expected);
        Assert.Equal("2", v.Actual);
        Assert.Equal("events[2]: the log's hash chain is broken: event 2 stands where event 3 belongs: events were reordered, repeated or inserted.", v.ToString());
        Assert.Equal("events[2]: rantai hash log terputus: peristiwa bernomor urut 2 berada di tempat nomor 3: urutan peristiwa diubah, atau ada peristiwa yang diulang atau disisipkan.", v.Problem!.GetMessage(MessageLanguage.Indonesian));
    }

    [Fact]
    public void Verify_SequenceJumpingOverOneFoundNowhere_IsMissing()
    {
        var log = Chain(Events(4));
        var v = Verify([log[0], log[2], log[3]]);
        Assert.Equal(SopChainFault.Missing, v.Fault);
        Assert.Equal(1, v.FirstBadIndex);
        Assert.Equal(3, v.FirstBadSequence);
        Assert.Equal("2", v.Expected);
        Assert.Equal("3", v.Actual);
        Assert.Equal("events[1]: the log's hash chain is broken: event 3 stands where event 2 belongs: an event before it is missing.", v.ToString());
        Assert.Equal("events[1]: rantai hash log terputus: peristiwa bernomor urut 3 berada di tempat nomor 2: ada peristiwa yang hilang sebelumnya.", v.Problem!.GetMessage(MessageLanguage.Indonesian));

        // The expected one found later: moved, not missing.
        Assert.Equal(SopChainFault.OutOfOrder, Verify([log[0], log[2], log[1], log[3]]).Fault);
    }

    [Fact]
    public void Verify_LaterEventChainedToAnotherHash_IsPreviousHashMismatch()
    {
        var log = Chain(Events(3));
        var wrong = new string('c', 64);
        var v = Verify([log[0], Relink(log[1], wrong, log[1].Hash), log[2]]);
        Assert.Equal(SopChainFault.PreviousHashMismatch, v.Fault);
        Assert.Equal(1, v.FirstBadIndex);
        Assert.Equal(2, v.FirstBadSequence);
        Assert.Equal(log[0].Hash, v.Expected);
        Assert.Equal(wrong, v.Actual);
        Assert.Equal("events[1]: the log's hash chain is broken: the previous hash event 2 records is not the hash of the event before it: an event before it was changed, removed or inserted.", v.ToString());
        Assert.Equal("events[1]: rantai hash log terputus: hash sebelumnya yang dicatat peristiwa nomor 2 bukan hash peristiwa sebelumnya: ada peristiwa yang diubah, dihapus atau disisipkan sebelumnya.", v.Problem!.GetMessage(MessageLanguage.Indonesian));
    }

    [Fact]
    public void Verify_FirstEventChainedElsewhere_IsWrongGenesis()
    {
        var log = Chain(Events(2));
        var v = SopChain.Verify("review", 1, "i-2", log);
        Assert.Equal(SopChainFault.WrongGenesis, v.Fault);
        Assert.Equal(0, v.FirstBadIndex);
        Assert.Equal(ReferenceGenesis("review", 1, "i-2"), v.Expected);
        Assert.Equal(ReferenceGenesis("review", 1, "i-1"), v.Actual);
        Assert.Equal("events[0]: the log's hash chain is broken: the first event does not chain to the genesis of this instance and definition version: the log comes from another instance.", v.ToString());
        Assert.Equal("events[0]: rantai hash log terputus: peristiwa pertama tidak tersambung ke awal rantai instans dan versi definisi ini: log berasal dari instans lain.", v.Problem!.GetMessage(MessageLanguage.Indonesian));
    }

    [Fact]
    public void Verify_ChangedEvent_IsHashMismatch()
    {
        var log = Chain(Events(3));
        var v = Verify([log[0], log[1], Relink(log[2], log[2].PreviousHash, log[2].Hash, "diubah")]);
        Assert.Equal(SopChainFault.HashMismatch, v.Fault);
        Assert.Equal("events[2]: the log's hash chain is broken: the content of event 3 does not give its hash: the event was changed after it was recorded.", v.ToString());
        Assert.Equal("events[2]: rantai hash log terputus: isi peristiwa nomor 3 tidak menghasilkan hash-nya: peristiwa itu diubah sesudah dicatat.", v.Problem!.GetMessage(MessageLanguage.Indonesian));
    }

    [Fact]
    public void Verify_HeadNotTheOneKept_IsHeadMismatchAtTheEventCount()
    {
        var log = Chain(Events(3));
        var kept = new string('e', 64);
        var v = SopChain.Verify("review", 1, "i-1", log, kept);
        Assert.Equal(SopChainFault.HeadMismatch, v.Fault);
        Assert.Equal(3, v.FirstBadIndex);
        Assert.Null(v.FirstBadSequence);
        Assert.Equal(3, v.EventCount);
        Assert.Null(v.Head);
        Assert.Equal(kept, v.Expected);
        Assert.Equal(log[2].Hash, v.Actual);
        Assert.Equal("events", v.Problem!.Path);
        Assert.Equal("events: the log's hash chain is broken: the last event's hash is not the head kept: events were removed from the end of the log or added to it.", v.ToString());
        Assert.Equal("events: rantai hash log terputus: hash peristiwa terakhir bukan hash akhir yang disimpan: ada peristiwa yang dihapus dari akhir log atau ditambahkan.", v.Problem!.GetMessage(MessageLanguage.Indonesian));
    }

    // ---- verification: the verdicts that are not broken --------------------------------------------------------

    [Fact]
    public void Verify_IntactLog_SaysSoOnOneLine()
    {
        var log = Chain(Events(3));
        var v = SopChain.Verify("review", 1, "i-1", log, log[2].Hash);
        Assert.True(v.IsIntact);
        Assert.Null(v.Problem);
        Assert.Equal(SopChainFault.None, v.Fault);
        Assert.Equal("intact, 3 events, head " + log[2].Hash, v.ToString());
    }

    [Fact]
    public void Verify_SealedAtMigration_SaysHowManyWereHashedWhenRead()
    {
        var log = Chain(Events(3));
        var v = SopChain.Verify("review", 1, "i-1", log, sealedAtMigration: 2);
        Assert.Equal(SopChainStatus.SealedAtMigration, v.Status);
        Assert.Equal(2, v.SealedAtMigration);
        Assert.Equal("sealed at migration: events 1-2 of 3 were hashed when read, head " + log[2].Hash, v.ToString());
    }

    [Fact]
    public void Verify_NoEventHashed_IsUnchained()
    {
        var v = Verify(Events(2));
        Assert.Equal(SopChainStatus.Unchained, v.Status);
        Assert.Equal(2, v.EventCount);
        Assert.Null(v.Head);
        Assert.Equal("unchained: none of 2 events carries a hash", v.ToString());
    }

    // ---- the event log -----------------------------------------------------------------------------------------

    [Fact]
    public void EventLog_IndexOutsideTheLog_ThrowsArgumentOutOfRange()
    {
        var chained = Chain(Events(2));
        var log = SopEventLog.Empty.Append(chained[0], chained: true).Append(Events(2)[1], chained: false);
        Assert.Equal(2, log.Count);
        Assert.Same(chained[0], log[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => log[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => log[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => SopEventLog.Empty[0]);
        Assert.Equal(chained[1].Hash, log.Sealed().Last.Hash);
    }

    // ---- helpers: the chain built from docs/sop.md, independently of SopChain --------------------------------

    private static SopChainVerification Verify(IEnumerable<SopEvent?> events) => SopChain.Verify("review", 1, "i-1", events);

    private static SopEvent[] Events(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new SopEvent(i, i == 1 ? SopEventKind.Started : SopEventKind.Completed, "1", "ani", "staf", At + Duration.FromMinutes(i), "catatan " + i)),
    ];

    private static SopEvent[] Chain(SopEvent[] events)
    {
        var previous = ReferenceGenesis("review", 1, "i-1");
        var chained = new SopEvent[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            var hash = ReferenceHash(previous, events[i]);
            chained[i] = Relink(events[i], previous, hash);
            previous = hash;
        }

        return chained;
    }

    /// <summary>The event with the given chain fields (and note), everything else as it is.</summary>
    private static SopEvent Relink(SopEvent e, string? previousHash, string? hash, string? note = null) =>
        new(e.Sequence, e.Kind, e.Step, e.PersonId, e.Role, e.At, note ?? e.Note, e.Attachments)
        {
            Acting = e.Acting,
            StandsInFor = e.StandsInFor,
            Assignment = e.Assignment,
            Instruction = e.Instruction,
            PreviousHash = previousHash,
            Hash = hash,
        };

    private static string ReferenceGenesis(string definitionId, int version, string instanceId) =>
        Sha([.. Field("kinerja-sop-chain/1"), .. Field(definitionId), .. Field(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. Field(instanceId)]);

    private static string ReferenceHash(string previous, SopEvent e)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Convert.FromHexString(previous));
        sha.AppendData(ReferenceForm(e));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The table of docs/sop.md: sequence, kind, step, person, role, at, note, acting, actingFor, assignment,
    /// instruction, the number of attachments, then each attachment's output and reference.</summary>
    private static byte[] ReferenceForm(SopEvent e)
    {
        var kind = e.Kind switch
        {
            SopEventKind.Started => "started",
            SopEventKind.Completed => "completed",
            SopEventKind.Approved => "approved",
            SopEventKind.Returned => "returned",
            SopEventKind.Cancelled => "cancelled",
            SopEventKind.Instructed => "instructed",
            _ => throw new ArgumentOutOfRangeException(nameof(e)),
        };
        var acting = e.Acting switch
        {
            ActingStatus.Definitive => "definitive",
            ActingStatus.Plt => "plt",
            ActingStatus.Plh => "plh",
            _ => throw new ArgumentOutOfRangeException(nameof(e)),
        };
        var bytes = new List<byte>();
        bytes.AddRange(Field(e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        bytes.AddRange(Field(kind));
        bytes.AddRange(Field(e.Step));
        bytes.AddRange(Field(e.PersonId));
        bytes.AddRange(Field(e.Role));
        bytes.AddRange(Field(InstantPattern.ExtendedIso.Format(e.At)));
        bytes.AddRange(Field(e.Note));
        bytes.AddRange(Field(acting));
        bytes.AddRange(Field(e.StandsInFor));
        bytes.AddRange(Field(e.Assignment));
        bytes.AddRange(Field(e.Instruction?.Text));
        bytes.AddRange(Field(e.Attachments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var a in e.Attachments)
        {
            bytes.AddRange(Field(a.Output));
            bytes.AddRange(Field(a.Reference));
        }

        return [.. bytes];
    }

    /// <summary>A field: 4-byte big-endian length and UTF-8, a lone surrogate as the 3 bytes of its code point; null as FF FF FF FF.</summary>
    private static byte[] Field(string? text)
    {
        if (text is null)
        {
            return [0xFF, 0xFF, 0xFF, 0xFF];
        }

        var body = new List<byte>(text.Length * 3);
        var utf8 = new byte[4];
        foreach (var rune in Runes(text))
        {
            if (rune is >= 0xD800 and <= 0xDFFF)
            {
                body.AddRange([(byte)(0xE0 | (rune >> 12)), (byte)(0x80 | ((rune >> 6) & 0x3F)), (byte)(0x80 | (rune & 0x3F))]);
            }
            else
            {
                var n = new Rune(rune).EncodeToUtf8(utf8);
                body.AddRange(utf8.AsSpan(0, n).ToArray());
            }
        }

        return [.. Length(body.Count), .. body];
    }

    /// <summary>The code points of a text, a lone surrogate as its own value.</summary>
    private static IEnumerable<int> Runes(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else
            {
                yield return text[i];
            }
        }
    }

    private static byte[] Length(int length) => [(byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length];

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Ascii(string text) => Convert.ToHexString(Encoding.ASCII.GetBytes(text));

    private static byte[] Hex(string spaced) => Convert.FromHexString(spaced.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>Runs <paramref name="f"/> on a new thread, whose per-thread buffers start empty.</summary>
    private static T OnFreshThread<T>(Func<T> f)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = f();
            }
            catch (Exception ex)
            {
                error = ExceptionDispatchInfo.Capture(ex);
            }
        });
        thread.Start();
        thread.Join();
        error?.Throw();
        return result;
    }
}
