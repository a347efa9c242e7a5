using System.Globalization;
using System.Text;
using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;

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
        Assert.Equal(string.Empty, rows[4][8]); // IK4: TW IV not reported (D49), though its last value to date is TW III's 100
        for (var i = 0; i < report.Capaian.Count; i++)
        {
            var year = report.Capaian[i][Triwulan.IV];
            var expected = year.Realisasi is null ? string.Empty : year.CumulativeGrade ?? year.CumulativeRealisasi?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            Assert.Equal(expected, rows[i + 1][8]);
        }
    }

    [Theory]
    [InlineData(AggregationMethod.LastValue, "", "80")]
    [InlineData(AggregationMethod.Average, "", "82.5")]
    [InlineData(AggregationMethod.Maximum, "", "90")]
    [InlineData(AggregationMethod.CumulativeSum, "", "330")]
    public void Write_TwIvNotReported_PublishesNoValueForTheYear(AggregationMethod method, string withoutTwIv, string withTwIv)
    {
        // TW I-III: 90, 80, 80; TW IV 80 when reported. Without TW IV the core's figure to date would be TW III's 80
        // (LastValue), the mean 83.33... (Average) or 90 (Maximum): none of them is the year's.
        var pk = PerjanjianKinerja.CreateBuilder(Fixtures.Pk.Unit, 2026)
            .WithPihakPertama("Demo Camat, S.STP., M.Si.", "Camat Bobotsari", "19780312 200501 1 003")
            .WithPihakKedua("Demo Bupati", "Bupati Purbalingga", null)
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i
                .WithSatuan("%").WithAggregation(method).WithAnnualTarget(100m).WithTriwulanTargets(100m, 100m, 100m, 100m)))
            .Build().Value;
        var threeQuarters = MeasurementSet.CreateBuilder(pk).AddRealisasi("IK1", 1, 90m).AddRealisasi("IK1", 2, 80m).AddRealisasi("IK1", 3, 80m);
        var partial = PerformanceReport.Create(new ReportInput(pk, threeQuarters.Build().Value)).Value;
        var whole = PerformanceReport.Create(new ReportInput(pk, threeQuarters.AddRealisasi("IK1", 4, 80m).Build().Value)).Value;

        Assert.Equal(withoutTwIv, Parse(Documents.SatuData(partial))[1][8]);
        Assert.Equal(withTwIv, Parse(Documents.SatuData(whole))[1][8]);
        // What would be published without D49: every method but CumulativeSum (D13) has a figure to date without TW IV.
        Assert.Equal(method != AggregationMethod.CumulativeSum, partial.Capaian[0][Triwulan.IV].CumulativeRealisasi is not null);
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
