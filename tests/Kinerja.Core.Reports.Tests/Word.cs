using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kinerja.Core.Reports.Tests;

/// <summary>A .docx read back with DocumentFormat.OpenXml: its tables as rows of cell texts, its paragraphs and pictures.</summary>
internal sealed class Word
{
    private Word(IReadOnlyList<string[][]> tables, IReadOnlyList<string> paragraphs, int pictures, IReadOnlyList<string?> fills)
    {
        Tables = tables;
        Paragraphs = paragraphs;
        Pictures = pictures;
        AnalysisFills = fills;
    }

    public IReadOnlyList<string[][]> Tables { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    public int Pictures { get; }

    /// <summary>The fill of the last cell of every row of the last table.</summary>
    public IReadOnlyList<string?> AnalysisFills { get; }

    public static Word Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToArray())
            .ToArray();
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToArray();
        var pictures = document.MainDocumentPart.ImageParts.Count();
        var last = body.Elements<Table>().LastOrDefault();
        var fills = last is null ? [] : last.Elements<TableRow>().Skip(1)
            .Select(r => r.Elements<TableCell>().Last().TableCellProperties?.Shading?.Fill?.Value).ToArray();
        return new Word(tables, paragraphs, pictures, fills);
    }
}
