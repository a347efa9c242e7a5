using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Tests.Properties;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kinerja.Core.DependencyInjection.Tests.Properties;

/// <summary>Some of the faults of <see cref="OptionFaults.All"/>, printed by name.</summary>
/// <param name="Faults">The faults injected.</param>
public sealed record FaultSet(OptionFault[] Faults)
{
    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", Faults.Select(f => f.Name)) + "]";
}

/// <summary>Generators of fault sets: each fault in or out with equal chance, so every subset can occur.</summary>
public static class OptionFaultArbitraries
{
    /// <summary>Any subset of the faults, the empty one included.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FaultSet> FaultSets() =>
        Arb.From(Gen.ArrayOf(Gen.Elements(true, false), OptionFaults.All.Count)
            .Select(pick => new FaultSet(OptionFaults.All.Where((_, i) => pick[i]).ToArray())));
}

public class OptionFaultProperties
{
    [KinerjaProperty(Arbitrary = new[] { typeof(OptionFaultArbitraries) })]
    public void Validate_AnySetOfFaults_ReportsEachExactlyOnceAndNothingElse(FaultSet set)
    {
        var result = OptionFaults.With(set.Faults).Validate();

        Assert.Equal(set.Faults.Select(OptionFaults.Key).Order(), result.Errors.Select(OptionFaults.Key).Order());
        Assert.Equal(set.Faults.Length == 0, result.IsValid);
    }

    [KinerjaProperty(Arbitrary = new[] { typeof(OptionFaultArbitraries) })]
    public void StartupValidation_AnySetOfFaults_OneFailurePerFaultNamingOptionAndValue(FaultSet set)
    {
        using var provider = new ServiceCollection().AddKinerja(o => OptionFaults.Configure(o, set.Faults)).BuildServiceProvider();
        var validator = provider.GetRequiredService<IStartupValidator>();
        if (set.Faults.Length == 0)
        {
            validator.Validate();
            Assert.NotNull(provider.GetRequiredService<Kinerja.Core.Sop.SopEngine>());
            return;
        }

        var exception = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Equal(set.Faults.Length, exception.Failures.Count());
        foreach (var fault in set.Faults)
        {
            var failure = Assert.Single(exception.Failures, f => OptionFaults.Describes(f, fault));
            Assert.Contains(fault.Value ?? string.Empty, failure, StringComparison.Ordinal);
        }

        Assert.Equal(exception.Failures, Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<Kinerja.Core.Sop.SopEngine>()).Failures);
    }
}
