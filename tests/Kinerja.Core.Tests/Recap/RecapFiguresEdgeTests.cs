using Kinerja.Core.Recap;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// The recap's figure types field by field: <see cref="RecapFigures"/> and <see cref="BudgetFigures"/> (equality, the
/// not-computable total, texts, serapan) and the tally they are read from (adding, merging, the carry of a sum past a
/// long). Aimed at the survivors of the first Stryker run of <c>eng/stryker/recap-rules.json</c> (docs/mutation.md):
/// kinds of figure no generated recap produced (zero realisasi, other not computable) and equality checked as a whole.
/// </summary>
public class RecapFiguresEdgeTests
{
    private static RecapFigures Figures(int indicators = 10, int computed = 4, int notReported = 1, int zeroTarget = 2, int targetMissing = 1, int zeroRealisasi = 1, int other = 1, decimal sum = 300_000_000_000m, int[]? categories = null) =>
        new(indicators, computed, notReported, zeroTarget, targetMissing, zeroRealisasi, other, sum, categories ?? [1, 0, 3]);

    public static TheoryData<string> Fields => ["indicators", "computed", "notReported", "zeroTarget", "targetMissing", "zeroRealisasi", "other", "sum", "categories"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void RecapFigures_DifferingInOneField_AreNotEqual(string field)
    {
        var changed = field switch
        {
            "indicators" => Figures(indicators: 11),
            "computed" => Figures(computed: 5),
            "notReported" => Figures(notReported: 2),
            "zeroTarget" => Figures(zeroTarget: 3),
            "targetMissing" => Figures(targetMissing: 2),
            "zeroRealisasi" => Figures(zeroRealisasi: 2),
            "other" => Figures(other: 2),
            "sum" => Figures(sum: 300_000_000_001m),
            _ => Figures(categories: [1, 1, 2]),
        };

        Assert.NotEqual(Figures(), changed);
        Assert.False(Figures().Equals(changed));
        Assert.True(Figures().Equals(Figures()));
        Assert.Equal(Figures().GetHashCode(), Figures().GetHashCode());
        Assert.False(Figures().Equals((RecapFigures?)null));
    }

    [Fact]
    public void RecapFigures_NotComputable_IsTheSumOfItsFourReasons()
    {
        Assert.Equal(2 + 1 + 1 + 1, Figures().NotComputable);
        Assert.Equal(7 + 5 + 3 + 2, Figures(zeroTarget: 7, targetMissing: 5, zeroRealisasi: 3, other: 2).NotComputable);
    }

    [Fact]
    public void RecapFigures_Text_NamesEveryCountTheAverageAndTheCategories()
    {
        // 300 × 10⁹ quanta over 4 computed: 75 %.
        Assert.Equal("n=10 computed=4 avg=75 notReported=1 notComputable=5 categories=[1,0,3]", Figures().ToString());
        Assert.Equal("n=3 computed=0 avg=null notReported=3 notComputable=0 categories=[0]", Figures(3, 0, 3, 0, 0, 0, 0, 0m, [0]).ToString());
    }

    [Fact]
    public void RecapFigures_HashOfEqualFigures_IsEqual_AndUsesTheCount()
    {
        Assert.Equal(Figures(categories: [9, 9, 9]).GetHashCode(), Figures(categories: [9, 9, 9]).GetHashCode());
        Assert.NotEqual(Figures(indicators: 10).GetHashCode(), Figures(indicators: 11).GetHashCode());
    }

    private static BudgetFigures Budget(int programs = 3, int notReported = 1, decimal pagu = 1_000m, decimal reportedPagu = 800m, decimal realisasi = 600m) =>
        new(programs, notReported, pagu, reportedPagu, realisasi);

    [Theory]
    [InlineData("programs")]
    [InlineData("notReported")]
    [InlineData("pagu")]
    [InlineData("reportedPagu")]
    [InlineData("realisasi")]
    public void BudgetFigures_DifferingInOneField_AreNotEqual(string field)
    {
        var changed = field switch
        {
            "programs" => Budget(programs: 4),
            "notReported" => Budget(notReported: 2),
            "pagu" => Budget(pagu: 1_001m),
            "reportedPagu" => Budget(reportedPagu: 801m),
            _ => Budget(realisasi: 601m),
        };

        Assert.False(Budget().Equals(changed));
        Assert.True(Budget().Equals(Budget()));
        Assert.False(Budget().Equals((object?)null));
        Assert.NotEqual(Budget(programs: 3).GetHashCode(), Budget(programs: 4).GetHashCode());
    }

    [Fact]
    public void BudgetFigures_Serapan_IsOverTheReportedPagu_OrNullWhenItIsZero()
    {
        Assert.Equal(75m, Budget().Serapan);
        Assert.Null(Budget(reportedPagu: 0m, realisasi: 0m).Serapan);
        Assert.Equal("programs=3 pagu=1000 realisasi=600 serapan=75 notReported=1", Budget().ToString());
        Assert.Equal("programs=2 pagu=50 realisasi=0 serapan=null notReported=2", Budget(2, 2, 50m, 0m, 0m).ToString());
    }

    private static RecapTally Tally(int seed) => new()
    {
        Indicators = seed,
        Computed = seed + 1,
        NotReported = seed + 2,
        ZeroTarget = seed + 3,
        TargetMissing = seed + 4,
        ZeroRealisasi = seed + 5,
        Other = seed + 6,
        Sum = 1_000 + seed,
        Carry = 10m * seed,
    };

    [Fact]
    public void Tally_Add_AddsEveryCountTheSumAndTheCarry()
    {
        var a = Tally(1);
        a.Add(Tally(10));
        var f = a.ToFigures([]);
        Assert.Equal((11, 13, 15, 17, 19, 21, 23), (f.IndicatorCount, f.Computed, f.NotReported, f.ZeroTarget, f.TargetMissing, f.ZeroRealisasi, f.OtherNotComputable));
        Assert.Equal(1_001m + 1_010m + 10m + 100m, f.CapaianSum);
    }

    [Fact]
    public void Tally_Combine_AddsOrSubtractsEveryCount()
    {
        var plus = RecapTally.Combine(Tally(10), Tally(1), 1).ToFigures([]);
        var minus = RecapTally.Combine(Tally(10), Tally(1), -1).ToFigures([]);
        Assert.Equal((11, 13, 15, 17, 19, 21, 23), (plus.IndicatorCount, plus.Computed, plus.NotReported, plus.ZeroTarget, plus.TargetMissing, plus.ZeroRealisasi, plus.OtherNotComputable));
        Assert.Equal((9, 9, 9, 9, 9, 9, 9), (minus.IndicatorCount, minus.Computed, minus.NotReported, minus.ZeroTarget, minus.TargetMissing, minus.ZeroRealisasi, minus.OtherNotComputable));
        Assert.Equal((1_010m + 100m) - (1_001m + 10m), minus.CapaianSum);
    }

    public static TheoryData<int> TallyFields => [0, 1, 2, 3, 4, 5, 6, 7];

    [Theory]
    [MemberData(nameof(TallyFields))]
    public void Tally_SameAs_ComparesEachField(int field)
    {
        var other = Tally(3);
        switch (field)
        {
            case 0: other.Indicators++; break;
            case 1: other.Computed++; break;
            case 2: other.NotReported++; break;
            case 3: other.ZeroTarget++; break;
            case 4: other.TargetMissing++; break;
            case 5: other.ZeroRealisasi++; break;
            case 6: other.Other++; break;
            default: other.Sum++; break;
        }

        Assert.True(Tally(3).SameAs(Tally(3)));
        Assert.False(Tally(3).SameAs(other));
    }

    [Fact]
    public void Tally_SumPastALong_IsCarriedExactly()
    {
        var t = default(RecapTally);
        t.AddQuanta(long.MaxValue - 5);
        t.AddQuanta(10);
        Assert.Equal((decimal)long.MaxValue + 5m, t.CapaianSum);
        t.AddQuanta(long.MaxValue);
        Assert.Equal((2m * long.MaxValue) + 5m, t.CapaianSum);

        // Exactly up to long.MaxValue there is nothing to carry.
        var u = default(RecapTally);
        u.AddQuanta(long.MaxValue - 1);
        u.AddQuanta(1);
        Assert.Equal(long.MaxValue, u.Sum);
        Assert.Equal(0m, u.Carry);
        var n = default(RecapTally);
        n.AddQuanta(-5);
        n.AddQuanta(-7);
        Assert.Equal(-12m, n.CapaianSum);
        Assert.Equal(0m, n.Carry);
    }

    [Fact]
    public void Tally_Add_KeepsTheOtherCarry()
    {
        var a = default(RecapTally);
        var b = new RecapTally { Carry = 7m, Sum = 3 };
        a.Add(b);
        Assert.Equal(10m, a.CapaianSum);
        Assert.Equal(7m, a.Carry);
    }

    /// <summary>A carry whose low 64 bits are all zero (2⁶⁴, −2⁶⁴, 2⁹⁵) is not zero: the bit test reads the high
    /// 32 bits too, and the scale of a zero (0.00) does not make it one.</summary>
    [Theory]
    [InlineData("18446744073709551616")]
    [InlineData("-18446744073709551616")]
    [InlineData("39614081257132168796771975168")]
    [InlineData("0.00")]
    public void Tally_Add_KeepsACarryOfAnySize(string carry)
    {
        var value = decimal.Parse(carry, System.Globalization.CultureInfo.InvariantCulture);
        var a = new RecapTally { Sum = 1 };
        a.Add(new RecapTally { Carry = value });
        Assert.Equal(value + 1m, a.CapaianSum);
        Assert.Equal(value, a.Carry);
    }
}
