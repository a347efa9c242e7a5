using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Tests.Serialization;
using Kinerja.Core.Tests.Sop;
using NodaTime;
using NodaTime.Testing;
using Kinerja.Core.Calendar;

namespace Kinerja.Core.Tests.Properties;

/// <summary>A generated SOP with parallel branches and the order in which the parts still to act are done.</summary>
/// <param name="Definition">The definition: a split into 2-4 branches of 1-3 steps (some done by each of 2-3 roles), a join, a last step.</param>
/// <param name="Order">Which open part acts next, as indexes taken modulo the parts open at that moment.</param>
public sealed record ParallelCase(SopDefinition Definition, int[] Order)
{
    /// <summary>The branches, for the failure message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", Definition.Steps.Select(s => s.Key + "[" + string.Join("+", s.Actors) + "]" + (s.Split.Count > 0 ? "->" + string.Join("|", s.Split) : s.Next is { } n ? "->" + n : string.Empty) + (s.IsJoin ? " join" : string.Empty))) + " order " + string.Join(",", Order);
}

/// <summary>A generated SOP whose last decision returns to a role, a decision in the middle that may skip steps, and the choices made there.</summary>
/// <param name="Definition">The definition.</param>
/// <param name="Choices">At the middle decision: approve (true) or return (false), taken in turn (at most three returns).</param>
public sealed record RoleReturnCase(SopDefinition Definition, bool[] Choices)
{
    /// <summary>The steps, for the failure message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", Definition.Steps.Select(s => s.Key + "[" + s.Actor + "]" + (s.Decision is { } d ? " no->" + (d.NoStep ?? "role " + d.NoRole) + (d.YesStep is { } y ? " yes->" + y : string.Empty) : string.Empty))) + " choices " + string.Join(",", Choices);
}

/// <summary>The generators of <see cref="SopFlowProperties"/>.</summary>
public static class SopFlowArbitraries
{
    private static readonly string[] Roles = ["r0", "r1", "r2", "r3", "r4", "r5"];

    /// <summary>Parallel definitions and interleavings.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ParallelCase> ParallelCases() => Arb.From(
        from branches in Gen.Choose(2, 4)
        from lengths in Gen.ArrayOf(Gen.Choose(1, 3), branches)
        from actors in Gen.ArrayOf(Gen.Choose(1, 5), 12)
        from each in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(2, 3))), 12)
        from order in Gen.ArrayOf(Gen.Choose(0, 1000), 40)
        select new ParallelCase(Parallel(lengths, actors, each), order));

    /// <summary>Definitions whose last decision returns to a role.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RoleReturnCase> RoleReturnCases() => Arb.From(
        from count in Gen.Choose(3, 8)
        from actors in Gen.ArrayOf(Gen.Choose(0, 3), 8)
        from middle in Gen.Choose(1, 7)
        from back in Gen.Choose(0, 6)
        from skip in Gen.Choose(0, 2)
        from target in Gen.Choose(0, 7)
        from choices in Gen.ArrayOf(Gen.Elements(true, false), 4)
        select new RoleReturnCase(RoleReturn(count, actors, middle, back, skip, target), choices));

    internal static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static SopDefinition Parallel(int[] lengths, int[] actors, int[] each)
    {
        var builder = SopDefinition.CreateBuilder("paralel-uji").WithHeader(new SopHeader { Nama = "SOP paralel uji" });
        foreach (var r in Roles)
        {
            builder.AddRole(r, "Peran " + r);
        }

        var firsts = new List<string>();
        var next = 2;
        var k = 0;
        foreach (var length in lengths)
        {
            firsts.Add(N(next));
            next += length;
        }

        var join = N(next);
        builder.AddStep("1", "Membagi pekerjaan", "r0", s => s.SplitTo([.. firsts]));
        var id = 2;
        foreach (var length in lengths)
        {
            for (var i = 0; i < length; i++, id++, k++)
            {
                var last = i == length - 1;
                var roles = Enumerable.Range(0, each[k % each.Length]).Select(a => Roles[1 + ((actors[k % actors.Length] + a) % 5)]).ToArray();
                void Configure(SopStepBuilder s)
                {
                    if (last)
                    {
                        s.WithNext(join);
                    }
                }

                if (roles.Length == 1)
                {
                    builder.AddStep(N(id), "Langkah cabang " + N(id), roles[0], Configure);
                }
                else
                {
                    builder.AddStepByEach(N(id), "Langkah cabang " + N(id), roles, Configure);
                }
            }
        }

        builder.AddStep(join, "Menghimpun hasil semua cabang", "r0", s => s.AsJoin());
        builder.AddStep(N(next + 1), "Menandatangani", "r5");
        var built = builder.Build();
        Assert.True(built.IsValid, built.ToString());
        return built.Value;
    }

    private static SopDefinition RoleReturn(int count, int[] actors, int middle, int back, int skip, int target)
    {
        var builder = SopDefinition.CreateBuilder("kembali-uji").WithHeader(new SopHeader { Nama = "SOP kembali uji" });
        foreach (var r in Roles.Take(4))
        {
            builder.AddRole(r, "Peran " + r);
        }

        middle = Math.Min(middle, count - 1);
        var final = count + 1;
        var earlier = Enumerable.Range(1, count).Select(i => Roles[actors[i - 1]]).ToArray();
        var returnRole = earlier[target % count];
        for (var i = 1; i <= count; i++)
        {
            if (i == middle + 1)
            {
                // The middle decision either returns to an earlier step, or (skip > 0) skips steps when approving and
                // sends the work through them when returning, so the latest step of a role is not always the last printed one.
                var approveTo = Math.Min(i + 1 + skip, final);
                var returnTo = approveTo > i + 1 ? i + 1 : Math.Max(1, i - back);
                builder.AddDecision(N(i), "Memeriksa", earlier[i - 1], N(returnTo), s =>
                {
                    if (approveTo != i + 1)
                    {
                        s.AsDecision(N(returnTo), N(approveTo));
                    }

                    if (returnTo >= i)
                    {
                        s.AllowReturnAnywhere();
                    }
                });
            }
            else
            {
                builder.AddStep(N(i), "Langkah " + N(i), earlier[i - 1]);
            }
        }

        builder.AddDecisionReturningToRole(N(final), "Menyetujui; bila tidak setuju dikembalikan", "r3", returnRole);
        var built = builder.Build();
        Assert.True(built.IsValid, built.ToString());
        return built.Value;
    }
}

/// <summary>Properties of the v2 flow: parallel work, returns to a role, the v2 format and the migration from v1.</summary>
public class SopFlowProperties
{
    private static readonly Instant Start = SopTestKit.Monday0800Wib;

    [SopFlowProperty]
    public void Parallel_AnyInterleaving_ReachesTheSameJoinAndReplaysToTheSameState(ParallelCase c)
    {
        var inOrder = Run(c.Definition, null);
        var interleaved = Run(c.Definition, c.Order);

        foreach (var run in new[] { inOrder, interleaved })
        {
            Assert.Equal(SopStatus.Completed, run.Final.Status);
            var atJoin = run.AtJoin;
            var join = c.Definition.Steps.Single(s => s.IsJoin);
            Assert.Equal([join.Key], atJoin.OpenSteps.Select(o => o.Step.Key));
            Assert.Empty(atJoin.WaitingJoins);

            // The join opened with the last branch part done, and only once.
            var opened = run.Final.GetVisits().Where(v => v.Step == join.Key).ToArray();
            Assert.Single(opened);
            Assert.Equal(atJoin.Events[^1].At, opened[0].OpenedAt);
            var replayed = SopInstance.Replay(c.Definition, run.Final.Id, run.Final.Events);
            Assert.True(replayed.IsValid, replayed.ToString());
            Assert.Equal(Canonical.Of(run.Final), Canonical.Of(replayed.Value));
            Assert.Equal(Visits(run.Final), Visits(replayed.Value));
        }

        Assert.Equal(inOrder.Final.Events.Select(e => (e.Kind, e.Step, e.Role)).Order(), interleaved.Final.Events.Select(e => (e.Kind, e.Step, e.Role)).Order());
    }

    [SopFlowProperty]
    public void ReturnToRole_ReachesTheLatestStepThatRoleDid(RoleReturnCase c)
    {
        var d = c.Definition;
        var clock = new FakeClock(Start);
        var engine = new SopEngine(clock, SopTestKit.RosterFor(d));
        var i = engine.Start(d, "i-1", "uji", d.FirstStep.Actor).Value;
        var path = new List<SopStep>();
        var choice = 0;
        var finalReturned = false;
        for (var guard = 0; i.Status == SopStatus.Running && guard < 200; guard++)
        {
            clock.Advance(Duration.FromMinutes(10));
            var step = i.CurrentStep!;
            path.Add(step);
            if (step.Decision is { NoRole: { } role } && !finalReturned)
            {
                i = engine.Return(i, i.Version, step.Actor, "Belum sesuai").Value;
                finalReturned = true;

                // The oracle, by the definition alone: the last step of that role on the path walked so far; when the
                // path passed none (a skip), the last step of that role printed before the decision.
                var expected = path.Take(path.Count - 1).LastOrDefault(s => s.Actor == role)
                    ?? d.Steps.Take(step.Position).Last(s => s.Actor == role);
                Assert.Equal(expected.Key, i.CurrentStep!.Key);
                continue;
            }

            i = (step.IsDecision
                ? step.Decision!.NoRole is null && choice < c.Choices.Length && !c.Choices[choice++]
                    ? engine.Return(i, i.Version, step.Actor, "Belum sesuai")
                    : engine.Approve(i, i.Version, step.Actor)
                : engine.Complete(i, i.Version, step.Actor)).Value;
        }

        Assert.True(finalReturned);
        Assert.Equal(SopStatus.Completed, i.Status);
    }

    [SopFlowProperty]
    public void Write_V2Definition_ReadsBackEqual(ParallelCase parallel, RoleReturnCase returns)
    {
        foreach (var d in new[] { parallel.Definition, returns.Definition })
        {
            var json = KinerjaJson.Write(d);
            var back = KinerjaJson.ReadSopDefinition(json);

            Assert.True(back.IsValid, back.ToString());
            Assert.Equal(Canonical.Of(d), Canonical.Of(back.Value));
            Assert.Equal(json, KinerjaJson.Write(back.Value));
            Assert.Contains("\"schemaVersion\": 2", json, StringComparison.Ordinal);
        }
    }

    [SopProperty]
    public void Read_V1Document_MigratesToTheDefinitionOfTheSameSteps(SopScenario scenario)
    {
        var spec = scenario.Spec;
        var v1 = spec.ToVersion1Document();

        var migrated = KinerjaJson.ReadSopDefinition(v1.ToJsonString());

        Assert.True(migrated.IsValid, migrated.ToString());
        Assert.Equal(Canonical.Of(scenario.Definition), Canonical.Of(migrated.Value));

        // The same actions on the v1 document's definition and on the builder's give the same instances.
        var runs = new[] { scenario.Definition, migrated.Value }.Select(d =>
        {
            var clock = new FakeClock(Start);
            var engine = new SopEngine(clock, SopTestKit.RosterFor(d));
            var (i, _) = SopTestKit.RunToEnd(engine, clock, d);
            return Canonical.Of(i).Replace(d.Id, "sop", StringComparison.Ordinal);
        }).ToArray();
        Assert.Equal(runs[0], runs[1]);
    }

    private static (string, string, Instant, Instant?, SopEventKind?, string?)[] Visits(SopInstance i) =>
        [.. i.GetVisits().Select(v => (v.Step, v.Role, v.OpenedAt, v.ClosedAt, v.Outcome, v.ClosedBy))];

    private static (SopInstance Final, SopInstance AtJoin) Run(SopDefinition d, int[]? order)
    {
        var clock = new FakeClock(Start);
        var engine = new SopEngine(clock, SopTestKit.RosterFor(d));
        var i = engine.Start(d, "i-1", "uji", d.FirstStep.Actor).Value;
        SopInstance? atJoin = null;
        for (var n = 0; i.Status == SopStatus.Running && n < 200; n++)
        {
            clock.Advance(Duration.FromMinutes(7));
            var parts = i.OpenSteps.SelectMany(o => o.PendingRoles.Select(r => (o.Step, Role: r))).ToArray();
            var (step, role) = parts[order is null ? 0 : order[n % order.Length] % parts.Length];
            i = engine.Complete(i, i.Version, role, step: step.Key).Value;
            if (atJoin is null && i.OpenSteps.Any(o => o.Step.IsJoin))
            {
                atJoin = i;
            }
        }

        return (i, atJoin!);
    }
}

/// <summary>A property over <see cref="SopFlowArbitraries"/> (and <see cref="SopArbitraries"/>), with the configured number of cases.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SopFlowPropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Uses both generator classes and <see cref="PropertyRuns.Count"/> cases.</summary>
    public SopFlowPropertyAttribute()
    {
        MaxTest = PropertyRuns.Count;
        Arbitrary = [typeof(SopFlowArbitraries), typeof(SopArbitraries), typeof(SopActingArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}

/// <summary>An acting assignment and the moment of an action on a generated SOP.</summary>
/// <param name="Scenario">The SOP and how far into it the instance runs before the action.</param>
/// <param name="Role">The index of the role the Plh stands in for.</param>
/// <param name="From">The first day of the assignment, in days after 1 June 2026.</param>
/// <param name="Length">The assignment's length in days, minus one.</param>
/// <param name="Day">The day of the action, in days after 1 June 2026.</param>
/// <param name="Hour">The hour of the action, in the office's time (WITA).</param>
public sealed record ActingCase(SopScenario Scenario, int Role, int From, int Length, int Day, int Hour);

/// <summary>The generators of <see cref="SopActingProperties"/>.</summary>
public static class SopActingArbitraries
{
    /// <summary>Acting cases over the SOP scenarios of <see cref="SopArbitraries"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ActingCase> ActingCases() => Arb.From(
        from scenario in SopArbitraries.Scenarios().Generator
        from role in Gen.Choose(0, 4)
        from start in Gen.Choose(0, 20)
        from length in Gen.Choose(0, 6)
        from day in Gen.Choose(0, 30)
        from hour in Gen.Choose(0, 23)
        select new ActingCase(scenario, role, start, length, day, hour));
}

/// <summary>An acting official's action is accepted exactly where the role it stands in for is, and only within its period.</summary>
public class SopActingProperties
{
    [SopFlowProperty]
    public void Acting_ActionAcceptedExactlyWhereTheRoleItStandsInForIsWithinItsPeriod(ActingCase c)
    {
        var d = c.Scenario.Definition;
        var role = d.Roles[c.Role % d.Roles.Count];
        var first = new LocalDate(2026, 6, 1).PlusDays(c.From);
        var last = first.PlusDays(c.Length);
        var roster = OfficeRoster.CreateBuilder()
            .WithTimeZone(OfficeTimeZones.Wita)
            .AddPerson("definitif", "Pejabat definitif", role.Name)
            .AddPerson("plh", "Pelaksana harian", "Peran lain")
            .AddActing("plh", role.Name, Kinerja.Core.Agreements.ActingStatus.Plh, "definitif", first, last, "Sprint 1/2026")
            .Build().Value;
        var date = new LocalDate(2026, 6, 1).PlusDays(c.Day);
        var at = date.At(new LocalTime(c.Hour, 0)).InZoneStrictly(OfficeTimeZones.Wita).ToInstant();

        // An instance started by someone holding the first step's role, then the open step tried by both.
        var starter = SopTestKit.RosterFor(d);
        var instance = new SopEngine(new FakeClock(at - Duration.FromDays(1)), starter).Start(d, "i-1", "uji", d.FirstStep.Actor).Value;
        var engine = new SopEngine(new FakeClock(at), roster);
        ValidationResultOf(engine, instance, "definitif", out var byOfficial);
        ValidationResultOf(engine, instance, "plh", out var byPlh);

        var within = date >= first && date <= last;
        Assert.Equal(byOfficial.IsValid && within, byPlh.IsValid);
        Assert.Equal(instance.CurrentStep!.Actors.Contains(role.Id), byOfficial.IsValid);
        if (byPlh.IsValid)
        {
            var e = byPlh.Value.Events[^1];
            Assert.Equal((Kinerja.Core.Agreements.ActingStatus.Plh, "definitif", "Sprint 1/2026", role.Id), (e.Acting, e.StandsInFor, e.Assignment, e.Role));
        }
    }

    private static void ValidationResultOf(SopEngine engine, SopInstance i, string person, out Kinerja.Core.Validation.ValidationResult<SopInstance> result) =>
        result = i.CurrentStep!.IsDecision ? engine.Approve(i, i.Version, person) : engine.Complete(i, i.Version, person);
}
