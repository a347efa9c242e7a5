using Kinerja.Core.BuiltIn;
using Kinerja.Core.Sop;

namespace Kinerja.Core.Tests.Sop;

public class SopDiagramTests
{
    [Fact]
    public void ToMermaid_HasOneSwimlanePerActingRoleAndBothDecisionBranches()
    {
        var sop = SopTemplates.PurbalinggaMekanismePengukuranKinerja;
        var mermaid = SopDiagram.ToMermaid(sop);
        Assert.StartsWith("flowchart TD", mermaid, StringComparison.Ordinal);
        for (var r = 0; r < sop.Roles.Count; r++)
        {
            var acts = sop.Steps.Any(s => s.Actor == sop.Roles[r].Id);
            Assert.Equal(acts, mermaid.Contains("subgraph lane" + (r + 1) + "[\"" + sop.Roles[r].Name + "\"]", StringComparison.Ordinal));
        }

        Assert.Contains("s10{", mermaid, StringComparison.Ordinal);
        Assert.Contains("s10 -->|tidak| s9", mermaid, StringComparison.Ordinal);
        Assert.Contains("s11 -->|tidak| s10", mermaid, StringComparison.Ordinal);
        Assert.Contains("s12 --> finish", mermaid, StringComparison.Ordinal);
        Assert.Contains("start --> s1", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_MatchesTheRenderedPictureInTheDocs()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "sop.md"));
        var expected = SopDiagram.ToMermaid(SopTemplates.PurbalinggaMekanismePengukuranKinerja).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        Assert.Contains("```mermaid\n" + expected + "\n```", docs.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_HaveRoleAndMutuBakuColumns()
    {
        var sop = SopTemplates.BobotsariLaporanPengukuranPk;
        var markdown = SopDiagram.ToMarkdownTable(sop);
        Assert.StartsWith("| No | Kegiatan | Kasubbag Perencanaan dan Keuangan |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Kelengkapan | Waktu | Output | Keterangan |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 3 - 5 Hari |", markdown, StringComparison.Ordinal);
        Assert.Contains("✓*", markdown, StringComparison.Ordinal);
        Assert.Contains("[11, 12]", markdown, StringComparison.Ordinal);

        var html = SopDiagram.ToHtmlTable(sop);
        Assert.Contains("<th colspan=\"3\">Mutu Baku</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>3 - 5 Hari</td>", html, StringComparison.Ordinal);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kinerja.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Kinerja.Core.sln not found");
    }
}
