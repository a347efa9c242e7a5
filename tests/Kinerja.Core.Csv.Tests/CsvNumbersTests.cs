using Kinerja.Core.Csv.Internal;

namespace Kinerja.Core.Csv.Tests;

public class CsvNumbersTests
{
    [Theory]
    [InlineData("81,2", 81.2)]
    [InlineData("81.25", 81.25)]
    [InlineData("1.200,5", 1200.5)]
    [InlineData("1,200.5", 1200.5)]
    [InlineData("1.200.000", 1200000)]
    [InlineData("1,200,000", 1200000)]
    [InlineData("0,125", 0.125)]
    [InlineData("1234.567", 1234.567)]
    [InlineData("-3,5", -3.5)]
    [InlineData("+7", 7)]
    [InlineData(" 12 ", 12)]
    [InlineData("007", 7)]
    public void TryRead_Detect_ReadsWhatHasOneReading(string text, double expected)
    {
        var numbers = new CsvNumbers(CsvDecimalStyle.Detect);

        Assert.Equal(NumberError.None, numbers.TryRead(text, 2, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1.200")]
    [InlineData("1,200")]
    [InlineData("12,125")]
    public void TryRead_Detect_TwoReadingsBeforeTheStyleIsSettled_IsAmbiguous(string text) =>
        Assert.Equal(NumberError.Ambiguous, new CsvNumbers(CsvDecimalStyle.Detect).TryRead(text, 2, out _));

    [Fact]
    public void TryRead_Detect_TheFirstDecisiveValueSettlesTheStyle()
    {
        var numbers = new CsvNumbers(CsvDecimalStyle.Detect);

        Assert.Equal(NumberError.None, numbers.TryRead("81,2", 5, out _));
        Assert.Equal((CsvDecimalStyle.Comma, 5), (numbers.Style, numbers.SettledAt));
        Assert.Equal(NumberError.None, numbers.TryRead("1.200", 6, out var thousands));
        Assert.Equal(1200m, thousands);
        Assert.Equal(NumberError.WrongStyle, numbers.TryRead("81.25", 7, out _));
    }

    [Theory]
    [InlineData(CsvDecimalStyle.Comma, "1.200", 1200)]
    [InlineData(CsvDecimalStyle.Point, "1.200", 1.2)]
    [InlineData(CsvDecimalStyle.Point, "1,200", 1200)]
    [InlineData(CsvDecimalStyle.Comma, "1,200", 1.2)]
    public void TryRead_StyleSet_ReadsByIt(CsvDecimalStyle style, string text, double expected)
    {
        Assert.Equal(NumberError.None, new CsvNumbers(style).TryRead(text, 2, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("1.2.3,4,5")]
    [InlineData("1,20,000")]
    [InlineData("12,")]
    [InlineData("-")]
    [InlineData("1 200")]
    [InlineData("1e5")]
    public void TryRead_NotANumber_IsAProblem(string text) =>
        Assert.NotEqual(NumberError.None, new CsvNumbers(CsvDecimalStyle.Detect).TryRead(text, 2, out _));

    [Fact]
    public void TryRead_MoreDigitsThanADecimalHolds_IsAProblemNotARounding()
    {
        var numbers = new CsvNumbers(CsvDecimalStyle.Point);

        Assert.Equal(NumberError.None, numbers.TryRead("1234567890123456789012345678", 2, out var max));
        Assert.Equal(1234567890123456789012345678m, max);
        Assert.Equal(NumberError.TooManyDigits, numbers.TryRead("12345678901234567890123456789", 2, out _));
        Assert.Equal(NumberError.TooManyDigits, numbers.TryRead("0.12345678901234567890123456789", 2, out _));
        Assert.Equal(NumberError.None, numbers.TryRead("0000000000000000000000000000001.5", 2, out var padded));
        Assert.Equal(1.5m, padded);
    }

    [Theory]
    [InlineData("8.50")]
    [InlineData("0.000")]
    [InlineData("-12.345678")]
    [InlineData("123456789012345678")]
    [InlineData("1234567890123456789")]
    [InlineData("99999999999999999.9")]
    [InlineData("0.00000000000000001")]
    public void TryRead_KeepsTheValueAndScaleDecimalParseGives(string text)
    {
        Assert.Equal(NumberError.None, new CsvNumbers(CsvDecimalStyle.Point).TryRead(text, 2, out var value));
        var expected = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, value);
        Assert.Equal(expected.Scale, value!.Value.Scale);
    }

    [Fact]
    public void TryRead_Empty_IsNoValue()
    {
        Assert.Equal(NumberError.None, new CsvNumbers(CsvDecimalStyle.Detect).TryRead("  ", 2, out var value));
        Assert.Null(value);
    }
}
