using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Kinerja.Core.Reports.Tests;

/// <summary>Every document the package writes is valid against the Office Open XML schema, as Word and Excel require.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Names() => new(Writers.Keys);

    private static readonly Dictionary<string, Func<byte[]>> Writers = new(StringComparer.Ordinal)
    {
        ["laporan.docx"] = () => Documents.LaporanDocx(Fixtures.Report, Triwulan.II),
        ["laporan.xlsx"] = () => Documents.LaporanXlsx(Fixtures.Report, Triwulan.II),
        ["lkjip.docx"] = () => Documents.LkjipDocx(Fixtures.Report),
        ["lkjip.xlsx"] = () => Documents.LkjipXlsx(Fixtures.Report),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Write_DemoKecamatan_NoSchemaError(string name)
    {
        var bytes = Writers[name]();
        using var stream = new MemoryStream(bytes);
        using OpenXmlPackage package = name.EndsWith(".docx", StringComparison.Ordinal)
            ? WordprocessingDocument.Open(stream, false)
            : SpreadsheetDocument.Open(stream, false);

        var errors = new OpenXmlValidator().Validate(package).Select(e => e.Path?.XPath + ": " + e.Description).ToArray();

        Assert.True(errors.Length == 0, string.Join("\n", errors.Distinct()));
    }
}
