using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Kinerja.Samples.WebApi.Persistence;

/// <summary>
/// The sample's own tables. The core library knows no database: these rows are the sample's mapping
/// of its values (a PK as a JSON document, realisasi as rows, an SOP instance as its event log).
/// The same model runs on SQLite and PostgreSQL: moments are stored as Unix ticks (a 64-bit integer),
/// figures as decimals (TEXT in SQLite, numeric in PostgreSQL: exact in both).
/// </summary>
internal sealed class KinerjaDbContext(DbContextOptions<KinerjaDbContext> options) : DbContext(options)
{
    public DbSet<PkRow> PerjanjianKinerja => Set<PkRow>();

    public DbSet<RealisasiRow> Realisasi => Set<RealisasiRow>();

    public DbSet<AnggaranRow> Anggaran => Set<AnggaranRow>();

    public DbSet<SopInstanceRow> SopInstances => Set<SopInstanceRow>();

    public DbSet<SopEventRow> SopEvents => Set<SopEventRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Instant>().HaveConversion<InstantToTicks>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PkRow>(e =>
        {
            e.ToTable("perjanjian_kinerja");
            e.HasKey(p => p.Id);
            e.HasIndex(p => new { p.UnitCode, p.Year, p.Version }).IsUnique();
            e.Property(p => p.UnitCode).HasMaxLength(100);
        });

        modelBuilder.Entity<RealisasiRow>(e =>
        {
            e.ToTable("realisasi");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.UnitCode, r.Year, r.IndicatorId, r.Triwulan }).IsUnique();
        });

        modelBuilder.Entity<AnggaranRow>(e =>
        {
            e.ToTable("realisasi_anggaran");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.UnitCode, a.Year, a.ProgramId, a.Triwulan }).IsUnique();
        });

        modelBuilder.Entity<SopInstanceRow>(e =>
        {
            e.ToTable("sop_instance");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasMaxLength(100);

            // Optimistic concurrency: an update carries the version it read, and changes no row
            // when another action got there first (DbUpdateConcurrencyException -> 409).
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasIndex(i => i.Status);
        });

        modelBuilder.Entity<SopEventRow>(e =>
        {
            e.ToTable("sop_event");

            // One event per (instance, sequence): a second writer of event n fails here too.
            e.HasKey(x => new { x.InstanceId, x.Sequence });
            e.HasOne<SopInstanceRow>().WithMany().HasForeignKey(x => x.InstanceId);
        });
    }

    private sealed class InstantToTicks() : ValueConverter<Instant, long>(i => i.ToUnixTimeTicks(), t => Instant.FromUnixTimeTicks(t));
}

/// <summary>One version of a PK: key columns for lookup, the structure as the sample's JSON document.</summary>
internal sealed class PkRow
{
    public int Id { get; set; }

    public required string UnitCode { get; set; }

    public required string UnitName { get; set; }

    public int Year { get; set; }

    public int Version { get; set; }

    /// <summary>The <see cref="Api.PkDocument"/> as JSON (the sample's own request shape; the core's interchange format is <c>KinerjaJson</c>'s).</summary>
    public required string Document { get; set; }

    public Instant CreatedAt { get; set; }
}

/// <summary>The realisasi of one indicator in one quarter.</summary>
internal sealed class RealisasiRow
{
    public int Id { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public int Triwulan { get; set; }

    public required string IndicatorId { get; set; }

    public decimal? Value { get; set; }

    public string? Grade { get; set; }

    public string? Note { get; set; }

    /// <summary>The bukti dukung as a JSON array of {reference, description}.</summary>
    public string? BuktiDukung { get; set; }
}

/// <summary>The realisasi anggaran of one program in one quarter.</summary>
internal sealed class AnggaranRow
{
    public int Id { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public int Triwulan { get; set; }

    public required string ProgramId { get; set; }

    public decimal Amount { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// The head of an SOP instance: which template, and a summary of its state for queries (status,
/// open step). The state itself is the fold of its events (<see cref="SopEventRow"/>).
/// </summary>
internal sealed class SopInstanceRow
{
    public required string Id { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public required string Subject { get; set; }

    public required string Status { get; set; }

    public string? CurrentStep { get; set; }

    public Instant? CurrentStepSince { get; set; }

    public Instant StartedAt { get; set; }

    /// <summary>The number of events: the engine's <c>SopInstance.Version</c>.</summary>
    public int Version { get; set; }
}

/// <summary>One event of an SOP instance, as the engine's <c>SopEvent</c>.</summary>
internal sealed class SopEventRow
{
    public required string InstanceId { get; set; }

    public int Sequence { get; set; }

    public required string Kind { get; set; }

    public string Step { get; set; } = string.Empty;

    public required string PersonId { get; set; }

    public required string Role { get; set; }

    public Instant At { get; set; }

    public string? Note { get; set; }

    /// <summary>The outputs as a JSON array of strings.</summary>
    public string? Outputs { get; set; }
}
