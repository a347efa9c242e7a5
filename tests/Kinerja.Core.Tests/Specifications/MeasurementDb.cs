using Kinerja.Core.Recap;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Core.Tests.Specifications;

/// <summary>
/// A test database of measurement rows: a real SQLite database in memory, open for the context's life.
/// <para>
/// Decimals keep EF Core's own SQLite mapping, on purpose, with no value converter. EF Core stores a
/// <see cref="decimal"/> as canonical TEXT ("100.0", "2.73") and, on every connection it opens, registers
/// functions that compute with <see cref="decimal"/> itself: comparisons become <c>ef_compare(a, b) &gt;= 0</c>,
/// products <c>ef_multiply</c>, sums <c>ef_add</c>, negation <c>ef_negate</c>, and ORDER BY uses the
/// <c>EF_DECIMAL</c> collation. So the InCategory filter (products and comparisons only) runs in SQL with
/// exactly the arithmetic of the in-memory evaluator: no floating point anywhere, values round-trip exactly.
/// The alternatives were worse: a converter to double is inexact; a converter to scaled INTEGER makes
/// products change scale (R·10⁴ × T·10⁴) and overflow 64 bits into SQLite REAL for large figures, and EF
/// Core does not adjust arithmetic on converted columns. The cost: those functions run per row (no index on
/// the comparisons), and SQL written by hand against the TEXT columns must call them too.
/// </para>
/// </summary>
internal sealed class MeasurementDb : DbContext
{
    private readonly SqliteConnection _connection;

    private MeasurementDb(SqliteConnection connection)
        : base(new DbContextOptionsBuilder<MeasurementDb>().UseSqlite(connection).Options) => _connection = connection;

    public static MeasurementDb Create(IEnumerable<IndicatorMeasurement> rows)
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        var db = new MeasurementDb(connection);
        db.Database.EnsureCreated();
        db.Set<IndicatorMeasurement>().AddRange(rows);
        db.SaveChanges();
        db.ChangeTracker.Clear();
        return db;
    }

    public override void Dispose()
    {
        base.Dispose();
        _connection.Dispose();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var row = modelBuilder.Entity<IndicatorMeasurement>();
        row.ToTable("IndicatorMeasurement");
        // Get-only properties are not mapped by convention: map each; EF binds the constructor to create rows.
        row.Property(m => m.KabupatenCode);
        row.Property(m => m.KecamatanCode);
        row.Property(m => m.UnitCode);
        row.Property(m => m.SasaranId);
        row.Property(m => m.IndicatorId);
        row.Property(m => m.Polarity);
        row.Property(m => m.Aggregation);
        row.Property(m => m.Triwulan);
        row.Property(m => m.TargetLower);
        row.Property(m => m.TargetUpper);
        row.Property(m => m.Realisasi);
        row.HasKey(m => new { m.KecamatanCode, m.UnitCode, m.IndicatorId, m.Triwulan });
    }
}
