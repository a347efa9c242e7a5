using BenchmarkDotNet.Attributes;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Benchmarks;

/// <summary>One capaian rule per benchmark over fixed figures; the positive rule is the baseline.</summary>
[MemoryDiagnoser]
public class CapaianBenchmarks
{
    private readonly CapaianPolicy _policy = CapaianPolicy.Default;
    private readonly CapaianPolicy _inverse = CapaianPolicy.Default with { NegativeFormula = NegativePolarityFormula.InverseRatio };
    private readonly CategoryScale _scale = CategoryScales.Permendagri86;
    private readonly decimal _target = 95m;
    private readonly decimal _realisasi = 93m;

    /// <summary>Positive polarity, R / T × 100.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public CapaianResult Positive() => CapaianCalculator.Calculate(Polarity.Positive, _target, _realisasi, _policy);

    /// <summary>Negative polarity, (2T − R) / T × 100.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public CapaianResult Negative() => CapaianCalculator.Calculate(Polarity.Negative, _target, _realisasi, _policy);

    /// <summary>Negative polarity, T / R × 100.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public CapaianResult NegativeInverse() => CapaianCalculator.Calculate(Polarity.Negative, _target, _realisasi, _inverse);

    /// <summary>Range target, realisasi below the range.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public CapaianResult Range() => CapaianCalculator.CalculateRange(Polarity.Positive, 96m, 100m, _realisasi, _policy);

    /// <summary>Classification on the Permendagri 86/2017 scale.</summary>
    /// <returns>The band.</returns>
    [Benchmark]
    public CategoryBand Classify() => _scale.Classify(97.89m);
}
