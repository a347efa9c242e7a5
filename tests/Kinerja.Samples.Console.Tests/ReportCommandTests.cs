using System.Xml.Linq;

namespace Kinerja.Samples.Console.Tests;

/// <summary>The <c>report --html</c> command: one well-formed XHTML file with one SVG per chart.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly XNamespace H = HtmlReport.Xhtml;
    private static readonly XNamespace S = HtmlReport.Svg;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private XDocument Write(out CliResult result, params string[] more)
    {
        var file = _folder.File("laporan.html");
        result = Cli.Run(["report", "--html", file, .. more]);
        var text = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>\n<html ", text, StringComparison.Ordinal);
        var document = XDocument.Parse(text); // throws unless well-formed
        Assert.Equal(H + "html", document.Root!.Name);
        return document;
    }

    [Fact]
    public void Report_Html_IsWellFormedXhtmlWithOneSvgPerChart()
    {
        var html = Write(out var result);

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        var charts = HtmlReport.Charts(DemoYear.Build());
        var figures = html.Descendants(H + "figure").ToList();
        Assert.Equal(6, charts.Count);
        Assert.Equal(charts.Count, figures.Count);
        Assert.Equal(charts.Count, html.Descendants(S + "svg").Count());
        Assert.All(figures, f => Assert.Single(f.Elements(S + "svg")));
        Assert.Equal(charts.Select(c => c.Title), figures.Select(f => f.Element(H + "figcaption")!.Value));
        Assert.Contains("(6 grafik)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Html_DrawsOneBarPerComputedCapaian()
    {
        var html = Write(out _);
        var charts = HtmlReport.Charts(DemoYear.Build());

        foreach (var (chart, figure) in charts.Zip(html.Descendants(H + "figure")))
        {
            var bars = figure.Descendants(S + "rect").Where(r => r.Element(S + "title") is not null).ToList();
            Assert.Equal(chart.Groups.Sum(g => g.Values.Count(v => v is not null)), bars.Count);
            Assert.Equal(chart.Groups.Sum(g => g.Values.Count(v => v is null)), figure.Descendants(S + "text").Count(t => t.Value == "n/a"));
        }

        // TW I: IK1 99,02; IK5 (no grade reported) has no bar.
        var tw1 = html.Descendants(H + "figure").First();
        Assert.Contains(tw1.Descendants(S + "title"), t => t.Value == "IK1 TW I: 99,02");
        Assert.DoesNotContain(tw1.Descendants(S + "title"), t => t.Value.StartsWith("IK5", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_Html_HoldsTheLaporanOfEachQuarterAndTheDemoLabel()
    {
        var html = Write(out _);

        Assert.Equal(
            ["Laporan Pengukuran Kinerja TW I 2026", "Laporan Pengukuran Kinerja TW II 2026", "Laporan Pengukuran Kinerja TW III 2026", "Laporan Pengukuran Kinerja TW IV 2026"],
            html.Descendants(H + "caption").Select(c => c.Value).Where(c => c.StartsWith("Laporan", StringComparison.Ordinal)));
        Assert.Contains(html.Descendants(H + "p"), p => p.Value.Contains("DATA DEMO", StringComparison.Ordinal));
        Assert.Contains(html.Descendants(H + "td"), td => td.Value == "100,98");
        Assert.Empty(html.Descendants(H + "script"));
    }

    [Fact]
    public void Report_WithoutHtmlOption_IsAUsageError()
    {
        var result = Cli.Run("report");

        Assert.Equal(KinerjaCli.UsageError, result.ExitCode);
        Assert.Contains("--html", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Html_IndonesianByDefault()
    {
        var html = Write(out _);

        Assert.Equal(("id", "id"), ((string?)html.Root!.Attribute("lang"), (string?)html.Root.Attribute(XNamespace.Xml + "lang")));
        Assert.Contains(html.Descendants(H + "th"), th => th.Value == "Indikator Kinerja");
    }

    [Fact]
    public void Report_HtmlInEnglish_LangEnAndEnglishLabels()
    {
        var html = Write(out var result, "--lang", "en");
        var text = string.Concat(html.Descendants(H + "body").Single().DescendantNodes().OfType<XText>().Select(t => t.Value + "\n"));

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.Equal(("en", "en"), ((string?)html.Root!.Attribute("lang"), (string?)html.Root.Attribute(XNamespace.Xml + "lang")));
        Assert.Contains(html.Descendants(H + "caption"), c => c.Value == "Recap to TW IV");
        Assert.Contains(html.Descendants(H + "th"), th => th.Value == "Performance indicator");
        Assert.Contains(html.Descendants(H + "figcaption"), c => c.Value == "Average capaian of the kecamatan per quarter 2026 (%)");
        Assert.Contains(html.Descendants(H + "td"), td => td.Value == "100.98");
        Assert.Contains(html.Descendants(H + "td"), td => td.Value == "kecamatan");
        var found = LanguageTests.IndonesianLabels.Concat(["Rekapitulasi", "Grafik", "Rata-rata capaian", "Tingkat", "Kelompok", "Pihak kedua", "Skala kategori", "Thd. target"])
            .Where(label => text.Contains(label, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 0, "Indonesian labels in the English HTML: " + string.Join(", ", found));
    }

    [Fact]
    public void Report_UnwritableFile_IsAnInputError()
    {
        var result = Cli.Run("report", "--html", _folder.File("no/such/folder/laporan.html"));

        Assert.Equal(KinerjaCli.InputError, result.ExitCode);
        Assert.StartsWith("Kesalahan: ", result.Error, StringComparison.Ordinal);
    }
}
