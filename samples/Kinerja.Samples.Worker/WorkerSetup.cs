using Kinerja.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kinerja.Samples.Worker;

/// <summary>The worker's registrations: Kinerja through <c>AddKinerja</c>, the demo scenario, the checker and the background service.</summary>
public static class WorkerSetup
{
    /// <summary>Registers everything the worker needs.</summary>
    /// <param name="services">The services.</param>
    /// <param name="settings">The worker's settings.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddOverdueWorker(this IServiceCollection services, WorkerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var demo = settings.Mode == WorkerMode.Demo;
        var zone = Kinerja.Core.Calendar.OfficeTimeZones.Wita;
        var monday = demo ? DemoScenario.DemoWeek : DemoScenario.WeekOf(SystemClock.Instance.GetCurrentInstant(), zone);
        services.AddKinerja(options =>
        {
            // Demo mode: a simulated clock starting Monday 07:00 of the demo week. Live mode: the system clock (the default).
            options.Clock = demo ? new SimulatedClock(monday.At(new LocalTime(7, 0)).InZoneStrictly(zone).ToInstant()) : null;
            options.AddOffice(DemoOffice.Id, office => DemoOffice.Configure(office, monday));
        });
        services.AddSingleton(settings);
        services.AddSingleton(sp => DemoScenario.Create(
            sp.GetRequiredService<OfficeCatalog>().Default,
            sp.GetRequiredService<SopTemplateCatalog>().Get(DemoOffice.TemplateId),
            monday));
        services.AddSingleton(sp => new OverdueChecker(sp.GetRequiredService<OfficeCatalog>().Default));
        services.AddHostedService<OverdueWorker>();
        return services;
    }
}
