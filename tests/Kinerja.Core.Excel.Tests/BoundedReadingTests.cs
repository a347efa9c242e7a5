using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Measurement;
using Kinerja.Core.Tests.Properties;
using Kinerja.Core.Validation;
using static Kinerja.Core.Excel.Tests.Forms;

namespace Kinerja.Core.Excel.Tests;

/// <summary>
/// The form reader's cost follows the cells the file holds, not what it declares (issue 12): a widened
/// <c>&lt;dimension&gt;</c> (26 s and 17.4 GB before) and a row numbered 1048576 (5 s and 2.6 GB before)
/// read like any form. These tests assert what is returned; docs/reliability.md has the timings.
/// </summary>
public class BoundedReadingTests
{
    private const string Sheet = DataCollectionForm.SheetName;

    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static ValidationResult<MeasurementSet> Import(byte[] bytes) =>
        DataCollectionForm.Read(new MemoryStream(bytes), Pk(), Triwulan.II);

    /// <summary>The workbook with the XML of its Realisasi sheet rewritten.</summary>
    private static byte[] EditSheet(byte[] bytes, Func<string, string> edit)
    {
        var parts = new List<(string Name, byte[] Bytes)>();
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                using var copy = new MemoryStream();
                s.CopyTo(copy);
                parts.Add((entry.FullName, copy.ToArray()));
            }
        }

        XDocument Load(string name) => XDocument.Load(new MemoryStream(parts.Single(p => p.Name == name).Bytes));
        var id = (string)Load("xl/workbook.xml").Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == Sheet).Attribute(Rel + "id")!;
        var target = ((string)Load("xl/_rels/workbook.xml.rels").Descendants(PackageRel + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!).TrimStart('/');
        var path = target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                var written = name == path ? Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(content))) : content;
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(written, 0, written.Length);
            }
        }

        return output.ToArray();
    }

    /// <summary>Inserts rows at the end of the sheet's data, their tags given the prefix the sheet uses (MiniExcel writes <c>x:</c>).</summary>
    private static string BeforeSheetDataEnd(string xml, string insert)
    {
        var end = Regex.Match(xml, "</(\\w+:)?sheetData>");
        Assert.True(end.Success, "no sheetData in the sheet");
        var prefix = end.Groups[1].Value;
        var prefixed = Regex.Replace(insert, "<(/?)(row|c|v|is|t)\\b", "<$1" + prefix + "$2");
        return xml.Insert(end.Index, prefixed);
    }

    [Fact]
    public void Import_DimensionWidenedToColumnXfd_ReadsTheFormAsWritten()
    {
        var filled = Blank(Pk(), Triwulan.II).SetNumber(Sheet, "F12", "18").ToBytes();
        var widened = EditSheet(filled, xml =>
        {
            Assert.Matches("<(\\w+:)?dimension ref=", xml);
            return Regex.Replace(xml, "<(\\w+:)?dimension ref=\"[^\"]*\"", "<$1dimension ref=\"A1:XFD1048576\"");
        });

        var read = Import(widened);

        Assert.DoesNotContain(read.Problems, p => p.Severity == Severity.Error);
        Assert.Equal(Import(filled).Value.Realisasi.Select(r => (r.IndicatorId, r.Value)), read.Value.Realisasi.Select(r => (r.IndicatorId, r.Value)));
    }

    [Fact]
    public void Import_IndicatorRowNumbered1048576_IsReadAsARowAndNamedByItsNumber()
    {
        var id = Pk().Indicators[0].Id;
        var bytes = EditSheet(Blank(Pk(), Triwulan.II).ToBytes(), xml => BeforeSheetDataEnd(xml, "<row r=\"1048576\"><c r=\"J1048576\" t=\"inlineStr\"><is><t>" + id + "</t></is></c></row>"));

        var problem = Assert.Single(Import(bytes).Problems, p => p.Code == ProblemCodes.ExcelDuplicateRow);

        Assert.Equal("'Realisasi'!J1048576", problem.Path);
    }

    [Fact]
    public void Import_EmptyRowNumbered1048576AndCellsPastColumnJ_AreIgnored()
    {
        var bytes = EditSheet(
            Blank(Pk(), Triwulan.II).SetNumber(Sheet, "F12", "18").ToBytes(),
            xml => BeforeSheetDataEnd(xml, "<row r=\"1048575\"><c r=\"XFD1048575\"><v>7</v></c></row><row r=\"1048576\"><c r=\"F1048576\"/></row>"));

        var read = Import(bytes);

        Assert.True(read.IsValid, read.ToString());
        Assert.Equal(18m, Assert.Single(read.Value.Realisasi).Value);
    }

    [Fact]
    public void Import_SheetInflatingPast64MiB_IsUnreadableNotRead()
    {
        // A zip of a few hundred kilobytes whose sheet is 65 MiB of blanks: read up to the bound, then refused.
        var padding = new string(' ', 65 * 1024 * 1024);
        var bytes = EditSheet(Blank(Pk(), Triwulan.II).ToBytes(), xml => BeforeSheetDataEnd(xml, padding));

        var problem = Assert.Single(Import(bytes).Problems);

        Assert.Equal((ProblemCodes.ExcelUnreadable, "workbook"), (problem.Code, problem.Path));
        Assert.Contains("larger than 64 MiB", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<row r=\"0\"><c r=\"A0\"><v>1</v></c></row>")]
    [InlineData("<row r=\"abc\"/>")]
    [InlineData("<row r=\"12\"><c r=\"12\"><v>1</v></c></row>")]
    [InlineData("<row r=\"12\"><c r=\"F12\" t=\"s\"><v>999999</v></c></row>")]
    public void Import_BrokenRowOrCellNumbers_AreUnreadable(string row)
    {
        var bytes = EditSheet(Blank(Pk(), Triwulan.II).ToBytes(), xml => BeforeSheetDataEnd(xml, row));

        var problem = Assert.Single(Import(bytes).Problems);

        Assert.Equal(ProblemCodes.ExcelUnreadable, problem.Code);
    }

    /// <summary>Whatever a realisasi cell holds, typed as text or stored as a number's text, the form gives a value or problems.</summary>
    [KinerjaProperty]
    public Property Import_AnyRealisasiCell_ReturnsValueOrProblems() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<string>().Filter(s => s is not null && s.All(c => !char.IsSurrogate(c) && (c >= ' ' || c is '\n' or '\t'))),
            ArbMap.Default.ArbFor<bool>(),
            (text, asNumber) =>
            {
                var form = Blank(Pk(), Triwulan.II);
                var bytes = (asNumber ? form.SetNumber(Sheet, "F12", text) : form.SetText(Sheet, "F12", text)).ToBytes();
                var read = Import(bytes);
                return read.IsValid || read.Errors.Any();
            });
}
