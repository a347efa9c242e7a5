using System.Globalization;
using System.Text;

namespace Kinerja.Core.Reports.Tests;

public sealed class SatuDataCsvTests
{
    /// <summary>RFC 4180 fields of a CSV text.</summary>
    internal static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { field.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { field.Append(ch); }
        }

        return rows;
    }

    [Fact]
    public void Write_DemoKecamatan_OneRowPerIndicatorWithTheYearsRealisasi()
    {
        var report = Fixtures.Report;
        var rows = Parse(Documents.SatuData(report));

        Assert.Equal(SatuDataCsv.Columns, rows[0]);
        Assert.Equal(report.Capaian.Count + 1, rows.Count);
        Assert.Equal(["DEMO-3303-BBS", "Kecamatan Bobotsari (demo)", "S1", "Meningkatnya kualitas pelayanan publik kecamatan", "IK2", "Jumlah dokumen administrasi kependudukan yang difasilitasi", "Dokumen", "2026", "1236", "Perjanjian Kinerja 2026 v1 dan realisasinya", "Kecamatan Bobotsari (demo)"], rows[2]);
        Assert.Equal("86.03", rows[1][8]);
        Assert.Equal("BB", rows[5][8]);
        Assert.Equal("100", rows[4][8]); // IK4: TW IV not reported; the last value reported (TW III)
        for (var i = 0; i < report.Capaian.Count; i++)
        {
            var year = report.Capaian[i][Triwulan.IV];
            Assert.Equal(year.CumulativeGrade ?? year.CumulativeRealisasi?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, rows[i + 1][8]);
        }
    }

    [Fact]
    public void Write_FieldsWithCommasAndQuotes_QuotedAndReadBackExactly()
    {
        var report = PerformanceReport.Create(Fixtures.Input with { ProdusenData = "Kecamatan \"Bobotsari\", Purbalingga", SumberData = "SAKIP\r\nbaris dua" }).Value;

        var rows = Parse(Documents.SatuData(report));

        Assert.All(rows.Skip(1), r => Assert.Equal("Kecamatan \"Bobotsari\", Purbalingga", r[10]));
        Assert.All(rows.Skip(1), r => Assert.Equal("SAKIP\r\nbaris dua", r[9]));
        Assert.All(rows, r => Assert.Equal(11, r.Count));
    }

    [Fact]
    public void WriteMetadata_OneRowPerDataColumn()
    {
        var rows = Parse(Documents.SatuDataMetadata());

        Assert.Equal(["nama_kolom", "tipe_data", "definisi"], rows[0]);
        Assert.Equal(SatuDataCsv.Columns, rows.Skip(1).Select(r => r[0]));
    }
}
