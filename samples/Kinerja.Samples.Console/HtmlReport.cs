using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Kinerja.Core;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;
using static Kinerja.Samples.Console.Formatting;

namespace Kinerja.Samples.Console;

/// <summary>One bar chart: groups along the x axis, one bar per series in each group.</summary>
/// <param name="Title">The caption.</param>
/// <param name="Series">The series' names (the legend).</param>
/// <param name="Groups">Each group's label and one value per series; <see langword="null"/> where no figure could be computed.</param>
internal sealed record BarChart(string Title, IReadOnlyList<string> Series, IReadOnlyList<(string Label, IReadOnlyList<decimal?> Values)> Groups);

/// <summary>
/// The demo year as one self-contained XHTML file (no script, no external file): the PK, the Laporan
/// Pengukuran Kinerja per quarter, the recap, the SOP run, and hand-written SVG bar charts of capaian per
/// indicator in each quarter, per indicator across the quarters, and of the kecamatan's average per quarter. In the
/// language of the run (<c>--lang</c>): the <c>lang</c> attribute, every label, enum values by <see cref="DisplayNames"/>
/// and numbers as <see cref="Lang"/> writes them; the demo's data (names, SOP steps) stay as they were entered.
/// </summary>
internal static class HtmlReport
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b"];

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
        th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; vertical-align: top; }
        th { background: #eef; } td.n { text-align: right; }
        figure { margin: 1em 0; } figcaption { font-weight: bold; }
        .demo { color: #b00; font-weight: bold; }
        """;

    /// <summary>The charts of the report, in order, titled in <paramref name="l"/> (Indonesian when not given).</summary>
    public static IReadOnlyList<BarChart> Charts(DemoYear year, Lang? l = null)
    {
        l ??= Lang.Indonesian;
        var charts = new List<BarChart>();
        foreach (var q in Triwulan.All)
        {
            charts.Add(new BarChart(l.T($"Capaian per indikator, {q} {year.Pk.Year} (%)", $"Capaian per indicator, {q} {year.Pk.Year} (%)"), [q.ToString()],
                [.. year.Capaian.Select(c => (c.Indicator.Id, (IReadOnlyList<decimal?>)[c[q].Capaian.Value]))]));
        }

        charts.Add(new BarChart(l.T($"Capaian per indikator per triwulan {year.Pk.Year} (%)", $"Capaian per indicator per quarter {year.Pk.Year} (%)"), [.. Triwulan.All.Select(q => q.ToString())],
            [.. year.Capaian.Select(c => (c.Indicator.Id, (IReadOnlyList<decimal?>)[.. c.ByTriwulan.Select(t => t.Capaian.Value)]))]));
        charts.Add(new BarChart(
            l.T($"Rata-rata capaian kecamatan per triwulan {year.Pk.Year} (%)", $"Average capaian of the kecamatan per quarter {year.Pk.Year} (%)"),
            [l.T("triwulan", "quarter"), l.T("kumulatif", "to date")],
            [.. Triwulan.All.Select(q => (q.ToString(), (IReadOnlyList<decimal?>)[year.Kecamatan(new RecapPeriod(q, false)).Average, year.Kecamatan(new RecapPeriod(q, true)).Average]))]));
        return charts;
    }

    /// <summary>The report as XHTML text in <paramref name="l"/>.</summary>
    public static string Write(DemoYear year, Lang l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var pk = year.Pk;
        var code = l.IsEnglish ? "en" : "id";
        var body = new XElement(Xhtml + "body",
            H("h1", $"Laporan Pengukuran Kinerja {pk.Year} — {pk.Unit.Name}"),
            H("p", new XAttribute("class", "demo"), year.Label),
            H("p", l.T(
                $"Pihak pertama: {pk.PihakPertama.Name}, {pk.PihakPertama.PrintedJabatan}. Pihak kedua: {pk.PihakKedua.Name}, {pk.PihakKedua.PrintedJabatan}. Skala kategori: {DemoYear.Scale.Name}.",
                $"First party: {pk.PihakPertama.Name}, {pk.PihakPertama.PrintedJabatan}. Second party: {pk.PihakKedua.Name}, {pk.PihakKedua.PrintedJabatan}. Category scale: {DemoYear.Scale.Name}.")),
            H("h2", l.T("Grafik capaian", "Charts of capaian")),
            Charts(year, l).Select(c => Figure(c, l)),
            H("h2", l.T("Laporan Pengukuran Kinerja per triwulan", "Laporan Pengukuran Kinerja (performance measurement report) per quarter")),
            Triwulan.All.Select(q => Laporan(year, q, l)),
            H("h2", l.T("Rekapitulasi s.d. TW IV", "Recap to TW IV")),
            RecapTable(year, l),
            H("h2", "SOP " + year.Sop.Instance.Definition.Header.Nama),
            H("p", new XAttribute("class", "demo"), ConsoleTables.DemoLabel + l.T(" SOP dijalankan oleh personel demo", " The SOP is run by the demo roster")),
            SopTable(year.Sop, l));
        var html = new XElement(Xhtml + "html", new XAttribute(XNamespace.Xml + "lang", code), new XAttribute("lang", code),
            new XElement(Xhtml + "head",
                new XElement(Xhtml + "meta", new XAttribute("charset", "utf-8")),
                H("title", $"Laporan Pengukuran Kinerja {pk.Year} — {pk.Unit.Name}" + (year.Label == ConsoleTables.DemoLabel ? " (demo)" : string.Empty)),
                H("style", Style)),
            body);
        var text = new StringBuilder("<!DOCTYPE html>\n");
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            html.WriteTo(writer);
        }

        return text.Append('\n').ToString();
    }

    /// <summary>An SVG bar chart: a y axis from 0 to at least 120 with grid lines every 20, a dashed line at 100, value labels, "n/a" where no figure.</summary>
    public static XElement Chart(BarChart chart, Lang l)
    {
        const int Height = 300, Top = 20, Bottom = 60, Left = 50, BarWidth = 22, Gap = 18;
        var max = Math.Max(120m, Math.Ceiling((chart.Groups.SelectMany(g => g.Values).Max() ?? 0m) / 20m) * 20m);
        var groupWidth = (chart.Series.Count * BarWidth) + Gap;
        var width = Left + (chart.Groups.Count * groupWidth) + Gap + 110;
        var plot = Height - Top - Bottom;
        double Y(decimal v) => Top + plot - (double)(v / max) * plot;
        var svg = new XElement(Svg + "svg", new XAttribute("width", width), new XAttribute("height", Height), new XAttribute("viewBox", $"0 0 {width} {Height}"),
            new XAttribute("role", "img"), new XAttribute("aria-label", chart.Title), new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", "11"),
            new XElement(Svg + "title", chart.Title));
        for (var v = 0m; v <= max; v += 20m)
        {
            svg.Add(Line(Left, Y(v), width - 110, Y(v), "#ddd"), Label(Left - 6, Y(v) + 4, Num(v), "end"));
        }

        svg.Add(With(Line(Left, Y(100m), width - 110, Y(100m), "#c00"), new XAttribute("stroke-dasharray", "4 3")));
        var x = Left + Gap;
        foreach (var (label, values) in chart.Groups)
        {
            for (var s = 0; s < values.Count; s++)
            {
                var bx = x + (s * BarWidth);
                if (values[s] is { } value)
                {
                    svg.Add(new XElement(Svg + "rect", new XAttribute("x", bx), new XAttribute("y", Fmt(Y(value))), new XAttribute("width", BarWidth - 2),
                        new XAttribute("height", Fmt(Y(0) - Y(value))), new XAttribute("fill", Palette[s % Palette.Length]),
                        new XElement(Svg + "title", $"{label} {chart.Series[s]}: {CapaianFormat.Format(value, l.Numbers)}")));
                    svg.Add(With(Label(bx + ((BarWidth - 2) / 2.0), Y(value) - 3, Num(Math.Round(value)), "middle"), new XAttribute("font-size", "9")));
                }
                else
                {
                    svg.Add(With(Label(bx + ((BarWidth - 2) / 2.0), Y(0) - 3, "n/a", "middle"), new XAttribute("font-size", "9")));
                }
            }

            svg.Add(Label(x + ((values.Count * BarWidth) / 2.0), Y(0) + 16, label, "middle"));
            x += groupWidth;
        }

        svg.Add(Line(Left, Y(0), width - 110, Y(0), "#333"), Line(Left, Top, Left, Y(0), "#333"));
        for (var s = 0; s < chart.Series.Count; s++)
        {
            svg.Add(new XElement(Svg + "rect", new XAttribute("x", width - 100), new XAttribute("y", Top + (s * 16)), new XAttribute("width", 10), new XAttribute("height", 10), new XAttribute("fill", Palette[s % Palette.Length])),
                Label(width - 85, Top + (s * 16) + 9, chart.Series[s], "start"));
        }

        return svg;
    }

    private static XElement Figure(BarChart chart, Lang l) => H("figure", Chart(chart, l), H("figcaption", chart.Title));

    private static XElement Laporan(DemoYear year, Triwulan q, Lang l)
    {
        var scale = DemoYear.Scale;
        var rows = year.Capaian.Select((c, n) =>
        {
            var tw = c[q];
            return Tr(Count(n + 1), year.SasaranOf(c.Indicator).Id, c.Indicator.Id + " " + c.Indicator.Name, c.Indicator.Satuan, Show(tw.Target, l),
                tw.Realisasi is { } r ? r.Grade ?? CapaianFormat.Format(r.Value!.Value, l.Numbers) : "-", l.Result(tw.Capaian),
                tw.Capaian.Classify(scale)?.Label ?? "-", l.Result(tw.CumulativeCapaian), l.Result(tw.AnnualCapaian));
        });
        return H("table",
            H("caption", $"Laporan Pengukuran Kinerja {q} {year.Pk.Year}"),
            H("thead", Th(
                "No", "Sasaran", l.T("Indikator Kinerja", "Performance indicator"), l.T("Satuan", "Unit of measure"), "Target " + q, "Realisasi " + q, "Capaian (%)",
                l.T("Kategori", "Category"), l.T("Capaian s.d. ", "Capaian to ") + q + " (%)", l.T("Thd. target tahunan (%)", "Against the annual target (%)"))),
            H("tbody", rows));
    }

    private static XElement RecapTable(DemoYear year, Lang l)
    {
        var period = new RecapPeriod(Triwulan.IV, cumulative: true);
        var bands = DemoYear.Scale.Bands.Select(b => b.Label).ToArray();
        var rows = year.Recap.Rows.Where(r => r.Period == period && r.Key.Level != RecapLevel.Indicator).Select(r =>
            Tr([DisplayNames.Of(r.Key.Level, l.Language), ConsoleTables.GroupName(r.Key, l), Count(r.Figures.IndicatorCount), ConsoleTables.Average(r.Figures, l), .. r.Figures.Categories.Select(Count), Count(r.Figures.NotReported), Count(r.Figures.NotComputable)]));
        return H("table", H("caption", l.T("Rekapitulasi s.d. TW IV", "Recap to TW IV")), H("thead", Th([
            l.T("Tingkat", "Level"), l.T("Kelompok", "Group"), l.T("Indikator", "Indicators"), l.T("Rata-rata capaian", "Average capaian"), .. bands,
            l.T("Belum lapor", "Not reported"), l.T("Tidak dapat dihitung", "Not computable")])), H("tbody", rows));
    }

    private static XElement SopTable(SopRunResult run, Lang l)
    {
        var zone = run.Calendar.TimeZone;
        var rows = run.Steps.Select(s => Tr(s.Step.Key, s.Step.Activity, s.Role.Name, s.Person.Name, Moment(s.OpenedAt, zone, l), s.Step.Waktu.Text,
            s.Due is { } d ? Moment(d, zone, l) : "-", DisplayNames.Of(s.Outcome, l.Language) + (s.Note is null ? string.Empty : ": " + s.Note), Moment(s.ActedAt, zone, l)));
        return H("table", H("caption", l.T($"{run.Instance.Subject}: {DisplayNames.Of(run.Instance.Status)}, {run.Returns} kali dikembalikan", $"{run.Instance.Subject}: {DisplayNames.Of(run.Instance.Status, MessageLanguage.English)}, returned {run.Returns} times")),
            H("thead", Th(
                l.T("Langkah", "Step"), l.T("Kegiatan", "Activity"), l.T("Peran", "Role"), l.T("Oleh", "By"), l.T("Dibuka", "Opened"), l.T("Mutu baku waktu", "Time standard"),
                l.T("Batas waktu", "Deadline"), l.T("Tindakan", "Action"), l.T("Pada", "At"))), H("tbody", rows));
    }

    /// <summary>An XHTML element; an element left without content gets an empty text so it is written with an end tag.</summary>
    private static XElement H(string name, params object?[] content)
    {
        var element = new XElement(Xhtml + name, content);
        if (element.IsEmpty)
        {
            element.Value = string.Empty;
        }

        return element;
    }

    private static XElement Tr(params string[] cells) =>
        H("tr", cells.Select(c => H("td", LooksNumeric(c) ? new XAttribute("class", "n") : null, c)));

    private static XElement Th(params string[] cells) => H("tr", cells.Select(c => H("th", c)));

    private static bool LooksNumeric(string cell) => cell.Length > 0 && char.IsDigit(cell[0]);

    private static XElement Line(double x1, double y1, double x2, double y2, string stroke) =>
        new(Svg + "line", new XAttribute("x1", Fmt(x1)), new XAttribute("y1", Fmt(y1)), new XAttribute("x2", Fmt(x2)), new XAttribute("y2", Fmt(y2)), new XAttribute("stroke", stroke));

    private static XElement Label(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", Fmt(x)), new XAttribute("y", Fmt(y)), new XAttribute("text-anchor", anchor), text);

    private static XElement With(XElement element, XAttribute attribute)
    {
        element.Add(attribute);
        return element;
    }

    private static string Fmt(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Num(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);
}
