using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Kinerja.Fuzz;

/// <summary>
/// Mutates a valid .xlsx workbook: byte flips and truncation of the zip itself; a part deleted,
/// duplicated, renamed or replaced by a mutation of its XML (byte flips, cut, spans deleted and
/// repeated, a widened <c>&lt;dimension&gt;</c>, a row numbered 1048576, broken row and cell numbers,
/// cells retyped or pointing at shared strings that do not exist, rows repeated, a DTD, deep nesting).
/// </summary>
internal static class XlsxMutator
{
    private static readonly string[] CellValues =
    [
        "<v>1e400</v>", "<v>NaN</v>", "<v>-1</v>", "<v>81.2</v>", "<v>6.2999999999999998</v>", "<v>abc</v>", "<v></v>", "<v>99999999999999999999</v>",
        "<is><t>81,2</t></is>", "<is><t>1.234,5</t></is>", "<is><t>-</t></is>", "<is><t>\u00a0</t></is>", "<v>45678</v>",
    ];

    private static readonly string[] CellTypes = ["", " t=\"s\"", " t=\"inlineStr\"", " t=\"b\"", " t=\"e\"", " t=\"str\"", " t=\"d\"", " t=\"n\"", " s=\"9999\"", " s=\"1\""];

    public static byte[] Mutate(byte[] seed, Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                var flipped = (byte[])seed.Clone();
                for (var i = 0; i < 1 + random.Next(8); i++)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                }

                return flipped;
            case 1:
                return seed.AsSpan(0, random.Next(seed.Length)).ToArray();
            default:
                return RewriteParts(seed, random);
        }
    }

    private static byte[] RewriteParts(byte[] seed, Random random)
    {
        var parts = new List<(string Name, byte[] Bytes)>();
        using (var zip = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                using var copy = new MemoryStream();
                s.CopyTo(copy);
                parts.Add((entry.FullName, copy.ToArray()));
            }
        }

        var sheet = parts.FindIndex(p => p.Name == "xl/worksheets/sheet1.xml");
        var count = 1 + random.Next(2);
        for (var k = 0; k < count; k++)
        {
            var index = random.Next(3) != 0 && sheet >= 0 ? sheet : random.Next(parts.Count);
            var (name, bytes) = parts[index];
            switch (random.Next(12))
            {
                case 0:
                    parts.RemoveAt(index);
                    sheet = parts.FindIndex(p => p.Name == "xl/worksheets/sheet1.xml");
                    break;
                case 1:
                    parts.Add((name, bytes));
                    break;
                case 2:
                    parts[index] = (name.ToUpperInvariant(), bytes);
                    sheet = parts.FindIndex(p => p.Name == "xl/worksheets/sheet1.xml");
                    break;
                default:
                    parts[index] = (name, Encoding.UTF8.GetBytes(MutateXml(Encoding.UTF8.GetString(bytes), random)));
                    break;
            }
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var s = entry.Open();
                s.Write(bytes, 0, bytes.Length);
            }
        }

        return output.ToArray();
    }

    private static string MutateXml(string xml, Random random)
    {
        switch (random.Next(16))
        {
            case 0:
                return Regex.Replace(xml, "<(\\w+:)?dimension ref=\"[^\"]*\"", "<$1dimension ref=\"A1:XFD" + Of(random.Next(2) == 0 ? 15 : 1048576) + "\"");
            case 1:
                return InsertBeforeEnd(xml, "sheetData>", "<row r=\"1048576\"><c r=\"" + Column(random) + "1048576\"" + CellTypes[random.Next(CellTypes.Length)] + ">" + CellValues[random.Next(CellValues.Length)] + "</c></row>");
            case 2:
                return ReplaceOne(xml, "<(\\w+:)?row r=\"[0-9]+\"", m => "<" + m.Groups[1].Value + "row r=\"" + new[] { "0", "-1", "abc", "2147483648", "1048577", string.Empty }[random.Next(6)] + "\"", random);
            case 3:
                return ReplaceOne(xml, "<(\\w+:)?c r=\"[A-Z]+[0-9]+\"", m => "<" + m.Groups[1].Value + "c r=\"" + new[] { "XFD1", "AAAAAA1", "1", string.Empty, "A0", "J99999999" }[random.Next(6)] + "\"", random);
            case 4:
                return ReplaceOne(xml, "<(\\w+:)?c r=\"([A-Z]+[0-9]+)\"[^>]*>.*?</(\\w+:)?c>", m => "<c r=\"" + m.Groups[2].Value + "\"" + CellTypes[random.Next(CellTypes.Length)] + ">" + CellValues[random.Next(CellValues.Length)] + "</c>", random);
            case 5:
                // Rows repeated many times (a form of a large PK, or a hostile one).
                var rows = Regex.Matches(xml, "<(\\w+:)?row [^>]*>.*?</(\\w+:)?row>");
                if (rows.Count == 0)
                {
                    return xml;
                }

                var row = rows[random.Next(rows.Count)].Value;
                var times = random.Next(10) == 0 ? 5000 : 1 + random.Next(50);
                return InsertBeforeEnd(xml, "sheetData>", string.Concat(Enumerable.Repeat(row, times)));
            case 6:
                return "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + Regex.Replace(xml, "^<\\?xml[^>]*\\?>", string.Empty);
            case 7:
                return InsertBeforeEnd(xml, "sheetData>", string.Concat(Enumerable.Repeat("<x>", 5000)) + string.Concat(Enumerable.Repeat("</x>", 5000)));
            case 8:
                return xml.Substring(0, random.Next(xml.Length + 1));
            case 9:
                return xml.Replace(" t=\"inlineStr\"", " t=\"s\"");
            case 10:
                return Regex.Replace(xml, " r=\"[^\"]*\"", string.Empty);
            default:
                var bytes = Encoding.UTF8.GetBytes(xml);
                for (var i = 0; i < 1 + random.Next(4); i++)
                {
                    if (bytes.Length > 0)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }
                }

                return Encoding.UTF8.GetString(bytes);
        }
    }

    private static string Column(Random random) => random.Next(3) switch
    {
        0 => "F",
        1 => "J",
        _ => "XFD",
    };

    /// <summary>Inserts before the closing tag of an element, whatever its prefix (MiniExcel writes <c>x:</c>).</summary>
    private static string InsertBeforeEnd(string xml, string name, string what)
    {
        var end = Regex.Match(xml, "</(\\w+:)?" + name, RegexOptions.RightToLeft);
        return end.Success ? xml.Insert(end.Index, what) : xml + what;
    }

    private static string ReplaceOne(string xml, string pattern, Func<string> with, Random random) =>
        ReplaceOne(xml, pattern, _ => with(), random);

    private static string ReplaceOne(string xml, string pattern, Func<Match, string> with, Random random)
    {
        var matches = Regex.Matches(xml, pattern);
        if (matches.Count == 0)
        {
            return xml;
        }

        var m = matches[random.Next(matches.Count)];
        return xml.Substring(0, m.Index) + with(m) + xml.Substring(m.Index + m.Length);
    }

    private static string Of(int n) => n.ToString(CultureInfo.InvariantCulture);
}
