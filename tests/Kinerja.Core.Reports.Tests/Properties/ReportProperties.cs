namespace Kinerja.Core.Reports.Tests.Properties;

public sealed class ReportProperties
{
    [ReportProperty]
    public void LaporanDocx_RandomData_NeverThrowsAndShowsOnlyTheLibrarysFigures(ReportCase data)
    {
        var created = PerformanceReport.Create(data.ToInput());
        Assert.True(created.IsValid, created.ToString());
        var report = created.Value;
        var allowed = Allowed.Cells(report);

        using var stream = new MemoryStream();
        LaporanPengukuranKinerja.WriteDocx(report, new Triwulan(data.Triwulan), stream);
        var word = Word.Read(stream.ToArray());

        foreach (var table in word.Tables)
        {
            foreach (var cell in table.Skip(1).SelectMany(r => r))
            {
                Assert.Contains(cell, allowed);
            }
        }
    }
}
