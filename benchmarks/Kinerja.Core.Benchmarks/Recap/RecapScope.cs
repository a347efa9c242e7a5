using System.Globalization;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Benchmarks.Recap;

/// <summary>
/// One group's figures in the scope every engine computes: a kecamatan (or, with
/// <see cref="Kecamatan"/> null, a kabupaten) in one quarter alone (not cumulative).
/// </summary>
/// <param name="Kabupaten">The kabupaten's code.</param>
/// <param name="Kecamatan">The kecamatan's code, or <see langword="null"/> for the kabupaten's own row.</param>
/// <param name="Triwulan">The quarter, 1 to 4.</param>
/// <param name="Indicators">Indicators in the group.</param>
/// <param name="Computed">Indicators with a capaian.</param>
/// <param name="NotReported">Indicators whose realisasi is not reported.</param>
/// <param name="ZeroTarget">Indicators reported against a target of 0 (not computable).</param>
/// <param name="SangatRendah">Capaian below 51.</param>
/// <param name="Rendah">Capaian in [51, 66).</param>
/// <param name="Sedang">Capaian in [66, 76).</param>
/// <param name="Tinggi">Capaian in [76, 91).</param>
/// <param name="SangatTinggi">Capaian 91 or more.</param>
/// <param name="AverageHundredths">The average capaian in hundredths of a percent, rounded half away from zero (presentation precision), or <see langword="null"/> when none is computed.</param>
public readonly record struct RecapScopeRow(
    string Kabupaten,
    string? Kecamatan,
    int Triwulan,
    long Indicators,
    long Computed,
    long NotReported,
    long ZeroTarget,
    long SangatRendah,
    long Rendah,
    long Sedang,
    long Tinggi,
    long SangatTinggi,
    long? AverageHundredths);

/// <summary>The reference figures from <see cref="RecapCalculator"/>, the check that every engine agrees, and the floor of reading the rows.</summary>
internal static class RecapScope
{
    /// <summary>
    /// The reference rows for a size: <see cref="RecapCalculator.Build"/>'s figures, computed by the
    /// first setup that needs them and kept in the temp folder under the module version ids of the
    /// library and of this assembly (which holds the generator), so the other engines' setups, each
    /// in its own process, do not rebuild the recap (about 30 s at 1.2 M rows). A new build of
    /// either assembly gets a new key and recomputes.
    /// </summary>
    /// <param name="measurements">The size.</param>
    /// <param name="build">Builds the library's recap of the rows of that size.</param>
    /// <returns>The rows.</returns>
    public static List<RecapScopeRow> Expected(int measurements, Func<RecapTable> build)
    {
        var key = FormattableString.Invariant(
            $"{typeof(Kinerja.Core.Recap.RecapCalculator).Assembly.ManifestModule.ModuleVersionId:N}-{typeof(RecapScope).Assembly.ManifestModule.ModuleVersionId:N}-{measurements}.tsv");
        var path = Path.Combine(Path.GetTempPath(), "kinerja-recap-benchmarks", key);
        if (File.Exists(path))
        {
            return [.. File.ReadLines(path).Select(Parse)];
        }

        var rows = FromTable(build());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllLines(temporary, rows.Select(Format));
        File.Move(temporary, path, overwrite: true);
        return rows;
    }

    /// <summary>The scope's rows of a recap table, in the order <see cref="Compare"/> uses.</summary>
    /// <param name="table">A table built with <see cref="RecapPolicy.Default"/>.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="InvalidOperationException">The table counts a reason outside the scope (target missing, zero realisasi, other).</exception>
    public static List<RecapScopeRow> FromTable(RecapTable table)
    {
        var rows = new List<RecapScopeRow>();
        foreach (var row in table.Rows)
        {
            if (row.Period.IsCumulative || row.Key.Level is not (RecapLevel.Kecamatan or RecapLevel.Kabupaten))
            {
                continue;
            }

            var f = row.Figures;
            if (f.TargetMissing != 0 || f.ZeroRealisasi != 0 || f.OtherNotComputable != 0)
            {
                throw new InvalidOperationException("The generated data left the scope: " + row + " counts a reason other than not reported or zero target.");
            }

            rows.Add(new RecapScopeRow(
                row.Key.KabupatenCode!,
                row.Key.KecamatanCode,
                row.Period.Triwulan.Number,
                f.IndicatorCount,
                f.Computed,
                f.NotReported,
                f.ZeroTarget,
                f.Categories[0],
                f.Categories[1],
                f.Categories[2],
                f.Categories[3],
                f.Categories[4],
                f.Average is { } average ? (long)(Math.Round(average, 2, MidpointRounding.AwayFromZero) * 100m) : null));
        }

        return Sorted(rows);
    }

    /// <summary>Throws unless an engine's rows equal the reference rows exactly.</summary>
    /// <param name="engine">The engine's name for the message.</param>
    /// <param name="expected">The reference rows (from <see cref="FromTable"/>).</param>
    /// <param name="actual">The engine's rows in any order.</param>
    /// <exception cref="InvalidOperationException">A row is missing, extra or differs; the message names the group and every differing figure.</exception>
    public static void Compare(string engine, List<RecapScopeRow> expected, List<RecapScopeRow> actual)
    {
        var sorted = Sorted(actual);
        for (var i = 0; i < Math.Max(expected.Count, sorted.Count); i++)
        {
            if (i >= expected.Count || i >= sorted.Count || Key(expected[i]) != Key(sorted[i]))
            {
                var e = i < expected.Count ? expected[i].ToString() : "(no more rows)";
                var a = i < sorted.Count ? sorted[i].ToString() : "(no more rows)";
                throw new InvalidOperationException(FormattableString.Invariant(
                    $"{engine} gives other groups than RecapCalculator.Build: at row {i} of {expected.Count} expected {e}, got {a}."));
            }

            if (expected[i] != sorted[i])
            {
                throw new InvalidOperationException(FormattableString.Invariant(
                    $"{engine} differs from RecapCalculator.Build for kabupaten {expected[i].Kabupaten}, kecamatan {expected[i].Kecamatan ?? "(all)"}, TW {expected[i].Triwulan}: expected {expected[i]}, got {sorted[i]}."));
            }
        }
    }

    /// <summary>
    /// The floor: reads every field of every row once and sums them (string lengths, enum values,
    /// quarter, target bounds and realisasi), as any recap over the object model must at least do.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The sum, so that nothing is optimised away.</returns>
    public static decimal ReadEveryField(IndicatorMeasurement[] rows)
    {
        long codes = 0;
        var figures = 0m;
        foreach (var r in rows)
        {
            codes += r.KabupatenCode.Length + r.KecamatanCode.Length + r.UnitCode.Length + r.SasaranId.Length + r.IndicatorId.Length + (int)r.Polarity + (int)r.Aggregation + r.Triwulan;
            figures += (r.TargetLower ?? 0m) + (r.TargetUpper ?? 0m) + (r.Realisasi ?? 0m);
        }

        return figures + codes;
    }

    /// <summary>
    /// The floor for a recap of a <see cref="RecapSource"/>: every value it holds for the integer way
    /// (eight per indicator) and every indicator's entry (what it has, its rules) read once and summed,
    /// as any recap of the laid-out measurements must at least do.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <returns>The sum, so that nothing is optimised away.</returns>
    public static long ReadEveryValue(RecapSource source)
    {
        long sum = 0;
        var values = source.Values;
        var entries = source.Entries;
        for (var i = 0; i < source.IndicatorCount; i++)
        {
            var entry = entries[i];
            sum += entry.Present + entry.Scale + (int)entry.Polarity + (int)entry.Aggregation + entry.Sasaran;
            for (var v = i * 8; v < (i * 8) + 8; v++)
            {
                sum += values[v];
            }
        }

        return sum;
    }

    private static string Format(RecapScopeRow r) => FormattableString.Invariant(
        $"{r.Kabupaten}\t{r.Kecamatan}\t{r.Triwulan}\t{r.Indicators}\t{r.Computed}\t{r.NotReported}\t{r.ZeroTarget}\t{r.SangatRendah}\t{r.Rendah}\t{r.Sedang}\t{r.Tinggi}\t{r.SangatTinggi}\t{r.AverageHundredths}");

    private static RecapScopeRow Parse(string line)
    {
        var f = line.Split('\t');
        long N(int i) => long.Parse(f[i], CultureInfo.InvariantCulture);
        return new RecapScopeRow(
            f[0], f[1].Length == 0 ? null : f[1], int.Parse(f[2], CultureInfo.InvariantCulture), N(3), N(4), N(5), N(6), N(7), N(8), N(9), N(10), N(11),
            f[12].Length == 0 ? null : N(12));
    }

    private static (string, string?, int) Key(RecapScopeRow row) => (row.Kabupaten, row.Kecamatan, row.Triwulan);

    private static List<RecapScopeRow> Sorted(List<RecapScopeRow> rows) =>
        [.. rows.OrderBy(r => r.Kabupaten, StringComparer.Ordinal).ThenBy(r => r.Kecamatan ?? string.Empty, StringComparer.Ordinal).ThenBy(r => r.Triwulan)];
}
