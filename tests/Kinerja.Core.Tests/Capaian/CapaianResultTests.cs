using Kinerja.Core.Capaian;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Capaian;

/// <summary><see cref="CapaianResult"/>: equality over all four parts, the hash, the reason texts and the text form.</summary>
public class CapaianResultTests
{
    private static readonly CapaianReason[] Reasons = Enum.GetValues<CapaianReason>();

    /// <summary>Pairs that differ in exactly one of status, value, uncapped value and reason.</summary>
    public static TheoryData<string, CapaianResult, CapaianResult> DifferInOnePart => new()
    {
        // NotReported has reason NotReported: only the status differs.
        { "status", CapaianResult.NotReported, CapaianResult.NotComputable(CapaianReason.NotReported) },
        // 150 capped at 120 and at 150: same uncapped 150, values 120 and 150.
        { "value", CapaianResult.Computed(150m, 120m), CapaianResult.Computed(150m, 150m) },
        // 150 capped at 120 and 120 itself: both 120, uncapped 150 and 120.
        { "uncapped", CapaianResult.Computed(150m, 120m), CapaianResult.Computed(120m, 120m) },
        { "reason", CapaianResult.Computed(0m, null, CapaianReason.ZeroTarget), CapaianResult.Computed(0m) },
    };

    [Theory]
    [MemberData(nameof(DifferInOnePart))]
    public void Equals_ResultsDifferingInOnePart_AreNotEqual(string part, CapaianResult left, CapaianResult right)
    {
        Assert.False(left.Equals(right), part);
        Assert.False(right.Equals(left), part);
        Assert.False(left == right, part);
        Assert.True(left != right, part);
        Assert.False(left.Equals((object)right), part);
    }

    [Fact]
    public void Equals_SameParts_AreEqualWithEqualHashes()
    {
        var left = CapaianResult.Computed(150m, 120m, CapaianReason.OutOfRange);
        var right = CapaianResult.Computed(150m, 120m, CapaianReason.OutOfRange);

        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.False(left.Equals("150"));
    }

    [Fact]
    public void GetHashCode_NotComputableForEachReason_AllDistinct()
    {
        var hashes = Reasons.Select(r => CapaianResult.NotComputable(r).GetHashCode()).ToArray();

        Assert.Equal(Reasons.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void GetHashCode_SameReasonDifferentStatus_Distinct()
    {
        Assert.NotEqual(CapaianResult.NotReported.GetHashCode(), CapaianResult.NotComputable(CapaianReason.NotReported).GetHashCode());
        Assert.NotEqual(CapaianResult.Computed(0m).GetHashCode(), CapaianResult.NotComputable(CapaianReason.None).GetHashCode());
    }

    [Theory]
    [InlineData(CapaianReason.NotReported, "belum dilaporkan", "not reported")]
    [InlineData(CapaianReason.ZeroTarget, "target nol", "zero target")]
    [InlineData(CapaianReason.ZeroRealisasi, "realisasi nol pada rumus T/R", "zero realisasi under T/R")]
    [InlineData(CapaianReason.TargetMissing, "target triwulan tidak ditetapkan", "no target for the quarter")]
    [InlineData(CapaianReason.GradeNotInScale, "predikat tidak ada dalam skala", "grade not in scale")]
    [InlineData(CapaianReason.KindMismatch, "predikat dan angka tercampur", "grade and number mixed")]
    [InlineData(CapaianReason.OutOfRange, "capaian di luar jangkauan angka", "capaian beyond the range of numbers")]
    public void DescribeReason_EachReason_ItsTextInBothLanguages(CapaianReason reason, string indonesian, string english)
    {
        var result = CapaianResult.NotComputable(reason);

        Assert.Equal(indonesian, result.DescribeReason());
        Assert.Equal(indonesian, result.DescribeReason(MessageLanguage.Indonesian));
        Assert.Equal(english, result.DescribeReason(MessageLanguage.English));
    }

    [Fact]
    public void DescribeReason_EveryReasonButNone_NonEmptyAndDistinctInEachLanguage()
    {
        foreach (var language in new[] { MessageLanguage.Indonesian, MessageLanguage.English })
        {
            var texts = Reasons.Where(r => r != CapaianReason.None).Select(r => CapaianResult.NotComputable(r).DescribeReason(language)).ToArray();
            Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
            Assert.Equal(texts.Length, texts.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void DescribeReason_PlainComputedFigure_Empty()
    {
        Assert.Equal(string.Empty, CapaianResult.Computed(96m).DescribeReason());
        Assert.Equal(string.Empty, CapaianResult.Computed(96m).DescribeReason(MessageLanguage.English));
    }

    [Fact]
    public void ToString_CappedFigure_ShowsTheFigureBeforeTheCap()
    {
        Assert.Equal("120 (capped from 150.5)", CapaianResult.Computed(150.5m, 120m).ToString());
        Assert.Equal("96", CapaianResult.Computed(96m, 120m).ToString());
        Assert.Equal("NotComputable: ZeroTarget", CapaianResult.NotComputable(CapaianReason.ZeroTarget).ToString());
    }

    [Fact]
    public void Classify_NullScale_ThrowsNamingScale()
    {
        var e = Assert.Throws<ArgumentNullException>(() => CapaianResult.Computed(96m).Classify(null!));
        Assert.Equal("scale", e.ParamName);
    }
}
