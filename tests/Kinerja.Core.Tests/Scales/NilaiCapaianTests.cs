using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests.Scales;

/// <summary>
/// PermenPANRB 8/2021 lampiran, doc pages 93 and 243: conversion of capaian IKI into nilai capaian IKI.
/// The SKP example prints capaian 100 % → 109 (Baik) and capaian "98 %" (93/95, rounded) → 88 (Cukup);
/// huruf (i): target maksimal met at 100 % → 120; huruf (h): above 110 % → 120.
/// </summary>
public class NilaiCapaianTests
{
    [Fact]
    public void Convert_Hundred_Gives109() => Assert.Equal(109m, NilaiCapaian.Convert(100m));

    [Fact]
    public void Convert_HundredOnMaximumTarget_Gives120()
    {
        Assert.Equal(120m, NilaiCapaian.Convert(100m, targetIsMaximum: true));
        Assert.Equal("Sangat Baik", NilaiCapaian.Category(100m, targetIsMaximum: true));
    }

    [Fact]
    public void Convert_PrintedNinetyEight_Gives88()
    {
        Assert.Equal(88m, NilaiCapaian.Convert(98m));
        Assert.Equal("Cukup", NilaiCapaian.Category(98m));

        // From the unrounded capaian 93/95 the score is 87,89...: the lampiran rounded the capaian first.
        Assert.Equal(87.89m, Math.Round(NilaiCapaian.Convert(9300m / 95m)!.Value, 2, MidpointRounding.AwayFromZero));
    }

    [Theory]
    [InlineData(80, 70)]
    [InlineData(99, 89)]
    [InlineData(60, 50)]
    [InlineData(79, 69)]
    [InlineData(59, 49)]
    [InlineData(0, 0)]
    [InlineData(111, 120)]
    [InlineData(500, 120)]
    public void Convert_BandEdges_MatchThePrintedFormulas(int capaian, int score) =>
        Assert.Equal(score, NilaiCapaian.Convert(capaian));

    [Fact]
    public void Convert_Band101To110_IsNotComputableByDefault()
    {
        Assert.Null(NilaiCapaian.Convert(101m));
        Assert.Null(NilaiCapaian.Convert(110m));
    }

    [Fact]
    public void Convert_Band101To110Linear_GivesTheImplementedLine()
    {
        Assert.Equal(110m, NilaiCapaian.Convert(101m, band101To110: Band101To110Rule.LinearFrom101));
        Assert.Equal(120m, NilaiCapaian.Convert(110m, band101To110: Band101To110Rule.LinearFrom101));
        Assert.Equal(114.44m, Math.Round(NilaiCapaian.Convert(105m, band101To110: Band101To110Rule.LinearFrom101)!.Value, 2));
    }
}
