using DocumentFormat.OpenXml.Packaging;

namespace Kinerja.Core.Reports.Tests;

public sealed class ChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void WriteDocx_DemoKecamatan_OnePngChartPerSasaran()
    {
        var bytes = Documents.LaporanDocx(Fixtures.Report, Triwulan.II);
        using var stream = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(stream, false);
        var images = word.MainDocumentPart!.ImageParts.ToArray();

        Assert.Equal(Fixtures.Pk.Sasaran.Count, images.Length);
        foreach (var image in images)
        {
            using var png = image.GetStream();
            var head = new byte[24];
            Assert.Equal(24, png.Read(head, 0, 24));
            Assert.Equal(PngSignature, head[..8]);
            Assert.Equal(1000, (head[16] << 24) | (head[17] << 16) | (head[18] << 8) | head[19]);
            Assert.Equal(500, (head[20] << 24) | (head[21] << 16) | (head[22] << 8) | head[23]);
        }
    }

    [Fact]
    public void WriteXlsx_DemoKecamatan_ChartsOnTheirSheetWithCaptions()
    {
        var book = Workbook.Read(Documents.LaporanXlsx(Fixtures.Report, Triwulan.II));

        Assert.Equal(Fixtures.Pk.Sasaran.Count, book.Pictures["Grafik"]);
        Assert.Equal("Grafik capaian sasaran S1", book.Text("Grafik", "A1"));
        Assert.Equal("Grafik capaian sasaran S2", book.Text("Grafik", "A25"));
    }
}
