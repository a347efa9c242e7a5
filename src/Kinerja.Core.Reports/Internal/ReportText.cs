using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Reports.Internal;

/// <summary>
/// Every label the documents print, in Indonesian (default) and English, in this one file. The names
/// of the core's enum values are not here: they come from <see cref="DisplayNames"/>, their one home (D51).
/// </summary>
// Labels that read the same in both languages stay instance members, so every label is reached the same way.
#pragma warning disable CA1822
internal sealed class ReportText
{
    private ReportText(bool english) => English = english;

    public static ReportText Indonesian { get; } = new(false);

    public static ReportText InEnglish { get; } = new(true);

    public bool English { get; }

    public MessageLanguage Language => English ? MessageLanguage.English : MessageLanguage.Indonesian;

    public static ReportText For(MessageLanguage language) => language == MessageLanguage.English ? InEnglish : Indonesian;

    private string T(string indonesian, string english) => English ? english : indonesian;

    // Document titles and header block.
    public string LaporanTitle => T("Laporan Pengukuran Kinerja", "Performance Measurement Report");
    public string LkjipTitle => T("Laporan Kinerja Instansi Pemerintah (LKjIP)", "Government Agency Performance Report (LKjIP)");
    public string LkjipChapter => T("BAB III AKUNTABILITAS KINERJA", "CHAPTER III PERFORMANCE ACCOUNTABILITY");
    public string LkjipSectionA => T("A. Capaian Kinerja Organisasi", "A. The organisation's capaian");
    public string LkjipSectionB => T("B. Realisasi Anggaran", "B. Budget realisasi");
    public string Draft => T("DRAF: angka dari Kinerja.Core; analisis diisi oleh pejabat sebelum ditandatangani.", "DRAFT: figures from Kinerja.Core; the analysis is written by the officer before signing.");
    public string Unit => T("Unit kerja", "Unit");
    public string Year => T("Tahun", "Year");
    public string PkVersion => T("Versi Perjanjian Kinerja", "Perjanjian Kinerja version");
    public string Quarter => T("Triwulan", "Quarter");
    public string Rounding => T("Capaian dan serapan dibulatkan dua desimal hanya saat dicetak; target dan realisasi dicetak seperti diisi.", "Capaian and serapan are rounded to two decimals only when printed; targets and realisasi print as entered.");

    // Table titles and sheet names (sheet names at most 31 characters).
    public string PengukuranTable(Triwulan q) => T("Pengukuran Kinerja " + q, "Performance measurement " + q);
    public string PengukuranSheet => T("Pengukuran", "Measurement");
    public string SerapanTable(Triwulan q) => T("Realisasi Anggaran per Program s.d. " + q, "Budget realisasi per program to " + q);
    public string SerapanSheet => T("Anggaran", "Budget");
    public string AnalysisTable => T("Analisis Capaian di Bawah Target", "Analysis of capaian below target");
    public string AnalysisSheet => T("Analisis", "Analysis");
    public string NoGaps => T("Tidak ada indikator dengan capaian di bawah 100%.", "No indicator has a capaian below 100%.");
    public string ChartsSheet => T("Grafik", "Charts");
    public string InfoSheet => T("Keterangan", "About");
    public string Table31(int year) => T("Tabel 3.1 Perbandingan Target dan Realisasi Kinerja Tahun " + year, "Table 3.1 Target and realisasi of " + year);
    public string Table32(int year) => T("Tabel 3.2 Perbandingan Realisasi Tahun " + year + " dengan Tahun " + (year - 1), "Table 3.2 Realisasi of " + year + " against " + (year - 1));
    public string Table33(int year) => T("Tabel 3.3 Perbandingan Realisasi Tahun " + year + " dengan Target Renstra", "Table 3.3 Realisasi of " + year + " against the Renstra target");
    public string Table34(int year) => T("Tabel 3.4 Realisasi Anggaran per Program Tahun " + year, "Table 3.4 Budget realisasi per program, " + year);
    public string Table35 => T("Tabel 3.5 Analisis Penyebab Capaian di Bawah Target", "Table 3.5 Causes of capaian below target");
    public string Sheet31 => "3.1 Target-Realisasi";
    public string Sheet32 => T("3.2 Tahun Lalu", "3.2 Year before");
    public string Sheet33 => "3.3 Renstra";
    public string Sheet34 => T("3.4 Anggaran", "3.4 Budget");
    public string Sheet35 => T("3.5 Analisis", "3.5 Analysis");

    // Column headers.
    public string No => "No";
    public string Sasaran => T("Sasaran", "Sasaran (objective)");
    public string Indicator => T("Indikator Kinerja", "Performance indicator");
    public string IndicatorCode => T("Kode", "Code");
    public string Satuan => T("Satuan", "Unit of measure");
    public string AnnualTarget => T("Target Tahunan", "Annual target");
    public string Target => "Target";
    public string TargetOf(Triwulan q) => "Target " + q;
    public string RealisasiOf(Triwulan q) => "Realisasi " + q;
    public string CapaianOf(Triwulan q) => T("Capaian " + q + " (%)", "Capaian " + q + " (%)");
    public string RealisasiToDate(Triwulan q) => T("Realisasi s.d. " + q, "Realisasi to " + q);
    public string CapaianToDate(Triwulan q) => T("Capaian s.d. " + q + " (%)", "Capaian to " + q + " (%)");
    public string CapaianAnnual(Triwulan q) => T("Capaian s.d. " + q + " thd Target Tahunan (%)", "Capaian to " + q + " against the annual target (%)");
    public string Category => T("Kategori", "Category");
    public string Realisasi => "Realisasi";
    public string Capaian => T("Capaian (%)", "Capaian (%)");
    public string RealisasiYear(int year) => "Realisasi " + year;
    public string CapaianYear(int year) => T("Capaian " + year + " (%)", "Capaian " + year + " (%)");
    public string RenstraTarget(int? year) => year is { } y ? T("Target Akhir Renstra (" + y + ")", "Renstra target (" + y + ")") : T("Target Akhir Renstra", "Renstra target");
    public string CapaianRenstra => T("Capaian thd Target Renstra (%)", "Capaian against the Renstra target (%)");
    public string Program => T("Program / Kegiatan", "Program / activity");
    public string Pagu => T("Pagu (Rp)", "Pagu (Rp)");
    public string BudgetOf(Triwulan q) => T("Realisasi " + q + " (Rp)", "Realisasi " + q + " (Rp)");
    public string BudgetToDate(Triwulan q) => T("Realisasi s.d. " + q + " (Rp)", "Realisasi to " + q + " (Rp)");
    public string SerapanToDate(Triwulan q) => T("Serapan s.d. " + q + " (%)", "Serapan to " + q + " (%)");
    public string AnalysisColumn => T("Analisis penyebab dan upaya perbaikan (DIISI OLEH PEJABAT)", "Causes and remedies (TO BE WRITTEN BY THE OFFICER)");

    // Cell texts.
    public string Missing => "-";
    public string NoPrevious => T("- (tidak ada pada PK tahun lalu)", "- (not in last year's PK)");
    public string NoRenstra => T("- (tidak ada target Renstra)", "- (no Renstra target)");
    public string SerapanNone(SerapanStatus status) => "- (" + DisplayNames.Of(status, Language) + ")";

    // Charts.
    public string ChartTitle(Sasaran sasaran, Triwulan q) => T("Capaian s.d. " + q + ": ", "Capaian to " + q + ": ") + sasaran.Id + " " + sasaran.Name;
    public string ChartAxis => T("Capaian (%)", "Capaian (%)");
    public string ChartCaption(Sasaran sasaran) => T("Grafik capaian sasaran ", "Chart of the capaian of sasaran ") + sasaran.Id;
}
#pragma warning restore CA1822
