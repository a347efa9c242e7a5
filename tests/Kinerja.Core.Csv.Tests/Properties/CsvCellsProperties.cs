using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Csv.Internal;
using Kinerja.Core.Tests.Properties;
using nietras.SeparatedValues;

namespace Kinerja.Core.Csv.Tests.Properties;

/// <summary>The text of a few CSV lines made of spaces, quotes, separators, line ends and letters, and the separator they use.</summary>
/// <param name="Text">The lines.</param>
/// <param name="Separator">The separator.</param>
public sealed record QuotedLines(string Text, char Separator)
{
    /// <summary>The text, escaped, for a failing case.</summary>
    /// <returns>The text and separator.</returns>
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Text) + " sep " + System.Text.Json.JsonSerializer.Serialize(Separator);
}

/// <summary>Generators of lines whose cells are quoted, spaced and malformed in every way.</summary>
public static class QuotedArbitraries
{
    private static readonly string[] Pieces = ["\"", "\"\"", " ", "  ", "a", "bc", ",", ";", "\t", "\n", "\r\n", "x y", "\"a\"", " \"b\" ", "\u00e9"];

    /// <summary>Lines of such pieces.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuotedLines> Lines() => Arb.From(
        from pieces in Gen.Elements(Pieces).ArrayOf()
        from separator in Gen.Elements(',', ';', '\t')
        select new QuotedLines(string.Concat(pieces), separator));
}

/// <summary><see cref="CsvCells"/> gives every cell the text Sep gives it when Sep trims and unescapes (issue 14).</summary>
public class CsvCellsProperties
{
    [KinerjaProperty(Arbitrary = [typeof(QuotedArbitraries)])]
    public void Text_OfEveryCell_IsWhatSepGivesTrimmedAndUnescaped(QuotedLines lines)
    {
        var expected = Read(lines, o => o with { Unescape = true, Trim = SepTrim.All }, (cell, _) => cell.ToString());
        var cells = new CsvCells();
        var actual = Read(lines, o => o, (cell, column) => cells.Text(cell, column).ToString());

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("a", "a")]
    [InlineData(" a ", "a")]
    [InlineData("\"a\"", "a")]
    [InlineData(" \" a \" ", "a")]
    [InlineData("\"a\"\"b\"", "a\"b")]
    [InlineData("\"a;b\"", "a;b")]
    [InlineData("ab\"c\"d", "ab\"c\"d")]
    [InlineData("\"a\"b", "ab")]
    [InlineData("\ta\t", "\ta\t")]
    [InlineData("\"\"", "")]
    [InlineData("   ", "")]
    [InlineData("\" a\"b", "ab")]
    [InlineData("\"\" b", " b")]
    [InlineData("\"\" \"\"", " \"")]
    [InlineData("\" a \"\" b \"", "a \" b")]
    public void Text_WorkedCells(string raw, string text)
    {
        var cells = new CsvCells();

        Assert.Equal(text, cells.Text(raw, 0).ToString());
    }

    [Fact]
    public void Text_WithDoubledQuotes_StaysValidWhileAnotherColumnIsRead()
    {
        var cells = new CsvCells();

        var first = cells.Text("\"a\"\"b\"", 0);
        var second = cells.Text("\"c\"\"d\"", 1);

        Assert.Equal("a\"b", first.ToString());
        Assert.Equal("c\"d", second.ToString());
    }

    [Fact]
    public void Text_OfALineOfManyUnescapedCells_TakesMemoryInProportionToIt()
    {
        // A header line can hold millions of cells; each column whose cell is unescaped gets a buffer. Grown one column
        // at a time, the table of buffers was copied on every new column: 100,000 cells took about 40 GB.
        var cells = new CsvCells();
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var c = 0; c < 100_000; c++)
        {
            Assert.Equal("a\"b", cells.Text("\"a\"\"b\"", c).ToString());
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 32L << 20, $"{allocated:N0} bytes allocated for 100,000 cells");
    }

    /// <summary>Every row's cells, as lists of texts, read with Sep configured by <paramref name="configure"/>.</summary>
    private static List<List<string>> Read(QuotedLines lines, Func<SepReaderOptions, SepReaderOptions> configure, Func<ReadOnlySpan<char>, int, string> text)
    {
        var rows = new List<List<string>>();
        using var reader = configure(Sep.Reader(o => o with { Sep = new Sep(lines.Separator), HasHeader = false, DisableColCountCheck = true })).FromText(lines.Text);
        foreach (var row in reader)
        {
            var cells = new List<string>();
            for (var c = 0; c < row.ColCount; c++)
            {
                cells.Add(text(row[c].Span, c));
            }

            rows.Add(cells);
        }

        return rows;
    }
}
