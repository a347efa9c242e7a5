using Kinerja.Core.Internal;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Agreements;

/// <summary>
/// Assembles a <see cref="PerjanjianKinerja"/>. Setters accept what they are given;
/// <see cref="Build"/> validates everything at once and returns either the PK (with any
/// warnings) or every problem found. Create one with <see cref="PerjanjianKinerja.CreateBuilder"/>
/// or, for a revision, <see cref="PerjanjianKinerja.ToRevisionBuilder"/>.
/// </summary>
public sealed class PerjanjianKinerjaBuilder
{
    /// <summary>The earliest year a PK may have.</summary>
    public const int MinYear = 2000;

    /// <summary>The latest year a PK may have.</summary>
    public const int MaxYear = 2100;

    private readonly List<SasaranBuilder> _sasaran = [];
    private readonly List<ProgramDraft> _programs = [];
    private readonly List<(string Path, string Id, string Kind)> _unknown = [];
    private readonly OfficeUnit _unit;
    private readonly int _year;
    private readonly int _version;
    private PihakDraft? _pihakPertama;
    private PihakDraft? _pihakKedua;
    private LocalDate? _signedOn;
    private string? _revisionNote;

    internal PerjanjianKinerjaBuilder(OfficeUnit unit, int year, int version)
    {
        _unit = unit;
        _year = year;
        _version = version;
    }

    internal PerjanjianKinerjaBuilder(PerjanjianKinerja pk)
        : this(pk.Unit, pk.Year, pk.Version + 1)
    {
        _pihakPertama = PihakDraft.From(pk.PihakPertama);
        _pihakKedua = PihakDraft.From(pk.PihakKedua);
        _sasaran.AddRange(pk.Sasaran.Select(s => new SasaranBuilder(s)));
        _programs.AddRange(pk.Programs.Select(p => new ProgramDraft(p.Id, p.Name, p.Kind, p.Pagu, p.CascadesTo)));
    }

    /// <summary>Sets pihak pertama, the official who promises the targets.</summary>
    /// <param name="name">The official's name.</param>
    /// <param name="jabatan">The position, without Plt/Plh.</param>
    /// <param name="nip">The NIP as typed (spaces allowed), or <see langword="null"/> for none.</param>
    /// <param name="acting">Whether the official acts in the position.</param>
    /// <returns>This builder.</returns>
    public PerjanjianKinerjaBuilder WithPihakPertama(string name, string jabatan, string? nip, ActingStatus acting = ActingStatus.Definitive)
    {
        _pihakPertama = new PihakDraft(name, jabatan, nip, acting);
        return this;
    }

    /// <summary>Sets pihak kedua, the direct superior who agrees to the targets.</summary>
    /// <param name="name">The official's name.</param>
    /// <param name="jabatan">The position, without Plt/Plh.</param>
    /// <param name="nip">The NIP as typed (spaces allowed), or <see langword="null"/> for none (an elected Bupati).</param>
    /// <param name="acting">Whether the official acts in the position.</param>
    /// <returns>This builder.</returns>
    public PerjanjianKinerjaBuilder WithPihakKedua(string name, string jabatan, string? nip, ActingStatus acting = ActingStatus.Definitive)
    {
        _pihakKedua = new PihakDraft(name, jabatan, nip, acting);
        return this;
    }

    /// <summary>Sets the date the PK was signed.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public PerjanjianKinerjaBuilder WithSignedOn(LocalDate? date)
    {
        _signedOn = date;
        return this;
    }

    /// <summary>Sets why this version revises the previous one (PK perubahan).</summary>
    /// <param name="note">The reason, as the office words it.</param>
    /// <returns>This builder.</returns>
    public PerjanjianKinerjaBuilder WithRevisionNote(string? note)
    {
        _revisionNote = note;
        return this;
    }

    /// <summary>Adds a sasaran with its indicators.</summary>
    /// <param name="id">The sasaran's id, unique within the PK.</param>
    /// <param name="name">The sasaran as printed.</param>
    /// <param name="configure">Adds the indicators.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public PerjanjianKinerjaBuilder AddSasaran(string id, string name, Action<SasaranBuilder> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var builder = new SasaranBuilder(id, name);
        configure(builder);
        _sasaran.Add(builder);
        return this;
    }

    /// <summary>Changes a sasaran already added (for a revision). An unknown id is reported by <see cref="Build"/>.</summary>
    /// <param name="id">The sasaran's id.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public PerjanjianKinerjaBuilder UpdateSasaran(string id, Action<SasaranBuilder> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var builder = _sasaran.Find(s => s.Id == id);
        if (builder is null)
        {
            _unknown.Add(("sasaran", id, "sasaran"));
        }
        else
        {
            configure(builder);
        }

        return this;
    }

    /// <summary>Removes a sasaran (for a revision). An unknown id is reported by <see cref="Build"/>.</summary>
    /// <param name="id">The sasaran's id.</param>
    /// <returns>This builder.</returns>
    public PerjanjianKinerjaBuilder RemoveSasaran(string id)
    {
        if (_sasaran.RemoveAll(s => s.Id == id) == 0)
        {
            _unknown.Add(("sasaran", id, "sasaran"));
        }

        return this;
    }

    /// <summary>Adds a program, kegiatan or sub kegiatan with its budget.</summary>
    /// <param name="id">The item's id (kode), unique within the PK.</param>
    /// <param name="name">The item's name as printed.</param>
    /// <param name="kind">Program, kegiatan or sub kegiatan.</param>
    /// <param name="pagu">The budget in rupiah.</param>
    /// <param name="cascadesTo">The higher PK's sasaran it supports, if any.</param>
    /// <returns>This builder.</returns>
    public PerjanjianKinerjaBuilder AddProgram(string id, string name, ProgramKind kind, decimal pagu, CascadeLink? cascadesTo = null)
    {
        _programs.Add(new ProgramDraft(id, name, kind, pagu, cascadesTo));
        return this;
    }

    /// <summary>Removes a program (for a revision). An unknown id is reported by <see cref="Build"/>.</summary>
    /// <param name="id">The program's id.</param>
    /// <returns>This builder.</returns>
    public PerjanjianKinerjaBuilder RemoveProgram(string id)
    {
        if (_programs.RemoveAll(p => p.Id == id) == 0)
        {
            _unknown.Add(("programs", id, "program"));
        }

        return this;
    }

    /// <summary>Validates everything given and builds the PK.</summary>
    /// <returns>The PK with any warnings, or every problem found; nothing is built when any problem is an error.</returns>
    public ValidationResult<PerjanjianKinerja> Build()
    {
        var problems = new Problems();
        problems.Required(_unit.Code, "unit.code");
        problems.Required(_unit.Name, "unit.name");
        if (_year is < MinYear or > MaxYear)
        {
            problems.Error(ProblemCodes.YearOutOfRange, "year", Text.Of(_year), Text.Of(MinYear), Text.Of(MaxYear));
        }

        foreach (var (path, id, kind) in _unknown)
        {
            problems.Error(ProblemCodes.UnknownReference, path, id, kind, kind);
        }

        var pertama = BuildPihak(_pihakPertama, "pihakPertama", problems);
        var kedua = BuildPihak(_pihakKedua, "pihakKedua", problems);
        if (pertama?.Nip is { } n1 && kedua?.Nip is { } n2 && n1 == n2)
        {
            problems.Error(ProblemCodes.PihakSamePerson, "pihakKedua.nip", n2.ToString());
        }

        if (_sasaran.Count == 0)
        {
            problems.Error(ProblemCodes.Empty, "sasaran", null, "sasaran", "sasaran");
        }

        var sasaran = new List<Sasaran>(_sasaran.Count);
        var sasaranIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var indicatorIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _sasaran.Count; i++)
        {
            var path = Text.Index("sasaran", i);
            Unique(sasaranIds, _sasaran[i].Id, path + ".id", problems);
            var indicators = _sasaran[i].Indicators.ToList();
            for (var j = 0; j < indicators.Count; j++)
            {
                Unique(indicatorIds, indicators[j].Id, Text.Index(path + ".indicators", j) + ".id", problems);
            }

            if (_sasaran[i].Build(path, _year, problems) is { } built)
            {
                sasaran.Add(built);
            }
        }

        var programs = new List<ProgramBudget>(_programs.Count);
        var programIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _programs.Count; i++)
        {
            var p = _programs[i];
            var path = Text.Index("programs", i);
            var ok = problems.Required(p.Id, path + ".id") & problems.Required(p.Name, path + ".name");
            ok &= Unique(programIds, p.Id, path + ".id", problems);
            if (p.Pagu < 0m)
            {
                problems.Error(ProblemCodes.AmountNegative, path + ".pagu", Text.Of(p.Pagu));
                ok = false;
            }

            if (p.CascadesTo is { } link)
            {
                ok &= problems.Required(link.SasaranId, path + ".cascadesTo.sasaranId");
                if (link.Parent.Year != _year)
                {
                    problems.Error(ProblemCodes.CascadeYear, path + ".cascadesTo.year", Text.Of(link.Parent.Year), Text.Of(_year));
                    ok = false;
                }
            }

            if (ok)
            {
                programs.Add(new ProgramBudget(p.Id, p.Name, p.Kind, p.Pagu, p.CascadesTo));
            }
        }

        return problems.Result(() => new PerjanjianKinerja(_unit, _year, _version, _signedOn, _revisionNote, pertama!, kedua!, sasaran, programs));
    }

    private static bool Unique(Dictionary<string, string> seen, string? id, string path, Problems problems)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        if (seen.TryGetValue(id!, out var first))
        {
            problems.Error(ProblemCodes.Duplicate, path, id, first);
            return false;
        }

        seen.Add(id!, path);
        return true;
    }

    private static Pejabat? BuildPihak(PihakDraft? draft, string path, Problems problems)
    {
        if (draft is null)
        {
            problems.Error(ProblemCodes.Required, path, null);
            return null;
        }

        var ok = problems.Required(draft.Name, path + ".name") & problems.Required(draft.Jabatan, path + ".jabatan");
        Nip? nip = null;
        if (draft.Nip is not null)
        {
            var result = Nip.Validate(draft.Nip, path + ".nip");
            problems.AddRange(result.Problems);
            ok &= result.IsValid;
            if (result.IsValid)
            {
                nip = result.Value;
            }
        }

        return ok ? new Pejabat(draft.Name, draft.Jabatan, nip, draft.Acting) : null;
    }

    private sealed record PihakDraft(string Name, string Jabatan, string? Nip, ActingStatus Acting)
    {
        public static PihakDraft From(Pejabat p) => new(p.Name, p.Jabatan, p.Nip?.Digits, p.Acting);
    }

    private sealed record ProgramDraft(string Id, string Name, ProgramKind Kind, decimal Pagu, CascadeLink? CascadesTo);
}
