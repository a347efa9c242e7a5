using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Kinerja.Core.Reports.Tests;

/// <summary>
/// The tables and the chart shown in docs/reports.md, read back from the documents the package writes for the demo
/// kecamatan. With <c>KINERJA_REPORTS_DOCS=&lt;folder&gt;</c> set, the test also writes <c>reports-tables.md</c> and
/// <c>reports-chart-s1.png</c> there:
/// <c>KINERJA_REPORTS_DOCS=$PWD/docs/images dotnet test tests/Kinerja.Core.Reports.Tests --filter DocsOutputTests</c>.
/// </summary>
public sealed class DocsOutputTests
{
    [Fact]
    public void DemoKecamatan_TablesAsMarkdownAndTheFirstChart()
    {
        var markdown = new StringBuilder();
        Append(markdown, "Laporan Pengukuran Kinerja TW II", Word.Read(Documents.LaporanDocx(Fixtures.Report, Triwulan.II)));
        var lkjip = Documents.LkjipDocx(Fixtures.Report);
        Append(markdown, "LKjIP Bab III", Word.Read(lkjip));
        markdown.Append("### Satu Data CSV\n\n```csv\n").Append(Documents.SatuData(Fixtures.Report).Replace("\r\n", "\n", StringComparison.Ordinal)).Append("```\n");

        using var stream = new MemoryStream(lkjip);
        using var word = WordprocessingDocument.Open(stream, false);
        using var image = word.MainDocumentPart!.ImageParts.First().GetStream();
        using var png = new MemoryStream();
        image.CopyTo(png);

        Assert.Contains("| 2 | IK2 Jumlah dokumen administrasi kependudukan yang difasilitasi | Dokumen | 1.121 |", markdown.ToString(), StringComparison.Ordinal);
        Assert.True(png.Length > 1000);
        if (Environment.GetEnvironmentVariable("KINERJA_REPORTS_DOCS") is { Length: > 0 } folder)
        {
            File.WriteAllText(Path.Combine(folder, "reports-tables.md"), markdown.ToString());
            File.WriteAllBytes(Path.Combine(folder, "reports-chart-s1.png"), png.ToArray());
        }
    }

    private static void Append(StringBuilder markdown, string title, Word word)
    {
        markdown.Append("### ").Append(title).Append("\n\n");
        var t = 0;
        foreach (var table in word.Tables)
        {
            markdown.Append("Table ").Append(++t).Append(":\n\n");
            markdown.Append("| ").Append(string.Join(" | ", table[0])).Append(" |\n|");
            markdown.Append(string.Concat(table[0].Select(_ => "---|"))).Append('\n');
            foreach (var row in table.Skip(1))
            {
                markdown.Append("| ").Append(string.Join(" | ", row.Select(c => c.Length == 0 ? " " : c))).Append(" |\n");
            }

            markdown.Append('\n');
        }
    }
}
