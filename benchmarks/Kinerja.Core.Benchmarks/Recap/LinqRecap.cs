using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Benchmarks.Recap;

/// <summary>
/// The recap as an application would write it with LINQ over the object model: one GroupBy per
/// level, then Count and Average per group, each figure a pass over the group.
/// </summary>
/// <remarks>
/// Categories are decided without division, on the numerator N of capaian = N / T × 100
/// (positive N = R, negative N = 2T − R, keep-stable N = T − |T − R|, N floored at 0): capaian ≥ b
/// exactly when 100 N ≥ b T. The average uses the decimal capaian N × 100 / T, which is exact for
/// the generated targets (see <see cref="NationalDataGenerator"/>), and is rounded to two decimals
/// half away from zero, as a report prints it.
/// </remarks>
internal static class LinqRecap
{
    /// <summary>Recaps every kecamatan and every kabupaten in each quarter alone.</summary>
    /// <param name="rows">The measurements.</param>
    /// <returns>One row per group and quarter, in no particular order.</returns>
    public static List<RecapScopeRow> Recap(IEnumerable<IndicatorMeasurement> rows)
    {
        var kecamatan = rows.GroupBy(r => (r.KabupatenCode, r.KecamatanCode, r.Triwulan)).Select(g => Figures(g.Key.KabupatenCode, g.Key.KecamatanCode, g.Key.Triwulan, g));
        var kabupaten = rows.GroupBy(r => (r.KabupatenCode, r.Triwulan)).Select(g => Figures(g.Key.KabupatenCode, null, g.Key.Triwulan, g));
        return [.. kecamatan.Concat(kabupaten)];
    }

    private static RecapScopeRow Figures(string kabupaten, string? kecamatan, int triwulan, IEnumerable<IndicatorMeasurement> group)
    {
        var computed = group.Where(r => r.Realisasi is not null && r.TargetLower is not null and not 0m).ToList();
        return new RecapScopeRow(
            kabupaten,
            kecamatan,
            triwulan,
            group.Count(),
            computed.Count,
            group.Count(r => r.Realisasi is null),
            group.Count(r => r.Realisasi is not null && r.TargetLower == 0m),
            computed.Count(r => 100m * Numerator(r) < 51m * r.TargetLower!.Value),
            computed.Count(r => 100m * Numerator(r) >= 51m * r.TargetLower!.Value && 100m * Numerator(r) < 66m * r.TargetLower!.Value),
            computed.Count(r => 100m * Numerator(r) >= 66m * r.TargetLower!.Value && 100m * Numerator(r) < 76m * r.TargetLower!.Value),
            computed.Count(r => 100m * Numerator(r) >= 76m * r.TargetLower!.Value && 100m * Numerator(r) < 91m * r.TargetLower!.Value),
            computed.Count(r => 100m * Numerator(r) >= 91m * r.TargetLower!.Value),
            computed.Count == 0 ? null : (long)(Math.Round(computed.Average(r => Numerator(r) * 100m / r.TargetLower!.Value), 2, MidpointRounding.AwayFromZero) * 100m));
    }

    /// <summary>N of capaian = N / T × 100 under the default policy (negative (2T − R)/T, floored at 0).</summary>
    private static decimal Numerator(IndicatorMeasurement r)
    {
        var t = r.TargetLower!.Value;
        var realisasi = r.Realisasi!.Value;
        var n = r.Polarity switch
        {
            Polarity.Positive => realisasi,
            Polarity.Negative => (2m * t) - realisasi,
            _ => t - Math.Abs(t - realisasi),
        };
        return n < 0m ? 0m : n;
    }
}
