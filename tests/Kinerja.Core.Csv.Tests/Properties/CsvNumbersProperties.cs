using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Csv.Internal;
using Kinerja.Core.Tests.Properties;

namespace Kinerja.Core.Csv.Tests.Properties;

/// <summary>A figure as an office writes it: its value, the decimal style, and whether the whole part has thousands marks.</summary>
/// <param name="Value">The figure.</param>
/// <param name="Style">The decimal style it is written in (comma or point).</param>
/// <param name="Grouped">Whether the whole part is written in groups of three with the thousands mark.</param>
public sealed record WrittenFigure(decimal Value, CsvDecimalStyle Style, bool Grouped)
{
    /// <summary>The text: a minus sign if negative, the whole part (grouped or not), the decimal mark and every decimal of the scale.</summary>
    public string Text
    {
        get
        {
            var invariant = Math.Abs(Value).ToString(CultureInfo.InvariantCulture);
            var point = invariant.IndexOf('.', StringComparison.Ordinal);
            var whole = point < 0 ? invariant : invariant[..point];
            var fraction = point < 0 ? string.Empty : invariant[(point + 1)..];
            var (decimalMark, thousands) = Style == CsvDecimalStyle.Comma ? (',', '.') : ('.', ',');
            var text = new StringBuilder(Value < 0 ? "-" : string.Empty);
            for (var i = 0; i < whole.Length; i++)
            {
                text.Append(whole[i]);
                var left = whole.Length - i - 1;
                if (Grouped && left > 0 && left % 3 == 0)
                {
                    text.Append(thousands);
                }
            }

            return fraction.Length > 0 ? text.Append(decimalMark).Append(fraction).ToString() : text.ToString();
        }
    }

    /// <summary>The figure, its text and style, for a failing case.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Text} ({Style}, value {Value.ToString(CultureInfo.InvariantCulture)})";
}

/// <summary>Generators of written figures.</summary>
public static class WrittenFigureArbitraries
{
    /// <summary>A figure of up to 28 digits with 0 to 6 decimals, written in one style.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WrittenFigure> Figures() => Arb.From(Figure(Gen.Elements(CsvDecimalStyle.Comma, CsvDecimalStyle.Point)));

    /// <summary>A file's column of figures, all written in one style.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WrittenFigure[]> Columns() => Arb.From(
        from style in Gen.Elements(CsvDecimalStyle.Comma, CsvDecimalStyle.Point)
        from figures in Figure(Gen.Constant(style)).ArrayOf()
        select figures);

    private static Gen<WrittenFigure> Figure(Gen<CsvDecimalStyle> styles) =>
        from digits in Gen.Frequency((4, Gen.Choose(1, 18)), (2, Gen.Constant(19)), (1, Gen.Choose(20, 28)))
        from ds in Gen.ArrayOf(Gen.Choose(0, 9), digits)
        from scale in Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Choose(1, 2)), (1, Gen.Choose(3, 6)))
        from negative in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from style in styles
        from grouped in Gen.Elements(false, true)
        select new WrittenFigure(Figure(ds, Math.Min(scale, digits), negative), style, grouped);

    /// <summary>The figure of the digits <paramref name="ds"/> with the last <paramref name="scale"/> of them as decimals (up to 28 digits: any a decimal holds).</summary>
    private static decimal Figure(int[] ds, int scale, bool negative)
    {
        var digits = string.Concat(ds);
        var text = scale == 0 ? digits : digits[..^scale] + "." + digits[^scale..];
        var value = decimal.Parse(text.StartsWith('.') ? "0" + text : text, CultureInfo.InvariantCulture);
        return negative && value != 0 ? -value : value;
    }
}

/// <summary>
/// The number rule of docs/csv.md: a figure is read as written, every decimal kept, and a figure is never read as
/// another one: where its style is not yet known it is a problem, not a guess.
/// </summary>
public class CsvNumbersProperties
{
    [KinerjaProperty(Arbitrary = [typeof(WrittenFigureArbitraries)])]
    public void TryRead_InTheStyleItIsWrittenIn_GivesTheFigureWithEveryDecimal(WrittenFigure figure)
    {
        var error = new CsvNumbers(figure.Style).TryRead(figure.Text, 2, out var value);

        Assert.Equal(NumberError.None, error);
        Assert.Equal(figure.Value, value);
        Assert.Equal(figure.Value.Scale, value!.Value.Scale);
    }

    [KinerjaProperty(Arbitrary = [typeof(WrittenFigureArbitraries)])]
    public void TryRead_Detect_ReadsEachFigureOfAColumnRightOrCallsItAmbiguousNeverAnotherFigure(WrittenFigure[] column)
    {
        var numbers = new CsvNumbers(CsvDecimalStyle.Detect);
        for (var i = 0; i < column.Length; i++)
        {
            var error = numbers.TryRead(column[i].Text, i + 2, out var value);

            if (error == NumberError.Ambiguous)
            {
                // Only before the style is settled, and only for a figure that two styles read differently.
                Assert.Equal(CsvDecimalStyle.Detect, numbers.Style);
                Assert.Null(value);
                continue;
            }

            Assert.Equal(NumberError.None, error);
            Assert.Equal(column[i].Value, value);
            Assert.Equal(column[i].Value.Scale, value!.Value.Scale);
            Assert.True(numbers.Style == CsvDecimalStyle.Detect || numbers.Style == column[i].Style, column[i].ToString());
        }
    }
}
