using Kinerja.Core.Presentation;

namespace Kinerja.Core.Tests.Presentation;

public class CapaianFormatTests
{
    [Theory]
    [InlineData("12.345", "12,35", "12.35")]
    [InlineData("-12.345", "-12,35", "-12.35")]
    [InlineData("1234.5", "1.234,50", "1234.50")]
    [InlineData("0.004", "0,00", "0.00")]
    [InlineData("99.995", "100,00", "100.00")]
    public void Format_RoundsHalfAwayFromZero(string value, string indonesian, string invariant)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(indonesian, CapaianFormat.Format(v));
        Assert.Equal(invariant, CapaianFormat.Format(v, NumberCulture.Invariant));
    }

    [Fact]
    public void Round_ReturnsNewValueLeavingStoredOne()
    {
        var stored = 9300m / 95m;
        var rounded = CapaianFormat.Round(stored);
        Assert.Equal(97.89m, rounded);
        Assert.Equal(9300m / 95m, stored);
    }

    [Theory]
    [InlineData("1250000000", "Rp 1.250.000.000")]
    [InlineData("1250000000.50", "Rp 1.250.000.000,50")]
    [InlineData("0.125", "Rp 0,125")]
    public void FormatRupiah_KeepsEveryDigit(string value, string expected) =>
        Assert.Equal(expected, CapaianFormat.FormatRupiah(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
