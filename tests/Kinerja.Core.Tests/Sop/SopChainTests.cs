using System.Text;
using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Tests.Serialization;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>Worked examples of the event log's hash chain, the engine's clock check and strict replay (docs/sop.md).</summary>
public class SopChainTests
{
    private static readonly SopDefinition Review = SopDefinition.CreateBuilder("review", 1)
        .WithHeader(new SopHeader { Nama = "Reviu data kinerja" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi", "Kasi")
        .AddRole("sekcam", "Sekretaris Kecamatan", "Sekcam")
        .AddStep("1", "Menyusun data capaian", "staf", s => s.WithWaktu("1 Hari"))
        .AddDecision("2", "Memeriksa data capaian", "kasi", returnTo: "1", s => s.WithWaktu("2 Jam").WithDecisionText("Benar?", "benar", "salah"))
        .AddStep("3", "Menandatangani", "sekcam", s => s.WithWaktu("15 Menit"))
        .Build().Value;

    private static readonly OfficeRoster Roster = OfficeRoster.CreateBuilder()
        .AddAliases("Sekcam", "Sekretaris Kecamatan")
        .AddAliases("Kasi", "Kepala Seksi")
        .AddPerson("ani", "Ani", "Staf")
        .AddPerson("budi", "Budi", "Kasi")
        .AddPerson("eko", "Eko", "Kasubbag Umum")
        .AddActing("eko", "Sekcam", ActingStatus.Plh, "citra", new LocalDate(2026, 6, 8), new LocalDate(2026, 6, 9), "Sprint 800/7/2026")
        .Build().Value;

    private readonly FakeClock _clock = new(SopTestKit.Monday0800Wib);

    [Fact]
    public void Engine_ChainsEachEventToTheOneBefore_FromTheGenesisOfDefinitionAndInstance()
    {
        var run = Run();

        Assert.Equal(SopChain.Genesis("review", 1, "i-1"), run.Events[0].PreviousHash);
        for (var k = 0; k < run.Events.Count; k++)
        {
            var e = run.Events[k];
            Assert.Matches("^[0-9a-f]{64}$", e.Hash);
            Assert.Equal(SopChain.ComputeHash(e.PreviousHash!, e), e.Hash);
            if (k > 0)
            {
                Assert.Equal(run.Events[k - 1].Hash, e.PreviousHash);
            }
        }

        Assert.Equal(run.Events[^1].Hash, run.ChainHead);
        var verdict = run.VerifyChain(run.ChainHead);
        Assert.Equal((SopChainStatus.Intact, 0, run.ChainHead, SopChainFault.None), (verdict.Status, verdict.SealedAtMigration, verdict.Head, verdict.Fault));
        Assert.Null(verdict.Problem);
    }

    [Fact]
    public void CanonicalForm_IsTheDocumentedBytes()
    {
        var e = new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", Instant.FromUtc(2026, 6, 8, 1, 0), "TW III");
        var expected = new List<byte>();
        void Field(string? text)
        {
            if (text is null)
            {
                expected.AddRange([0xFF, 0xFF, 0xFF, 0xFF]);
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            expected.AddRange([0, 0, (byte)(bytes.Length >> 8), (byte)bytes.Length]);
            expected.AddRange(bytes);
        }

        foreach (var text in new[] { "1", "started", "1", "ani", "staf", "2026-06-08T01:00:00Z", "TW III", "definitive", null, null, null, "0" })
        {
            Field(text);
        }

        Assert.Equal(expected, SopChain.CanonicalForm(e));
    }

    [Fact]
    public void Sample_HashedByAnIndependentImplementation_VerifiesIntact()
    {
        // docs/schemas/samples/sop-instance.json was chained by a separate Python implementation of docs/sop.md.
        Assert.Equal("98cf0e73bbe055aa020d235c63a6ba631e70c02473bd62eda89c1e3a8d47e2f2", SopChain.Genesis("purbalingga-mekanisme-pengukuran-kinerja", 1, "run-1"));
        var read = KinerjaJson.ReadSopInstance(File.ReadAllText(Path.Combine(DocumentSchemas.Folder, "samples", "sop-instance.json")), SopTemplates.PurbalinggaMekanismePengukuranKinerja);

        Assert.Empty(read.Problems);
        var verdict = read.Value.VerifyChain();
        Assert.Equal(SopChainStatus.Intact, verdict.Status);
        Assert.Equal(15, verdict.EventCount);
    }

    [Fact]
    public void Verify_ChangedEvent_NamesItAsChanged()
    {
        var events = Run().Events.ToArray();
        events[2] = SopEventEdits.Copy(events[2], note: new("benar semua"));

        var verdict = SopChain.Verify("review", 1, "i-1", events);

        Assert.Equal((SopChainStatus.Broken, SopChainFault.HashMismatch, 2, 3), (verdict.Status, verdict.Fault, verdict.FirstBadIndex, verdict.FirstBadSequence));
        var problem = verdict.Problem!;
        Assert.Equal((ProblemCodes.SopChainBroken, "events[2]", events[2].Hash), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal("events[2]: rantai hash log terputus: isi peristiwa nomor 3 tidak menghasilkan hash-nya: peristiwa itu diubah sesudah dicatat.", problem.Message);
        Assert.Equal("events[2]: the log's hash chain is broken: the content of event 3 does not give its hash: the event was changed after it was recorded.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Verify_RemovedReorderedOrMovedEvents_AreNamed()
    {
        var events = Run().Events.ToArray();

        var removed = SopChain.Verify("review", 1, "i-1", events.Where(e => e.Sequence != 3));
        Assert.Equal((SopChainFault.Missing, 2, 4), (removed.Fault, removed.FirstBadIndex, removed.FirstBadSequence));
        Assert.Equal("events[2]: the log's hash chain is broken: event 4 stands where event 3 belongs: an event before it is missing.", removed.Problem!.GetMessage(MessageLanguage.English));

        var swapped = SopChain.Verify("review", 1, "i-1", [events[0], events[2], events[1], .. events[3..]]);
        Assert.Equal((SopChainFault.OutOfOrder, 1), (swapped.Fault, swapped.FirstBadIndex));

        var moved = SopChain.Verify("review", 1, "i-2", events);
        Assert.Equal((SopChainFault.WrongGenesis, 0), (moved.Fault, moved.FirstBadIndex));
        Assert.Equal(SopChainFault.WrongGenesis, SopChain.Verify("review", 2, "i-1", events).Fault);
    }

    [Fact]
    public void Verify_LogCutShortOrRechained_IsCaughtOnlyAgainstTheHeadKept()
    {
        var run = Run();
        var head = run.ChainHead;
        var shortened = run.Events.Take(run.Version - 1).ToArray();
        var forged = SopEventEdits.Rechained(Review, "i-1", [.. run.Events.Take(2), SopEventEdits.Copy(run.Events[2], note: new("disetujui")), .. run.Events.Skip(3)]);

        // The chain alone cannot tell a log cut at its end, or chained again from start, from a genuine one.
        Assert.True(SopChain.Verify("review", 1, "i-1", shortened).IsIntact);
        Assert.True(SopChain.Verify("review", 1, "i-1", forged).IsIntact);

        var cut = SopChain.Verify("review", 1, "i-1", shortened, head);
        Assert.Equal((SopChainFault.HeadMismatch, shortened.Length, "events"), (cut.Fault, cut.FirstBadIndex, cut.Problem!.Path));
        Assert.Equal(SopChainFault.HeadMismatch, SopChain.Verify("review", 1, "i-1", forged, head).Fault);
        Assert.Equal(ProblemCodes.SopChainBroken, Assert.Single(SopInstance.Replay(Review, "i-1", shortened, new SopReplayOptions { ExpectedHead = head }).Problems).Code);
    }

    [Fact]
    public void Replay_DecisionRecordedAsCompleted_IsRefusedNamingTheEventByItsDisplayName()
    {
        var events = Run().Events.ToArray();
        var decision = Array.FindIndex(events, e => e.Kind is SopEventKind.Approved or SopEventKind.Returned);
        events[decision] = SopEventEdits.Copy(events[decision], kind: SopEventKind.Completed);

        var problem = Assert.Single(SopInstance.Replay(Review, "i-1", SopEventEdits.Rechained(Review, "i-1", events)).Problems);

        Assert.Contains("tindakan 'diselesaikan' tidak berlaku untuk langkah 2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("an event 'completed' does not apply to step 2", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_UnchainedLog_IsSealedNotIntact()
    {
        var run = Run();
        var unchained = run.Events.Select(SopEventEdits.Unchained).ToArray();

        Assert.Equal(SopChainStatus.Unchained, SopChain.Verify("review", 1, "i-1", unchained).Status);
        var replayed = SopInstance.Replay(Review, "i-1", unchained).Value;

        Assert.Equal(run.Version, replayed.SealedAtMigration);
        var verdict = replayed.VerifyChain();
        Assert.Equal((SopChainStatus.SealedAtMigration, false, run.Version), (verdict.Status, verdict.IsIntact, verdict.SealedAtMigration));

        // Sealing is deterministic: the hashes are those the engine would have given.
        Assert.Equal(run.ChainHead, replayed.ChainHead);

        // After a hashed event, an event without a hash is a break, not a migration.
        var mixed = run.Events.Take(2).Concat(unchained.Skip(2));
        var problem = Assert.Single(SopInstance.Replay(Review, "i-1", mixed).Problems);
        Assert.Equal((ProblemCodes.SopChainBroken, "events[2]"), (problem.Code, problem.Path));
        Assert.Equal(SopChainFault.Unhashed, SopChain.Verify("review", 1, "i-1", mixed).Fault);
    }

    [Fact]
    public void Act_ClockSetBack_IsRefusedAsClockBehindAndChangesNothing()
    {
        var engine = new SopEngine(_clock, Roster);
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        _clock.Advance(Duration.FromMinutes(-5));

        var refused = engine.Complete(i, i.Version, "ani");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((ProblemCodes.SopClockBehind, "at", "2026-06-08T00:55:00Z"), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal("at: the clock reads 2026-06-08T00:55:00Z, earlier than the instance's last event (2026-06-08T01:00:00Z); the action is refused so that the log's times stay in order.", problem.GetMessage(MessageLanguage.English));
        Assert.Equal(1, i.Version);
        Assert.Equal(ProblemCodes.SopClockBehind, Assert.Single(engine.Instruct(i, i.Version, "ani", "1", MutuBakuWaktu.Of(1, MutuBakuUnit.Hour)).Problems).Code);

        _clock.Advance(Duration.FromMinutes(5));
        Assert.True(engine.Complete(i, i.Version, "ani").IsValid, "the same moment as the last event is not behind it");
    }

    [Fact]
    public void StrictReplay_DecisionByAPersonOnNoRoster_IsRefusedAtThatEvent()
    {
        // The regression: a log whose decision is by a person on no roster replayed without complaint.
        var events = Run().Events.ToArray();
        var forged = SopEventEdits.Rechained(Review, "i-1", [.. events[..2], SopEventEdits.Copy(events[2], personId: "zaki"), .. events[3..]]);

        Assert.True(SopInstance.Replay(Review, "i-1", forged).IsValid, "without a roster the log's own record of roles is trusted");
        var strict = SopInstance.Replay(Review, "i-1", forged, new SopReplayOptions { Roster = Roster });

        var problem = Assert.Single(strict.Problems);
        Assert.Equal((ProblemCodes.SopUnknownPerson, "events[2].personId", "zaki"), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal("events[2].personId: pegawai 'zaki' tidak terdaftar pada kantor ini.", problem.Message);
    }

    [Fact]
    public void Replay_DecisionOrCancellationInARoleThatDoesNotExist_IsRefusedEvenWithoutARoster()
    {
        var events = Run().Events.ToArray();
        var decision = SopEventEdits.Rechained(Review, "i-1", [.. events[..2], SopEventEdits.Copy(events[2], personId: "zaki", role: "bendahara"), .. events[3..]]);
        var cancel = SopEventEdits.Rechained(Review, "i-1", [.. events[..2], new SopEvent(3, SopEventKind.Cancelled, "2", "zaki", "bendahara", events[2].At, "batal")]);

        foreach (var log in new[] { decision, cancel })
        {
            var problem = Assert.Single(SopInstance.Replay(Review, "i-1", log).Problems);
            Assert.Equal((ProblemCodes.SopLogInconsistent, "events[2]"), (problem.Code, problem.Path));
            Assert.Contains("bendahara", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StrictReplay_ActingOutsideItsPeriodOrUnderAnotherGrant_IsRefused()
    {
        var run = Run();
        Assert.Equal(ActingStatus.Plh, run.Events[^1].Acting);
        Assert.True(SopInstance.Replay(Review, "i-1", run.Events, new SopReplayOptions { Roster = Roster }).IsValid);

        // Eko's Plh ends on 9 June: the same signature dated 10 June is refused as the engine would have.
        var late = SopEventEdits.Rechained(Review, "i-1", [.. run.Events.Take(run.Version - 1), SopEventEdits.Copy(run.Events[^1], at: Instant.FromUtc(2026, 6, 10, 2, 0))]);
        var problem = Assert.Single(SopInstance.Replay(Review, "i-1", late, new SopReplayOptions { Roster = Roster }).Problems);
        Assert.Equal((ProblemCodes.SopWrongRole, "events[3].personId"), (problem.Code, problem.Path));

        // Recorded as definitive though the roster grants it as Plh.
        var definitive = SopEventEdits.Rechained(Review, "i-1", [.. run.Events.Take(run.Version - 1), SopEventEdits.Copy(run.Events[^1], acting: ActingStatus.Definitive, actingFor: new(null), assignment: new(null))]);
        problem = Assert.Single(SopInstance.Replay(Review, "i-1", definitive, new SopReplayOptions { Roster = Roster }).Problems);
        Assert.Equal((ProblemCodes.SopLogInconsistent, "events[3]"), (problem.Code, problem.Path));
        Assert.Contains("Plh", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSopInstance_Version2Log_IsSealedAtMigrationAndStaysSoWhenWrittenAgain()
    {
        var run = Run();
        var version2 = KinerjaJsonTests.ToVersion2(KinerjaJson.Write(run));

        var read = KinerjaJson.ReadSopInstance(version2, Review);

        Assert.Empty(read.Problems);
        Assert.Equal((SopChainStatus.SealedAtMigration, 4), (read.Value.VerifyChain().Status, read.Value.SealedAtMigration));
        var written = KinerjaJson.Write(read.Value);
        Assert.Contains("\"schemaVersion\": 3", written, StringComparison.Ordinal);
        Assert.Contains("\"sealedAtMigration\": 4", written, StringComparison.Ordinal);
        var again = KinerjaJson.ReadSopInstance(written, Review).Value;
        Assert.Equal((SopChainStatus.SealedAtMigration, 4, read.Value.ChainHead), (again.VerifyChain().Status, again.SealedAtMigration, again.ChainHead));

        // Once sealed, a change shows; and a chained document cannot drop its hashes.
        var tampered = KinerjaJsonTests.SetAt(written, "$.events[1].note", "\"diubah\"");
        Assert.Equal((ProblemCodes.SopChainBroken, "$.events[1]"), One(KinerjaJson.ReadSopInstance(tampered, Review)));
        var unhashed = KinerjaJsonTests.SetAt(KinerjaJson.Write(run), "$.events[1].hash", "null");
        Assert.Equal((ProblemCodes.Required, "$.events[1].hash"), One(KinerjaJson.ReadSopInstance(unhashed, Review)));
        var overclaimed = KinerjaJsonTests.SetAt(written, "$.sealedAtMigration", "5");
        Assert.Equal((ProblemCodes.OutOfRange, "$.sealedAtMigration"), One(KinerjaJson.ReadSopInstance(overclaimed, Review)));
    }

    private static (string Code, string Path) One(ValidationResult<SopInstance> result)
    {
        var problem = Assert.Single(result.Problems);
        return (problem.Code, problem.Path);
    }

    /// <summary>Ani prepares, Budi approves, Eko signs as Plh. Sekcam on Monday 8 June 2026.</summary>
    private SopInstance Run()
    {
        var engine = new SopEngine(_clock, Roster);
        var i = engine.Start(Review, "i-1", "TW III", "ani").Value;
        _clock.Advance(Duration.FromMinutes(30));
        i = engine.Complete(i, i.Version, "ani", note: "selesai").Value;
        _clock.Advance(Duration.FromMinutes(30));
        i = engine.Approve(i, i.Version, "budi").Value;
        _clock.Advance(Duration.FromMinutes(30));
        return engine.Complete(i, i.Version, "eko").Value;
    }

    /// <summary>The canonical form writes the moment's text digit by digit; it must be NodaTime's ExtendedIso text byte
    /// for byte (docs/sop.md, field 6), or a hash would differ from the one any other implementation of the page gives.</summary>
    [Theory]
    [InlineData(1L, 0)]
    [InlineData(0L, 0)]
    [InlineData(-1L, 0)]
    [InlineData(long.MaxValue, 0)]
    [InlineData(long.MinValue, 0)]
    public void CanonicalForm_At_IsTheExtendedIsoText_AtTheEdges(long ticks, int nanos) => CanonicalForm_At_IsTheExtendedIsoText(ticks, nanos);

    [Properties.KinerjaProperty]
    public void CanonicalForm_At_IsTheExtendedIsoText(long ticks, int nanos)
    {
        var range = (ulong)(Instant.MaxValue - Instant.MinValue).BclCompatibleTicks + 1;
        var at = ticks switch
        {
            long.MaxValue => Instant.MaxValue,
            long.MinValue => Instant.MinValue,
            1L => Instant.FromUtc(1, 1, 1, 0, 0),
            -1L => Instant.FromUtc(1, 1, 1, 0, 0).PlusNanoseconds(-1),
            _ => Instant.MinValue.PlusTicks((long)(unchecked((ulong)ticks * 0x9E3779B97F4A7C15UL) % range)).PlusNanoseconds(Math.Abs(nanos % 100)), // spread over the whole range
        };
        at = at > Instant.MaxValue ? Instant.MaxValue : at;
        var form = SopChain.CanonicalForm(new SopEvent(1, SopEventKind.Started, "1", "ani", "staf", at));

        var offset = 0;
        for (var field = 0; field < 5; field++)
        {
            offset += 4 + Length(form, offset);
        }

        var text = Encoding.UTF8.GetString(form, offset + 4, Length(form, offset));
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Format(at), text);

        static int Length(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
    }
}
