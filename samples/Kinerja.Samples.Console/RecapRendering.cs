using System.Globalization;
using System.Text;
using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;

namespace Kinerja.Samples.Console;

/// <summary>Renders a recap as Markdown (<c>--recap-md</c>) or CSV (<c>--recap-csv</c>).</summary>
internal static class RecapRendering
{
    /// <summary>One period of a recap as a Markdown table in the chosen language: every group above the indicators, the levels by <see cref="DisplayNames"/>.</summary>
    public static string Markdown(RecapTable recap, RecapPeriod period, IReadOnlyList<string> bandLabels, Lang l)
    {
        var text = new StringBuilder();
        text.Append("| ").Append(l.T("Tingkat | Kelompok | Indikator | Rata-rata capaian", "Level | Group | Indicators | Average capaian")).Append(" | ")
            .Append(string.Join(" | ", bandLabels)).Append(" | ").Append(l.T("Belum lapor | Tidak dapat dihitung", "Not reported | Not computable")).AppendLine(" |");
        text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", bandLabels.Count + 6))).AppendLine();
        foreach (var row in recap.Rows.Where(r => r.Period == period && r.Key.Level != RecapLevel.Indicator))
        {
            var f = row.Figures;
            text.Append("| ").Append(DisplayNames.Of(row.Key.Level, l.Language)).Append(" | ").Append(ConsoleTables.GroupName(row.Key, l))
                .Append(" | ").Append(f.IndicatorCount.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(f.Average is { } a ? CapaianFormat.Format(a, l.Numbers) : "-")
                .Append(" | ").Append(string.Join(" | ", f.Categories))
                .Append(" | ").Append(f.NotReported.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(f.NotComputable.ToString(CultureInfo.InvariantCulture)).AppendLine(" |");
        }

        return text.ToString();
    }

    public static string Csv(RecapTable recap)
    {
        var text = new StringBuilder("level,kabupaten,kecamatan,unit,item,period,indicators,computed,average,not_reported,not_computable,categories\n");
        foreach (var row in recap.Rows)
        {
            var f = row.Figures;
            text.Append(string.Join(",", row.Key.Level, row.Key.KabupatenCode, row.Key.KecamatanCode, row.Key.UnitCode, row.Key.Item, row.Period,
                f.IndicatorCount.ToString(CultureInfo.InvariantCulture), f.Computed.ToString(CultureInfo.InvariantCulture),
                f.Average is { } a ? CapaianFormat.Format(a, NumberCulture.Invariant) : string.Empty,
                f.NotReported.ToString(CultureInfo.InvariantCulture), f.NotComputable.ToString(CultureInfo.InvariantCulture),
                string.Join(";", f.Categories))).Append('\n');
        }

        return text.ToString();
    }
}
