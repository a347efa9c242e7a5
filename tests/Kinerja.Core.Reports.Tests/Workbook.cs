using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kinerja.Core.Reports.Tests;

/// <summary>An .xlsx read back with DocumentFormat.OpenXml: each sheet's cells by reference.</summary>
internal sealed class Workbook
{
    private readonly Dictionary<string, Dictionary<string, (string Text, bool Numeric, uint Style)>> _sheets;

    private Workbook(Dictionary<string, Dictionary<string, (string, bool, uint)>> sheets, IReadOnlyList<string> names, Dictionary<string, int> pictures, IReadOnlyList<string> fills)
    {
        _sheets = sheets;
        SheetNames = names;
        Pictures = pictures;
        Fills = fills;
    }

    public IReadOnlyList<string> SheetNames { get; }

    public Dictionary<string, int> Pictures { get; }

    /// <summary>The foreground colour of each fill of the stylesheet, by style index.</summary>
    public IReadOnlyList<string> Fills { get; }

    public (string Text, bool Numeric, uint Style) this[string sheet, string reference] =>
        _sheets[sheet].TryGetValue(reference, out var cell) ? cell : (string.Empty, false, 0);

    public string Text(string sheet, string reference) => this[sheet, reference].Text;

    public decimal Number(string sheet, string reference)
    {
        var cell = this[sheet, reference];
        Assert.True(cell.Numeric, sheet + "!" + reference + " is not a number: " + cell.Text);
        return decimal.Parse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of a table sheet from the column headers (row 3) down, as (text, numeric) cells.</summary>
    public List<(string Text, bool Numeric, uint Style)[]> Table(string sheet, int columns)
    {
        var rows = new List<(string, bool, uint)[]>();
        for (uint r = 3; _sheets[sheet].ContainsKey("A" + r.ToString(CultureInfo.InvariantCulture)); r++)
        {
            rows.Add(Enumerable.Range(0, columns).Select(c => this[sheet, Internal.XlsxWriter.Reference(c, r)]).ToArray());
        }

        return rows;
    }

    public static Workbook Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var sheets = new Dictionary<string, Dictionary<string, (string, bool, uint)>>(StringComparer.Ordinal);
        var names = new List<string>();
        var pictures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sheet in part.Workbook!.Sheets!.Elements<Sheet>())
        {
            var ws = (WorksheetPart)part.GetPartById(sheet.Id!);
            var cells = ws.Worksheet!.Descendants<Cell>().ToDictionary(
                c => c.CellReference!.Value!,
                c => c.DataType?.Value == CellValues.InlineString ? (c.InlineString!.InnerText, false, c.StyleIndex?.Value ?? 0) : (c.CellValue!.Text, true, c.StyleIndex?.Value ?? 0),
                StringComparer.Ordinal);
            sheets[sheet.Name!.Value!] = cells;
            names.Add(sheet.Name!.Value!);
            pictures[sheet.Name!.Value!] = ws.DrawingsPart?.ImageParts.Count() ?? 0;
        }

        var formats = part.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToArray();
        var fills = part.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ToArray();
        var byStyle = formats.Select(f => fills[(int)(f.FillId?.Value ?? 0)].PatternFill?.ForegroundColor?.Rgb?.Value ?? string.Empty).ToArray();
        return new Workbook(sheets, names, pictures, byStyle);
    }
}
