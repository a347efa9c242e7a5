using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Excel.Internal;

/// <summary>
/// One sheet's cells in the columns a form uses, addressed by 1-based row and column, read straight from
/// the workbook's XML as a stream. Only the cells the file holds are kept (rows are sparse), so the cost is
/// that of the file's own bytes: a declared <c>&lt;dimension ref="A1:XFD15"/&gt;</c> is never read, and a
/// row numbered 1048576 is one row, not a million. Cells right of <see cref="FormLayout.ColumnCount"/> are
/// skipped. Each part of the workbook is read up to <see cref="MaxPartBytes"/> bytes uncompressed.
/// </summary>
internal sealed class SheetGrid
{
    /// <summary>The most bytes of one part (the sheet, its shared strings, the workbook) read after
    /// decompression: 64 MiB, some thousand times a form of a large PK. A larger part is unreadable.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    private const string RelationshipsNamespaceSuffix = "relationships";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private readonly Dictionary<int, Dictionary<int, object>> _rows;

    private SheetGrid(string name, Dictionary<int, Dictionary<int, object>> rows)
    {
        Name = name;
        _rows = rows;
        Rows = [.. rows.Keys.OrderBy(r => r)];
    }

    public string Name { get; }

    /// <summary>The numbers of the rows that hold a cell in the form's columns, in order.</summary>
    public IReadOnlyList<int> Rows { get; }

    public object? this[int row, int column]
    {
        get
        {
            if (!_rows.TryGetValue(row, out var cells) || !cells.TryGetValue(column, out var value))
            {
                return null;
            }

            return value is string s && s.Length == 0 ? null : value;
        }
    }

    public CellReference Cell(int row, int column) => new(Name, row, column);

    /// <summary>Reads a sheet, or reports why it cannot be read.</summary>
    public static SheetGrid? Read(Stream source, string sheetName, List<ValidationProblem> problems)
    {
        try
        {
            using var zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
            var sheets = ReadSheets(zip);
            if (!sheets.Exists(s => s.Name == sheetName))
            {
                problems.Add(new ValidationProblem(
                    ProblemCodes.ExcelSheetMissing, "'" + sheetName + "'", sheetName, Severity.Error, string.Join(", ", sheets.Select(s => "'" + s.Name + "'"))));
                return null;
            }

            var target = sheets.Find(s => s.Name == sheetName).Part;
            var part = zip.GetEntry(target) ?? throw new InvalidDataException("The part " + target + " of the sheet is missing");
            var shared = zip.GetEntry("xl/sharedStrings.xml") is { } s ? ReadSharedStrings(s) : [];
            var dates = zip.GetEntry("xl/styles.xml") is { } st ? ReadDateStyles(st) : [];
            return new SheetGrid(sheetName, ReadCells(part, shared, dates));
        }
#pragma warning disable CA1031 // A damaged or foreign file is bad input, reported as a problem whatever the reader throws.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            problems.Add(new ValidationProblem(ProblemCodes.ExcelUnreadable, "workbook", null, Severity.Error, e.Message.TrimEnd('.')));
            return null;
        }
    }

    private static List<(string Name, string Part)> ReadSheets(ZipArchive zip)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels") ?? throw new InvalidDataException("The workbook has no xl/_rels/workbook.xml.rels");
        using (var reader = Open(rels))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } to)
                {
                    targets[id] = to.StartsWith("/", StringComparison.Ordinal) ? to.Substring(1) : "xl/" + to;
                }
            }
        }

        var sheets = new List<(string, string)>();
        var workbook = zip.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("The workbook has no xl/workbook.xml");
        using (var reader = Open(workbook))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet" || reader.GetAttribute("name") is not { } name)
                {
                    continue;
                }

                string? id = null;
                while (reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith(RelationshipsNamespaceSuffix, StringComparison.Ordinal))
                    {
                        id = reader.Value;
                    }
                }

                if (id is not null && targets.TryGetValue(id, out var part))
                {
                    sheets.Add((name, part));
                }
            }
        }

        return sheets;
    }

    private static List<string> ReadSharedStrings(ZipArchiveEntry entry)
    {
        var strings = new List<string>();
        using var reader = Open(entry);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(ReadText(reader));
            }
            else
            {
                reader.Read();
            }
        }

        return strings;
    }

    /// <summary>The text of the element the reader is on (<c>&lt;si&gt;</c> or <c>&lt;is&gt;</c>): its runs'
    /// <c>&lt;t&gt;</c>, without phonetic runs; the reader is left after the element.</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(reader.ReadElementContentAsString());
            }
            else
            {
                reader.Read();
            }
        }

        if (reader.NodeType == XmlNodeType.EndElement)
        {
            reader.Read();
        }

        return text.ToString();
    }

    /// <summary>The indexes of the cell formats (<c>cellXfs</c>) that show a number as a date or time, as a
    /// spreadsheet program does: a date typed where a number belongs is then read as a date, not as its serial number.</summary>
    private static HashSet<int> ReadDateStyles(ZipArchiveEntry entry)
    {
        var custom = new Dictionary<int, bool>();
        var dates = new HashSet<int>();
        var index = 0;
        var inCellXfs = false;
        using var reader = Open(entry);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when Int(reader.GetAttribute("numFmtId")) is { } id:
                    custom[id] = IsDateFormat(reader.GetAttribute("formatCode") ?? string.Empty);
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var format = Int(reader.GetAttribute("numFmtId")) ?? 0;
                    if (custom.TryGetValue(format, out var isDate) ? isDate : IsBuiltInDate(format))
                    {
                        dates.Add(index);
                    }

                    index++;
                    break;
                default:
                    break;
            }
        }

        return dates;
    }

    private static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    private static bool IsDateFormat(string code)
    {
        var inQuote = false;
        var inBracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuote)
            {
                inQuote = c != '"';
            }
            else if (inBracket)
            {
                inBracket = c != ']';
            }
            else if (c == '"')
            {
                inQuote = true;
            }
            else if (c == '[')
            {
                inBracket = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c is 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S')
            {
                return !code.Equals("General", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static Dictionary<int, Dictionary<int, object>> ReadCells(ZipArchiveEntry entry, List<string> shared, HashSet<int> dates)
    {
        var rows = new Dictionary<int, Dictionary<int, object>>();
        var row = 0;
        var column = 0;
        using var reader = Open(entry);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.LocalName == "row")
            {
                // A row without its number follows the one before, as in the files spreadsheet programs write.
                row = reader.GetAttribute("r") is { } r ? Int(r) is { } n and >= 1 ? n : throw new InvalidDataException("The row number '" + Short(r) + "' is not valid") : row + 1;
                column = 0;
                reader.Read();
                continue;
            }

            if (reader.LocalName != "c")
            {
                reader.Read();
                continue;
            }

            column = reader.GetAttribute("r") is { } reference ? ColumnOf(reference) : column + 1;
            var type = reader.GetAttribute("t");
            var style = Int(reader.GetAttribute("s"));
            var value = ReadCell(reader, type, style is { } sx && dates.Contains(sx), shared);
            if (row >= 1 && column >= 1 && column <= FormLayout.ColumnCount && value is not null)
            {
                if (!rows.TryGetValue(row, out var cells))
                {
                    cells = [];
                    rows.Add(row, cells);
                }

                cells[column] = value;
            }
        }

        return rows;
    }

    /// <summary>The value of the <c>&lt;c&gt;</c> the reader is on, as a spreadsheet reader gives it (a number as a
    /// <see cref="double"/>, a date as a <see cref="DateTime"/>, a boolean, or text); the reader is left after the cell.</summary>
    private static object? ReadCell(XmlReader reader, string? type, bool dateStyle, List<string> shared)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return null;
        }

        var depth = reader.Depth;
        string? stored = null;
        string? inline = null;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
            {
                stored = reader.ReadElementContentAsString();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                inline = ReadText(reader);
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        if (reader.NodeType == XmlNodeType.EndElement)
        {
            reader.Read();
        }

        switch (type)
        {
            case "inlineStr":
                return inline ?? stored;
            case "s":
                return stored is null ? null
                    : Int(stored) is { } i && i >= 0 && i < shared.Count ? shared[i]
                    : throw new InvalidDataException("The shared string '" + Short(stored) + "' does not exist");
            case "b":
                return stored is null ? null : stored.Trim() == "1";
            case "str" or "e" or "d":
                return stored;
            default:
                if (stored is null)
                {
                    return inline;
                }

                if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return stored;
                }

                return dateStyle && number is >= -657435.0 and < 2958466.0 ? DateTime.FromOADate(number) : number;
        }
    }

    /// <summary>The 1-based column of a cell reference such as <c>F12</c>; a column beyond four letters is past any form's.</summary>
    private static int ColumnOf(string reference)
    {
        var n = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                if (++letters > 4)
                {
                    return int.MaxValue;
                }

                n = (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? throw new InvalidDataException("The cell reference '" + Short(reference) + "' is not valid") : n;
    }

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Short(string text) => text.Length <= 20 ? text : text.Substring(0, 17) + "...";

    private static XmlReader Open(ZipArchiveEntry entry) =>
        XmlReader.Create(new BoundedStream(entry.Open(), MaxPartBytes, entry.FullName), XmlSettings);

    /// <summary>A part's stream that refuses to give more than a bound of bytes (a small zip may inflate without end).</summary>
    private sealed class BoundedStream : Stream
    {
        private readonly Stream _inner;
        private readonly long _limit;
        private readonly string _name;
        private long _read;

        public BoundedStream(Stream inner, long limit, string name)
        {
            _inner = inner;
            _limit = limit;
            _name = name;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = _inner.Read(buffer, offset, count);
            _read += n;
            if (_read > _limit)
            {
                throw new InvalidDataException("The part " + _name + " is larger than " + (_limit / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MiB uncompressed");
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
