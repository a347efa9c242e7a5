using Kinerja.Core.Sop;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// The engine records an event without hashing it; the chain is computed when it is first read (<see cref="SopInstance.Events"/>,
/// <see cref="SopInstance.ChainHead"/>, <see cref="SopInstance.VerifyChain"/>). These examples read it from versions that share
/// one buffer, from forks, and from several threads at once: every version's chain is the one hashing at once would have given.
/// </summary>
public class SopLazyChainTests
{
    private static readonly SopDefinition Review = SopDefinition.CreateBuilder("review", 1)
        .WithHeader(new SopHeader { Nama = "Reviu data kinerja" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi", "Kasi")
        .AddStep("1", "Menyusun data capaian", "staf", s => s.WithWaktu("1 Hari"))
        .AddDecision("2", "Memeriksa data capaian", "kasi", returnTo: "1", s => s.WithWaktu("2 Jam").WithDecisionText("Benar?", "benar", "salah"))
        .AddStep("3", "Mengunggah", "staf", s => s.WithWaktu("15 Menit"))
        .Build().Value;

    private static readonly OfficeRoster Roster = OfficeRoster.CreateBuilder()
        .AddAliases("Kasi", "Kepala Seksi")
        .AddPerson("ani", "Ani", "Staf")
        .AddPerson("budi", "Budi", "Kasi")
        .Build().Value;

    [Fact]
    public void Forks_ReadNewestFirst_EachChainsItsOwnEvents()
    {
        var engine = new SopEngine(new FakeClock(SopTestKit.Monday0800Wib, Duration.FromMinutes(1)), Roster);
        var start = engine.Start(Review, "i-1", "TW III", "ani").Value;
        var done = engine.Complete(start, start.Version, "ani", note: "selesai").Value;
        var approved = engine.Approve(done, done.Version, "budi").Value;   // shares done's buffer
        var returned = engine.Return(done, done.Version, "budi", "angka TW II salah").Value;   // a fork: copies it
        var uploaded = engine.Complete(approved, approved.Version, "ani").Value;

        // Read the newest first, then the fork, then the older versions: each sees its own events, hashed in order.
        AssertChained(uploaded, "Started", "Completed", "Approved", "Completed");
        AssertChained(returned, "Started", "Completed", "Returned");
        AssertChained(approved, "Started", "Completed", "Approved");
        AssertChained(done, "Started", "Completed");
        Assert.Equal(uploaded.Events[2].Hash, approved.ChainHead);
        Assert.Equal(approved.Events[1].Hash, returned.Events[1].Hash);
        Assert.NotEqual(approved.ChainHead, returned.ChainHead);
    }

    [Fact]
    public void Forks_ExtendedAfterTheirChainWasRead_HashOnlyTheNewEvent()
    {
        var engine = new SopEngine(new FakeClock(SopTestKit.Monday0800Wib, Duration.FromMinutes(1)), Roster);
        var start = engine.Start(Review, "i-1", "TW III", "ani").Value;
        var done = engine.Complete(start, start.Version, "ani").Value;
        var head = done.ChainHead;

        var approved = engine.Approve(done, done.Version, "budi").Value;

        Assert.Equal(head, approved.Events[1].Hash);
        Assert.Equal(head, approved.Events[2].PreviousHash);
        Assert.Equal(SopChain.ComputeHash(head, approved.Events[2]), approved.ChainHead);
        Assert.True(approved.VerifyChain(approved.ChainHead).IsIntact);
    }

    [Fact]
    public void ManyThreads_ForkingAndReadingOneInstance_AllChainsVerify()
    {
        var engine = new SopEngine(new FakeClock(SopTestKit.Monday0800Wib), Roster);
        var start = engine.Start(Review, "i-1", "TW III", "ani").Value;
        var done = engine.Complete(start, start.Version, "ani").Value;
        var results = new SopInstance[64];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            var next = k % 2 == 0
                ? engine.Approve(done, done.Version, "budi", "catatan " + k).Value
                : engine.Return(done, done.Version, "budi", "perbaiki " + k).Value;
            results[k] = k % 3 == 0 ? engine.Complete(next, next.Version, "ani", note: "ulang " + k).Value : next;
            _ = done.Events.Count;
            _ = results[k].ChainHead;
        });

        foreach (var (instance, k) in results.Select((r, k) => (r, k)))
        {
            Assert.True(instance.VerifyChain(instance.ChainHead).IsIntact, "result " + k);
            Assert.Equal(done.ChainHead, instance.Events[1].Hash);
            Assert.Equal(k % 2 == 0 ? "catatan " + k : "perbaiki " + k, instance.Events[2].Note);
        }
    }

    private static void AssertChained(SopInstance instance, params string[] kinds)
    {
        var events = instance.Events;
        Assert.Equal(kinds, events.Select(e => e.Kind.ToString()));
        var previous = SopChain.Genesis("review", 1, "i-1");
        foreach (var e in events)
        {
            Assert.Equal(previous, e.PreviousHash);
            Assert.Equal(SopChain.ComputeHash(previous, e), e.Hash);
            previous = e.Hash!;
        }

        Assert.Equal(previous, instance.ChainHead);
    }
}
