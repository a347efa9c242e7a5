using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Specifications;

namespace Kinerja.Core.Tests.Properties;

/// <summary>Measurement rows in a readable form for counterexamples.</summary>
/// <param name="Rows">The rows.</param>
public sealed record MeasurementRows(IndicatorMeasurement[] Rows)
{
    /// <inheritdoc />
    public override string ToString() => string.Join("; ", Rows.Select(r => r.ToString() + " " + r.Polarity));
}

/// <summary>A specification built from random verbs, with the same specification before paging.</summary>
/// <param name="Description">The verbs, for counterexamples.</param>
/// <param name="Specification">The specification.</param>
/// <param name="Unpaged">The specification without its skip and take.</param>
public sealed record MeasurementQuery(string Description, Specification<IndicatorMeasurement> Specification, Specification<IndicatorMeasurement> Unpaged)
{
    /// <inheritdoc />
    public override string ToString() => Description;
}

/// <summary>A single-value target T and a realisasi R under a polarity with a capaian formula here.</summary>
/// <param name="Polarity">Positive or negative.</param>
/// <param name="Target">T, 0 or more.</param>
/// <param name="Realisasi">R, 0 or more.</param>
public sealed record CategoryCase(Polarity Polarity, decimal Target, decimal Realisasi)
{
    /// <summary>The case as a row.</summary>
    public IndicatorMeasurement Row => new("3303", "BBS", "PEM", "S1", "IK1", Polarity, AggregationMethod.CumulativeSum, 1, Target, Target, Realisasi);
}

/// <summary>
/// Generators for the specification properties, used together with <see cref="KinerjaArbitraries"/>:
/// small row sets over few codes (so filters both keep and drop rows), specifications of random verbs,
/// and target/realisasi pairs that often put the capaian exactly on a band bound or the cap, or 0.0001 off it.
/// </summary>
public static class SpecificationArbitraries
{
    private static readonly string[] Kabupaten = ["3302", "3303"];
    private static readonly string[] Kecamatan = ["AJB", "BBS", "KTM"];
    private static readonly string[] Units = ["PEM", "UMUM"];
    private static readonly decimal[] Bounds = [0m, 51m, 66m, 76m, 91m, 100m, 120m, 150m, 99.99m, 0.5m];

    /// <summary>Up to 30 rows; null and zero targets, ranges and unreported rows mixed in.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MeasurementRows> MeasurementRowSets() =>
        Arb.From(Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(RowGen, n)).Select(rows => new MeasurementRows(Unique(rows))));

    /// <summary>Specifications of zero to four random verbs, sometimes ordered and paged.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MeasurementQuery> MeasurementQueries() => Arb.From(QueryGen);

    /// <summary>Positive or negative single-value targets, T from 0.01 to 1e6 (sometimes 0), R near band bounds or anywhere.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CategoryCase> CategoryCases() => Arb.From(
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Negative)
        from t in Gen.Frequency((12, Figure(1_000_000m)), (1, Gen.Constant(0m)))
        from r in Gen.Frequency(
            (1, Figure(3_000_000m)),
            (2, from b in Gen.Elements(Bounds)
                from d in Gen.Elements(-0.0001m, 0m, 0m, 0.0001m)
                select Math.Max(0m, (polarity == Polarity.Positive ? b * t / 100m : (2m * t) - (b * t / 100m)) + d)))
        select new CategoryCase(polarity, t, r));

    private static Gen<decimal> Figure(decimal max) =>
        from scale in Gen.Choose(0, 4)
        from digits in Gen.Choose(1, 10)
        from raw in Gen.Choose(0, int.MaxValue)
        let value = (raw % (long)Math.Pow(10, Math.Min(digits, 9))) / (decimal)Math.Pow(10, scale)
        select Math.Min(value, max);

    private static Gen<IndicatorMeasurement> RowGen { get; } =
        from kab in Gen.Elements(Kabupaten)
        from kec in Gen.Elements(Kecamatan)
        from unit in Gen.Elements(Units)
        from indicator in Gen.Elements("IK1", "IK2", "IK3")
        from triwulan in Gen.Choose(1, 4)
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Negative, Polarity.KeepStable)
        from target in Gen.Frequency(
            (1, Gen.Constant<(decimal?, decimal?)>((null, null))),
            (1, Gen.Constant<(decimal?, decimal?)>((0m, 0m))),
            (1, Gen.Choose(0, 5000).Select(v => ((decimal?)(v / 100m), (decimal?)((v / 100m) + 10m)))),
            (8, Gen.Choose(1, 20000).Select(v => ((decimal?)(v / 100m), (decimal?)(v / 100m)))))
        from realisasi in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (4, Gen.Choose(0, 40000).Select(v => (decimal?)(v / 100m))))
        select new IndicatorMeasurement(kab, kec, unit, "S1", indicator, polarity, AggregationMethod.CumulativeSum, triwulan, target.Item1, target.Item2, realisasi);

    private static Gen<(string Text, Func<Specification<IndicatorMeasurement>, Specification<IndicatorMeasurement>> Add)> VerbGen { get; } =
        Gen.OneOf(
            Gen.Elements(Kabupaten).Select(Verb<string>("OfKabupaten", (s, c) => s.OfKabupaten(c))),
            Gen.Elements(Kecamatan).Select(Verb<string>("OfKecamatan", (s, c) => s.OfKecamatan(c))),
            Gen.Elements(Units).Select(Verb<string>("OfUnit", (s, c) => s.OfUnit(c))),
            Gen.Choose(1, 4).Select(Verb<int>("InTriwulan", (s, n) => s.InTriwulan(n))),
            Gen.Constant(Verb<int>("Reported", (s, _) => s.Reported())(0)),
            Gen.Constant(Verb<int>("NotReported", (s, _) => s.NotReported())(0)),
            Gen.Choose(0, 4).Select(Verb<int>("InCategory", (s, i) => s.InCategory(CategoryScales.Permendagri86.Bands[i]))),
            Gen.Choose(0, 4).Select(Verb<int>("InCategoryCapped", (s, i) => s.InCategory(CategoryScales.Permendagri86.Bands[i], CapaianPolicy.Default with { Cap = 120m }))));

    private static Gen<MeasurementQuery> QueryGen { get; } =
        from count in Gen.Choose(0, 4)
        from verbs in Gen.ArrayOf(VerbGen, count)
        from order in Gen.Choose(0, 2)
        from skip in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 10)))
        from take in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 10)))
        let filtered = verbs.Aggregate(new Specification<IndicatorMeasurement>(), (s, v) => v.Add(s))
        let ordered = order switch
        {
            1 => filtered.OrderBy(m => m.KecamatanCode).ThenByDescending(m => m.Triwulan).ThenBy(m => m.Realisasi),
            2 => filtered.OrderByDescending(m => m.Realisasi).ThenBy(m => m.UnitCode),
            _ => filtered,
        }
        let skipped = skip >= 0 ? ordered.Skip(skip) : ordered
        let paged = take >= 0 ? skipped.Take(take) : skipped
        select new MeasurementQuery(
            string.Join(".", verbs.Select(v => v.Text)) + (order > 0 ? ".Order" + order.ToString(CultureInfo.InvariantCulture) : string.Empty)
                + (skip >= 0 ? ".Skip(" + skip.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty)
                + (take >= 0 ? ".Take(" + take.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty),
            paged,
            ordered);

    private static Func<TArg, (string, Func<Specification<IndicatorMeasurement>, Specification<IndicatorMeasurement>>)> Verb<TArg>(
        string name, Func<Specification<IndicatorMeasurement>, TArg, Specification<IndicatorMeasurement>> add) =>
        arg => (name + "(" + Convert.ToString(arg, CultureInfo.InvariantCulture) + ")", s => add(s, arg));

    // The composite key (kecamatan, unit, indicator, triwulan) is unique in a real table; keep the first of each.
    private static IndicatorMeasurement[] Unique(IndicatorMeasurement[] rows) =>
        [.. rows.GroupBy(r => (r.KecamatanCode, r.UnitCode, r.IndicatorId, r.Triwulan)).Select(g => g.First())];
}
