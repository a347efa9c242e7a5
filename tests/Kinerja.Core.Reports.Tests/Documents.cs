using System.Text;

namespace Kinerja.Core.Reports.Tests;

/// <summary>The documents of a report as the package writes them, in memory: the one place the tests write them.</summary>
internal static class Documents
{
    public static byte[] LaporanDocx(PerformanceReport report, Triwulan q) => Bytes(s => LaporanPengukuranKinerja.WriteDocx(report, q, s));

    public static byte[] LaporanXlsx(PerformanceReport report, Triwulan q) => Bytes(s => LaporanPengukuranKinerja.WriteXlsx(report, q, s));

    public static byte[] LkjipDocx(PerformanceReport report) => Bytes(s => LkjipBab3.WriteDocx(report, s));

    public static byte[] LkjipXlsx(PerformanceReport report) => Bytes(s => LkjipBab3.WriteXlsx(report, s));

    public static string SatuData(PerformanceReport report) => Encoding.UTF8.GetString(Bytes(s => SatuDataCsv.Write(report, s)));

    public static string SatuDataMetadata() => Encoding.UTF8.GetString(Bytes(SatuDataCsv.WriteMetadata));

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
