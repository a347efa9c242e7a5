using Kinerja.Core.Sop;

namespace Kinerja.Core.Tests.Sop;

/// <summary>The three pictures of one definition that uses every feature they draw (a role with no step between acting ones,
/// sections, steps by each and by any of two roles, a decision returning to a step and one returning to a role, custom decision
/// labels, parallel branches and their join, a jump, an inferred actor, a gap, labels of 70 and 80 characters, quotes, pipes,
/// angle brackets, ampersands and line breaks), compared whole, so that any change to what is written shows.</summary>
public class SopDiagramGoldenTests
{
    private static readonly SopDefinition Sop = Build();

    [Fact]
    public void ToMermaid_IsTheWholeExpectedFlowchart() =>
        Assert.Equal(Expected.Mermaid, Lines(SopDiagram.ToMermaid(Sop)));

    [Fact]
    public void ToMarkdownTable_IsTheWholeExpectedTable() =>
        Assert.Equal(Expected.Markdown, Lines(SopDiagram.ToMarkdownTable(Sop)));

    [Fact]
    public void ToHtmlTable_IsTheWholeExpectedTable() =>
        Assert.Equal(Expected.Html, Lines(SopDiagram.ToHtmlTable(Sop)));

    [Fact]
    public void Pictures_OfNull_Throw()
    {
        Assert.Throws<ArgumentNullException>("definition", () => SopDiagram.ToMermaid(null!));
        Assert.Throws<ArgumentNullException>("definition", () => SopDiagram.ToMarkdownTable(null!));
        Assert.Throws<ArgumentNullException>("definition", () => SopDiagram.ToHtmlTable(null!));
    }

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    private static SopDefinition Build()
    {
        var sop = SopDefinition.CreateBuilder("golden", 1)
            .WithHeader(new SopHeader { Nama = "SOP \"uji\" <gambar>" })
            .AddRole("staf", "Staf")
            .AddRole("camat", "Camat & Sekcam")
            .AddRole("kasi", "Kepala \"Seksi\"")
            .AddRole("kabag", "Kepala Bagian")
            .AddSection("A", "Persiapan")
            .AddStep("1", "Menyusun  konsep\nlaporan | \"kinerja\" <triwulan> beserta seluruh lampiran dan bukti dukung yang diperlukan", "staf",
                s => s.WithWaktu("15 Menit").WithKelengkapan("Data realisasi", "Form | isian").WithOutput("Konsep", "Lampiran").WithKeterangan("catatan\nbaris"))
            .AddStepByEach("2", "Memeriksa bersama", ["staf", "kasi"], s => s.WithWaktu("1 Jam"))
            .AddDecision("3", "Menyetujui konsep", "kasi", returnTo: "1", s => s.WithDecisionText("Setuju?", "ya \"ok\"", "tidak <revisi>"))
            .AddSection("B", "Pelaksanaan")
            .AddStep("4", "Membagi tugas", "kabag", s => s.SplitTo("5", "6").ActorInferred("dari uraian"))
            .AddStepByAny("5", "Mengumpulkan data", ["staf", "kasi"], s => s.WithNext("7"))
            .AddStep("6", "Menghitung capaian kinerja seluruh indikator sasaran pada triwulan ini", "kabag")
            .AddStep("7", "Menggabungkan", "kabag", s => s.AsJoin())
            .AddDecisionReturningToRole("8", "Menandatangani", "kabag", "staf")
            .AddStep("9", "Melompat", "kasi", s => s.WithNext("11"))
            .AddStep("11", "Mengarsipkan seluruh dokumen laporan kinerja dan bukti dukung secara rapi di rak", "staf")
            .AddGap(["12"], "step 12 lost", after: "B/11", noteIndonesian: "langkah 12 hilang")
            .Build();
        Assert.True(sop.IsValid, string.Join("; ", sop.Problems));
        return sop.Value;
    }

    private static class Expected
    {
        public const string Mermaid = """
        flowchart TD
            start([Mulai])
            finish([Selesai])
            subgraph lane1["Staf"]
                s1["A/1. Menyusun konsep laporan | #quot;kinerja#quot; #lt;triwulan#gt; beserta seluruh lampir…"]
                s2_1["A/2. Memeriksa bersama (masing-masing)"]
                s5_1["B/5. Mengumpulkan data (salah satu)"]
                s10["B/11. Mengarsipkan seluruh dokumen laporan kinerja dan bukti dukung secara…"]
            end
            subgraph lane3["Kepala #quot;Seksi#quot;"]
                s2_2["A/2. Memeriksa bersama (masing-masing)"]
                s3{"A/3. Menyetujui konsep"}
                s5_2["B/5. Mengumpulkan data (salah satu)"]
                s9["B/9. Melompat"]
            end
            subgraph lane4["Kepala Bagian"]
                s4["B/4. Membagi tugas"]
                s6["B/6. Menghitung capaian kinerja seluruh indikator sasaran pada triwulan ini"]
                s7[["B/7. Menggabungkan"]]
                s8{"B/8. Menandatangani"}
            end
            start --> s1
            s1 --> s2_1
            s1 --> s2_2
            s2_1 --> s3
            s2_2 --> s3
            s3 -->|ya #quot;ok#quot;| s4
            s3 -->|tidak #lt;revisi#gt;| s1
            s4 -->|paralel| s5_1
            s4 -->|paralel| s5_2
            s4 -->|paralel| s6
            s5_1 --> s7
            s5_2 --> s7
            s6 --> s7
            s7 --> s8
            s8 -->|ya| s9
            s8 -->|tidak: kepada Staf| s5_1
            s8 -->|tidak: kepada Staf| s5_2
            s9 --> s10
            s10 --> finish
        """;

        public const string Markdown = """
        | No | Kegiatan | Staf | Camat &amp; Sekcam | Kepala "Seksi" | Kepala Bagian | Kelengkapan | Waktu | Output | Keterangan |
        |---|---|---|---|---|---|---|---|---|---|
        | | **Persiapan** | | | | | | | | |
        | 1 | Menyusun  konsep laporan \| "kinerja" &lt;triwulan> beserta seluruh lampiran dan bukti dukung yang diperlukan | ✓ |  |  |  | Data realisasi; Form \| isian | 15 Menit | Konsep; Lampiran | catatan baris |
        | 2 | Memeriksa bersama ∥ oleh masing-masing pelaksana | ✓ |  | ✓ |  |  | 1 Jam |  |  |
        | 3 | Menyetujui konsep ◇ ya "ok" → B/4, tidak &lt;revisi> → A/1 |  |  | ✓ |  |  | - |  |  |
        | | **Pelaksanaan** | | | | | | | | |
        | 4 | Membagi tugas → paralel: B/5, B/6 |  |  |  | ✓* |  | - |  |  |
        | 5 | Mengumpulkan data ∥ oleh salah satu pelaksana → B/7 | ✓ |  | ✓ |  |  | - |  |  |
        | 6 | Menghitung capaian kinerja seluruh indikator sasaran pada triwulan ini |  |  |  | ✓ |  | - |  |  |
        | 7 | Menggabungkan ⧉ menunggu semua cabang paralel |  |  |  | ✓ |  | - |  |  |
        | 8 | Menandatangani ◇ ya → B/9, tidak → kepada Staf |  |  |  | ✓ |  | - |  |  |
        | 9 | Melompat → B/11 |  |  | ✓ |  |  | - |  |  |
        | 11 | Mengarsipkan seluruh dokumen laporan kinerja dan bukti dukung secara rapi di rak | ✓ |  |  |  |  | - |  |  |

        ✓* pelaksana tidak tercetak pada sumber dan disimpulkan dari uraian kegiatan (actor inferred from the wording).

        Celah sumber (gap) [12] langkah 12 hilang
        """;

        public const string Html = """
        <table class="sop">
        <caption>SOP &quot;uji&quot; &lt;gambar&gt;</caption>
        <thead><tr><th rowspan="2">No</th><th rowspan="2">Kegiatan</th><th colspan="4">Pelaksana</th><th colspan="3">Mutu Baku</th><th rowspan="2">Keterangan</th></tr>
        <tr><th>Staf</th><th>Camat &amp; Sekcam</th><th>Kepala &quot;Seksi&quot;</th><th>Kepala Bagian</th><th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr></thead>
        <tbody>
        <tr class="section"><th colspan="10">Persiapan</th></tr>
        <tr><td>1</td><td>Menyusun  konsep
        laporan | &quot;kinerja&quot; &lt;triwulan&gt; beserta seluruh lampiran dan bukti dukung yang diperlukan</td><td>✓</td><td></td><td></td><td></td><td>Data realisasi; Form | isian</td><td>15 Menit</td><td>Konsep; Lampiran</td><td>catatan
        baris</td></tr>
        <tr><td>2</td><td>Memeriksa bersama<br><em>∥ oleh masing-masing pelaksana</em></td><td>✓</td><td></td><td>✓</td><td></td><td></td><td>1 Jam</td><td></td><td></td></tr>
        <tr><td>3</td><td>Menyetujui konsep<br><em>◇ ya &quot;ok&quot; → B/4, tidak &lt;revisi&gt; → A/1</em></td><td></td><td></td><td>✓</td><td></td><td></td><td>-</td><td></td><td></td></tr>
        <tr class="section"><th colspan="10">Pelaksanaan</th></tr>
        <tr><td>4</td><td>Membagi tugas<br><em>→ paralel: B/5, B/6</em></td><td></td><td></td><td></td><td>✓*</td><td></td><td>-</td><td></td><td></td></tr>
        <tr><td>5</td><td>Mengumpulkan data<br><em>∥ oleh salah satu pelaksana → B/7</em></td><td>✓</td><td></td><td>✓</td><td></td><td></td><td>-</td><td></td><td></td></tr>
        <tr><td>6</td><td>Menghitung capaian kinerja seluruh indikator sasaran pada triwulan ini</td><td></td><td></td><td></td><td>✓</td><td></td><td>-</td><td></td><td></td></tr>
        <tr><td>7</td><td>Menggabungkan<br><em>⧉ menunggu semua cabang paralel</em></td><td></td><td></td><td></td><td>✓</td><td></td><td>-</td><td></td><td></td></tr>
        <tr><td>8</td><td>Menandatangani<br><em>◇ ya → B/9, tidak → kepada Staf</em></td><td></td><td></td><td></td><td>✓</td><td></td><td>-</td><td></td><td></td></tr>
        <tr><td>9</td><td>Melompat<br><em>→ B/11</em></td><td></td><td></td><td>✓</td><td></td><td></td><td>-</td><td></td><td></td></tr>
        <tr><td>11</td><td>Mengarsipkan seluruh dokumen laporan kinerja dan bukti dukung secara rapi di rak</td><td>✓</td><td></td><td></td><td></td><td></td><td>-</td><td></td><td></td></tr>
        </tbody>
        </table>
        <p>✓* pelaksana tidak tercetak pada sumber dan disimpulkan dari uraian kegiatan (actor inferred from the wording).</p>
        <p>Celah sumber (gap) [12] langkah 12 hilang</p>
        """;
    }
}
