using System.Linq.Expressions;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Specifications;

/// <summary>
/// Domain verbs for specifications of <see cref="IndicatorMeasurement"/> rows. Every filter is an
/// expression tree over the row's mapped properties, with arguments as query parameters, so a query
/// provider (EF Core) translates it to SQL: comparisons of codes, the quarter and nullness, and for
/// <see cref="InCategory(Specification{IndicatorMeasurement}, CategoryBand)"/> decimal products and
/// comparisons without any division.
/// </summary>
public static class IndicatorMeasurementSpecifications
{
    private static readonly CapaianPolicy Unfloored = CapaianPolicy.Default with { FloorAtZero = false };

    /// <summary>Rows of one kabupaten.</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="code">The kabupaten's code (compared exactly).</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Specification<IndicatorMeasurement> OfKabupaten(this Specification<IndicatorMeasurement> specification, string code)
    {
        Check(specification, code, nameof(code));
        return specification.Where(m => m.KabupatenCode == code);
    }

    /// <summary>Rows of one kecamatan.</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="code">The kecamatan's code (compared exactly).</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Specification<IndicatorMeasurement> OfKecamatan(this Specification<IndicatorMeasurement> specification, string code)
    {
        Check(specification, code, nameof(code));
        return specification.Where(m => m.KecamatanCode == code);
    }

    /// <summary>Rows of one unit (seksi or subbagian).</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="code">The unit's code (compared exactly).</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Specification<IndicatorMeasurement> OfUnit(this Specification<IndicatorMeasurement> specification, string code)
    {
        Check(specification, code, nameof(code));
        return specification.Where(m => m.UnitCode == code);
    }

    /// <summary>Rows of one quarter.</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="triwulan">The quarter, 1 to 4.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="triwulan"/> is not in range [1-4].</exception>
    public static Specification<IndicatorMeasurement> InTriwulan(this Specification<IndicatorMeasurement> specification, int triwulan)
    {
        if (specification is null)
        {
            throw new ArgumentNullException(nameof(specification));
        }

        if (triwulan is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(triwulan), triwulan, "Value should be in range [1-4].");
        }

        return specification.Where(m => m.Triwulan == triwulan);
    }

    /// <summary>Rows whose realisasi has not been reported (<see cref="IndicatorMeasurement.Realisasi"/> is null; a reported 0 is reported).</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    public static Specification<IndicatorMeasurement> NotReported(this Specification<IndicatorMeasurement> specification) =>
        (specification ?? throw new ArgumentNullException(nameof(specification))).Where(m => m.Realisasi == null);

    /// <summary>Rows whose realisasi has been reported (including a reported 0).</summary>
    /// <param name="specification">The specification to extend.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    public static Specification<IndicatorMeasurement> Reported(this Specification<IndicatorMeasurement> specification) =>
        (specification ?? throw new ArgumentNullException(nameof(specification))).Where(m => m.Realisasi != null);

    /// <summary>
    /// Rows whose capaian falls in a category band, computed exactly and without division, as the
    /// regulation's formula with no floor at 0 and no cap (<see cref="CapaianPolicy.Default"/> with
    /// <see cref="CapaianPolicy.FloorAtZero"/> off). For a single-value target T &gt; 0 and a reported realisasi R:
    /// positive polarity C = 100·R/T, negative C = 100·(2T − R)/T; C lies above a band's lower bound
    /// <c>lo</c> iff 100·R ≥ lo·T (or 100·(2T − R) ≥ lo·T), and likewise below its upper bound, each bound
    /// inclusive or exclusive as the band says, absent bounds unchecked. Never in any band: rows with no
    /// target, a range target, T ≤ 0, no realisasi, or <see cref="Polarity.KeepStable"/>. To apply a
    /// policy's floor and cap, use <see cref="InCategory(Specification{IndicatorMeasurement}, CategoryBand, CapaianPolicy)"/>.
    /// </summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="band">The band, usually one of a scale's <see cref="CategoryScale.Bands"/>.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Specification<IndicatorMeasurement> InCategory(this Specification<IndicatorMeasurement> specification, CategoryBand band) =>
        InCategory(specification, band, Unfloored);

    /// <summary>
    /// Rows whose capaian under <paramref name="policy"/> falls in a category band, computed exactly without
    /// division: as <see cref="InCategory(Specification{IndicatorMeasurement}, CategoryBand)"/>, and in addition
    /// the policy's <see cref="CapaianPolicy.FloorAtZero"/> (a capaian below 0 counts as 0), its
    /// <see cref="CapaianPolicy.Cap"/> (a capaian above the cap counts as the cap) and its
    /// <see cref="CapaianPolicy.ZeroTarget"/> rule for T = 0. The row's category is then the one
    /// <see cref="CapaianCalculator.Calculate(Polarity, decimal, decimal, CapaianPolicy)"/> and
    /// <see cref="CategoryScale.Classify"/> give on the exact figure; to filter the category of the printed figure
    /// (a scale's default <see cref="CategoryScale.Basis"/>), pass the scale's <see cref="CategoryScale.ExactBands"/>.
    /// Rows with a negative target are never in any band.
    /// </summary>
    /// <param name="specification">The specification to extend.</param>
    /// <param name="band">The band.</param>
    /// <param name="policy">The capaian policy; its negative formula must be <see cref="NegativePolarityFormula.TwoMinusRatio"/>.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> uses <see cref="NegativePolarityFormula.InverseRatio"/>, which this filter does not express.</exception>
    public static Specification<IndicatorMeasurement> InCategory(this Specification<IndicatorMeasurement> specification, CategoryBand band, CapaianPolicy policy)
    {
        if (specification is null)
        {
            throw new ArgumentNullException(nameof(specification));
        }

        if (band is null)
        {
            throw new ArgumentNullException(nameof(band));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (policy.NegativeFormula != NegativePolarityFormula.TwoMinusRatio)
        {
            throw new ArgumentException("InCategory expresses the negative-polarity formula (2T − R)/T only; the policy uses " + policy.NegativeFormula + ".", nameof(policy));
        }

        return specification.Where(CategoryFilter.Build(band, policy));
    }

    private static void Check(Specification<IndicatorMeasurement> specification, string code, string name)
    {
        if (specification is null)
        {
            throw new ArgumentNullException(nameof(specification));
        }

        if (code is null)
        {
            throw new ArgumentNullException(name);
        }
    }
}
