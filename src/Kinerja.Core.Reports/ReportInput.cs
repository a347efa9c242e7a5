using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Reports;

/// <summary>
/// What a report is drawn from: a Perjanjian Kinerja and its realisasi, and optionally last year's
/// PK and realisasi and the Renstra targets. Checked by <see cref="PerformanceReport.Create(ReportInput)"/>.
/// </summary>
public sealed record ReportInput
{
    /// <summary>Creates the input of a report of one PK.</summary>
    /// <param name="perjanjianKinerja">The PK of the year reported.</param>
    /// <param name="measurements">Its realisasi (indicators and budget).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReportInput(PerjanjianKinerja perjanjianKinerja, MeasurementSet measurements)
    {
        PerjanjianKinerja = perjanjianKinerja ?? throw new ArgumentNullException(nameof(perjanjianKinerja));
        Measurements = measurements ?? throw new ArgumentNullException(nameof(measurements));
    }

    /// <summary>The PK of the year reported.</summary>
    public PerjanjianKinerja PerjanjianKinerja { get; init; }

    /// <summary>The realisasi of the year reported.</summary>
    public MeasurementSet Measurements { get; init; }

    /// <summary>Last year's PK, whose indicators are matched by id; <see langword="null"/> leaves the
    /// year-before columns empty. Its year must be the year before.</summary>
    public PerjanjianKinerja? PreviousPerjanjianKinerja { get; init; }

    /// <summary>Last year's realisasi, of <see cref="PreviousPerjanjianKinerja"/>.</summary>
    public MeasurementSet? PreviousMeasurements { get; init; }

    /// <summary>The Renstra (medium-term plan) target of the end of the period, by indicator id.</summary>
    public IReadOnlyDictionary<string, Target> RenstraTargets { get; init; } = new Dictionary<string, Target>();

    /// <summary>The last year of the Renstra period, printed beside its targets; <see langword="null"/> when not known.</summary>
    public int? RenstraYear { get; init; }

    /// <summary>The capaian policy passed to the core's evaluator.</summary>
    public CapaianPolicy Policy { get; init; } = CapaianPolicy.Default;

    /// <summary>The category scale of the Kategori column.</summary>
    public CategoryScale Scale { get; init; } = CategoryScales.Permendagri86;

    /// <summary>The language of the documents' labels: Indonesian by default.</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Indonesian;

    /// <summary>The data producer (produsen data) of the Satu Data export; the PK's unit name when <see langword="null"/>.</summary>
    public string? ProdusenData { get; init; }

    /// <summary>The source (sumber data) of the Satu Data export; the Perjanjian Kinerja and its realisasi when <see langword="null"/>.</summary>
    public string? SumberData { get; init; }
}
