using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using Kinerja.Core.Reports.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Reports.Tests;

/// <summary>Every text a report's table cell may hold: a figure of the library's results (capaian and serapan
/// as <see cref="CapaianFormat"/> prints them, targets, realisasi and money as entered) or a name from the PK.</summary>
internal static class Allowed
{
    public static HashSet<string> Cells(PerformanceReport report)
    {
        var language = report.Input.Language;
        var text = ReportText.For(language);
        var set = new HashSet<string>(StringComparer.Ordinal) { string.Empty, "-", text.NoPrevious, text.NoRenstra };
        foreach (var status in Enum.GetValues<Budget.SerapanStatus>())
        {
            set.Add(text.SerapanNone(status));
        }

        for (var n = 1; n <= report.Capaian.Count + report.Serapan.Count; n++)
        {
            set.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var band in report.Input.Scale.Bands)
        {
            set.Add(band.Label);
        }

        var pk = report.Input.PerjanjianKinerja;
        foreach (var s in pk.Sasaran)
        {
            set.Add(s.Name);
        }

        foreach (var c in report.Capaian)
        {
            AddIndicator(set, c, language);
            if (report.FindPreviousCapaian(c.Indicator.Id) is { } previous)
            {
                AddIndicator(set, previous, language);
            }

            if (report.FindRenstraCapaian(c.Indicator.Id) is { } renstra)
            {
                set.Add(CapaianFormat.FormatResult(renstra, NumberCulture.Indonesian, language));
                set.Add(Target(report.Input.RenstraTargets[c.Indicator.Id]));
            }
        }

        foreach (var p in report.Serapan)
        {
            set.Add(p.Program.Id + " " + p.Program.Name);
            set.Add(CapaianFormat.FormatRupiah(p.Program.Pagu));
            foreach (var q in p.ByTriwulan)
            {
                if (q.Realisasi is { } r)
                {
                    set.Add(CapaianFormat.FormatRupiah(r));
                }

                if (q.CumulativeRealisasi is { } cr)
                {
                    set.Add(CapaianFormat.FormatRupiah(cr));
                }

                if (q.CumulativeSerapan.Value is { } s)
                {
                    set.Add(CapaianFormat.Format(s));
                }
            }
        }

        return set;
    }

    private static void AddIndicator(HashSet<string> set, IndicatorCapaian c, MessageLanguage language)
    {
        var i = c.Indicator;
        set.Add(i.Id);
        set.Add(i.Name);
        set.Add(i.Id + " " + i.Name);
        set.Add(i.Satuan);
        set.Add(Target(i.AnnualTarget));
        foreach (var q in c.ByTriwulan)
        {
            set.Add(Target(q.Target));
            set.Add(Target(q.CumulativeTarget));
            if (q.Realisasi is { } r)
            {
                set.Add(r.Grade ?? Figures.Indonesian(r.Value!.Value));
            }

            if (q.CumulativeRealisasi is { } cr)
            {
                set.Add(Figures.Indonesian(cr));
            }

            if (q.CumulativeGrade is { } g)
            {
                set.Add(g);
            }

            foreach (var result in new[] { q.Capaian, q.CumulativeCapaian, q.AnnualCapaian })
            {
                set.Add(CapaianFormat.FormatResult(result, NumberCulture.Indonesian, language));
            }
        }
    }

    private static string Target(Target? target) => target switch
    {
        null => "-",
        { Kind: TargetKind.Value } => Figures.Indonesian(target.Lower),
        { Kind: TargetKind.Range } => Figures.Indonesian(target.Lower) + " - " + Figures.Indonesian(target.Upper),
        _ => target.Grade!,
    };
}
