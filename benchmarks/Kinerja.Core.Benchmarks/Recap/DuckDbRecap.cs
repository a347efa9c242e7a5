using DuckDB.NET.Data;
using Kinerja.Core.Recap;

namespace Kinerja.Core.Benchmarks.Recap;

/// <summary>
/// The recap in SQL on an in-memory DuckDB database (DuckDB.NET.Data.Full). The rows are loaded
/// once through the appender; <see cref="Recap"/> runs the query and reads its rows, nothing else.
/// DuckDB uses every core of the machine (its default); the other engines use one.
/// </summary>
/// <remarks>
/// <para>
/// Exactness: target and realisasi are DECIMAL(18,2), so sums, differences and products are exact.
/// Categories are decided without division: capaian = N / T × 100 with N the polarity's numerator
/// (R, 2T − R, or T − |T − R|, floored at 0), so capaian ≥ b exactly when 100 N ≥ b T, compared
/// as DECIMAL. DuckDB's DECIMAL / DECIMAL returns a DOUBLE (checked on 1.5.6), so the capaian's
/// division is done on whole cents instead: CAST(N × 100 AS BIGINT) × 10^11 // CAST(T × 100 AS
/// BIGINT) whole 10^-9 % quanta, exact for the generated targets (their cents divide 10^11) and
/// below 2^63 (see <see cref="NationalDataGenerator"/>; DuckDB raises an error on overflow rather
/// than wrapping). The sum of quanta is the library's <see cref="RecapFigures.CapaianSum"/>; the
/// average is rounded to hundredths half away from zero in integers:
/// (S + n × 5 × 10^6) // (n × 10^7) for a sum S ≥ 0 of n capaian.
/// </para>
/// <para>
/// The query has the same shape as <see cref="SqliteRecap"/>'s (kabupaten rows summed from the
/// kecamatan rows) so that the two engines run the same plan of work.
/// </para>
/// </remarks>
internal sealed class DuckDbRecap : IDisposable
{
    private const string Query = """
        WITH numerators AS (
            SELECT kabupaten, kecamatan, triwulan, target, realisasi,
                   CASE WHEN realisasi IS NULL OR target = 0 THEN NULL
                        WHEN polarity = 0 THEN realisasi
                        WHEN polarity = 1 THEN greatest(0, 2 * target - realisasi)
                        ELSE greatest(0, target - abs(target - realisasi)) END AS n
            FROM measurement),
        banded AS (
            SELECT kabupaten, kecamatan, triwulan, target, realisasi, n,
                   CASE WHEN n IS NULL THEN NULL
                        WHEN 100 * n >= 91 * target THEN 4
                        WHEN 100 * n >= 76 * target THEN 3
                        WHEN 100 * n >= 66 * target THEN 2
                        WHEN 100 * n >= 51 * target THEN 1
                        ELSE 0 END AS band,
                   CAST(n * 100 AS BIGINT) * 100000000000 // CAST(target * 100 AS BIGINT) AS quanta
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
        SELECT kabupaten, kecamatan, CAST(triwulan AS INTEGER),
               CAST(indicators AS BIGINT), CAST(computed AS BIGINT), CAST(not_reported AS BIGINT), CAST(zero_target AS BIGINT),
               CAST(b0 AS BIGINT), CAST(b1 AS BIGINT), CAST(b2 AS BIGINT), CAST(b3 AS BIGINT), CAST(b4 AS BIGINT),
               CASE WHEN computed = 0 THEN NULL ELSE CAST((quanta + computed * 5000000) // (computed * 10000000) AS BIGINT) END
        FROM groups
        """;

    private readonly DuckDBConnection _connection;
    private readonly DuckDBCommand _query;

    /// <summary>Opens an in-memory database and loads the rows through the appender.</summary>
    /// <param name="rows">The measurements.</param>
    public DuckDbRecap(IReadOnlyList<IndicatorMeasurement> rows)
    {
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            // DECIMAL(18,2): exact, and every generated figure has whole cents.
            create.CommandText = """
                CREATE TABLE measurement (
                    kabupaten VARCHAR NOT NULL, kecamatan VARCHAR NOT NULL, unit VARCHAR NOT NULL, sasaran VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
                    polarity INTEGER NOT NULL, aggregation INTEGER NOT NULL, triwulan INTEGER NOT NULL,
                    target DECIMAL(18,2) NOT NULL, realisasi DECIMAL(18,2))
                """;
            create.ExecuteNonQuery();
        }

        using (var appender = _connection.CreateAppender("measurement"))
        {
            foreach (var row in rows)
            {
                var appended = appender.CreateRow()
                    .AppendValue(row.KabupatenCode).AppendValue(row.KecamatanCode).AppendValue(row.UnitCode).AppendValue(row.SasaranId).AppendValue(row.IndicatorId)
                    .AppendValue((int)row.Polarity).AppendValue((int)row.Aggregation).AppendValue(row.Triwulan)
                    .AppendValue(row.TargetLower ?? throw new ArgumentException("Rows need a target: " + row, nameof(rows)));
                (row.Realisasi is { } r ? appended.AppendValue(r) : appended.AppendNullValue()).EndRow();
            }
        }

        _query = _connection.CreateCommand();
        _query.CommandText = Query;
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
}
