using System.CommandLine;
using Kinerja.Core.Reports;
using Spectre.Console;

namespace Kinerja.Samples.Console;

/// <summary>The <c>report --docx/--xlsx</c> options: the Laporan Pengukuran Kinerja of the year's last reported
/// quarter and the LKjIP Bab III draft, written with the Kinerja.Core.Reports package.</summary>
internal static class ReportDocuments
{
    public static Option<FileInfo> DocxOption() => new("--docx") { Description = "File Word: Laporan Pengukuran Kinerja TW IV, dan LKjIP Bab III di *-lkjip-bab3.docx / the Word file: the TW IV report, and LKjIP chapter III beside it" };

    public static Option<FileInfo> XlsxOption() => new("--xlsx") { Description = "File Excel, isi sama / the Excel file, same content" };

    /// <summary>Writes the documents asked for; the LKjIP draft goes beside each file as <c>*-lkjip-bab3.*</c>.</summary>
    public static int Write(ParseResult p, Option<FileInfo> docxOption, Option<FileInfo> xlsxOption, DemoYear year, IAnsiConsole console, TextWriter error)
    {
        var created = PerformanceReport.Create(new ReportInput(year.Pk, year.Realisasi) { Policy = DemoYear.Policy, Scale = DemoYear.Scale });
        if (!created.IsValid)
        {
            foreach (var problem in created.Errors)
            {
                error.WriteLine(problem.Message);
            }

            return KinerjaCli.InputError;
        }

        var report = created.Value;
        if (p.GetValue(docxOption) is { } docx)
        {
            WriteBoth(docx, s => LaporanPengukuranKinerja.WriteDocx(report, Core.Triwulan.IV, s), s => LkjipBab3.WriteDocx(report, s), console);
        }

        if (p.GetValue(xlsxOption) is { } xlsx)
        {
            WriteBoth(xlsx, s => LaporanPengukuranKinerja.WriteXlsx(report, Core.Triwulan.IV, s), s => LkjipBab3.WriteXlsx(report, s), console);
        }

        return KinerjaCli.Ok;
    }

    private static void WriteBoth(FileInfo file, Action<Stream> laporan, Action<Stream> lkjip, IAnsiConsole console)
    {
        var second = Path.Combine(file.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(file.Name) + "-lkjip-bab3" + file.Extension);
        using (var stream = File.Create(file.FullName))
        {
            laporan(stream);
        }

        using (var stream = File.Create(second))
        {
            lkjip(stream);
        }

        console.WriteLine($"Laporan Pengukuran Kinerja TW IV ditulis ke / written to {file.FullName}; LKjIP Bab III: {second}");
    }
}
