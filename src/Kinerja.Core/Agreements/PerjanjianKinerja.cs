using Kinerja.Core.Internal;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Agreements;

/// <summary>
/// A Perjanjian Kinerja (PK): the yearly performance agreement of an office unit, signed by
/// pihak pertama (the official) and pihak kedua (the direct superior), with its sasaran,
/// indicators and targets, and its programs or kegiatan with their budgets. A PK is immutable;
/// a revision (PK perubahan) is a new version built with <see cref="ToRevisionBuilder"/> and
/// kept beside the earlier ones in a <see cref="PerjanjianKinerjaHistory"/>.
/// </summary>
public sealed class PerjanjianKinerja
{
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly Dictionary<string, Sasaran> _sasaranOfIndicator;
    private readonly Dictionary<string, ProgramBudget> _programs;

    internal PerjanjianKinerja(
        OfficeUnit unit,
        int year,
        int version,
        LocalDate? signedOn,
        string? revisionNote,
        Pejabat pihakPertama,
        Pejabat pihakKedua,
        IReadOnlyList<Sasaran> sasaran,
        IReadOnlyList<ProgramBudget> programs)
    {
        Unit = unit;
        Year = year;
        Version = version;
        SignedOn = signedOn;
        RevisionNote = revisionNote;
        PihakPertama = pihakPertama;
        PihakKedua = pihakKedua;
        Sasaran = sasaran;
        Programs = programs;
        Indicators = sasaran.SelectMany(s => s.Indicators).ToArray();
        _indicators = Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _sasaranOfIndicator = sasaran.SelectMany(s => s.Indicators.Select(i => (s, i))).ToDictionary(x => x.i.Id, x => x.s, StringComparer.Ordinal);
        _programs = programs.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>The PK's identity across versions: unit and year.</summary>
    public PerjanjianKinerjaKey Key => new(Unit.Code, Year);

    /// <summary>The office unit the PK belongs to.</summary>
    public OfficeUnit Unit { get; }

    /// <summary>The year the PK covers.</summary>
    public int Year { get; }

    /// <summary>The version: 1 for the original PK, 2 and up for each revision (PK perubahan).</summary>
    public int Version { get; }

    /// <summary>The date the PK was signed, if known.</summary>
    public LocalDate? SignedOn { get; }

    /// <summary>Why this version revises the previous one, if it is a revision.</summary>
    public string? RevisionNote { get; }

    /// <summary>Pihak pertama: the official who promises the targets.</summary>
    public Pejabat PihakPertama { get; }

    /// <summary>Pihak kedua: the direct superior.</summary>
    public Pejabat PihakKedua { get; }

    /// <summary>The sasaran in order.</summary>
    public IReadOnlyList<Sasaran> Sasaran { get; }

    /// <summary>The programs, kegiatan and sub kegiatan with their budgets, in order.</summary>
    public IReadOnlyList<ProgramBudget> Programs { get; }

    /// <summary>Every indicator of every sasaran, in order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Total budget: the sum of the pagu of every item.</summary>
    public decimal TotalPagu => Programs.Sum(p => p.Pagu);

    /// <summary>Starts building the first version of a PK.</summary>
    /// <param name="unit">The office unit.</param>
    /// <param name="year">The year the PK covers.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static PerjanjianKinerjaBuilder CreateBuilder(OfficeUnit unit, int year) =>
        new(unit ?? throw new ArgumentNullException(nameof(unit)), year, 1);

    /// <summary>Starts a revision (PK perubahan): a builder holding this PK's content as the next version.
    /// The signing date and revision note start empty: a revision is signed anew.</summary>
    /// <returns>A builder for version <see cref="Version"/> + 1.</returns>
    public PerjanjianKinerjaBuilder ToRevisionBuilder() => new(this);

    /// <summary>Finds an indicator by id.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The indicator, or <see langword="null"/> when this PK has none with that id.</returns>
    public Indicator? FindIndicator(string id) => id is not null && _indicators.TryGetValue(id, out var i) ? i : null;

    /// <summary>Finds the sasaran an indicator belongs to.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <returns>The sasaran, or <see langword="null"/> when this PK has no such indicator.</returns>
    public Sasaran? FindSasaranOf(string indicatorId) => indicatorId is not null && _sasaranOfIndicator.TryGetValue(indicatorId, out var s) ? s : null;

    /// <summary>Finds a program, kegiatan or sub kegiatan by id.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The item, or <see langword="null"/> when this PK has none with that id.</returns>
    public ProgramBudget? FindProgram(string id) => id is not null && _programs.TryGetValue(id, out var p) ? p : null;

    /// <summary>
    /// Checks this PK's cascade links that point at <paramref name="parent"/>: each must name a
    /// sasaran the parent has. Links to other PKs are not checked here.
    /// </summary>
    /// <param name="parent">The higher PK.</param>
    /// <returns>Every link that names a missing sasaran.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parent"/> is null.</exception>
    public ValidationResult ValidateCascade(PerjanjianKinerja parent)
    {
        if (parent is null)
        {
            throw new ArgumentNullException(nameof(parent));
        }

        var ids = new HashSet<string>(parent.Sasaran.Select(s => s.Id), StringComparer.Ordinal);
        var problems = new Problems();
        for (var i = 0; i < Sasaran.Count; i++)
        {
            Check(Sasaran[i].CascadesTo, Text.Index("sasaran", i) + ".cascadesTo.sasaranId");
        }

        for (var i = 0; i < Programs.Count; i++)
        {
            Check(Programs[i].CascadesTo, Text.Index("programs", i) + ".cascadesTo.sasaranId");
        }

        return new ValidationResult(problems.List);

        void Check(CascadeLink? link, string path)
        {
            if (link is not null && link.Parent == parent.Key && !ids.Contains(link.SasaranId))
            {
                problems.Error(ProblemCodes.UnknownReference, path, link.SasaranId, "sasaran", "sasaran");
            }
        }
    }

    /// <summary>The PK's key and version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "PK " + Key + " v" + Text.Of(Version);
}
