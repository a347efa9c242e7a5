using System.CommandLine;
using Kinerja.Core.Reports;
using Spectre.Console;

namespace Kinerja.Samples.Console;

/// <summary>The <c>report --docx/--xlsx</c> options: the Laporan Pengukuran Kinerja of the year's last reported
/// quarter and the LKjIP Bab III draft, written with the Kinerja.Core.Reports package.</summary>
internal static class ReportDocuments
{
    public static Option<FileInfo> DocxOption(Lang l) => new("--docx")
    {
        Description = l.T("File Word: Laporan Pengukuran Kinerja TW IV, dan LKjIP Bab III di *-lkjip-bab3.docx", "The Word file: the Laporan Pengukuran Kinerja of TW IV, and LKjIP chapter III in *-lkjip-bab3.docx"),
    };

    public static Option<FileInfo> XlsxOption(Lang l) => new("--xlsx") { Description = l.T("File Excel, isi sama", "The Excel file, the same content") };

    /// <summary>Writes the documents asked for, in <paramref name="l"/>; the LKjIP draft goes beside each file as <c>*-lkjip-bab3.*</c>.</summary>
    public static int Write(ParseResult p, Option<FileInfo> docxOption, Option<FileInfo> xlsxOption, DemoYear year, IAnsiConsole console, TextWriter error, Lang l)
    {
        var created = PerformanceReport.Create(new ReportInput(year.Pk, year.Realisasi) { Policy = DemoYear.Policy, Scale = DemoYear.Scale, Language = l.Language });
        if (!created.IsValid)
        {
            foreach (var problem in created.Errors)
            {
                error.WriteLine(problem.GetMessage(l.Language));
            }

            return KinerjaCli.InputError;
        }

        var report = created.Value;
        if (p.GetValue(docxOption) is { } docx)
        {
            WriteBoth(docx, s => LaporanPengukuranKinerja.WriteDocx(report, Core.Triwulan.IV, s), s => LkjipBab3.WriteDocx(report, s), console, l);
        }

        if (p.GetValue(xlsxOption) is { } xlsx)
        {
            WriteBoth(xlsx, s => LaporanPengukuranKinerja.WriteXlsx(report, Core.Triwulan.IV, s), s => LkjipBab3.WriteXlsx(report, s), console, l);
        }

        return KinerjaCli.Ok;
    }

    private static void WriteBoth(FileInfo file, Action<Stream> laporan, Action<Stream> lkjip, IAnsiConsole console, Lang l)
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

        console.WriteLine(l.T($"Laporan Pengukuran Kinerja TW IV ditulis ke {file.FullName}; LKjIP Bab III ke {second}", $"Laporan Pengukuran Kinerja TW IV written to {file.FullName}; LKjIP chapter III to {second}"));
    }
}
