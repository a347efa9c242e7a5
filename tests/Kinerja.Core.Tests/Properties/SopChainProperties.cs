using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Tests.Serialization;
using Kinerja.Core.Tests.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// The hash chain and strict replay over logs the live engine wrote for random definitions, rosters and
/// actions: an untouched log always verifies (also through JSON); a change to any field of any event, a
/// deletion, a swap or an insertion is always detected, at the event it touches; a live log always replays
/// strictly against its roster, and one whose actor was swapped for someone the roster does not grant the role
/// is refused at exactly that event.
/// </summary>
public class SopChainProperties
{
    [SopProperty]
    public void VerifyChain_UntouchedLog_IsIntact(SopScenario scenario)
    {
        foreach (var instance in SopRun.Execute(scenario).Instances)
        {
            var verdict = instance.VerifyChain(instance.ChainHead);
            Assert.True(verdict.IsIntact, verdict.ToString());
            Assert.True(SopChain.Verify(scenario.Definition.Id, scenario.Definition.Version, instance.Id, instance.Events).IsIntact);
            Assert.True(SopInstance.Replay(scenario.Definition, instance.Id, instance.Events, new SopReplayOptions { ExpectedHead = instance.ChainHead }).IsValid);
        }
    }

    /// <summary>The engine hashes an event when the chain is first read, not when it records it: reading the chains of
    /// every version (forks included) in any order after the run gives the hashes that reading each version as it was
    /// accepted gives.</summary>
    [SopProperty]
    public void Events_ChainReadInAnyOrderAfterTheRun_EqualsTheChainReadAsEachVersionWasAccepted(SopScenario scenario, int seed)
    {
        var asAccepted = SopRun.Execute(scenario);
        var pending = SopRun.Execute(scenario, snapshot: false);
        Assert.Equal(asAccepted.Instances.Count, pending.Instances.Count);

        var order = Enumerable.Range(0, pending.Instances.Count).ToArray();
        new Random(seed).Shuffle(order);
        foreach (var k in order)
        {
            var (expected, actual) = (asAccepted.Instances[k], pending.Instances[k]);
            var heads = k % 2 == 0 ? (actual.ChainHead, actual.Events) : (actual.Events[^1].Hash, actual.Events);
            Assert.Equal(expected.ChainHead, heads.Item1);
            Assert.Equal(expected.Events.Select(e => (e.PreviousHash, e.Hash)), heads.Events.Select(e => (e.PreviousHash, e.Hash)));
            Assert.True(actual.VerifyChain(expected.ChainHead).IsIntact);
        }
    }

    [SopProperty]
    public void Verify_AnyFieldOfAnyEventChanged_IsBrokenAtThatEvent(SopScenario scenario, int pick, int field, int variant)
    {
        var live = SopRun.Execute(scenario).Instances[^1];
        var k = Index(pick, live.Version);
        var events = live.Events.ToArray();
        events[k] = SopEventEdits.Changed(events[k], Index(field, SopEventEdits.FieldCount), variant & int.MaxValue);

        var verdict = SopChain.Verify(scenario.Definition.Id, scenario.Definition.Version, live.Id, events);

        Assert.Equal((SopChainStatus.Broken, (int?)k), (verdict.Status, verdict.FirstBadIndex));
        var problem = Assert.Single(SopInstance.Replay(scenario.Definition, live.Id, events).Problems);
        Assert.Equal((ProblemCodes.SopChainBroken, "events[" + k + "]"), (problem.Code, problem.Path));
    }

    [SopProperty]
    public void Verify_EventDeleted_IsDetected(SopScenario scenario, int pick)
    {
        var live = SopRun.Execute(scenario).Instances[^1];
        var k = Index(pick, live.Version);
        var events = live.Events.Where((_, i) => i != k).ToArray();

        var verdict = SopChain.Verify(scenario.Definition.Id, scenario.Definition.Version, live.Id, events, live.ChainHead);

        Assert.Equal(SopChainStatus.Broken, verdict.Status);
        Assert.Equal(k, verdict.FirstBadIndex);
        Assert.Equal(k == live.Version - 1 ? SopChainFault.HeadMismatch : SopChainFault.Missing, verdict.Fault);
    }

    [SopProperty]
    public void Verify_TwoEventsSwapped_IsBrokenAtTheFirst(SopScenario scenario, int a, int b)
    {
        var live = SopRun.Execute(scenario).Instances[^1];
        var (i, j) = (Index(a, live.Version), Index(b, live.Version));
        if (i == j)
        {
            j = (i + 1) % live.Version;
        }

        if (i == j)
        {
            return; // a log of one event has nothing to swap
        }

        var events = live.Events.ToArray();
        (events[i], events[j]) = (events[j], events[i]);

        var verdict = SopChain.Verify(scenario.Definition.Id, scenario.Definition.Version, live.Id, events, live.ChainHead);

        Assert.Equal((SopChainStatus.Broken, SopChainFault.OutOfOrder, (int?)Math.Min(i, j)), (verdict.Status, verdict.Fault, verdict.FirstBadIndex));
    }

    [SopProperty]
    public void Verify_EventInserted_IsDetectedWhereItGoesIn(SopScenario scenario, int at, int source, bool forged)
    {
        var live = SopRun.Execute(scenario).Instances[^1];
        var k = Index(at, live.Version + 1);
        var copied = live.Events[Index(source, live.Version)];
        var events = live.Events.ToList();

        // A copy of a stored event, or a new one chained properly to the event before it, as a forger would make.
        var previous = k == 0 ? SopChain.Genesis(scenario.Definition.Id, scenario.Definition.Version, live.Id) : events[k - 1].Hash!;
        var inserted = forged ? SopEventEdits.Copy(copied, sequence: k + 1, previousHash: new(previous)) : copied;
        events.Insert(k, forged ? SopEventEdits.Copy(inserted, hash: new(SopChain.ComputeHash(previous, inserted))) : inserted);

        var verdict = SopChain.Verify(scenario.Definition.Id, scenario.Definition.Version, live.Id, events, live.ChainHead);

        Assert.Equal(SopChainStatus.Broken, verdict.Status);
        Assert.InRange(verdict.FirstBadIndex!.Value, k, k + 1);
    }

    [SopProperty]
    public void ReadSopInstance_RoundTrip_KeepsTheVerdict(SopScenario scenario)
    {
        foreach (var instance in SopRun.Execute(scenario).Instances)
        {
            var json = KinerjaJson.Write(instance);
            var back = KinerjaJson.ReadSopInstance(json, scenario.Definition);
            Assert.True(back.IsValid, back.ToString());
            var verdict = back.Value.VerifyChain(instance.ChainHead);
            Assert.Equal((SopChainStatus.Intact, instance.ChainHead), (verdict.Status, back.Value.ChainHead));

            // The same log as version 2 wrote it is sealed on reading, never intact, with the same hashes.
            var migrated = KinerjaJson.ReadSopInstance(KinerjaJsonTests.ToVersion2(json), scenario.Definition).Value;
            Assert.Equal((SopChainStatus.SealedAtMigration, instance.Version, instance.ChainHead), (migrated.VerifyChain().Status, migrated.SealedAtMigration, migrated.ChainHead));
        }
    }

    [SopProperty]
    public void StrictReplay_LiveLog_ReplaysToTheSameState(SopScenario scenario)
    {
        var options = new SopReplayOptions { Roster = scenario.Roster, Engine = new SopEngineOptions { EnforceSeparationOfDuties = scenario.EnforceSeparationOfDuties } };
        foreach (var live in SopRun.Execute(scenario).Instances)
        {
            var replayed = SopInstance.Replay(scenario.Definition, live.Id, live.Events, options);

            Assert.True(replayed.IsValid, replayed.ToString());
            Assert.Equal((live.Version, live.Status, live.ChainHead), (replayed.Value.Version, replayed.Value.Status, replayed.Value.ChainHead));
        }
    }

    [SopProperty]
    public void StrictReplay_ActorSwappedForAPersonNotGranted_IsRefusedAtExactlyThatEvent(SopScenario scenario, int pick, int who)
    {
        var live = SopRun.Execute(scenario).Instances[^1];
        var acts = Enumerable.Range(0, live.Version).Where(i => live.Events[i].Kind != SopEventKind.Cancelled).ToArray();
        var k = acts[Index(pick, acts.Length)];
        var e = live.Events[k];
        var role = scenario.Definition.FindRole(e.Role)!;
        var outsiders = scenario.People.Where(p => !scenario.Roster.Holds(p, role, e.At)).ToArray();
        var person = outsiders[Index(who, outsiders.Length)];
        var forged = SopEventEdits.Rechained(scenario.Definition, live.Id, live.Events.Select((x, i) => i == k ? SopEventEdits.Copy(x, personId: person) : x));

        // The chain was made again, and the log alone records who held which role: only the roster tells.
        Assert.True(SopInstance.Replay(scenario.Definition, live.Id, forged).IsValid);
        var strict = SopInstance.Replay(scenario.Definition, live.Id, forged, new SopReplayOptions { Roster = scenario.Roster, Engine = new SopEngineOptions { EnforceSeparationOfDuties = scenario.EnforceSeparationOfDuties } });

        var problem = Assert.Single(strict.Problems);
        Assert.Equal("events[" + k + "].personId", problem.Path);
        Assert.Contains(problem.Code, new[] { ProblemCodes.SopUnknownPerson, ProblemCodes.SopWrongRole });
        Assert.Equal(scenario.Roster.Find(person) is null ? ProblemCodes.SopUnknownPerson : ProblemCodes.SopWrongRole, problem.Code);
    }

    private static int Index(int pick, int count) => (pick & int.MaxValue) % count;
}
