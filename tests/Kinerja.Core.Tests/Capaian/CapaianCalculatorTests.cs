using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;

namespace Kinerja.Core.Tests.Capaian;

/// <summary>
/// Worked examples. Sources:
/// [PANRB8] Peraturan Menteri PANRB Nomor 8 Tahun 2021 tentang Sistem Manajemen Kinerja PNS, lampiran,
///          doc pages 91 and 100 (capaian IKI, kondisi normal and kondisi khusus, range targets) and 243 (SKP form).
/// [MATIM]  LKjIP 2019 Pemerintah Kabupaten Manggarai Timur, Tabel 3.8, p. 41 (negative indicators computed as T/R).
/// </summary>
public class CapaianCalculatorTests
{
    private static readonly CapaianPolicy Default = CapaianPolicy.Default;
    private static readonly CapaianPolicy Inverse = CapaianPolicy.Default with { NegativeFormula = NegativePolarityFormula.InverseRatio };

    [Fact]
    public void Calculate_Panrb8RangeBelowLowerBound_UsesLowerBound()
    {
        // [PANRB8] p. 100: target 80 - 90 %, realisasi 70 %, printed capaian 87,5 %.
        var result = CapaianCalculator.Calculate(Polarity.Positive, Target.Between(80m, 90m), 70m, Default);
        Assert.Equal(87.5m, result.Value);
    }

    [Fact]
    public void Calculate_Panrb8SkpTargetMet_Gives100()
    {
        // [PANRB8] p. 243: Nilai Akuntabilitas Kinerja target 85, realisasi 85, capaian 100 %.
        Assert.Equal(100m, CapaianCalculator.Calculate(Polarity.Positive, 85m, 85m, Default).Value);
    }

    [Fact]
    public void Calculate_Panrb8SkpBelowTarget_KeepsFullPrecisionAndPrints97_89()
    {
        // [PANRB8] p. 243: target 95, realisasi 93, printed "98%" (rounded to whole percent in the lampiran).
        var result = CapaianCalculator.Calculate(Polarity.Positive, 95m, 93m, Default);
        Assert.Equal(9300m / 95m, result.Value);
        Assert.Equal("97,89", CapaianFormat.Format(result.Value!.Value));
        Assert.Equal(98m, Math.Round(result.Value!.Value, 0, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Calculate_Panrb8KondisiKhususBelowRange_Gives107()
    {
        // [PANRB8] p. 100: target 7 - 8 bulan, realisasi 6,5 bulan, kondisi khusus: (1 + (1 - 6,5/7)) x 100 = 107 % printed.
        var result = CapaianCalculator.Calculate(Polarity.Negative, Target.Between(7m, 8m), 6.5m, Default);
        Assert.Equal("107,14", CapaianFormat.Format(result.Value!.Value));
        Assert.Equal(107m, Math.Round(result.Value!.Value, 0, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Calculate_Panrb8KondisiKhususAboveRange_Gives87_5()
    {
        // [PANRB8] p. 100: target 7 - 8 bulan, realisasi 9 bulan: (1 + (1 - 9/8)) x 100 = 87,5 %.
        Assert.Equal(87.5m, CapaianCalculator.Calculate(Polarity.Negative, Target.Between(7m, 8m), 9m, Default).Value);
    }

    [Fact]
    public void Calculate_ManggaraiTimurMaternalMortalityInverse_Gives87_10FromUnroundedCounts()
    {
        // [MATIM] AKI: target 162/100.000 KH (printed 0,16), realisasi 186/100.000 KH (printed 0,19); printed capaian 87,10.
        var exact = CapaianCalculator.Calculate(Polarity.Negative, 162m, 186m, Inverse);
        Assert.Equal("87,10", CapaianFormat.Format(exact.Value!.Value));

        // Computing from the printed, already rounded figures gives another number: why we never round early.
        var early = CapaianCalculator.Calculate(Polarity.Negative, 0.16m, 0.19m, Inverse);
        Assert.Equal("84,21", CapaianFormat.Format(early.Value!.Value));
    }

    [Fact]
    public void Calculate_ManggaraiTimurInfantMortalityInverse_Gives96_54()
    {
        // [MATIM] AKB: target 9,20, realisasi 9,53 per 1.000 KH, printed capaian 96,54.
        var result = CapaianCalculator.Calculate(Polarity.Negative, 9.20m, 9.53m, Inverse);
        Assert.Equal("96,54", CapaianFormat.Format(result.Value!.Value));

        // Under the default (2T - R)/T the same figures give 96,41: the formula is a policy.
        Assert.Equal("96,41", CapaianFormat.Format(CapaianCalculator.Calculate(Polarity.Negative, 9.20m, 9.53m, Default).Value!.Value));
    }

    [Theory]
    [InlineData(90, 90)]
    [InlineData(110, 90)]
    [InlineData(100, 100)]
    [InlineData(150, 50)]
    public void Calculate_KeepStable_PenalisesDeviationEitherWay(int realisasi, int expected) =>
        Assert.Equal(expected, CapaianCalculator.Calculate(Polarity.KeepStable, 100m, realisasi, Default).Value);

    [Fact]
    public void Calculate_KeepStableFarOff_FloorsAtZeroUnlessPolicySaysOtherwise()
    {
        Assert.Equal(0m, CapaianCalculator.Calculate(Polarity.KeepStable, 100m, 250m, Default).Value);
        Assert.Equal(-50m, CapaianCalculator.Calculate(Polarity.KeepStable, 100m, 250m, Default with { FloorAtZero = false }).Value);
    }

    [Fact]
    public void Calculate_NegativeTwiceTheTarget_FloorsAtZero()
    {
        Assert.Equal(0m, CapaianCalculator.Calculate(Polarity.Negative, 10m, 30m, Default).Value);
        Assert.Equal(-100m, CapaianCalculator.Calculate(Polarity.Negative, 10m, 30m, Default with { FloorAtZero = false }).Value);
    }

    [Theory]
    [InlineData(Polarity.Positive)]
    [InlineData(Polarity.Negative)]
    [InlineData(Polarity.KeepStable)]
    public void Calculate_ZeroTargetByDefault_IsNotComputableWithReason(Polarity polarity)
    {
        var result = CapaianCalculator.Calculate(polarity, 0m, 5m, Default);
        Assert.Equal(CapaianStatus.NotComputable, result.Status);
        Assert.Equal(CapaianReason.ZeroTarget, result.Reason);
        Assert.Null(result.Value);
        Assert.Equal("- (target nol)", CapaianFormat.FormatResult(result));
        Assert.Equal("- (zero target)", CapaianFormat.FormatResult(result, NumberCulture.Invariant, Kinerja.Core.Validation.MessageLanguage.English));
    }

    [Theory]
    [InlineData(Polarity.Positive, 3, 100)]
    [InlineData(Polarity.Negative, 0, 100)]
    [InlineData(Polarity.Negative, 2, 0)]
    [InlineData(Polarity.KeepStable, 0, 100)]
    [InlineData(Polarity.KeepStable, 1, 0)]
    public void Calculate_ZeroTargetHundredWhenMet_GivesHundredOnTheRightSide(Polarity polarity, int realisasi, int expected)
    {
        var result = CapaianCalculator.Calculate(polarity, 0m, realisasi, Default with { ZeroTarget = ZeroTargetRule.HundredWhenMet });
        Assert.Equal(expected, result.Value);
        Assert.Equal(CapaianReason.ZeroTarget, result.Reason);
    }

    [Fact]
    public void Calculate_ZeroTargetZeroRule_GivesZero() =>
        Assert.Equal(0m, CapaianCalculator.Calculate(Polarity.Positive, 0m, 5m, Default with { ZeroTarget = ZeroTargetRule.Zero }).Value);

    [Fact]
    public void Calculate_InverseWithZeroRealisasi_IsNotComputableUnlessConfigured()
    {
        var none = CapaianCalculator.Calculate(Polarity.Negative, 5m, 0m, Inverse);
        Assert.Equal(CapaianStatus.NotComputable, none.Status);
        Assert.Equal(CapaianReason.ZeroRealisasi, none.Reason);

        var configured = CapaianCalculator.Calculate(Polarity.Negative, 5m, 0m, Inverse with { CapaianWhenRealisasiZero = 120m });
        Assert.Equal(120m, configured.Value);
        Assert.Equal(CapaianReason.ZeroRealisasi, configured.Reason);
    }

    [Fact]
    public void Calculate_RealisasiZeroUnderDefaultNegative_IsTwoHundred() =>
        Assert.Equal(200m, CapaianCalculator.Calculate(Polarity.Negative, 5m, 0m, Default).Value);

    [Fact]
    public void Calculate_WithCap_CapsButKeepsUncappedFigure()
    {
        var result = CapaianCalculator.Calculate(Polarity.Positive, 100m, 180m, Default with { Cap = 120m });
        Assert.Equal(120m, result.Value);
        Assert.Equal(180m, result.UncappedValue);
        Assert.True(result.IsCapped);
    }

    [Fact]
    public void Calculate_NoCapByDefault_KeepsFigureAbove100() =>
        Assert.Equal(180m, CapaianCalculator.Calculate(Polarity.Positive, 100m, 180m, Default).Value);

    [Fact]
    public void CalculateRange_InsideRange_Is100() =>
        Assert.Equal(100m, CapaianCalculator.CalculateRange(Polarity.KeepStable, 80m, 90m, 85m, Default).Value);

    [Fact]
    public void CalculateRange_SinglePointZero_FollowsZeroTargetPolicy() =>
        Assert.Equal(CapaianReason.ZeroTarget, CapaianCalculator.CalculateRange(Polarity.Positive, 0m, 0m, 0m, Default).Reason);

    [Fact]
    public void CalculateRange_Unordered_Throws() =>
        Assert.Throws<ArgumentException>(() => CapaianCalculator.CalculateRange(Polarity.Positive, 90m, 80m, 85m, Default));

    [Theory]
    [InlineData("WTP", "WTP", "100.00")]
    [InlineData("WTP", "WDP", "75.00")]
    [InlineData("WTP", "TMP", "25.00")]
    [InlineData("WDP", "WTP", "133.33")]
    public void CalculateGrade_OpiniBpk_ComparesOrdinalScores(string target, string realisasi, string expected)
    {
        var result = CapaianCalculator.CalculateGrade(GradeScale.OpiniBpk, target, realisasi, Default);
        Assert.Equal(expected, CapaianFormat.Format(result.Value!.Value, NumberCulture.Invariant));
    }

    [Fact]
    public void CalculateGrade_UnknownGrade_IsNotComputable() =>
        Assert.Equal(CapaianReason.GradeNotInScale, CapaianCalculator.CalculateGrade(GradeScale.OpiniBpk, "WTP", "XYZ", Default).Reason);

    [Fact]
    public void Calculate_GradeTargetWithNumber_IsKindMismatch() =>
        Assert.Equal(CapaianReason.KindMismatch, CapaianCalculator.Calculate(Polarity.Positive, Target.OfGrade("WTP"), 3m, Default).Reason);

    [Fact]
    public void Policy_InvalidOptions_ThrowNamingRange()
    {
        var cap = Assert.Throws<ArgumentOutOfRangeException>(() => CapaianPolicy.Default with { Cap = 0m });
        Assert.Contains("above 0", cap.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CapaianPolicy.Default with { CapaianWhenRealisasiZero = -1m });
    }

    [Fact]
    public void Calculate_NullPolicy_Throws() =>
        Assert.Throws<ArgumentNullException>(() => CapaianCalculator.Calculate(Polarity.Positive, 1m, 1m, null!));

    [Fact]
    public void Calculate_BeyondTheRangeOfDecimal_IsOutOfRangeNotAnOverflow()
    {
        // 10¹² / 10⁻²⁰ × 100 = 10³⁴ %, beyond decimal's 7.9 × 10²⁸.
        var result = CapaianCalculator.Calculate(Polarity.Positive, 0.00000000000000000001m, 1_000_000_000_000m, Default);
        Assert.Equal((CapaianStatus.NotComputable, CapaianReason.OutOfRange), (result.Status, result.Reason));
        Assert.Equal("capaian beyond the range of numbers", result.DescribeReason(Kinerja.Core.Validation.MessageLanguage.English));
    }

    [Fact]
    public void Calculate_BeyondTheRangeOfDecimal_IsCappedOrFlooredWhenThePolicySaysSo()
    {
        var capped = CapaianCalculator.Calculate(Polarity.Positive, 0.00000000000000000001m, 1_000_000_000_000m, Default with { Cap = 120m });
        Assert.Equal((CapaianStatus.Computed, 120m, CapaianReason.OutOfRange), (capped.Status, capped.Value, capped.Reason));

        // 2T − R with T = 5 × 10²⁸ is beyond decimal, and positive.
        var negative = CapaianCalculator.Calculate(Polarity.Negative, 50_000_000_000_000_000_000_000_000_000m, 1m, Default with { Cap = 150m });
        Assert.Equal((CapaianStatus.Computed, 150m), (negative.Status, negative.Value));

        // T − |T − R| for a huge R below a tiny T is hugely negative: floored to 0, or not computable without the floor.
        var stable = CapaianCalculator.Calculate(Polarity.KeepStable, 0.00000000000000000001m, 1_000_000_000_000m, Default);
        Assert.Equal((CapaianStatus.Computed, 0m, CapaianReason.OutOfRange), (stable.Status, stable.Value, stable.Reason));
        var unfloored = CapaianCalculator.Calculate(Polarity.KeepStable, 0.00000000000000000001m, 1_000_000_000_000m, Default with { FloorAtZero = false });
        Assert.Equal((CapaianStatus.NotComputable, CapaianReason.OutOfRange), (unfloored.Status, unfloored.Reason));
    }
}
