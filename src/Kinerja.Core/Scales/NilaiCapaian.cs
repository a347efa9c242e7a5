namespace Kinerja.Core.Scales;

/// <summary>What <see cref="NilaiCapaian.Convert"/> does with a capaian above 100% and up to 110%.</summary>
public enum Band101To110Rule
{
    /// <summary>Default: no score. The copy of PermenPANRB 8/2021 we could read does not show this
    /// band (lampiran, doc page 92), and the library does not guess.</summary>
    NotComputable = 0,

    /// <summary>Nilai = 110 + (120 − 110) / (110 − 101) × (C − 101), so 101% gives 110 and 110% gives 120:
    /// the rule open SKP applications implement, consistent in form with the bands the lampiran prints.
    /// Unverified against the regulation text. Between 100% and 101% the score stays 109 (the 100% band runs up to 101%).</summary>
    LinearFrom101 = 1,
}

/// <summary>
/// PermenPANRB 8/2021 (Sistem Manajemen Kinerja PNS), lampiran: conversion of a capaian into a
/// score (nilai capaian IKI). Below 60%: C / 59 × 49 (Sangat Kurang); 60-79%: 50 + (69 − 50) /
/// (79 − 60) × (C − 60) (Kurang); 80-99%: 70 + (89 − 70) / (99 − 80) × (C − 80) (Cukup); 100%: 109
/// (Baik), or 120 when the target is the maximum attainable (huruf i); above 110%: 120. The score is
/// capped at 120; the capaian is not. Our policy where the print leaves gaps: each linear band runs
/// up to the next band's lower bound (79.5% uses the 60-79 line, 99.5% the 80-99 line). A negative
/// capaian (possible only without the floor at 0) gives a negative score on the below-60% line.
/// </summary>
public static class NilaiCapaian
{
    /// <summary>The highest score the conversion gives.</summary>
    public const decimal MaxScore = 120m;

    /// <summary>Converts a capaian into a score.</summary>
    /// <param name="capaian">The capaian in percent, at full precision.</param>
    /// <param name="targetIsMaximum">Whether the target is the maximum attainable for the indicator (huruf i: 100% gives 120).</param>
    /// <param name="band101To110">What to do between 100% and 110%.</param>
    /// <param name="basis">Which capaian is converted: the figure as printed (default, <see cref="Presentation.CapaianFormat.Round"/>,
    /// so 99.996, printed 100,00, scores as 100) or the exact one (decision D47).</param>
    /// <returns>The score, or <see langword="null"/> when the band is not computable under <paramref name="band101To110"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public static decimal? Convert(decimal capaian, bool targetIsMaximum = false, Band101To110Rule band101To110 = Band101To110Rule.NotComputable, CategoryBasis basis = CategoryBasis.Printed)
    {
        capaian = Figure(capaian, basis);
        if (capaian > 110m)
        {
            return MaxScore;
        }

        if (capaian > 100m)
        {
            if (band101To110 != Band101To110Rule.LinearFrom101)
            {
                return null;
            }

            // Between 100% and 101% the 100% score (109) holds, as each band runs up to the next one's bound.
            return capaian < 101m ? 109m : 110m + ((120m - 110m) * (capaian - 101m) / (110m - 101m));
        }

        if (capaian == 100m)
        {
            return targetIsMaximum ? MaxScore : 109m;
        }

        if (capaian >= 80m)
        {
            return 70m + ((89m - 70m) * (capaian - 80m) / (99m - 80m));
        }

        if (capaian >= 60m)
        {
            return 50m + ((69m - 50m) * (capaian - 60m) / (79m - 60m));
        }

        return capaian * 49m / 59m;
    }

    /// <summary>Describes the conversion band a capaian falls in, by its printed category name.</summary>
    /// <param name="capaian">The capaian in percent.</param>
    /// <param name="targetIsMaximum">Whether the target is the maximum attainable (huruf i: 100% is Sangat Baik).</param>
    /// <param name="basis">Which capaian is classified: the figure as printed (default, so 99.996, printed 100,00, is Baik)
    /// or the exact one (decision D47).</param>
    /// <returns>Sangat Baik, Baik, Cukup, Kurang or Sangat Kurang.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public static string Category(decimal capaian, bool targetIsMaximum = false, CategoryBasis basis = CategoryBasis.Printed) => Figure(capaian, basis) switch
    {
        > 100m => "Sangat Baik",
        100m => targetIsMaximum ? "Sangat Baik" : "Baik",
        >= 80m => "Cukup",
        >= 60m => "Kurang",
        _ => "Sangat Kurang",
    };

    /// <summary>The capaian the conversion reads: rounded as printed, or exact.</summary>
    private static decimal Figure(decimal capaian, CategoryBasis basis) => basis switch
    {
        CategoryBasis.Printed or CategoryBasis.Exact => basis.Figure(capaian),
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Value should be Printed or Exact."),
    };
}
