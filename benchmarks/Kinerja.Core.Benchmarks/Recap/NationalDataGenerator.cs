using System.Collections.Concurrent;
using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Benchmarks.Recap;

/// <summary>
/// A deterministic generator of national-like measurement rows: provinces of about 15 kabupaten,
/// kabupaten of 8 to 24 kecamatan, kecamatan of 4 to 8 units, units of 1 to 3 sasaran and 3 to 10
/// indicators, each indicator with one row per quarter (about 39 indicators and 156 rows per
/// kecamatan, so 1,200,000 rows are about 7,700 kecamatan in about 480 kabupaten, the size of
/// Indonesia). Every polarity and aggregation method occurs; about 4 % of quarters are not
/// reported (plus some units that miss TW IV altogether); about 2 % of quarters have a target of 0;
/// about 10 % of realisasi sit exactly on a category bound (51, 66, 76, 91) or on 100; negative
/// polarity sometimes overshoots 2T, so the floor at 0 acts.
/// </summary>
/// <remarks>
/// <para>
/// The scope of the comparison needs every engine to compute the same capaian exactly, so targets
/// are single values (no ranges, never missing) drawn from <see cref="Targets"/>: values whose
/// amount in cents divides 10^11. With realisasi in cents, every capaian R/T × 100 (and the
/// negative and keep-stable forms) is then a whole number of 10^-9 % quanta: the library's
/// per-indicator rounding to 10^-9 % (<see cref="RecapFigures.CapaianSum"/>) never acts, a decimal
/// division in LINQ is exact, and the SQL integer division of the scaled integers is exact.
/// </para>
/// <para>
/// Bounds that keep the SQL integer arithmetic inside 64 bits: targets are at most 50,000 and
/// realisasi at most 3 × the target, so a numerator in cents is at most 1.5 × 10^7 and
/// numerator × 10^11 at most 1.5 × 10^18 &lt; 2^63.
/// </para>
/// </remarks>
internal static class NationalDataGenerator
{
    /// <summary>Targets whose cents divide 10^11 (only the factors 2 and 5, each at most 11 times).</summary>
    internal static readonly decimal[] Targets =
        [0.5m, 1m, 2m, 4m, 5m, 8m, 10m, 12.5m, 16m, 20m, 25m, 32m, 40m, 50m, 64m, 80m, 100m, 125m, 160m, 200m, 250m, 400m, 500m, 625m, 800m, 1000m, 1250m, 2000m, 2500m, 5000m, 10000m, 25000m, 50000m];

    private static readonly string[] UnitCodes = ["UMPEG", "KEU", "PERENC", "PEM", "TRANTIB", "KESOS", "PMD", "EKBANG"];
    private static readonly int[] Bounds = [51, 66, 76, 91, 100];
    private static readonly ConcurrentDictionary<int, IndicatorMeasurement[]> Cache = new();

    static NationalDataGenerator()
    {
        foreach (var target in Targets)
        {
            if (100_000_000_000m % (target * 100m) != 0m || target > 50_000m)
            {
                throw new InvalidOperationException("Target " + target.ToString(CultureInfo.InvariantCulture) + " breaks the exactness bounds: its cents must divide 10^11 and it must be at most 50,000.");
            }
        }
    }

    /// <summary>The rows of a given size, generated on first use and kept for the process.</summary>
    /// <param name="measurements">The number of rows, a multiple of 4.</param>
    /// <returns>The rows (shared: do not modify).</returns>
    public static IndicatorMeasurement[] Get(int measurements) => Cache.GetOrAdd(measurements, Generate);

    /// <summary>Generates exactly <paramref name="measurements"/> rows, whole indicators of four quarters each.</summary>
    /// <param name="measurements">The number of rows, a multiple of 4.</param>
    /// <returns>The rows, the same for the same size on every machine and run.</returns>
    public static IndicatorMeasurement[] Generate(int measurements)
    {
        if (measurements <= 0 || measurements % 4 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(measurements), measurements, "Value should be a positive multiple of 4.");
        }

        var random = new SplitMix64(0x4B494E45524A41); // "KINERJA"
        var rows = new IndicatorMeasurement[measurements];
        var count = 0;
        for (var k = 0; count < measurements; k++)
        {
            var kabupaten = (11 + (k / 15)).ToString("00", CultureInfo.InvariantCulture) + "." + ((k % 15) + 1).ToString("00", CultureInfo.InvariantCulture);
            var kecamatanCount = random.Next(8, 25);
            for (var c = 1; c <= kecamatanCount && count < measurements; c++)
            {
                var kecamatan = kabupaten + "." + c.ToString("00", CultureInfo.InvariantCulture);
                var unitCount = random.Next(4, 9);
                for (var u = 0; u < unitCount && count < measurements; u++)
                {
                    var unit = UnitCodes[u];
                    var missesLastQuarter = random.Next(100) < 5;
                    var sasaranCount = random.Next(1, 4);
                    var indicatorCount = random.Next(3, 11);
                    for (var i = 1; i <= indicatorCount && count < measurements; i++)
                    {
                        count = AddIndicator(rows, count, ref random, kabupaten, kecamatan, unit, "S" + (1 + (i % sasaranCount)).ToString(CultureInfo.InvariantCulture), "IKU-" + i.ToString("00", CultureInfo.InvariantCulture), missesLastQuarter);
                    }
                }
            }
        }

        return rows;
    }

    private static int AddIndicator(IndicatorMeasurement[] rows, int count, ref SplitMix64 random, string kabupaten, string kecamatan, string unit, string sasaran, string indicator, bool missesLastQuarter)
    {
        var roll = random.Next(100);
        var polarity = roll < 70 ? Polarity.Positive : roll < 90 ? Polarity.Negative : Polarity.KeepStable;
        var aggregation = (AggregationMethod)random.Next(5);
        var baseTarget = Targets[random.Next(Targets.Length)];
        var zeroTargetIndicator = random.Next(100) < 1;
        for (var q = 1; q <= 4; q++)
        {
            var target = zeroTargetIndicator || random.Next(100) < 1 ? 0m
                : random.Next(100) < 30 ? Targets[random.Next(Targets.Length)]
                : baseTarget;
            var reported = !(missesLastQuarter && q == 4) && random.Next(100) >= 4;
            decimal? realisasi = reported ? Realisasi(ref random, polarity, target) : null;
            rows[count++] = new IndicatorMeasurement(kabupaten, kecamatan, unit, sasaran, indicator, polarity, aggregation, q, target, target, realisasi);
        }

        return count;
    }

    /// <summary>A realisasi in cents, at most 3T (or up to 3 when T is 0).</summary>
    private static decimal Realisasi(ref SplitMix64 random, Polarity polarity, decimal target)
    {
        if (target == 0m)
        {
            return random.Next(100) < 50 ? 0m : random.Next(1, 301) / 100m;
        }

        if (random.Next(100) < 10)
        {
            // Exactly on a bound: capaian b for positive R = bT/100, for negative R = (200 − b)T/100,
            // for keep-stable R = (100 ± (100 − b))T/100; kept only when R has whole cents.
            var b = Bounds[random.Next(Bounds.Length)];
            var percent = polarity switch
            {
                Polarity.Positive => b,
                Polarity.Negative => 200 - b,
                _ => random.Next(2) == 0 ? b : 200 - b,
            };
            var onBound = target * percent / 100m;
            if (decimal.Round(onBound, 2) == onBound)
            {
                return onBound;
            }
        }

        if (random.Next(100) < 1)
        {
            return 0m;
        }

        // Spread in basis points of the target: positive 30-140 %, negative 50-290 % (over 200 % the
        // floor at 0 acts), keep-stable 20-180 %.
        var (low, high) = polarity switch
        {
            Polarity.Positive => (3_000, 14_000),
            Polarity.Negative => (5_000, 29_000),
            _ => (2_000, 18_000),
        };
        return decimal.Round(target * random.Next(low, high + 1) / 10_000m, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>SplitMix64: small, fast and fixed, so the data never depends on the runtime's Random.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        /// <summary>A number in [0, max).</summary>
        public int Next(int max) => (int)(NextUInt64() % (ulong)max);

        /// <summary>A number in [min, max).</summary>
        public int Next(int min, int max) => min + Next(max - min);

        private ulong NextUInt64()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
