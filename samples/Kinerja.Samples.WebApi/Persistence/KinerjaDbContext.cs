using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Kinerja.Samples.WebApi.Persistence;

/// <summary>
/// The sample's own tables. The core library knows no database: these rows are the sample's mapping
/// of its values (a PK as a JSON document, realisasi as rows, an SOP instance as its event log).
/// The same model runs on SQLite and PostgreSQL: moments are stored as Unix ticks (a 64-bit integer),
/// figures as decimals (TEXT in SQLite, numeric in PostgreSQL: exact in both). Each provider has its
/// own derived context (<see cref="SqliteKinerjaDbContext"/>, <see cref="PostgresKinerjaDbContext"/>) and
/// with it its own migrations; the endpoints ask for this base type and get the configured one
/// (<see cref="Database"/>).
/// </summary>
internal abstract class KinerjaDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PkRow> PerjanjianKinerja => Set<PkRow>();

    public DbSet<RealisasiRow> Realisasi => Set<RealisasiRow>();

    public DbSet<AnggaranRow> Anggaran => Set<AnggaranRow>();

    public DbSet<QuarterRow> Quarters => Set<QuarterRow>();

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
            e.Property(p => p.UnitCode).HasMaxLength(40);
        });

        modelBuilder.Entity<QuarterRow>(e =>
        {
            e.ToTable("realisasi_triwulan");
            e.HasKey(q => new { q.UnitCode, q.Year, q.Triwulan });
            e.Property(q => q.UnitCode).HasMaxLength(40);

            // Optimistic concurrency for every write of a quarter's realisasi: the ETag is this version.
            e.Property(q => q.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<RealisasiRow>(e =>
        {
            e.ToTable("realisasi");
            e.HasKey(r => r.Id);
            e.Property(r => r.UnitCode).HasMaxLength(40);
            e.Property(r => r.IndicatorId).HasMaxLength(64);
            e.HasIndex(r => new { r.UnitCode, r.Year, r.IndicatorId, r.Triwulan }).IsUnique();
        });

        modelBuilder.Entity<AnggaranRow>(e =>
        {
            e.ToTable("realisasi_anggaran");
            e.HasKey(a => a.Id);
            e.Property(a => a.UnitCode).HasMaxLength(40);
            e.Property(a => a.ProgramId).HasMaxLength(64);
            e.HasIndex(a => new { a.UnitCode, a.Year, a.ProgramId, a.Triwulan }).IsUnique();
        });

        modelBuilder.Entity<SopInstanceRow>(e =>
        {
            e.ToTable("sop_instance");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasMaxLength(64);

            // Optimistic concurrency: an update carries the version it read, and changes no row
            // when another action got there first (DbUpdateConcurrencyException -> 409).
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasIndex(i => i.Status);
            e.Property(i => i.ChainHead).HasMaxLength(64);
        });

        modelBuilder.Entity<SopEventRow>(e =>
        {
            e.ToTable("sop_event");

            // One event per (instance, sequence): a second writer of event n fails here too.
            e.HasKey(x => new { x.InstanceId, x.Sequence });
            e.Property(x => x.Acting).HasMaxLength(16);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
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

    /// <summary>The PK as the core's JSON document (<c>KinerjaJson.Write</c>, kind <c>perjanjianKinerja</c>).</summary>
    public required string Document { get; set; }

    public Instant CreatedAt { get; set; }

    /// <summary>The person id of whoever created this version.</summary>
    public string CreatedBy { get; set; } = string.Empty;
}

/// <summary>
/// The head of one quarter's realisasi of a PK: made with the PK (version 0), and moved on by every
/// write to that quarter, which carries the version it read (<c>If-Match</c>), so that of two writers
/// of the same version one wins and the other changes nothing.
/// </summary>
internal sealed class QuarterRow
{
    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public int Triwulan { get; set; }

    public int Version { get; set; }

    public Instant? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
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

    /// <summary>
    /// The hash of the last event (<c>SopInstance.ChainHead</c>), kept apart from the events: replay and verification
    /// check the stored log against it, so a log cut short or extended at its end is found. <see langword="null"/> only
    /// for an instance stored before the chain (its events are sealed when read).
    /// </summary>
    public string? ChainHead { get; set; }

    /// <summary>How many leading events were stored without hashes and are hashed when read (<c>SopInstance.SealedAtMigration</c>).</summary>
    public int SealedAtMigration { get; set; }
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

    /// <summary>How the person held the role: <c>Definitive</c>, <c>Plt</c> or <c>Plh</c> (part of the hashed content).</summary>
    public string Acting { get; set; } = "Definitive";

    /// <summary>For a Plt/Plh: whom the person stood in for.</summary>
    public string? ActingFor { get; set; }

    /// <summary>For a Plt/Plh: the assignment letter.</summary>
    public string? Assignment { get; set; }

    /// <summary>For an <c>Instructed</c> event: the time standard as given (<c>2 Hari</c>).</summary>
    public string? Instruction { get; set; }

    /// <summary>The hash of the event before (the instance's genesis for the first), 64 lowercase hexadecimal digits.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>This event's hash: SHA-256 of the previous hash and the event's canonical form (docs/sop.md, the hash chain).</summary>
    public string? Hash { get; set; }
}
