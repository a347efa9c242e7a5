using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Kinerja.Core.Reports.Tests;

/// <summary>Every document the package writes is valid against the Office Open XML schema, as Word and Excel require.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Documents() => new(Writers.Keys);

    private static readonly Dictionary<string, Func<byte[]>> Writers = new(StringComparer.Ordinal)
    {
        ["laporan.docx"] = () => Write(s => LaporanPengukuranKinerja.WriteDocx(Fixtures.Report, Triwulan.II, s)),
        ["laporan.xlsx"] = () => Write(s => LaporanPengukuranKinerja.WriteXlsx(Fixtures.Report, Triwulan.II, s)),
        ["lkjip.docx"] = () => Write(s => LkjipBab3.WriteDocx(Fixtures.Report, s)),
        ["lkjip.xlsx"] = () => Write(s => LkjipBab3.WriteXlsx(Fixtures.Report, s)),
    };

    [Theory]
    [MemberData(nameof(Documents))]
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

    internal static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
