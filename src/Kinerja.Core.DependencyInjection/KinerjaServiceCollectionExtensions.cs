using Kinerja.Core.Calendar;
using Kinerja.Core.DependencyInjection;
using Kinerja.Core.Scales;
using Kinerja.Core.Sop;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Kinerja.Core in a service collection.</summary>
public static class KinerjaServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons built from <see cref="KinerjaOptions"/>: the <see cref="IClock"/> (unless one
    /// is registered already), the <see cref="OfficeCatalog"/> and the default office's <see cref="WorkingCalendar"/>,
    /// <see cref="OfficeRoster"/>, <see cref="SopTimeStandards"/> and <see cref="SopEngine"/>, the
    /// <see cref="CategoryScaleCatalog"/> and its default <see cref="CategoryScale"/>, and the
    /// <see cref="SopTemplateCatalog"/>. The options are validated when the host starts (ValidateOnStart)
    /// and when any of these services is first resolved: an invalid configuration throws an
    /// <see cref="OptionsValidationException"/> whose <see cref="OptionsValidationException.Failures"/> hold
    /// every problem, one each, naming the option and the value. Calling it again adds more configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddKinerja(this IServiceCollection services, Action<KinerjaOptions>? configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var builder = services.AddOptions<KinerjaOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KinerjaOptions>, KinerjaOptionsValidator>());

        services.TryAddSingleton<IClock>(sp => sp.GetRequiredService<IOptions<KinerjaOptions>>().Value.Clock ?? SystemClock.Instance);
        services.TryAddSingleton(sp =>
        {
            // Reading Value runs the validator: an invalid configuration throws its OptionsValidationException here.
            var options = sp.GetRequiredService<IOptions<KinerjaOptions>>().Value;
            return KinerjaSetup.Build(options, sp.GetRequiredService<IClock>()).Value;
        });
        services.TryAddSingleton(sp => sp.GetRequiredService<KinerjaSetup>().Offices);
        services.TryAddSingleton(sp => sp.GetRequiredService<OfficeCatalog>().Default.Calendar);
        services.TryAddSingleton(sp => sp.GetRequiredService<OfficeCatalog>().Default.Roster);
        services.TryAddSingleton(sp => sp.GetRequiredService<OfficeCatalog>().Default.TimeStandards);
        services.TryAddSingleton(sp => sp.GetRequiredService<OfficeCatalog>().Default.Engine);
        services.TryAddSingleton(sp => sp.GetRequiredService<KinerjaSetup>().Scales);
        services.TryAddSingleton(sp => sp.GetRequiredService<CategoryScaleCatalog>().Default);
        services.TryAddSingleton(sp => sp.GetRequiredService<KinerjaSetup>().Templates);
        return services;
    }

    /// <summary>As <see cref="AddKinerja(IServiceCollection, Action{KinerjaOptions})"/> with the default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddKinerja(this IServiceCollection services) => services.AddKinerja((Action<KinerjaOptions>?)null);

    /// <summary>
    /// As <see cref="AddKinerja(IServiceCollection, Action{KinerjaOptions})"/>, with the options read from a
    /// configuration section (<see cref="KinerjaOptions.Read"/>), such as <c>builder.Configuration.GetSection("Kinerja")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    public static IServiceCollection AddKinerja(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration section) =>
        services.AddKinerja(section, null);

    /// <summary>
    /// As <see cref="AddKinerja(IServiceCollection, Action{KinerjaOptions})"/>, with the options first read
    /// from a configuration section (<see cref="KinerjaOptions.Read"/>), such as
    /// <c>builder.Configuration.GetSection("Kinerja")</c>; <paramref name="configure"/> then runs on what
    /// was read (to add a clock, scales, time standards, or to extend an office's roster). A key the
    /// options do not know, or a value of the wrong type, fails start-up like any other invalid option,
    /// naming the key's path and the value. The section is read once, when the options are first built.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section.</param>
    /// <param name="configure">Sets more options, or <see langword="null"/>.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    public static IServiceCollection AddKinerja(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration section, Action<KinerjaOptions>? configure)
    {
        if (section is null)
        {
            throw new ArgumentNullException(nameof(section));
        }

        return services.AddKinerja(options =>
        {
            options.Read(section);
            configure?.Invoke(options);
        });
    }
}
