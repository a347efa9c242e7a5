using System.Globalization;

namespace Kinerja.Core.Reports.Tests.Properties;

public sealed class ReportProperties
{
    [ReportProperty]
    public void LaporanDocx_RandomData_NeverThrowsAndShowsOnlyTheLibrarysFigures(ReportCase data)
    {
        var report = Create(data);
        var allowed = Allowed.Cells(report);

        var word = Word.Read(Documents.LaporanDocx(report, new Triwulan(data.Triwulan)));

        AssertAllowed(word, allowed);
    }

    [ReportProperty]
    public void LaporanXlsx_RandomData_EveryCellIsTheDocxCellOrItsNumber(ReportCase data)
    {
        var report = Create(data);
        var q = new Triwulan(data.Triwulan);
        var word = Word.Read(Documents.LaporanDocx(report, q));
        var book = Workbook.Read(Documents.LaporanXlsx(report, q));

        AssertSame(word, book, ["Pengukuran", "Anggaran", "Analisis"], report.Input.Language);
    }

    [ReportProperty]
    public void LkjipBab3_RandomData_DocxShowsOnlyTheLibrarysFiguresAndXlsxTheSame(ReportCase data)
    {
        var report = Create(data);
        var word = Word.Read(Documents.LkjipDocx(report));

        AssertAllowed(word, Allowed.Cells(report));
        AssertSame(word, Workbook.Read(Documents.LkjipXlsx(report)), ["3.1 Target-Realisasi", "3.2 Tahun Lalu", "3.3 Renstra", "3.4 Anggaran", "3.5 Analisis"], report.Input.Language);
    }

    internal static PerformanceReport Create(ReportCase data)
    {
        var created = PerformanceReport.Create(data.ToInput());
        Assert.True(created.IsValid, created.ToString());
        return created.Value;
    }

    internal static void AssertAllowed(Word word, HashSet<string> allowed)
    {
        foreach (var table in word.Tables)
        {
            foreach (var cell in table.Skip(1).SelectMany(r => r))
            {
                Assert.Contains(cell, allowed);
            }
        }
    }

    /// <summary>Each table sheet (in the docx's table order) holds the docx table: the same text, or a number equal to the printed figure.</summary>
    internal static void AssertSame(Word word, Workbook book, string[] sheets, Validation.MessageLanguage language)
    {
        var names = language == Validation.MessageLanguage.English
            ? sheets.Select(s => s switch { "Pengukuran" => "Measurement", "Anggaran" => "Budget", "Analisis" => "Analysis", "3.2 Tahun Lalu" => "3.2 Year before", "3.4 Anggaran" => "3.4 Budget", "3.5 Analisis" => "3.5 Analysis", _ => s }).ToArray()
            : sheets;
        var present = names.Where(n => book.SheetNames.Contains(n)).ToArray();
        Assert.Equal(word.Tables.Count, present.Length);
        for (var t = 0; t < present.Length; t++)
        {
            var expected = word.Tables[t];
            var actual = book.Table(present[t], expected[0].Length);
            Assert.Equal(expected.Length, actual.Count);
            for (var r = 0; r < expected.Length; r++)
            {
                for (var c = 0; c < expected[r].Length; c++)
                {
                    var cell = actual[r][c];
                    if (cell.Numeric)
                    {
                        Assert.Equal(Printed(expected[r][c]), decimal.Parse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        Assert.Equal(expected[r][c], cell.Text);
                    }
                }
            }
        }
    }

    private static decimal Printed(string text) =>
        decimal.Parse(text.Replace("Rp ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
}
