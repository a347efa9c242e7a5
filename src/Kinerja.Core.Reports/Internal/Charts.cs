using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using ScottPlot;

namespace Kinerja.Core.Reports.Internal;

/// <summary>The chart of one sasaran: a bar per indicator with a computed capaian, labelled with the figure as
/// the tables print it (<see cref="CapaianFormat"/>), and a line at 100%. An indicator without a figure gets no
/// bar and its tick reads "-". The bar heights are doubles for drawing only; no figure is printed from them.</summary>
internal static class Charts
{
    public const int Width = 1000;
    public const int Height = 500;

    public static ReportChart Sasaran(Sasaran sasaran, IReadOnlyList<IndicatorCapaian> capaian, Func<IndicatorCapaian, CapaianResult> pick, Triwulan q, ReportText text)
    {
        var plot = new Plot();
        try
        {
            var bars = new List<Bar>();
            var ticks = new List<Tick>();
            for (var i = 0; i < capaian.Count; i++)
            {
                var result = pick(capaian[i]);
                var id = capaian[i].Indicator.Id;
                if (result.Value is { } v)
                {
                    var label = CapaianFormat.Format(v);
                    bars.Add(new Bar
                    {
                        Position = i,
                        Value = (double)v,
                        Label = label,
                        FillColor = v >= 100m ? Color.FromHex("#4E79A7") : Color.FromHex("#E15759"),
                    });
                    ticks.Add(new Tick(i, id));
                }
                else
                {
                    ticks.Add(new Tick(i, id + " (-)"));
                }
            }

            if (bars.Count > 0)
            {
                plot.Add.Bars(bars);
            }

            var line = plot.Add.HorizontalLine(100);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Colors.Gray;
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
            plot.Axes.SetLimitsX(-0.6, capaian.Count - 0.4);
            plot.Axes.Margins(bottom: 0, top: 0.15);
            plot.Title(Shorten(text.ChartTitle(sasaran, q)));
            plot.YLabel(text.ChartAxis);
            return new ReportChart(text.ChartCaption(sasaran), plot.GetImageBytes(Width, Height, ImageFormat.Png));
        }
        finally
        {
            plot.Dispose();
        }
    }

    private static string Shorten(string title) => title.Length <= 90 ? title : title.Substring(0, 87) + "...";
}
