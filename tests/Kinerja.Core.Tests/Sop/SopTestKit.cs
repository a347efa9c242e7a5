using Kinerja.Core.Sop;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Sop;

/// <summary>Rosters, clocks and a driver that runs an SOP to its end, shared by the SOP tests.</summary>
internal static class SopTestKit
{
    public static readonly Instant Monday0800Wib = Instant.FromUtc(2026, 6, 8, 1, 0);

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
    /// Runs an instance to its end: completes process steps, approves decisions except that the
    /// first decision met returns the work once. The clock moves 30 minutes before each action.
    /// </summary>
    public static (SopInstance Instance, int Returns) RunToEnd(SopEngine engine, FakeClock clock, SopDefinition definition, bool returnOnce = true)
    {
        var instance = engine.Start(definition, "run-1", "pengukuran kinerja TW III 2026", definition.FirstStep.Actor).Value;
        var returns = 0;
        for (var guard = 0; instance.Status == SopStatus.Running && guard < 500; guard++)
        {
            clock.Advance(Duration.FromMinutes(30));
            var step = instance.CurrentStep!;
            var result = step.IsDecision
                ? (returnOnce && returns == 0
                    ? engine.Return(instance, instance.Version, step.Actor, "Data belum lengkap, mohon diperbaiki")
                    : engine.Approve(instance, instance.Version, step.Actor, "Sudah benar"))
                : engine.Complete(instance, instance.Version, step.Actor, [.. step.Output.Select(o => new SopAttachment(o, "dok-" + step.Key))], "selesai");
            Assert.True(result.IsValid, result.ToString());
            if (step.IsDecision && returns == 0 && returnOnce)
            {
                returns++;
            }

            instance = result.Value;
        }

        return (instance, returns);
    }
}
