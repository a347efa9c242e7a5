using System.Linq.Expressions;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Specifications;

/// <summary>
/// Builds the expression "the row's capaian under a policy falls in a band" without division. With
/// T &gt; 0 the capaian C = S / T where S = 100·R (positive) or 100·(2T − R) (negative), so
/// C ≥ b ⇔ S ≥ b·T and C &lt; b ⇔ S &lt; b·T: products and comparisons of decimals only, which are exact
/// in .NET and which EF Core translates. The policy's floor and cap only move values across 0 and the
/// cap, whose bands are known when the filter is built, so they stay exact too.
/// </summary>
internal static class CategoryFilter
{
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(IndicatorMeasurement), "m");
    private static readonly Expression TargetLower = Expression.Property(Row, nameof(IndicatorMeasurement.TargetLower));
    private static readonly Expression TargetUpper = Expression.Property(Row, nameof(IndicatorMeasurement.TargetUpper));
    private static readonly Expression RealisasiOrNull = Expression.Property(Row, nameof(IndicatorMeasurement.Realisasi));
    private static readonly Expression PolarityOf = Expression.Property(Row, nameof(IndicatorMeasurement.Polarity));
    private static readonly Expression T = Expression.Property(TargetLower, nameof(Nullable<decimal>.Value));
    private static readonly Expression R = Expression.Property(RealisasiOrNull, nameof(Nullable<decimal>.Value));
    private static readonly Expression Zero = Expression.Constant(0m);
    private static readonly Expression Hundred = Expression.Constant(100m);
    private static readonly Expression Two = Expression.Constant(2m);
    private static readonly Expression NullDecimal = Expression.Constant(null, typeof(decimal?));

    public static Expression<Func<IndicatorMeasurement, bool>> Build(CategoryBand band, CapaianPolicy policy)
    {
        // A single-value target (both bounds given and equal), a reported realisasi, a polarity with a formula here.
        // Upper <= lower says "equal" (the row guarantees lower <= upper) as a decimal comparison: EF Core's SQLite
        // provider compares decimals with ef_compare, whereas = compares the stored text, which only works for
        // canonical text such as EF itself writes.
        var shape = All(
            Expression.NotEqual(TargetLower, NullDecimal),
            Expression.NotEqual(RealisasiOrNull, NullDecimal),
            Expression.LessThanOrEqual(Expression.Property(TargetUpper, nameof(Nullable<decimal>.Value)), T),
            Expression.OrElse(IsPolarity(Polarity.Positive), IsPolarity(Polarity.Negative)));

        var positive = Expression.AndAlso(IsPolarity(Polarity.Positive), InBand(Expression.Multiply(Hundred, R), band, policy));
        var negative = Expression.AndAlso(
            IsPolarity(Polarity.Negative),
            InBand(Expression.Multiply(Hundred, Expression.Subtract(Expression.Multiply(Two, T), R)), band, policy));
        var computed = Expression.AndAlso(Expression.GreaterThan(T, Zero), Expression.OrElse(positive, negative));

        var zeroTarget = ZeroTarget(band, policy);
        var body = Expression.AndAlso(shape, zeroTarget is null ? computed : Expression.OrElse(computed, zeroTarget));
        return Expression.Lambda<Func<IndicatorMeasurement, bool>>(body, Row);
    }

    /// <summary>S / T (after the policy's floor and cap) lies in the band; T &gt; 0 is checked by the caller.</summary>
    private static Expression InBand(Expression scaled, CategoryBand band, CapaianPolicy policy)
    {
        var inside = new List<Expression>();
        if (band.Lower is { } lo)
        {
            var bound = Expression.Multiply(Parameter(lo), T);
            inside.Add(band.LowerInclusive ? Expression.GreaterThanOrEqual(scaled, bound) : Expression.GreaterThan(scaled, bound));
        }

        if (band.Upper is { } hi)
        {
            var bound = Expression.Multiply(Parameter(hi), T);
            inside.Add(band.UpperInclusive ? Expression.LessThanOrEqual(scaled, bound) : Expression.LessThan(scaled, bound));
        }

        // Floor: C < 0 counts as 0. Cap: C > cap counts as cap (CapaianResult.Computed caps only above the cap).
        Expression? belowZero = null;
        if (policy.FloorAtZero)
        {
            inside.Add(Expression.GreaterThanOrEqual(scaled, Zero));
            belowZero = band.Contains(0m) ? Expression.LessThan(scaled, Zero) : null;
        }

        Expression? aboveCap = null;
        if (policy.Cap is { } cap)
        {
            var capTimesT = Expression.Multiply(Parameter(cap), T);
            inside.Add(Expression.LessThanOrEqual(scaled, capTimesT));
            aboveCap = band.Contains(cap) ? Expression.GreaterThan(scaled, capTimesT) : null;
        }

        var result = inside.Count == 0 ? Expression.Constant(true) : All([.. inside]);
        if (belowZero is not null)
        {
            result = Expression.OrElse(belowZero, result);
        }

        return aboveCap is null ? result : Expression.OrElse(result, aboveCap);
    }

    /// <summary>The rows with T = 0 that the policy's zero-target rule puts in the band, or <see langword="null"/> for none.</summary>
    private static BinaryExpression? ZeroTarget(CategoryBand band, CapaianPolicy policy)
    {
        var isZero = Expression.Equal(T, Zero);
        var zeroInBand = band.Contains(0m);
        switch (policy.ZeroTarget)
        {
            case ZeroTargetRule.Zero:
                return zeroInBand ? isZero : null;
            case ZeroTargetRule.HundredWhenMet:
                var hundred = policy.Cap is { } c && 100m > c ? c : 100m;
                var met = Expression.OrElse(
                    Expression.AndAlso(IsPolarity(Polarity.Positive), Expression.GreaterThanOrEqual(R, Zero)),
                    Expression.AndAlso(IsPolarity(Polarity.Negative), Expression.LessThanOrEqual(R, Zero)));
                Expression? which = (band.Contains(hundred), zeroInBand) switch
                {
                    (true, true) => Expression.Constant(true),
                    (true, false) => met,
                    (false, true) => Expression.Not(met),
                    _ => null,
                };
                return which is null ? null : Expression.AndAlso(isZero, which);
            default:
                return null;
        }
    }

    private static BinaryExpression IsPolarity(Polarity polarity) => Expression.Equal(PolarityOf, Expression.Constant(polarity));

    private static Expression All(params Expression[] conditions) => conditions.Aggregate(Expression.AndAlso);

    /// <summary>A band bound as a closure value, so that a query provider sends it as a query parameter rather than a literal.</summary>
    private static MemberExpression Parameter(decimal value) => Expression.Property(Expression.Constant(new Bound(value)), nameof(Bound.Value));

    private sealed class Bound(decimal value)
    {
        public decimal Value { get; } = value;
    }
}
