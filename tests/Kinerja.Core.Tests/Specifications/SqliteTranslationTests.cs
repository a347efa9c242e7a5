using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Specifications;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Core.Tests.Specifications.Rows;

namespace Kinerja.Core.Tests.Specifications;

/// <summary>
/// The <see cref="IndicatorMeasurement"/> verbs against a real SQLite database through EF Core: each
/// specification is applied to the DbSet, must run as SQL (EF Core throws when a filter cannot be
/// translated; it never evaluates a Where on the client) and must return exactly what the in-memory
/// evaluator returns.
/// </summary>
public sealed class SqliteTranslationTests : IDisposable
{
    private static readonly Specification<IndicatorMeasurement> All = new();

    private static readonly CapaianPolicy[] Policies =
    [
        CapaianPolicy.Default with { FloorAtZero = false },
        CapaianPolicy.Default,
        CapaianPolicy.Default with { Cap = 120m },
        CapaianPolicy.Default with { Cap = 99.99m, FloorAtZero = false },
        CapaianPolicy.Default with { ZeroTarget = ZeroTargetRule.Zero },
        CapaianPolicy.Default with { ZeroTarget = ZeroTargetRule.HundredWhenMet, Cap = 95m },
    ];

    private readonly IReadOnlyList<IndicatorMeasurement> _rows = BoundaryRows();

    private readonly MeasurementDb _db;

    public SqliteTranslationTests() => _db = MeasurementDb.Create(_rows);

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> Verbs => ["OfKabupaten", "OfKecamatan", "OfUnit", "InTriwulan", "NotReported", "Reported", "Chain"];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Verb_RunsAsSql_SameRowsAsInMemory(string verb)
    {
        var (spec, column) = verb switch
        {
            "OfKabupaten" => (All.OfKabupaten("3302"), "\"KabupatenCode\" = @"),
            "OfKecamatan" => (All.OfKecamatan("KTM"), "\"KecamatanCode\" = @"),
            "OfUnit" => (All.OfUnit("UMUM"), "\"UnitCode\" = @"),
            "InTriwulan" => (All.InTriwulan(2), "\"Triwulan\" = @"),
            "NotReported" => (All.NotReported(), "\"Realisasi\" IS NULL"),
            "Reported" => (All.Reported(), "\"Realisasi\" IS NOT NULL"),
            _ => (All.OfKabupaten("3303").OfKecamatan("BBS").InTriwulan(1).Reported(), "\"Triwulan\" = @"),
        };

        var sql = spec.Apply(_db.Set<IndicatorMeasurement>()).ToQueryString();
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Contains(column, sql, StringComparison.Ordinal);
        AssertSameAsInMemory(spec);
    }

    [Fact]
    public void InCategory_RunsAsSqlWithoutDivision_UsingDecimalFunctions()
    {
        var sql = All.InCategory(CategoryScales.Permendagri86.Bands[3], CapaianPolicy.Default with { Cap = 120m })
            .Apply(_db.Set<IndicatorMeasurement>()).ToQueryString();
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Contains("ef_compare(ef_multiply('100.0', \"i\".\"Realisasi\"), ef_multiply(@", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("ef_divide", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(" / ", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void InCategory_EveryBandAndPolicy_SameRowsAsInMemoryAndAsTheCalculator()
    {
        var matched = 0;
        // Each scale on both bases (D47): a query cannot round, so it filters on the scale's ExactBands.
        var scales = new[] { CategoryScales.Permendagri86, CategoryScales.SakipGrades, CategoryScales.Sakip(SakipBoundary.LowerInclusive) }
            .SelectMany(s => new[] { s, s.WithBasis(CategoryBasis.Exact) });
        foreach (var scale in scales)
        {
            foreach (var policy in Policies)
            {
                var inSql = new Dictionary<IndicatorMeasurement, CategoryBand>(ReferenceEqualityComparer.Instance);
                var byKey = _rows.ToDictionary(Key);
                for (var i = 0; i < scale.Bands.Count; i++)
                {
                    var band = scale.Bands[i];
                    var spec = All.InCategory(scale.ExactBands[i], policy);
                    var rows = AssertSameAsInMemory(spec);
                    foreach (var row in rows)
                    {
                        Assert.True(inSql.TryAdd(byKey[Key(row)], band), $"{row} is in two bands of {scale} under {policy}");
                        matched++;
                    }
                }

                foreach (var row in _rows)
                {
                    Assert.Equal(Classify(row, scale, policy), inSql.GetValueOrDefault(row));
                }
            }
        }

        Assert.True(matched > 1000, $"only {matched} rows matched a band");
    }

    [Fact]
    public void OrderingAndPaging_RunAsSql_SameRowsAsInMemory()
    {
        var spec = All.Reported().OrderBy(m => m.KecamatanCode).ThenByDescending(m => m.Realisasi).ThenBy(m => m.IndicatorId).Skip(3).Take(40);
        var sql = spec.Apply(_db.Set<IndicatorMeasurement>()).ToQueryString();
        Assert.Contains("ORDER BY \"i\".\"KecamatanCode\", \"i\".\"Realisasi\" COLLATE EF_DECIMAL DESC, \"i\".\"IndicatorId\"", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", sql, StringComparison.Ordinal);
        Assert.Contains("OFFSET", sql, StringComparison.Ordinal);
        var inDb = spec.Apply(_db.Set<IndicatorMeasurement>()).ToList();
        Assert.Equal(spec.Evaluate(_rows).Select(Key), inDb.Select(Key));
        Assert.Equal(40, inDb.Count);
    }

    [Fact]
    public void And_OfTwoSpecifications_RunsAsSql()
    {
        var spec = All.OfKecamatan("BBS").And(All.InCategory(CategoryScales.Permendagri86.Bands[4]).OrderBy(m => m.IndicatorId));
        Assert.NotEmpty(AssertSameAsInMemory(spec));
    }

    [Fact]
    public void UntranslatableFilter_FailsInsteadOfRunningOnTheClient()
    {
        var spec = All.Where(m => IsEven(m.Triwulan));
        var e = Assert.Throws<InvalidOperationException>(() => spec.Apply(_db.Set<IndicatorMeasurement>()).ToList());
        Assert.Contains("could not be translated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimals_RoundTripExactly()
    {
        var stored = _db.Set<IndicatorMeasurement>().AsNoTracking().ToList().ToDictionary(Key);
        foreach (var row in _rows)
        {
            var back = stored[Key(row)];
            Assert.Equal((row.TargetLower, row.TargetUpper, row.Realisasi), (back.TargetLower, back.TargetUpper, back.Realisasi));
        }
    }

    private static bool IsEven(int n) => n % 2 == 0;

    private static CategoryBand? Classify(IndicatorMeasurement row, CategoryScale scale, CapaianPolicy policy)
    {
        if (row.TargetLower is not { } t || row.TargetUpper != t || row.Realisasi is not { } r || t < 0m || row.Polarity == Polarity.KeepStable)
        {
            return null;
        }

        return CapaianCalculator.Calculate(row.Polarity, t, r, policy).Classify(scale);
    }

    /// <summary>Runs the specification in SQLite and in memory, asserts the same rows, returns them.</summary>
    private List<IndicatorMeasurement> AssertSameAsInMemory(Specification<IndicatorMeasurement> spec)
    {
        var inDb = spec.Apply(_db.Set<IndicatorMeasurement>().AsNoTracking()).ToList();
        var inMemory = spec.Evaluate(_rows).ToList();
        if (spec.IsOrdered)
        {
            Assert.Equal(inMemory.Select(Key), inDb.Select(Key));
        }
        else
        {
            Assert.Equal(inMemory.Select(Key).Order(StringComparer.Ordinal), inDb.Select(Key).Order(StringComparer.Ordinal));
        }

        Assert.All(inDb, row => Assert.True(spec.IsSatisfiedBy(row)));
        return inDb;
    }

    private static string Key(IndicatorMeasurement m) =>
        m.KecamatanCode + "/" + m.UnitCode + "/" + m.IndicatorId + "/" + m.Triwulan.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The sample rows, plus for several targets and every band bound (and the caps) a realisasi that puts
    /// the capaian exactly on the bound and 0.0001 either side, for both polarities; plus targets of 0.
    /// </summary>
    private static List<IndicatorMeasurement> BoundaryRows()
    {
        decimal[] targets = [3m, 7m, 10m, 100m, 0.3m, 12.5m, 1234.5678m];
        decimal[] bounds = [0m, 30m, 50m, 51m, 60m, 66m, 70m, 76m, 80m, 90m, 91m, 95m, 99.99m, 100m, 120m, 150m];
        var rows = new List<IndicatorMeasurement>(Sample);
        var n = 0;
        foreach (var t in targets)
        {
            foreach (var b in bounds)
            {
                foreach (var d in new[] { -0.0001m, 0m, 0.0001m })
                {
                    rows.Add(Row("GRID", "POS", "I" + (n++).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, t, (b * t / 100m) + d));
                    var negative = (2m * t) - (b * t / 100m) + d;
                    rows.Add(Row("GRID", "NEG", "I" + (n++).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, t, negative, Polarity.Negative));
                }
            }
        }

        foreach (var r in new[] { 0m, 5m })
        {
            rows.Add(Row("ZERO", "POS", "R" + r.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, 0m, r));
            rows.Add(Row("ZERO", "NEG", "R" + r.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, 0m, r, Polarity.Negative));
        }

        rows.Add(Row("EDGE", "STABLE", "I1", 1, 10m, 10m, Polarity.KeepStable));
        rows.Add(Row("EDGE", "RANGE", "I1", 1, 10m, 12m, targetUpper: 20m));
        return rows;
    }
}
