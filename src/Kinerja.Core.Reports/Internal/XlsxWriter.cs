using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kinerja.Core.Reports.Internal;

/// <summary>Writes a <see cref="ReportDocument"/> as an .xlsx: a first sheet with the title and header block,
/// one sheet per table (title in row 1, column headers in row 3, data from row 4) and one sheet of charts.
/// Figures are numeric cells holding the printed figure (capaian and serapan rounded, shown with two decimals);
/// a figure a double cannot hold exactly stays text.</summary>
internal static class XlsxWriter
{
    public const int HeaderRow = 3;

    private const uint StyleHeader = 1;
    private const uint StyleText = 2;
    private const uint StyleNumber = 3;
    private const uint StylePercent = 4;
    private const uint StyleAnalysis = 5;
    private const uint StyleTitle = 6;

    public static void Write(ReportDocument document, Stream output, string infoSheet, string chartsSheet)
    {
        using var excel = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = excel.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheets = workbook.Workbook.Sheets!;

        var info = new List<Row> { TextRow(1, [document.Title], StyleTitle) };
        for (var i = 0; i < document.Header.Count; i++)
        {
            info.Add(TextRow((uint)(i + 3), [document.Header[i]], 0));
        }

        AddSheet(workbook, sheets, infoSheet, info, [90d]);
        var charts = new List<ReportChart>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportTable table:
                    AddSheet(workbook, sheets, table.SheetName, TableRows(table), Widths(table));
                    break;
                case ReportChart chart:
                    charts.Add(chart);
                    break;
            }
        }

        if (charts.Count > 0)
        {
            var rows = new List<Row>();
            var part = AddSheet(workbook, sheets, chartsSheet, rows, [12d]);
            XlsxPictures.Add(part, charts);
        }

        workbook.Workbook.Save();
    }

    private static WorksheetPart AddSheet(WorkbookPart workbook, Sheets sheets, string name, List<Row> rows, double[] widths)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        var data = new SheetData();
        foreach (var row in rows)
        {
            data.Append(row);
        }

        part.Worksheet = new Worksheet(columns, data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
        return part;
    }

    private static List<Row> TableRows(ReportTable table)
    {
        var rows = new List<Row> { TextRow(1, [table.Title], StyleTitle) };
        if (table.Rows.Count == 0 && table.EmptyText is { } empty)
        {
            rows.Add(TextRow(2, [empty], 0));
        }

        rows.Add(TextRow(HeaderRow, table.Headers, StyleHeader));
        var r = (uint)HeaderRow;
        foreach (var cells in table.Rows)
        {
            var row = new Row { RowIndex = ++r };
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var reference = Reference(c, r);
                if (c == table.AnalysisColumn)
                {
                    row.Append(Text(reference, cell.Text, StyleAnalysis));
                }
                else if (cell.Number is { } number)
                {
                    row.Append(new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.Number,
                        CellValue = new CellValue(((double)number).ToString("R", CultureInfo.InvariantCulture)),
                        StyleIndex = cell.Percent ? StylePercent : StyleNumber,
                    });
                }
                else
                {
                    row.Append(Text(reference, cell.Text, StyleText));
                }
            }

            rows.Add(row);
        }

        return rows;
    }

    private static double[] Widths(ReportTable table) =>
        table.Headers.Select((h, i) => i == table.AnalysisColumn ? 60d : Math.Min(50d, Math.Max(8d, table.Rows.Select(r => r[i].Text.Length).DefaultIfEmpty(0).Max() + 2d))).ToArray();

    private static Row TextRow(uint index, IReadOnlyList<string> texts, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < texts.Count; c++)
        {
            row.Append(Text(Reference(c, index), texts[c], style));
        }

        return row;
    }

    private static Cell Text(string reference, string text, uint style) =>
        new()
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = style,
        };

    public static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles()
    {
        var fonts = new Fonts(new Font(new FontSize { Val = 10 }), new Font(new Bold(), new FontSize { Val = 10 }), new Font(new Bold(), new FontSize { Val = 13 }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));
        var wrap = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat((Alignment)wrap.CloneNode(true)) { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat((Alignment)wrap.CloneNode(true)) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { BorderId = 1, ApplyBorder = true },
            new CellFormat { BorderId = 1, NumberFormatId = 2, ApplyBorder = true, ApplyNumberFormat = true },
            new CellFormat((Alignment)wrap.CloneNode(true)) { FillId = 3, BorderId = 1, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { FontId = 2, ApplyFont = true });
        return new Stylesheet(fonts, fills, borders, formats);
    }
}
