namespace Kinerja.Core.Tests;

public class TriwulanTests
{
    [Theory]
    [InlineData(1, "TW I")]
    [InlineData(2, "TW II")]
    [InlineData(3, "TW III")]
    [InlineData(4, "TW IV")]
    public void Constructor_ValidNumber_KeepsNumberAndPrintsRoman(int number, string printed)
    {
        var q = new Triwulan(number);
        Assert.Equal(number, q.Number);
        Assert.Equal(number - 1, q.Index);
        Assert.Equal(printed, q.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Constructor_OutOfRange_ThrowsNamingRange(int number)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Triwulan(number));
        Assert.Contains("[1-4]", e.Message, StringComparison.Ordinal);
        Assert.False(Triwulan.TryCreate(number, out _));
    }

    [Fact]
    public void Default_IsFirstQuarter() => Assert.Equal(Triwulan.I, default);

    [Fact]
    public void ToDate_ListsQuartersUpToAndIncluding() =>
        Assert.Equal(new[] { Triwulan.I, Triwulan.II, Triwulan.III }, Triwulan.III.ToDate);

    [Fact]
    public void Operators_CompareByOrder()
    {
        Assert.True(Triwulan.I < Triwulan.II);
        Assert.True(Triwulan.IV >= Triwulan.III);
        Assert.True(Triwulan.II != Triwulan.III);
        Assert.Equal(1, Triwulan.IV.CompareTo(Triwulan.I));
    }
}
