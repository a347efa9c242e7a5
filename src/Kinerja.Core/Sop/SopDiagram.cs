using System.Globalization;
using System.Net;
using System.Text;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Sop;

/// <summary>
/// Pictures of an SOP definition: a Mermaid flowchart with one swimlane per role, the decision branches,
/// parallel work (a step done by each of several roles is drawn once in each role's lane, side by side;
/// parallel branches fork and meet at their join), and the standard SOP table (role columns, mutu baku
/// columns, one row per section heading) as Markdown and HTML.
/// </summary>
public static class SopDiagram
{
    private const int MaxLabel = 70;
    private static readonly string[] Leading = ["No", "Kegiatan"];
    private static readonly string[] Trailing = ["Kelengkapan", "Waktu", "Output", "Keterangan"];

    /// <summary>A Mermaid flowchart (top to bottom): terminators, a box per process step, a diamond per decision, one subgraph
    /// (swimlane) per role that does a step, named <c>lane1</c>, <c>lane2</c> ... by the role's column. A step done by each of
    /// several roles (or any one of them) has a box in each role's lane; the branches of parallel work leave their step together
    /// and meet at a join, drawn with a double border.</summary>
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
            var steps = definition.Steps.Where(s => s.Actors.Contains(role.Id)).ToArray();
            if (steps.Length == 0)
            {
                continue;
            }

            text.Append("    subgraph lane").Append(Num(r + 1)).Append("[\"").Append(Escape(role.Name)).AppendLine("\"]");
            foreach (var s in steps)
            {
                var label = Escape(s.Key + ". " + Shorten(s.Activity)
                    + (s.Actors.Count > 1 ? (s.Completion == SopCompletion.All ? " (masing-masing)" : " (salah satu)") : string.Empty));
                var (open, close) = s.IsDecision ? ("{\"", "\"}") : s.IsJoin ? ("[[\"", "\"]]") : ("[\"", "\"]");
                text.Append("        ").Append(Node(s, role.Id)).Append(open).Append(label).AppendLine(close);
            }

            text.AppendLine("    end");
        }

        foreach (var entry in Nodes(definition.FirstStep))
        {
            text.Append("    start --> ").AppendLine(entry);
        }

        foreach (var s in definition.Steps)
        {
            var next = definition.NextSteps(s);
            var arrow = s.Decision is { } d ? " -->|" + Escape(d.YesLabel) + "| " : s.Split.Count > 0 ? " -->|paralel| " : " --> ";
            foreach (var from in Nodes(s))
            {
                if (next.Count == 0)
                {
                    text.Append("    ").Append(from).Append(arrow).AppendLine("finish");
                }

                foreach (var to in next.SelectMany(n => Nodes(n)))
                {
                    text.Append("    ").Append(from).Append(arrow).AppendLine(to);
                }

                if (s.Decision is { } decision)
                {
                    foreach (var back in ReturnTargets(definition, s).SelectMany(t => Nodes(t)))
                    {
                        var noLabel = decision.NoRole is { } role ? decision.NoLabel + ": kepada " + definition.FindRole(role)!.Name : decision.NoLabel;
                        text.Append("    ").Append(from).Append(" -->|").Append(Escape(noLabel)).Append("| ").AppendLine(back);
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The standard SOP table as Markdown: No, Kegiatan, one column per role (✓, or ✓* when inferred), Kelengkapan, Waktu, Output, Keterangan;
    /// a row per section heading.</summary>
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
        SopSection? section = null;
        foreach (var s in definition.Steps)
        {
            if (s.Section is { } heading && heading != section)
            {
                section = heading;
                text.Append("| | **").Append(Cell(heading.Name)).Append("** |").Append(string.Concat(Enumerable.Repeat(" |", definition.Roles.Count + 4))).AppendLine();
            }

            var cells = new[] { s.Id, s.Activity + Flow(definition, s) }
                .Concat(definition.Roles.Select(r => Mark(s, r)))
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
        var columns = (definition.Roles.Count + 6).ToString(CultureInfo.InvariantCulture);
        text.Append("<table class=\"sop\">\n<caption>").Append(WebUtility.HtmlEncode(definition.Header.Nama)).AppendLine("</caption>");
        text.Append("<thead><tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Kegiatan</th><th colspan=\"")
            .Append(definition.Roles.Count.ToString(CultureInfo.InvariantCulture)).AppendLine("\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th><th rowspan=\"2\">Keterangan</th></tr>");
        text.Append("<tr>");
        foreach (var r in definition.Roles)
        {
            text.Append("<th>").Append(WebUtility.HtmlEncode(r.Name)).Append("</th>");
        }

        text.AppendLine("<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr></thead>").AppendLine("<tbody>");
        SopSection? section = null;
        foreach (var s in definition.Steps)
        {
            if (s.Section is { } heading && heading != section)
            {
                section = heading;
                text.Append("<tr class=\"section\"><th colspan=\"").Append(columns).Append("\">").Append(WebUtility.HtmlEncode(heading.Name)).AppendLine("</th></tr>");
            }

            text.Append("<tr><td>").Append(WebUtility.HtmlEncode(s.Id)).Append("</td><td>").Append(WebUtility.HtmlEncode(s.Activity));
            if (Flow(definition, s) is { Length: > 0 } flow)
            {
                text.Append("<br><em>").Append(WebUtility.HtmlEncode(flow.Trim())).Append("</em>");
            }

            text.Append("</td>");
            foreach (var r in definition.Roles)
            {
                text.Append("<td>").Append(Mark(s, r)).Append("</td>");
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

    /// <summary>Where the flow goes from a step, when it is not simply the following row: decisions, parallel work, joins, jumps.</summary>
    private static string Flow(SopDefinition definition, SopStep s)
    {
        var text = new StringBuilder();
        if (s.Actors.Count > 1)
        {
            text.Append(s.Completion == SopCompletion.All ? " ∥ oleh masing-masing pelaksana" : " ∥ oleh salah satu pelaksana");
        }

        if (s.IsJoin)
        {
            text.Append(" ⧉ menunggu semua cabang paralel");
        }

        if (s.Decision is { } d)
        {
            var back = d.NoRole is { } role ? "kepada " + definition.FindRole(role)!.Name : d.NoStep!;
            text.Append(" ◇ ").Append(d.YesLabel).Append(" → ").Append(Targets(definition, s)).Append(", ").Append(d.NoLabel).Append(" → ").Append(back);
        }
        else if (s.Split.Count > 0)
        {
            text.Append(" → paralel: ").Append(string.Join(", ", s.Split));
        }
        else if (s.Next is { } next)
        {
            text.Append(" → ").Append(next);
        }

        return text.ToString();
    }

    private static string Mark(SopStep s, SopRole r) => s.Actors.Contains(r.Id) ? (s.IsActorInferred ? "✓*" : "✓") : string.Empty;

    private static IEnumerable<SopStep> ReturnTargets(SopDefinition definition, SopStep s) =>
        s.Decision!.NoStep is { } no ? [definition.FindStep(no)!]
        : definition.Steps.Take(s.Position).Where(t => t.Actors.Contains(s.Decision.NoRole!)).Reverse().Take(1);

    private static IEnumerable<string> Nodes(SopStep s) =>
        s.Actors.Count == 1 ? ["s" + Num(s.Position + 1)] : s.Actors.Select(a => Node(s, a));

    private static string Node(SopStep s, string role)
    {
        return s.Actors.Count == 1 ? "s" + Num(s.Position + 1) : "s" + Num(s.Position + 1) + "_" + Num(s.Actors.ToList().IndexOf(role) + 1);
    }

    private static void Notes(SopDefinition definition, Action<string> line)
    {
        if (definition.Steps.Any(s => s.IsActorInferred))
        {
            line("✓* pelaksana tidak tercetak pada sumber dan disimpulkan dari uraian kegiatan (actor inferred from the wording).");
        }

        foreach (var gap in definition.Gaps)
        {
            // The table is in Indonesian, so is the note when the definition gives one (SopGap.GetNote).
            line("Celah sumber (gap) [" + string.Join(", ", gap.Steps) + "] " + gap.GetNote(MessageLanguage.Indonesian));
        }
    }

    private static string Targets(SopDefinition definition, SopStep step) =>
        definition.NextSteps(step) is { Count: > 0 } next ? string.Join(", ", next.Select(n => n.Key)) : "selesai";

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A Markdown table cell: a pipe escaped, line breaks as spaces, and <c>&amp;</c> and <c>&lt;</c> as entities so that a
    /// renderer shows the text as printed instead of reading it as HTML.</summary>
    private static string Cell(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    private static string Shorten(string text)
    {
        var flat = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxLabel ? flat : flat.Substring(0, MaxLabel - 1).TrimEnd() + "…";
    }

    private static string Escape(string text) => text.Replace("\"", "#quot;").Replace("<", "#lt;").Replace(">", "#gt;");
}
