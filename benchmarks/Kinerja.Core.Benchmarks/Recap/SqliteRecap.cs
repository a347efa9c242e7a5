using Kinerja.Core.Recap;
using Microsoft.Data.Sqlite;

namespace Kinerja.Core.Benchmarks.Recap;

/// <summary>
/// The recap in SQL on an in-memory SQLite database (Microsoft.Data.Sqlite). The rows are loaded
/// once; <see cref="Recap"/> runs the query and reads its rows, nothing else.
/// </summary>
/// <remarks>
/// <para>
/// Exactness: SQLite has no decimal type (a "DECIMAL" column stores REAL, a binary double), so
/// target and realisasi are stored as whole cents in INTEGER columns and every step is integer
/// arithmetic. Categories are decided without division: capaian = N / T × 100 with N the
/// polarity's numerator (R, 2T − R, or T − |T − R|, floored at 0), so capaian ≥ b exactly when
/// 100 N ≥ b T. The capaian enters the sum as whole 10^-9 % quanta, N × 10^11 / T, an exact
/// integer division for the generated targets (their cents divide 10^11) that stays below 2^63
/// (see <see cref="NationalDataGenerator"/>); the sum of quanta is the library's
/// <see cref="RecapFigures.CapaianSum"/>. The average is rounded to hundredths half away from zero
/// in integers: (S + n × 5 × 10^6) / (n × 10^7) for a sum S ≥ 0 of n capaian.
/// </para>
/// <para>
/// The kabupaten rows are summed from the kecamatan rows (every figure is a count or a sum, so
/// this is exact); SQLite has no GROUPING SETS. The table has no index: the query reads every row once.
/// </para>
/// </remarks>
internal sealed class SqliteRecap : IDisposable
{
    private const string Query = """
        WITH numerators AS (
            SELECT kabupaten, kecamatan, triwulan, target, realisasi,
                   CASE WHEN realisasi IS NULL OR target = 0 THEN NULL
                        WHEN polarity = 0 THEN realisasi
                        WHEN polarity = 1 THEN max(0, 2 * target - realisasi)
                        ELSE max(0, target - abs(target - realisasi)) END AS n
            FROM measurement),
        banded AS (
            SELECT kabupaten, kecamatan, triwulan, target, realisasi, n,
                   CASE WHEN n IS NULL THEN NULL
                        WHEN 100 * n >= 91 * target THEN 4
                        WHEN 100 * n >= 76 * target THEN 3
                        WHEN 100 * n >= 66 * target THEN 2
                        WHEN 100 * n >= 51 * target THEN 1
                        ELSE 0 END AS band,
                   n * 100000000000 / target AS quanta
            FROM numerators),
        kecamatan AS (
            SELECT kabupaten, kecamatan, triwulan,
                   count(*) AS indicators,
                   count(n) AS computed,
                   count(*) - count(realisasi) AS not_reported,
                   count(CASE WHEN realisasi IS NOT NULL AND target = 0 THEN 1 END) AS zero_target,
                   count(CASE WHEN band = 0 THEN 1 END) AS b0,
                   count(CASE WHEN band = 1 THEN 1 END) AS b1,
                   count(CASE WHEN band = 2 THEN 1 END) AS b2,
                   count(CASE WHEN band = 3 THEN 1 END) AS b3,
                   count(CASE WHEN band = 4 THEN 1 END) AS b4,
                   coalesce(sum(quanta), 0) AS quanta
            FROM banded
            GROUP BY kabupaten, kecamatan, triwulan),
        groups AS (
            SELECT * FROM kecamatan
            UNION ALL
            SELECT kabupaten, NULL, triwulan, sum(indicators), sum(computed), sum(not_reported), sum(zero_target),
                   sum(b0), sum(b1), sum(b2), sum(b3), sum(b4), sum(quanta)
            FROM kecamatan
            GROUP BY kabupaten, triwulan)
        SELECT kabupaten, kecamatan, triwulan, indicators, computed, not_reported, zero_target, b0, b1, b2, b3, b4,
               CASE WHEN computed = 0 THEN NULL ELSE (quanta + computed * 5000000) / (computed * 10000000) END
        FROM groups
        """;

    private static readonly string[] ParameterNames = ["$kab", "$kec", "$unit", "$sasaran", "$indicator", "$polarity", "$aggregation", "$tw", "$target", "$realisasi"];

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _query;

    /// <summary>Opens an in-memory database and loads the rows in one transaction.</summary>
    /// <param name="rows">The measurements.</param>
    public SqliteRecap(IReadOnlyList<IndicatorMeasurement> rows)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            // Whole cents in INTEGER columns: exact, unlike SQLite's REAL.
            create.CommandText = """
                CREATE TABLE measurement (
                    kabupaten TEXT NOT NULL, kecamatan TEXT NOT NULL, unit TEXT NOT NULL, sasaran TEXT NOT NULL, indicator TEXT NOT NULL,
                    polarity INTEGER NOT NULL, aggregation INTEGER NOT NULL, triwulan INTEGER NOT NULL,
                    target INTEGER NOT NULL, realisasi INTEGER NULL)
                """;
            create.ExecuteNonQuery();
        }

        using (var transaction = _connection.BeginTransaction())
        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO measurement VALUES ($kab, $kec, $unit, $sasaran, $indicator, $polarity, $aggregation, $tw, $target, $realisasi)";
            var p = ParameterNames.Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
            insert.Prepare();
            foreach (var row in rows)
            {
                p[0].Value = row.KabupatenCode;
                p[1].Value = row.KecamatanCode;
                p[2].Value = row.UnitCode;
                p[3].Value = row.SasaranId;
                p[4].Value = row.IndicatorId;
                p[5].Value = (int)row.Polarity;
                p[6].Value = (int)row.Aggregation;
                p[7].Value = row.Triwulan;
                p[8].Value = Cents(row.TargetLower ?? throw new ArgumentException("Rows need a target: " + row, nameof(rows)));
                p[9].Value = row.Realisasi is { } r ? Cents(r) : DBNull.Value;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        _query = _connection.CreateCommand();
        _query.CommandText = Query;
        _query.Prepare();
    }

    /// <summary>Runs the recap query and reads its rows.</summary>
    /// <returns>One row per kecamatan and per kabupaten in each quarter, in no particular order.</returns>
    public List<RecapScopeRow> Recap()
    {
        var result = new List<RecapScopeRow>();
        using var reader = _query.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new RecapScopeRow(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetInt32(2),
                reader.GetInt64(3),
                reader.GetInt64(4),
                reader.GetInt64(5),
                reader.GetInt64(6),
                reader.GetInt64(7),
                reader.GetInt64(8),
                reader.GetInt64(9),
                reader.GetInt64(10),
                reader.GetInt64(11),
                reader.IsDBNull(12) ? null : reader.GetInt64(12)));
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _query.Dispose();
        _connection.Dispose();
    }

    private static long Cents(decimal value) =>
        decimal.Round(value, 2) == value ? (long)(value * 100m) : throw new ArgumentException("Figures need whole cents; got " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(value));
}
