using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Kinerja.Core.Excel.Tests;

/// <summary>
/// Reads and edits the cells of an .xlsx file directly in its XML, the way a user's spreadsheet program
/// leaves them: numbers as the text of a double (optionally with 17 significant digits, as Excel writes
/// 2.45 as 2.4500000000000002), text as inline strings. Used to fill generated forms in tests.
/// </summary>
internal sealed class Xlsx
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, (string Path, XDocument Xml)> _sheets = new(StringComparer.Ordinal);
    private readonly byte[] _original;
    private readonly List<string>? _sharedStrings;
    private readonly Dictionary<string, Dictionary<string, XElement>> _index = new(StringComparer.Ordinal);

    private Xlsx(byte[] bytes)
    {
        _original = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var workbook = Load(zip, "xl/workbook.xml");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels");
        var targets = rels.Root!.Elements(PackageRel + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        foreach (var sheet in workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            var target = targets[(string)sheet.Attribute(Rel + "id")!].TrimStart('/');
            var path = target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;
            _sheets[(string)sheet.Attribute("name")!] = (path, Load(zip, path));
        }

        if (zip.GetEntry("xl/sharedStrings.xml") is { } shared)
        {
            using var s = shared.Open();
            _sharedStrings = XDocument.Load(s).Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
        }
    }

    public static Xlsx Open(byte[] bytes) => new(bytes);

    public IEnumerable<string> SheetNames => _sheets.Keys;

    /// <summary>The stored text of a cell (a number's text as written, a string's value), or null.</summary>
    public string? Raw(string sheet, string reference)
    {
        var cell = FindCell(sheet, reference);
        if (cell is null)
        {
            return null;
        }

        var type = (string?)cell.Attribute("t");
        if (type == "inlineStr")
        {
            return string.Concat(cell.Descendants(Main + "t").Select(t => t.Value));
        }

        var v = cell.Element(Main + "v")?.Value;
        if (type == "s" && v is not null && _sharedStrings is not null)
        {
            return _sharedStrings[int.Parse(v, CultureInfo.InvariantCulture)];
        }

        return string.IsNullOrEmpty(v) ? null : v;
    }

    /// <summary>Whether a cell is stored as a number.</summary>
    public bool IsNumber(string sheet, string reference) =>
        FindCell(sheet, reference) is { } cell && ((string?)cell.Attribute("t") ?? "n") == "n" && cell.Element(Main + "v") is not null;

    public Xlsx SetNumber(string sheet, string reference, string storedText) =>
        Set(sheet, reference, new XElement(Main + "c", new XAttribute("r", reference), new XElement(Main + "v", storedText)));

    public Xlsx SetText(string sheet, string reference, string text) =>
        Set(sheet, reference, new XElement(
            Main + "c", new XAttribute("r", reference), new XAttribute("t", "inlineStr"),
            new XElement(Main + "is", new XElement(Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text))));

    public Xlsx Clear(string sheet, string reference) =>
        Set(sheet, reference, new XElement(Main + "c", new XAttribute("r", reference)));

    /// <summary>Deletes a row's element (as a spreadsheet program leaves a row it never stored).</summary>
    public Xlsx DeleteRow(string sheet, int row)
    {
        Row(sheet, row)?.Remove();
        _index.Remove(sheet);
        return this;
    }

    public byte[] ToBytes()
    {
        var output = new MemoryStream();
        output.Write(_original);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (path, xml) in _sheets.Values)
            {
                zip.GetEntry(path)!.Delete();
                using var stream = zip.CreateEntry(path).Open();
                xml.Save(stream, SaveOptions.DisableFormatting);
            }
        }

        return output.ToArray();
    }

    public MemoryStream ToStream() => new(ToBytes());

    private Xlsx Set(string sheet, string reference, XElement cell)
    {
        _index.Remove(sheet);
        var rowNumber = int.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        var row = Row(sheet, rowNumber);
        if (row is null)
        {
            var data = _sheets[sheet].Xml.Root!.Element(Main + "sheetData")!;
            row = new XElement(Main + "row", new XAttribute("r", rowNumber));
            var after = data.Elements(Main + "row").LastOrDefault(r => (int)r.Attribute("r")! < rowNumber);
            if (after is null)
            {
                data.AddFirst(row);
            }
            else
            {
                after.AddAfterSelf(row);
            }
        }

        var existing = row.Elements(Main + "c").FirstOrDefault(c => (string?)c.Attribute("r") == reference);
        if (existing is not null)
        {
            cell.SetAttributeValue("s", (string?)existing.Attribute("s"));
            existing.ReplaceWith(cell);
        }
        else
        {
            var column = ColumnOf(reference);
            var before = row.Elements(Main + "c").FirstOrDefault(c => ColumnOf((string)c.Attribute("r")!) > column);
            if (before is null)
            {
                row.Add(cell);
            }
            else
            {
                before.AddBeforeSelf(cell);
            }
        }

        return this;
    }

    private XElement? Row(string sheet, int row) =>
        _sheets[sheet].Xml.Root!.Element(Main + "sheetData")!.Elements(Main + "row").FirstOrDefault(r => (int)r.Attribute("r")! == row);

    private XElement? FindCell(string sheet, string reference)
    {
        if (!_index.TryGetValue(sheet, out var cells))
        {
            cells = _sheets[sheet].Xml.Root!.Element(Main + "sheetData")!.Elements(Main + "row").Elements(Main + "c")
                .GroupBy(c => (string)c.Attribute("r")!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _index[sheet] = cells;
        }

        return cells.TryGetValue(reference, out var cell) ? cell : null;
    }

    private static int ColumnOf(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));

    private static XDocument Load(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)!.Open();
        return XDocument.Load(stream);
    }
}
