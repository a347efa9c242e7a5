using System.Globalization;
using System.Net;
using System.Text;

namespace Kinerja.Core.Sop;

/// <summary>
/// Pictures of an SOP definition: a Mermaid flowchart with one swimlane per role and the decision
/// branches, and the standard SOP table (role columns, mutu baku columns) as Markdown and HTML.
/// </summary>
public static class SopDiagram
{
    private const int MaxLabel = 70;
    private static readonly string[] Leading = ["No", "Kegiatan"];
    private static readonly string[] Trailing = ["Kelengkapan", "Waktu", "Output", "Keterangan"];

    /// <summary>A Mermaid flowchart (top to bottom): terminators, a box per process step, a diamond per decision, one subgraph
    /// (swimlane) per role that does a step, named <c>lane1</c>, <c>lane2</c> ... by the role's column.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The Mermaid source, without code fences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string ToMermaid(SopDefinition definition)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        var text = new StringBuilder();
        text.AppendLine("flowchart TD");
        text.AppendLine("    start([Mulai])");
        text.AppendLine("    finish([Selesai])");
        for (var r = 0; r < definition.Roles.Count; r++)
        {
            var role = definition.Roles[r];
            var steps = definition.Steps.Where(s => s.Actor == role.Id).ToArray();
            if (steps.Length == 0)
            {
                continue;
            }

            text.Append("    subgraph lane").Append(Num(r + 1)).Append("[\"").Append(Escape(role.Name)).AppendLine("\"]");
            foreach (var s in steps)
            {
                var label = Escape(s.Number.ToString(CultureInfo.InvariantCulture) + ". " + Shorten(s.Activity));
                text.Append("        s").Append(s.Number.ToString(CultureInfo.InvariantCulture))
                    .Append(s.IsDecision ? "{\"" : "[\"").Append(label).AppendLine(s.IsDecision ? "\"}" : "\"]");
            }

            text.AppendLine("    end");
        }

        text.Append("    start --> s").AppendLine(Num(definition.FirstStep.Number));
        foreach (var s in definition.Steps)
        {
            var next = definition.NextAfter(s);
            var to = next is null ? "finish" : "s" + Num(next.Number);
            if (s.Decision is { } d)
            {
                text.Append("    s").Append(Num(s.Number)).Append(" -->|").Append(Escape(d.YesLabel)).Append("| ").AppendLine(to);
                text.Append("    s").Append(Num(s.Number)).Append(" -->|").Append(Escape(d.NoLabel)).Append("| s").AppendLine(Num(d.NoStep));
            }
            else
            {
                text.Append("    s").Append(Num(s.Number)).Append(" --> ").AppendLine(to);
            }
        }

        return text.ToString();
    }

    /// <summary>The standard SOP table as Markdown: No, Kegiatan, one column per role (✓, or ✓* when inferred), Kelengkapan, Waktu, Output, Keterangan.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The Markdown table, with a note on inferred actors and gaps below it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string ToMarkdownTable(SopDefinition definition)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        var text = new StringBuilder();
        var headers = Leading.Concat(definition.Roles.Select(r => r.Name)).Concat(Trailing);
        text.Append("| ").Append(string.Join(" | ", headers.Select(Cell))).AppendLine(" |");
        text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", definition.Roles.Count + 6))).AppendLine();
        foreach (var s in definition.Steps)
        {
            var cells = new[] { Num(s.Number), s.Activity + (s.Decision is { } d ? " ◇ " + d.YesLabel + " → " + Target(definition, s) + ", " + d.NoLabel + " → " + Num(d.NoStep) : string.Empty) }
                .Concat(definition.Roles.Select(r => r.Id == s.Actor ? (s.ActorInferred ? "✓*" : "✓") : string.Empty))
                .Concat([string.Join("; ", s.Kelengkapan), s.Waktu.Text, string.Join("; ", s.Output), s.Keterangan ?? string.Empty]);
            text.Append("| ").Append(string.Join(" | ", cells.Select(Cell))).AppendLine(" |");
        }

        Notes(definition, line => text.AppendLine().AppendLine(line));
        return text.ToString();
    }

    /// <summary>The standard SOP table as an HTML <c>table</c> element, with the same columns as <see cref="ToMarkdownTable"/>.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The HTML fragment, encoded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string ToHtmlTable(SopDefinition definition)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        var text = new StringBuilder();
        text.Append("<table class=\"sop\">\n<caption>").Append(WebUtility.HtmlEncode(definition.Header.Nama)).AppendLine("</caption>");
        text.Append("<thead><tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Kegiatan</th><th colspan=\"")
            .Append(definition.Roles.Count.ToString(CultureInfo.InvariantCulture)).AppendLine("\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th><th rowspan=\"2\">Keterangan</th></tr>");
        text.Append("<tr>");
        foreach (var r in definition.Roles)
        {
            text.Append("<th>").Append(WebUtility.HtmlEncode(r.Name)).Append("</th>");
        }

        text.AppendLine("<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr></thead>").AppendLine("<tbody>");
        foreach (var s in definition.Steps)
        {
            text.Append("<tr><td>").Append(Num(s.Number)).Append("</td><td>").Append(WebUtility.HtmlEncode(s.Activity));
            if (s.Decision is { } d)
            {
                text.Append("<br><em>").Append(WebUtility.HtmlEncode(d.YesLabel + " → " + Target(definition, s) + ", " + d.NoLabel + " → " + Num(d.NoStep))).Append("</em>");
            }

            text.Append("</td>");
            foreach (var r in definition.Roles)
            {
                text.Append("<td>").Append(r.Id == s.Actor ? (s.ActorInferred ? "✓*" : "✓") : string.Empty).Append("</td>");
            }

            text.Append("<td>").Append(WebUtility.HtmlEncode(string.Join("; ", s.Kelengkapan))).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(s.Waktu.Text)).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(string.Join("; ", s.Output))).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(s.Keterangan ?? string.Empty)).AppendLine("</td></tr>");
        }

        text.AppendLine("</tbody>").AppendLine("</table>");
        Notes(definition, line => text.Append("<p>").Append(WebUtility.HtmlEncode(line)).AppendLine("</p>"));
        return text.ToString();
    }

    private static void Notes(SopDefinition definition, Action<string> line)
    {
        if (definition.Steps.Any(s => s.ActorInferred))
        {
            line("✓* pelaksana tidak tercetak pada sumber dan disimpulkan dari uraian kegiatan (actor inferred from the wording).");
        }

        foreach (var gap in definition.Gaps)
        {
            line("Celah sumber (gap) " + gap);
        }
    }

    private static string Target(SopDefinition definition, SopStep step) => definition.NextAfter(step) is { } next ? Num(next.Number) : "selesai";

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    private static string Shorten(string text)
    {
        var flat = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxLabel ? flat : flat.Substring(0, MaxLabel - 1).TrimEnd() + "…";
    }

    private static string Escape(string text) => text.Replace("\"", "#quot;").Replace("<", "#lt;").Replace(">", "#gt;");
}
