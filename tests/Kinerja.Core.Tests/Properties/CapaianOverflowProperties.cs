using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;

namespace Kinerja.Core.Tests.Properties;

/// <summary>A target and a realisasi anywhere in the range of decimal, with any scale.</summary>
/// <param name="Target">The target (0 or more).</param>
/// <param name="Realisasi">The realisasi (either sign).</param>
public sealed record ExtremeFigures(decimal Target, decimal Realisasi);

/// <summary>Generators for <see cref="CapaianOverflowProperties"/>: 96-bit mantissas at every scale, tiny and huge.</summary>
public static class ExtremeArbitraries
{
    private static Gen<decimal> Figure { get; } =
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from hi in Gen.Frequency((3, Gen.Choose(0, 1000)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
        from scale in Gen.Choose(0, 28)
        select new decimal(lo, mid, hi, false, (byte)scale);

    /// <summary>Extreme figures.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExtremeFigures> Figures() =>
        Arb.From(from t in Figure from r in Figure from negative in Gen.Elements(false, false, true) select new ExtremeFigures(t, negative ? -r : r));
}

/// <summary>
/// The capaian rules at the edge of decimal: they never throw, and a figure beyond decimal is
/// <see cref="CapaianReason.OutOfRange"/>: the cap when positive and capped, 0 when negative and
/// floored, else not computable.
/// </summary>
public class CapaianOverflowProperties
{
    private static readonly Polarity[] Polarities = [Polarity.Positive, Polarity.Negative, Polarity.KeepStable];

    private static readonly CapaianPolicy[] Policies =
    [
        CapaianPolicy.Default,
        CapaianPolicy.Default with { Cap = 120m },
        CapaianPolicy.Default with { FloorAtZero = false },
        CapaianPolicy.Default with { NegativeFormula = NegativePolarityFormula.InverseRatio, CapaianWhenRealisasiZero = 100m },
    ];

    [ExtremeProperty]
    public void Calculate_AnyFigures_NeverThrowsAndOutOfRangeFollowsThePolicy(ExtremeFigures f)
    {
        foreach (var policy in Policies)
        {
            foreach (var polarity in Polarities)
            {
                var result = CapaianCalculator.Calculate(polarity, f.Target, f.Realisasi, policy);
                if (result.Reason != CapaianReason.OutOfRange)
                {
                    continue;
                }

                if (result.IsComputed)
                {
                    Assert.True(result.Value == policy.Cap || (result.Value == 0m && policy.FloorAtZero), $"{polarity} {result}");
                }
                else
                {
                    Assert.Equal(CapaianStatus.NotComputable, result.Status);
                }
            }
        }
    }
}

/// <summary>[Property] with <see cref="ExtremeArbitraries"/> and the configured number of cases.</summary>
public sealed class ExtremePropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Uses <see cref="ExtremeArbitraries"/> and <see cref="PropertyRuns.Count"/> cases.</summary>
    public ExtremePropertyAttribute()
    {
        MaxTest = PropertyRuns.Count;
        Arbitrary = [typeof(ExtremeArbitraries)];
    }
}
