using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Kinerja.Core.Reports.Internal;

/// <summary>Writes a <see cref="ReportDocument"/> as a .docx: A4 landscape, the header block, then each
/// heading, table (header row repeated on every page) and chart in order.</summary>
internal static class DocxWriter
{
    private const string AnalysisFill = "FFF2CC";
    private const string HeaderFill = "D9E2F3";

    public static void Write(ReportDocument document, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        body.Append(Line(document.Title, bold: true, size: 32));
        foreach (var line in document.Header)
        {
            body.Append(Line(line, bold: false, size: 20));
        }

        uint pictures = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    body.Append(Line(heading.Text, bold: true, size: 26));
                    break;
                case ReportTable table:
                    body.Append(Line(table.Title, bold: true, size: 22));
                    body.Append(Table(table));
                    if (table.Rows.Count == 0 && table.EmptyText is { } empty)
                    {
                        body.Append(Line(empty, bold: false, size: 20));
                    }

                    break;
                case ReportChart chart:
                    body.Append(Picture(main, chart, ++pictures));
                    body.Append(Line(chart.Caption, bold: false, size: 18));
                    break;
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        main.Document.Save();
    }

    private static Paragraph Line(string text, bool bold, int size)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(ReportTable table)
    {
        var result = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U },
                new LeftBorder { Val = BorderValues.Single, Size = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 4U },
                new RightBorder { Val = BorderValues.Single, Size = 4U },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U })));
        result.Append(new TableGrid(table.Headers.Select(_ => new GridColumn { Width = (14570 / table.Headers.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var h in table.Headers)
        {
            header.Append(Cell(h, HeaderFill, bold: true, right: false));
        }

        result.Append(header);
        foreach (var row in table.Rows)
        {
            var tr = new TableRow();
            for (var i = 0; i < row.Count; i++)
            {
                var fill = i == table.AnalysisColumn ? AnalysisFill : null;
                tr.Append(Cell(row[i].Text, fill, bold: false, right: row[i].Number is not null));
            }

            result.Append(tr);
        }

        return result;
    }

    private static TableCell Cell(string text, string? fill, bool bold, bool right)
    {
        var properties = new TableCellProperties();
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var paragraph = new Paragraph();
        if (right)
        {
            paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
        }

        var run = new RunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new FontSize { Val = "18" });
        if (text.Length > 0)
        {
            paragraph.Append(new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return new TableCell(properties, paragraph);
    }

    private static Paragraph Picture(MainDocumentPart main, ReportChart chart, uint id)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(chart.Png))
        {
            part.FeedData(png);
        }

        var relationship = main.GetIdOfPart(part);
        const long Cx = 6400800L; // 17.78 cm
        const long Cy = 3200400L; // 8.89 cm, the chart's 2:1 shape
        var inline = new DW.Inline(
            new DW.Extent { Cx = Cx, Cy = Cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = "Grafik " + id, Description = chart.Caption },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = "grafik-" + id + ".png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = Cx, Cy = Cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(new Run(new Drawing(inline)));
    }
}
