using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Tests.Specifications;

/// <summary>Measurement rows shared by the specification tests (demo codes).</summary>
internal static class Rows
{
    public static IndicatorMeasurement Row(
        string kecamatan = "BBS",
        string unit = "PEM",
        string indicator = "IK1",
        int triwulan = 1,
        decimal? target = 100m,
        decimal? realisasi = 80m,
        Polarity polarity = Polarity.Positive,
        string kabupaten = "3303",
        decimal? targetUpper = null) =>
        new(kabupaten, kecamatan, unit, "S1", indicator, polarity, AggregationMethod.CumulativeSum, triwulan, target, targetUpper ?? target, realisasi);

    /// <summary>Two kabupaten, three kecamatan, two units, four quarters, some unreported.</summary>
    public static IReadOnlyList<IndicatorMeasurement> Sample { get; } =
    [
        Row("BBS", "PEM", "IK1", 1, 100m, 80m),
        Row("BBS", "PEM", "IK1", 2, 100m, null),
        Row("BBS", "UMUM", "IK2", 1, 10m, 12m, Polarity.Negative),
        Row("BBS", "UMUM", "IK2", 3, 10m, 0m, Polarity.Negative),
        Row("KTM", "PEM", "IK1", 1, 50m, 50m),
        Row("KTM", "PEM", "IK1", 4, null, null),
        Row("AJB", "PEM", "IK1", 1, 200m, 100m, kabupaten: "3302"),
        Row("AJB", "PEM", "IK3", 2, 0m, 5m, kabupaten: "3302"),
    ];
}
