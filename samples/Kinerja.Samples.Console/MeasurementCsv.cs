using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using CsvFile = Kinerja.Core.Csv.MeasurementCsv;

namespace Kinerja.Samples.Console;

/// <summary>
/// The demo side of measurement CSV files: the invented rows of <c>recap --generate</c>, written with the
/// <c>Kinerja.Core.Csv</c> package's writer (English header, comma, decimal point). Reading is the package's
/// <see cref="CsvFile.ReadSource"/>: any file it reads (Indonesian names, <c>;</c>, decimal comma ...) the
/// <c>recap</c> command recaps; see <c>docs/csv.md</c>.
/// </summary>
internal static class MeasurementCsv
{
    /// <summary>The header line written: <c>kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi</c>.</summary>
    public static string Header => string.Join(",", CsvFile.EnglishColumns);

    /// <summary>Writes rows in the CSV form (the package's writer, its defaults).</summary>
    public static void Write(TextWriter writer, IEnumerable<IndicatorMeasurement> rows) => CsvFile.Write(writer, rows);

    /// <summary>
    /// Invented rows for trying the recap on a large input (DATA DEMO): kabupaten of 15 kecamatan, kecamatan
    /// of 5 units, units of 10 indicators of 3 sasaran with mixed polarity and methods, 4 quarters each;
    /// about 2% of realisasi not reported. <paramref name="count"/> is rounded up to whole indicators (4 rows).
    /// The same count always gives the same rows.
    /// </summary>
    public static IEnumerable<IndicatorMeasurement> Generate(int count)
    {
        var random = new Random(2026);
        var indicators = (count + 3) / 4;
        for (var n = 0; n < indicators; n++)
        {
            var slot = n % 10;
            var unit = n / 10;
            var kecamatan = unit / 5;
            var kabupaten = kecamatan / 15;
            var kab = "DEMO-" + (3300 + kabupaten).ToString(CultureInfo.InvariantCulture);
            var kec = kab + "-" + (kecamatan % 15 + 1).ToString("D2", CultureInfo.InvariantCulture);
            var unitCode = kec + "-U" + (unit % 5 + 1).ToString(CultureInfo.InvariantCulture);
            var (polarity, aggregation) = slot switch
            {
                0 or 1 or 2 => (Polarity.Positive, AggregationMethod.CumulativeSum),
                3 or 4 => (Polarity.Positive, AggregationMethod.LastValue),
                5 or 6 => (Polarity.Negative, AggregationMethod.Average),
                7 => (Polarity.KeepStable, AggregationMethod.LastValue),
                8 => (Polarity.Positive, AggregationMethod.Maximum),
                _ => (Polarity.Negative, AggregationMethod.Minimum),
            };
            var target = (decimal)random.Next(10, 500);
            for (var q = 1; q <= 4; q++)
            {
                var realisasi = random.Next(50) == 0 ? (decimal?)null : Math.Round(target * (decimal)(0.55 + random.NextDouble() * 0.6), 2);
                yield return new IndicatorMeasurement(kab, kec, unitCode, "S" + (slot / 4 + 1).ToString(CultureInfo.InvariantCulture), "IK" + (slot + 1).ToString(CultureInfo.InvariantCulture),
                    polarity, aggregation, q, target, target, realisasi);
            }
        }
    }
}
