using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>Rosters, clocks and a driver that runs an SOP to its end, shared by the SOP tests.</summary>
internal static class SopTestKit
{
    public static readonly Instant Monday0800Wib = Instant.FromUtc(2026, 6, 8, 1, 0);

    /// <summary>Monday 8 June 2026, 09:00 WIB.</summary>
    public static readonly Instant Monday0900Wib = Instant.FromUtc(2026, 6, 8, 2, 0);

    /// <summary>Ani (Staf), Budi (Kepala Seksi), Citra (Sekretaris Kecamatan) and Dedi (Staf and Kepala Seksi).</summary>
    public static readonly OfficeRoster FourStaff = OfficeRoster.CreateBuilder()
        .AddPerson("ani", "Ani", "Staf")
        .AddPerson("budi", "Budi", "Kepala Seksi")
        .AddPerson("citra", "Citra", "Sekretaris Kecamatan")
        .AddPerson("dedi", "Dedi", "Staf", "Kepala Seksi")
        .Build().Value;

    /// <summary>Ani (Staf) and Budi (Kasi, Kepala Seksi).</summary>
    public static readonly OfficeRoster AniAndBudi = OfficeRoster.CreateBuilder()
        .AddPerson("ani", "Ani", "Staf").AddPerson("budi", "Budi", "Kasi", "Kepala Seksi").Build().Value;

    /// <summary>Staf drafts (step 1, 2 Jam), Kepala Seksi checks and may return it (step 2, 1 Hari).</summary>
    public static readonly SopDefinition DraftAndReview = SopDefinition.CreateBuilder("edge")
        .WithHeader(new SopHeader { Nama = "Uji tepi" })
        .AddRole("staf", "Staf")
        .AddRole("kasi", "Kepala Seksi")
        .AddStep("1", "Menyusun", "staf", s => s.WithWaktu("2 Jam"))
        .AddDecision("2", "Memeriksa", "kasi", returnTo: "1", s => s.WithWaktu("1 Hari"))
        .Build().Value;

    /// <summary>Adds to a builder with roles staf, kasi and kabag: step 1 (staf) opens 2 (kasi) and 3 (kabag), which meet at
    /// the join 4 (staf).</summary>
    public static SopDefinitionBuilder TwoBranchesAndAJoin(this SopDefinitionBuilder builder) => builder
        .AddStep("1", "Membagi", "staf", s => s.SplitTo("2", "3"))
        .AddStep("2", "Mengisi A", "kasi", s => s.WithNext("4"))
        .AddStep("3", "Mengisi B", "kabag")
        .AddStep("4", "Menghimpun", "staf", s => s.AsJoin());

    /// <summary>One person per role of the definition, whose id is the role's id.</summary>
    public static OfficeRoster RosterFor(SopDefinition definition)
    {
        var builder = OfficeRoster.CreateBuilder();
        foreach (var role in definition.Roles)
        {
            builder.AddPerson(role.Id, "Pegawai " + role.Name, role.Name);
        }

        return builder.Build().Value;
    }

    /// <summary>
    /// Runs an instance to its end, acting on the first open step in printed order and the first of its roles
    /// still to act: completes process steps, approves decisions except that the first decision met returns
    /// the work once. The clock moves 30 minutes before each action.
    /// </summary>
    public static (SopInstance Instance, int Returns) RunToEnd(SopEngine engine, FakeClock clock, SopDefinition definition, bool returnOnce = true)
    {
        var instance = engine.Start(definition, "run-1", "pengukuran kinerja TW III 2026", definition.FirstStep.Actor).Value;
        var returns = 0;
        for (var guard = 0; instance.Status == SopStatus.Running && guard < 500; guard++)
        {
            clock.Advance(Duration.FromMinutes(30));
            var open = instance.OpenSteps[0];
            var returning = open.Step.IsDecision && returnOnce && returns == 0;
            instance = Act(engine, instance, open.Step, open.PendingRoles[0], returning);
            returns += returning ? 1 : 0;
        }

        return (instance, returns);
    }

    /// <summary>
    /// Runs an instance to its end acting on any open step and any of its roles still to act, as
    /// <paramref name="pick"/> chooses among them (parallel parts in any order): completes process steps, and
    /// returns each decision once, the first time it is met, before approving it. The clock moves 30 minutes
    /// before each action.
    /// </summary>
    /// <param name="pick">Given the (step, role) parts that could act now, in printed order, the index of the one that acts.</param>
    public static SopInstance RunToEndInOrder(SopEngine engine, FakeClock clock, SopDefinition definition, Func<IReadOnlyList<(SopStep Step, string Role)>, int> pick)
    {
        var instance = engine.Start(definition, "run-1", "pengukuran kinerja TW III 2026", definition.FirstStep.Actor).Value;
        var returned = new HashSet<string>(StringComparer.Ordinal);
        for (var guard = 0; instance.Status == SopStatus.Running && guard < 1000; guard++)
        {
            clock.Advance(Duration.FromMinutes(30));
            var parts = instance.OpenSteps.SelectMany(o => o.PendingRoles.Select(r => (o.Step, Role: r))).ToArray();
            var (step, role) = parts[pick(parts)];
            instance = Act(engine, instance, step, role, step.IsDecision && returned.Add(step.Key));
        }

        return instance;
    }

    /// <summary>The person holding <paramref name="role"/> (in <see cref="RosterFor"/> the person's id is the role's id) acts on the open step.</summary>
    private static SopInstance Act(SopEngine engine, SopInstance instance, SopStep step, string role, bool returning)
    {
        var result = !step.IsDecision
            ? engine.Complete(instance, instance.Version, role, [.. step.Output.Select(o => new SopAttachment(o, "dok-" + step.Key))], "selesai", step.Key)
            : returning
                ? engine.Return(instance, instance.Version, role, "Data belum lengkap, mohon diperbaiki", step.Key)
                : engine.Approve(instance, instance.Version, role, "Sudah benar", step.Key);
        Assert.True(result.IsValid, result.ToString());
        return result.Value;
    }

    /// <summary>Asserts that an action was refused with exactly one problem of this code, path, value and arguments.</summary>
    public static ValidationProblem Refused(ValidationResult<SopInstance> result, string code, string path, string? value, params string[] arguments)
    {
        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, path, value), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal(arguments, problem.Arguments);
        return problem;
    }
}
