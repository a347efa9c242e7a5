using System.Globalization;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Properties;

public class CapaianFormatProperties
{
    private static readonly NumberFormatInfo Indonesian = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" };

    [KinerjaProperty]
    public void Round_AnyFigure_IsWithinHalfACentIdempotentAndLeavesTheFigure(CapaianFigure figure)
    {
        var v = figure.Value;
        var bits = decimal.GetBits(v);

        var rounded = CapaianFormat.Round(v);

        Assert.True(Math.Abs(rounded - v) <= 0.005m, $"{v} rounds to {rounded}");
        Assert.Equal(rounded, CapaianFormat.Round(rounded));
        Assert.Equal(rounded, Math.Round(rounded, 2));
        Assert.Equal(bits, decimal.GetBits(v));
    }

    [KinerjaProperty]
    public void Format_IndonesianAndInvariant_ParseBackToTheRoundedFigure(CapaianFigure figure)
    {
        var v = figure.Value;
        var bits = decimal.GetBits(v);

        var indonesian = CapaianFormat.Format(v);
        var invariant = CapaianFormat.Format(v, NumberCulture.Invariant);

        Assert.Equal(CapaianFormat.Round(v), decimal.Parse(indonesian, NumberStyles.Number, Indonesian));
        Assert.Equal(CapaianFormat.Round(v), decimal.Parse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
        Assert.Matches(@"^-?\d{1,3}(\.\d{3})*,\d{2}$", indonesian);
        Assert.Matches(@"^-?\d+\.\d{2}$", invariant);
        Assert.Equal(bits, decimal.GetBits(v));
    }

    [KinerjaProperty]
    public void FormatResult_AnyResult_LeavesTheResultUnchangedAndPrintsItsRoundedFigure(CapaianResult result, NumberCulture culture, MessageLanguage language)
    {
        var before = result;
        var value = result.Value;
        var uncapped = result.UncappedValue;

        var text = CapaianFormat.FormatResult(result, culture, language);

        Assert.Equal(before, result);
        Assert.Equal(value, result.Value);
        Assert.Equal(uncapped, result.UncappedValue);
        if (result.Value is { } v)
        {
            Assert.Equal(CapaianFormat.Format(v, culture), text);
        }
        else
        {
            Assert.Equal("- (" + result.DescribeReason(language) + ")", text);
            Assert.NotEqual("- ()", text);
        }
    }
}
