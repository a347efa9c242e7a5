using Kinerja.Core.Internal;

namespace Kinerja.Core.Recap;

/// <summary>
/// One program's pagu and its realisasi anggaran per quarter (each quarter alone), flattened with where it belongs:
/// the budget row a recap reads (docs/recap.md, "Input").
/// </summary>
public sealed class BudgetMeasurement
{
    /// <summary>Creates a row.</summary>
    /// <param name="kabupaten">The kabupaten's code.</param>
    /// <param name="kecamatan">The kecamatan's code.</param>
    /// <param name="unit">The unit's code.</param>
    /// <param name="program">The program's id.</param>
    /// <param name="pagu">The pagu, 0 or more.</param>
    /// <param name="tw1">Money spent in TW I, or <see langword="null"/>.</param>
    /// <param name="tw2">Money spent in TW II, or <see langword="null"/>.</param>
    /// <param name="tw3">Money spent in TW III, or <see langword="null"/>.</param>
    /// <param name="tw4">Money spent in TW IV, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    public BudgetMeasurement(string kabupaten, string kecamatan, string unit, string program, decimal pagu, decimal? tw1, decimal? tw2, decimal? tw3, decimal? tw4)
    {
        Kabupaten = kabupaten ?? throw new ArgumentNullException(nameof(kabupaten));
        Kecamatan = kecamatan ?? throw new ArgumentNullException(nameof(kecamatan));
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Program = program ?? throw new ArgumentNullException(nameof(program));
        if (pagu < 0m || tw1 < 0m || tw2 < 0m || tw3 < 0m || tw4 < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(pagu), pagu, "Amounts should be 0 or more; got pagu " + Text.Of(pagu) + ", " + string.Join(", ", new[] { tw1, tw2, tw3, tw4 }.Select(Text.Of)) + ".");
        }

        Pagu = pagu;
        Realisasi = [tw1, tw2, tw3, tw4];
    }

    /// <summary>The kabupaten's code.</summary>
    public string Kabupaten { get; }

    /// <summary>The kecamatan's code.</summary>
    public string Kecamatan { get; }

    /// <summary>The unit's code.</summary>
    public string Unit { get; }

    /// <summary>The program's id.</summary>
    public string Program { get; }

    /// <summary>The pagu.</summary>
    public decimal Pagu { get; }

    /// <summary>Money spent in TW I to TW IV, each quarter alone; <see langword="null"/> when not reported.</summary>
    public IReadOnlyList<decimal?> Realisasi { get; }
}
