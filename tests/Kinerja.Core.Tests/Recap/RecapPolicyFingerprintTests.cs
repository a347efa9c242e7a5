using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Serialization;
using Kinerja.Core.Tests.Properties;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// A recap table carries the fingerprint of the policy it was computed under (issue 13): the canonical text is fixed
/// (docs/recap.md), any choice that changes a figure changes the fingerprint, and Merge and Replace refuse a table or a
/// policy of another fingerprint instead of trusting the caller.
/// </summary>
public class RecapPolicyFingerprintTests
{
    private static readonly IndicatorMeasurement[] Rows =
    [
        new("K1", "K1-01", "K1-01-U1", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 1, 10m, 10m, 12m),
        new("K1", "K1-01", "K1-01-U1", "S1", "IK2", Polarity.Negative, AggregationMethod.LastValue, 1, 5m, 5m, 4m),
    ];

    private static readonly IndicatorMeasurement[] OtherRows =
    [
        new("K1", "K1-02", "K1-02-U1", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 1, 10m, 10m, 7m),
    ];

    [Fact]
    public void Canonical_Default_IsTheDocumentedText()
    {
        Assert.Equal(
            "kinerja-recap-policy/1\nnegative=TwoMinusRatio\nfloorAtZero=true\nzeroTarget=NotComputable\nrealisasiZero=\ncap=\naverageCap=\n"
            + "scale=Permendagri 86/2017\nbasis=printed\nband=Sangat Rendah(,51)\nband=Rendah[51,66)\nband=Sedang[66,76)\nband=Tinggi[76,91)\nband=Sangat Tinggi[91,)\n",
            PolicyFingerprint.Canonical(RecapPolicy.Default));
    }

    [Fact]
    public void Fingerprint_Default_IsTheStartOfTheSha256OfTheCanonicalText()
    {
        // Computed apart from the library: python3 -c "import hashlib; print(hashlib.sha256(text.encode()).hexdigest()[:16])".
        Assert.Equal("5efd251956f6ba00", RecapPolicy.Default.Fingerprint);
    }

    /// <summary>D47: the exact basis writes no line, so the default policy on the exact figure keeps the fingerprint every
    /// recap had before D47 (all of them classified the exact figure), and tables written then merge with it.</summary>
    [Fact]
    public void Fingerprint_ExactBasis_IsTheFingerprintOfTablesWrittenBeforeD47()
    {
        var exact = RecapPolicy.Default with { Scale = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) };

        Assert.DoesNotContain("basis=", PolicyFingerprint.Canonical(exact), StringComparison.Ordinal);
        Assert.Equal("1bba50ddc393c438", exact.Fingerprint);
    }

    [Fact]
    public void Json_Table_CarriesItsBasis_AndAVersion2TableWithoutItWasCountedOnTheExactFigure()
    {
        var table = RecapCalculator.Build(Rows, [], RecapPolicy.Default).Value;
        var json = KinerjaJson.Write(table);
        var before = json.Replace("\"classifyOn\": \"printed\",", string.Empty, StringComparison.Ordinal);

        Assert.Contains("\"classifyOn\": \"printed\"", json, StringComparison.Ordinal);
        Assert.Equal(CategoryBasis.Printed, KinerjaJson.ReadRecapTable(json).Value.ScaleBasis);
        Assert.NotEqual(json, before);
        Assert.Equal(CategoryBasis.Exact, KinerjaJson.ReadRecapTable(before).Value.ScaleBasis);
    }

    [Fact]
    public void Merge_TablesCountedOnTheOtherBasis_IsRefused()
    {
        var printed = RecapCalculator.Build(Rows, [], RecapPolicy.Default).Value;
        var exact = RecapCalculator.Build(OtherRows, [], RecapPolicy.Default with { Scale = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) }).Value;

        Assert.Equal(CategoryBasis.Printed, printed.ScaleBasis);
        Assert.Equal(CategoryBasis.Exact, exact.ScaleBasis);
        Assert.Throws<ArgumentException>(() => printed.Merge(exact));
    }

    [Fact]
    public void Fingerprint_SameCapWrittenWithAnotherScale_IsTheSame()
    {
        var a = RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { Cap = 120m }, AverageCap = 150m };
        var b = RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { Cap = 120.00m }, AverageCap = 150.0m };

        Assert.Equal(a.Fingerprint, b.Fingerprint);
    }

    /// <summary>Every choice that can change a figure changes the fingerprint.</summary>
    [Fact]
    public void Fingerprint_EachChoiceChanged_Differs()
    {
        var policies = new[]
        {
            RecapPolicy.Default,
            RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { NegativeFormula = NegativePolarityFormula.InverseRatio } },
            RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { FloorAtZero = false } },
            RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { ZeroTarget = ZeroTargetRule.HundredWhenMet } },
            RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { CapaianWhenRealisasiZero = 0m } },
            RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { Cap = 120m } },
            RecapPolicy.Default with { AverageCap = 120m },
            RecapPolicy.Default with { Scale = CategoryScales.Permendagri86Baik },
            RecapPolicy.Default with { Scale = CategoryScales.SakipGrades },
            RecapPolicy.Default with { Scale = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) },
        };

        Assert.Equal(policies.Length, policies.Select(p => p.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void Build_Table_CarriesItsPolicysFingerprint_AlsoThroughJson()
    {
        var policy = RecapPolicy.Default with { AverageCap = 120m };

        var table = RecapCalculator.Build(Rows, [], policy).Value;
        var source = RecapCalculator.Build(RecapSource.Create(Rows, []).Value, policy);
        var read = KinerjaJson.ReadRecapTable(KinerjaJson.Write(table)).Value;

        Assert.Equal(policy.Fingerprint, table.PolicyFingerprint);
        Assert.Equal(policy.Fingerprint, source.PolicyFingerprint);
        Assert.Equal(policy.Fingerprint, read.PolicyFingerprint);
        Assert.Equal(table, read);
    }

    [Fact]
    public void Merge_TableOfAnotherPolicy_IsRefusedNamingBoth()
    {
        var mine = RecapCalculator.Build(Rows, [], RecapPolicy.Default).Value;
        var theirs = RecapCalculator.Build(OtherRows, [], RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { Cap = 120m } }).Value;

        var e = Assert.Throws<ArgumentException>(() => mine.Merge(theirs));

        Assert.Contains(mine.PolicyFingerprint!, e.Message, StringComparison.Ordinal);
        Assert.Contains(theirs.PolicyFingerprint!, e.Message, StringComparison.Ordinal);
        Assert.Equal(RecapCalculator.Build(Rows.Concat(OtherRows), [], RecapPolicy.Default).Value, mine.Merge(RecapCalculator.Build(OtherRows, [], RecapPolicy.Default).Value));
    }

    [Fact]
    public void Merge_ATableOfUnknownPolicy_IsRefusedWithAnyOther_EvenAnotherUnknownOne()
    {
        var known = RecapCalculator.Build(Rows, [], RecapPolicy.Default).Value;
        var unknown = VersionOne(RecapCalculator.Build(OtherRows, [], RecapPolicy.Default).Value);

        Assert.Null(unknown.PolicyFingerprint);
        Assert.Throws<ArgumentException>(() => known.Merge(unknown));
        Assert.Throws<ArgumentException>(() => unknown.Merge(known));
        var e = Assert.Throws<ArgumentException>(() => unknown.Merge(VersionOne(known)));
        Assert.Equal("other", e.ParamName);
        Assert.StartsWith("A recap table read from a version-1 document does not say which policy", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_UnderAnotherPolicy_IsRefused_UnderItsOwnUpdates()
    {
        var table = RecapCalculator.Build(Rows, [], RecapPolicy.Default).Value;
        var after = new[] { new IndicatorMeasurement("K1", "K1-01", "K1-01-U1", "S1", "IK1", Polarity.Positive, AggregationMethod.CumulativeSum, 1, 10m, 10m, 9m) };

        var e = Assert.Throws<ArgumentException>(() => table.Replace(Rows.Take(1), after, RecapPolicy.Default with { AverageCap = 100m }));
        var updated = table.Replace(Rows.Take(1), after, RecapPolicy.Default).Value;

        Assert.Equal("policy", e.ParamName);
        Assert.Equal(RecapCalculator.Build(after.Concat(Rows.Skip(1)), [], RecapPolicy.Default).Value, updated);
        var unknown = Assert.Throws<ArgumentException>(() => VersionOne(table).Replace(Rows.Take(1), after, RecapPolicy.Default));
        Assert.Equal("policy", unknown.ParamName);
        Assert.StartsWith("A recap table read from a version-1 document does not say which policy", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadFingerprint_IsAProblemAtPolicy()
    {
        var json = KinerjaJson.Write(RecapCalculator.Build(Rows, [], RecapPolicy.Default).Value).Replace(RecapPolicy.Default.Fingerprint, "NOT-A-HASH", StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadRecapTable(json).Problems);

        Assert.Equal(("$.policy", "NOT-A-HASH"), (problem.Path, problem.AttemptedValue));
    }

    /// <summary>The table as a version-1 document wrote it (no policy), read back.</summary>
    private static RecapTable VersionOne(RecapTable table)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(KinerjaJson.Write(table))!.AsObject();
        json["schemaVersion"] = 1;
        json.Remove("policy");
        return KinerjaJson.ReadRecapTable(json.ToJsonString()).Value;
    }
}
