using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;

namespace Kinerja.Core.Reports.Internal;

/// <summary>The tables of the documents, each cell taken from the report's library results.</summary>
internal static class Tables
{
    /// <summary>The Laporan Pengukuran Kinerja's table at one quarter.</summary>
    public static ReportTable Pengukuran(PerformanceReport report, Triwulan q, ReportText text)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        var number = 0;
        foreach (var c in report.Capaian)
        {
            var i = c.Indicator;
            var at = c[q];
            var sasaran = report.Input.PerjanjianKinerja.FindSasaranOf(i.Id);
            rows.Add(
            [
                Figures.Whole(++number),
                sasaran is null ? text.Missing : sasaran.Name,
                i.Id + " " + i.Name,
                i.Satuan,
                Figures.Target(i.AnnualTarget, text),
                Figures.Target(at.Target, text),
                Figures.Realisasi(at.Realisasi?.Value, at.Realisasi?.Grade, text),
                Figures.Capaian(at.Capaian, text),
                Figures.Realisasi(at.CumulativeRealisasi, at.CumulativeGrade, text),
                Figures.Capaian(at.CumulativeCapaian, text),
                Figures.Capaian(at.AnnualCapaian, text),
                Category(at.CumulativeCapaian, report),
            ]);
        }

        return new ReportTable(
            text.PengukuranTable(q),
            text.PengukuranSheet,
            [text.No, text.Sasaran, text.Indicator, text.Satuan, text.AnnualTarget, text.TargetOf(q), text.RealisasiOf(q), text.CapaianOf(q), text.RealisasiToDate(q), text.CapaianToDate(q), text.CapaianAnnual(q), text.Category],
            rows);
    }

    /// <summary>Serapan per program at one quarter, from the core's serapan results.</summary>
    public static ReportTable Serapan(PerformanceReport report, Triwulan q, ReportText text, string title, string sheet)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        var number = 0;
        foreach (var p in report.Serapan)
        {
            var at = p[q];
            rows.Add(
            [
                Figures.Whole(++number),
                p.Program.Id + " " + p.Program.Name,
                Figures.Rupiah(p.Program.Pagu, text),
                Figures.Rupiah(at.Realisasi, text),
                Figures.Rupiah(at.CumulativeRealisasi, text),
                Figures.Serapan(at.CumulativeSerapan, text),
            ]);
        }

        return new ReportTable(title, sheet, [text.No, text.Program, text.Pagu, text.BudgetOf(q), text.BudgetToDate(q), text.SerapanToDate(q)], rows);
    }

    /// <summary>The indicators whose capaian (chosen by <paramref name="pick"/>) is computed and below 100.</summary>
    public static IEnumerable<IndicatorCapaian> Gaps(PerformanceReport report, Func<IndicatorCapaian, CapaianResult> pick) =>
        report.Capaian.Where(c => pick(c).Value is { } v && v < 100m);

    /// <summary>One row per gap with an empty, marked column for the officer's analysis.</summary>
    public static ReportTable Analysis(IEnumerable<IndicatorCapaian> gaps, Func<IndicatorCapaian, CapaianResult> pick, ReportText text, string title, string sheet, string capaianHeader)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        var number = 0;
        foreach (var c in gaps)
        {
            rows.Add([Figures.Whole(++number), c.Indicator.Id, c.Indicator.Name, Figures.Capaian(pick(c), text), string.Empty]);
        }

        return new ReportTable(title, sheet, [text.No, text.IndicatorCode, text.Indicator, capaianHeader, text.AnalysisColumn], rows)
        {
            AnalysisColumn = 4,
            EmptyText = text.NoGaps,
        };
    }

    /// <summary>The header block of a document.</summary>
    public static IReadOnlyList<string> Header(PerformanceReport report, ReportText text, Triwulan? q)
    {
        var pk = report.Input.PerjanjianKinerja;
        var lines = new List<string>
        {
            text.Unit + ": " + pk.Unit.Name + " (" + pk.Unit.Code + ")",
            text.Year + ": " + pk.Year.ToString(CultureInfo.InvariantCulture),
        };
        if (q is { } quarter)
        {
            lines.Add(text.Quarter + ": " + quarter);
        }

        lines.Add(text.PkVersion + ": " + pk.Version.ToString(CultureInfo.InvariantCulture));
        lines.Add(text.Draft);
        lines.Add(text.Rounding);
        return lines;
    }

    /// <summary>The category of a computed capaian on the input's scale (the core's <see cref="CapaianResult.Classify"/>).</summary>
    public static ReportCell Category(CapaianResult result, PerformanceReport report) =>
        result.Classify(report.Input.Scale) is { } band ? band.Label : "-";

    /// <summary>The sasaran of the PK with their indicators' results, in order.</summary>
    public static IEnumerable<(Sasaran Sasaran, IReadOnlyList<IndicatorCapaian> Capaian)> BySasaran(PerformanceReport report)
    {
        var byId = report.Capaian.ToDictionary(c => c.Indicator.Id, StringComparer.Ordinal);
        foreach (var s in report.Input.PerjanjianKinerja.Sasaran)
        {
            yield return (s, s.Indicators.Select(i => byId[i.Id]).ToArray());
        }
    }
}
