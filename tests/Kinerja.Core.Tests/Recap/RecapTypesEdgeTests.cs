using Kinerja.Core.Recap;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// What the recap-table Stryker run of 6 December 2026 (night) left in the recap's small types: a key equals another
/// only when every part does, a cumulative period's text, and an average cap of 0 refused.
/// </summary>
public class RecapTypesEdgeTests
{
    [Fact]
    public void Key_DifferingInAnyOnePart_IsNotEqual()
    {
        var key = new RecapKey(RecapLevel.Indicator, "3303", "3303-BBS", "PEM", "IKU-1");
        Assert.Equal(key, new RecapKey(RecapLevel.Indicator, "3303", "3303-BBS", "PEM", "IKU-1"));
        Assert.NotEqual(key, new RecapKey(RecapLevel.Sasaran, "3303", "3303-BBS", "PEM", "IKU-1"));
        Assert.NotEqual(key, new RecapKey(RecapLevel.Indicator, "3304", "3303-BBS", "PEM", "IKU-1"));
        Assert.NotEqual(key, new RecapKey(RecapLevel.Indicator, "3303", "3303-KRG", "PEM", "IKU-1"));
        Assert.NotEqual(key, new RecapKey(RecapLevel.Indicator, "3303", "3303-BBS", "KEU", "IKU-1"));
        Assert.NotEqual(key, new RecapKey(RecapLevel.Indicator, "3303", "3303-BBS", "PEM", "IKU-2"));
    }

    [Fact]
    public void Period_Text_NamesACumulativePeriodUpToItsQuarter()
    {
        Assert.Equal("TW III", new RecapPeriod(new Triwulan(3), false).ToString());
        Assert.Equal("s.d. TW III", new RecapPeriod(new Triwulan(3), true).ToString());
    }

    [Fact]
    public void Policy_AverageCapOfZeroOrBelow_IsRefused_AboveZeroIsKept()
    {
        Assert.Equal("AverageCap", Assert.Throws<ArgumentOutOfRangeException>(() => new RecapPolicy { AverageCap = 0m }).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecapPolicy { AverageCap = -1m });
        Assert.Equal(0.01m, new RecapPolicy { AverageCap = 0.01m }.AverageCap);
    }
}
