using DocumentFormat.OpenXml.Packaging;

namespace Kinerja.Samples.Console.Tests;

/// <summary>The <c>report --docx/--xlsx</c> options: the Laporan Pengukuran Kinerja and the LKjIP Bab III draft of the demo year.</summary>
public sealed class ReportDocumentsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Report_DocxAndXlsx_WritesBothDocumentsInEachFormat()
    {
        var docx = _folder.File("laporan.docx");
        var xlsx = _folder.File("laporan.xlsx");

        var result = Cli.Run("report", "--docx", docx, "--xlsx", xlsx);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        foreach (var file in new[] { docx, _folder.File("laporan-lkjip-bab3.docx") })
        {
            using var word = WordprocessingDocument.Open(file, false);
            Assert.NotEmpty(word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());
        }

        foreach (var file in new[] { xlsx, _folder.File("laporan-lkjip-bab3.xlsx") })
        {
            using var excel = SpreadsheetDocument.Open(file, false);
            Assert.True(excel.WorkbookPart!.WorksheetParts.Count() > 2);
        }
    }

    [Fact]
    public void Report_DocxOnly_WritesNoHtml()
    {
        var result = Cli.Run("report", "--docx", _folder.File("laporan.docx"));

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.DoesNotContain("HTML", result.Output, StringComparison.Ordinal);
    }
}
