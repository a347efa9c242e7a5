using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Kinerja.Core.Reports.Internal;

/// <summary>Places the charts' PNGs on a sheet, one under the other, with each caption in column A above its picture.</summary>
internal static class XlsxPictures
{
    public const int RowsPerChart = 24;

    public static void Add(WorksheetPart sheet, IReadOnlyList<ReportChart> charts)
    {
        var drawings = sheet.AddNewPart<DrawingsPart>();
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing();
        var data = sheet.Worksheet!.GetFirstChild<SheetData>()!;
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            var captionRow = (uint)((i * RowsPerChart) + 1);
            data.Append(new Row(new Cell
            {
                CellReference = XlsxWriter.Reference(0, captionRow),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(chart.Caption)),
            })
            { RowIndex = captionRow });
            var image = drawings.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(chart.Png))
            {
                image.FeedData(png);
            }

            var id = (uint)(i + 1);
            const long Cx = 6400800L;
            const long Cy = 3200400L;
            drawings.WorksheetDrawing.Append(new Xdr.OneCellAnchor(
                new Xdr.FromMarker(new Xdr.ColumnId("0"), new Xdr.ColumnOffset("0"), new Xdr.RowId(captionRow.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
                new Xdr.Extent { Cx = Cx, Cy = Cy },
                new Xdr.Picture(
                    new Xdr.NonVisualPictureProperties(
                        new Xdr.NonVisualDrawingProperties { Id = id + 1, Name = "Grafik " + id, Description = chart.Caption },
                        new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                    new Xdr.BlipFill(new A.Blip { Embed = drawings.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                    new Xdr.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = Cx, Cy = Cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
                new Xdr.ClientData()));
        }

        sheet.Worksheet.Append(new Drawing { Id = sheet.GetIdOfPart(drawings) });
    }
}
