using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Excel.Tests;

public sealed class RecapWorkbookTests
{
    /// <summary>Two units of one kecamatan; capaian with endless decimals (20/30, 7/3) and a quarter not reported.</summary>
    private static RecapTable Recap()
    {
        IndicatorMeasurement Row(string unit, string sasaran, string indicator, Polarity polarity, int tw, decimal? target, decimal? realisasi) =>
            new("3303", "3303-BBS", unit, sasaran, indicator, polarity, AggregationMethod.CumulativeSum, tw, target, target, realisasi);

        IndicatorMeasurement[] rows =
        [
            Row("PEM", "S1", "IK1", Polarity.Positive, 1, 30m, 20m),
            Row("PEM", "S1", "IK1", Polarity.Positive, 2, 30m, 31m),
            Row("PEM", "S1", "IK2", Polarity.Negative, 1, 3m, 2m),
            Row("PEM", "S1", "IK2", Polarity.Negative, 2, 3m, null),
            Row("UMUM", "S2", "IK1", Polarity.Positive, 1, 7m, 3m),
            Row("UMUM", "S2", "IK1", Polarity.Positive, 2, 0m, 1m),
        ];
        BudgetMeasurement[] budget =
        [
            new("3303", "3303-BBS", "PEM", "1.01.01", 300_000_000m, 70_000_000m, 80_000_000.50m, null, null),
            new("3303", "3303-BBS", "UMUM", "1.01.02", 0m, 0m, null, null, null),
        ];
        return RecapCalculator.Build(rows, budget, RecapPolicy.Default).Value;
    }

    private static Xlsx Export(RecapTable recap, CategoryScale? scale = null)
    {
        using var stream = new MemoryStream();
        RecapWorkbook.Write(stream, recap, scale);
        return Xlsx.Open(stream.ToArray());
    }

    /// <summary>The cells of a sheet as rows of header → stored text.</summary>
    private static List<Dictionary<string, string?>> Table(Xlsx xlsx, string sheet)
    {
        var headers = new List<string>();
        for (var c = 1; xlsx.Raw(sheet, Letters(c) + "1") is { } h; c++)
        {
            headers.Add(h);
        }

        var rows = new List<Dictionary<string, string?>>();
        for (var r = 2; headers.Select((_, c) => xlsx.Raw(sheet, Letters(c + 1) + r.ToString(CultureInfo.InvariantCulture))).ToArray() is var cells && cells.Any(v => v is not null); r++)
        {
            rows.Add(headers.Select((h, c) => (h, cells[c])).ToDictionary(p => p.h, p => p.Item2));
        }

        return rows;
    }

    private static string Letters(int column) => ((char)('A' + column - 1)).ToString();

    private static decimal? Exact(string? stored) => stored is null ? null : decimal.Parse(stored, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Export_Recap_WritesOneSheetPerLevelAndTheBudget()
    {
        var xlsx = Export(Recap());

        Assert.Equal(["Info", "Indikator", "Sasaran", "Unit", "Kecamatan", "Kabupaten", "Total", "Anggaran"], xlsx.SheetNames);
    }

    [Fact]
    public void Export_Recap_StoresEveryCapaianFigureExactlyAndRoundsOnlyTheDisplayColumn()
    {
        var recap = Recap();
        var xlsx = Export(recap);

        foreach (var level in new[] { RecapLevel.Indicator, RecapLevel.Sasaran, RecapLevel.Unit, RecapLevel.Kecamatan, RecapLevel.Kabupaten, RecapLevel.National })
        {
            var expected = recap.Rows.Where(r => r.Key.Level == level).ToList();
            var table = Table(xlsx, RecapWorkbook.SheetNameOf(level));
            Assert.Equal(expected.Count, table.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                var (row, cells) = (expected[i], table[i]);
                Assert.Equal(row.Key.UnitCode, cells["Unit"]);
                Assert.Equal(row.Key.Item, cells["Kode"]);
                Assert.Equal(row.Period.ToString(), cells["Periode"]);
                Assert.Equal(row.Figures.Average, Exact(cells["Rata-rata Capaian (%)"]));
                Assert.Equal(row.Figures.Average is { } a ? CapaianFormat.Format(a) : "-", cells["Rata-rata Capaian (dibulatkan)"]);
                Assert.Equal(row.Figures.CapaianSum, Exact(cells["Jumlah Capaian (10^-9 %)"]));
                Assert.Equal(row.Figures.IndicatorCount, int.Parse(cells["Jumlah Indikator"]!, CultureInfo.InvariantCulture));
                Assert.Equal(row.Figures.NotReported, int.Parse(cells["Tidak Dilaporkan"]!, CultureInfo.InvariantCulture));
                Assert.Equal(row.Figures.ZeroTarget, int.Parse(cells["Target Nol"]!, CultureInfo.InvariantCulture));
                Assert.Equal(row.Figures.Categories, Enumerable.Range(1, recap.BandCount).Select(b => int.Parse(cells["Kategori " + b.ToString(CultureInfo.InvariantCulture)]!, CultureInfo.InvariantCulture)));
            }
        }
    }

    [Fact]
    public void Export_Recap_KeepsTheEndlessDecimalsOfAnAverage()
    {
        // TW I in total: (66.666666667 + 133.333333333 + 42.857142857) / 3 = 80.952380952333...
        var recap = Recap();
        var average = recap.Find(new RecapKey(RecapLevel.National), new RecapPeriod(Triwulan.I, false))!.Average;

        var tw1 = Table(Export(recap), "Total").Single(r => r["Periode"] == "TW I");

        Assert.Equal(average, Exact(tw1["Rata-rata Capaian (%)"]));
        Assert.StartsWith("80.9523809523333333", tw1["Rata-rata Capaian (%)"], StringComparison.Ordinal); // more digits than a double holds
        Assert.Equal("80,95", tw1["Rata-rata Capaian (dibulatkan)"]);
    }

    [Fact]
    public void Export_Recap_WritesBudgetFiguresExactlyWithSerapan()
    {
        var recap = Recap();
        var table = Table(Export(recap), RecapWorkbook.BudgetSheetName);

        var expected = recap.BudgetRows.ToList();
        Assert.Equal(expected.Count, table.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Figures.Pagu, Exact(table[i]["Pagu"]));
            Assert.Equal(expected[i].Figures.Realisasi, Exact(table[i]["Realisasi"]));
            Assert.Equal(expected[i].Figures.Serapan, Exact(table[i]["Serapan (%)"]));
            Assert.Equal(expected[i].Figures.Serapan is { } s ? CapaianFormat.Format(s) : "-", table[i]["Serapan (dibulatkan)"]);
        }

        var program = table.Single(r => r["Tingkat"] == "Program" && r["Program"] == "1.01.01" && r["Periode"] == "TW II");
        Assert.Equal("80000000.50", program["Realisasi"]);
        Assert.Equal("26,67", program["Serapan (dibulatkan)"]);
    }

    [Fact]
    public void Export_WithTheRecapsScale_HeadsTheCountsWithItsLabels()
    {
        var xlsx = Export(Recap(), CategoryScales.Permendagri86);

        Assert.Equal(
            ["Kategori Sangat Rendah", "Kategori Rendah", "Kategori Sedang", "Kategori Tinggi", "Kategori Sangat Tinggi"],
            Table(xlsx, "Total")[0].Keys.Where(k => k.StartsWith("Kategori ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Export_WithAnotherScale_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => RecapWorkbook.Write(new MemoryStream(), Recap(), CategoryScales.SakipGrades));

        Assert.Equal("scale", e.ParamName);
    }

    [Fact]
    public void Export_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => RecapWorkbook.Write(null!, Recap()));
        Assert.Throws<ArgumentNullException>(() => RecapWorkbook.Write(new MemoryStream(), null!));
    }
}
