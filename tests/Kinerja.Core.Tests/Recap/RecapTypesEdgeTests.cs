using Kinerja.Core.Recap;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// What the recap-table Stryker run of 6 December 2026 (night) left in the recap's small types: a key equals another
/// only when every part does, a cumulative period's text, and an average cap of 0 refused, the not-equal operators, the parts a key keeps and its text, and what the options allow.
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
        Assert.StartsWith("Value should be above 0.", Assert.Throws<ArgumentOutOfRangeException>(() => new RecapPolicy { AverageCap = -1m }).Message, StringComparison.Ordinal);
        Assert.Equal(0.01m, new RecapPolicy { AverageCap = 0.01m }.AverageCap);
    }

    [Fact]
    public void Operators_NotEqual_AreTheNegationOfEquals()
    {
        var period = new RecapPeriod(new Triwulan(3), false);
        Assert.True(period != new RecapPeriod(new Triwulan(3), true));
        Assert.False(period != new RecapPeriod(new Triwulan(3), false));
        var key = new RecapKey(RecapLevel.Unit, "3303", "3303-BBS", "PEM");
        Assert.True(key != new RecapKey(RecapLevel.Unit, "3303", "3303-BBS", "KEU"));
        Assert.False(key != new RecapKey(RecapLevel.Unit, "3303", "3303-BBS", "PEM"));
    }

    [Fact]
    public void Key_KeepsOnlyThePartsOfItsLevel_AndReadsAsAPath()
    {
        var unit = new RecapKey(RecapLevel.Unit, "3303", "3303-BBS", "PEM", "IKU-1");
        Assert.Null(unit.Item);
        Assert.Equal("Unit 3303/3303-BBS/PEM", unit.ToString());
        Assert.Equal("Indicator 3303/3303-BBS/PEM/IKU-1", new RecapKey(RecapLevel.Indicator, "3303", "3303-BBS", "PEM", "IKU-1").ToString());
    }

    [Fact]
    public void Options_OutOfRange_SayWhatIsAllowed()
    {
        var level = Assert.Throws<ArgumentOutOfRangeException>(() => new RecapOptions { FinestLevel = (RecapLevel)99 });
        Assert.StartsWith("Value should be a level from Indicator to National", level.Message, StringComparison.Ordinal);
        var threads = Assert.Throws<ArgumentOutOfRangeException>(() => new RecapOptions { MaxDegreeOfParallelism = 0 });
        Assert.StartsWith("Value should be 1 or more.", threads.Message, StringComparison.Ordinal);
    }
}
