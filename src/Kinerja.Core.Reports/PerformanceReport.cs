using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Capaian;
using Kinerja.Core.Reports.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Reports;

/// <summary>
/// The figures of the reports of one PK, all of them computed by the core (capaian by
/// <see cref="CapaianEvaluator"/> and <see cref="CapaianCalculator"/>, serapan by
/// <see cref="SerapanCalculator"/>) at full precision; the documents only round them to print.
/// Immutable; built by <see cref="Create(ReportInput)"/>.
/// </summary>
public sealed class PerformanceReport
{
    private readonly Dictionary<string, IndicatorCapaian> _previous;
    private readonly Dictionary<string, CapaianResult> _renstra;

    private PerformanceReport(
        ReportInput input,
        IReadOnlyList<IndicatorCapaian> capaian,
        Dictionary<string, IndicatorCapaian> previous,
        Dictionary<string, CapaianResult> renstra,
        IReadOnlyList<ProgramSerapan> serapan)
    {
        Input = input;
        Capaian = capaian;
        _previous = previous;
        _renstra = renstra;
        Serapan = serapan;
    }

    /// <summary>What the report is drawn from.</summary>
    public ReportInput Input { get; }

    /// <summary>The capaian of every indicator of the PK, in the PK's order, as <see cref="CapaianEvaluator"/> gives them.</summary>
    public IReadOnlyList<IndicatorCapaian> Capaian { get; }

    /// <summary>The serapan of every program of the PK, as <see cref="SerapanCalculator"/> gives them.</summary>
    public IReadOnlyList<ProgramSerapan> Serapan { get; }

    /// <summary>Last year's capaian of the indicator with the same id, when last year's PK has one.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <returns>Last year's figures, or <see langword="null"/>.</returns>
    public IndicatorCapaian? FindPreviousCapaian(string indicatorId) =>
        indicatorId is not null && _previous.TryGetValue(indicatorId, out var c) ? c : null;

    /// <summary>The realisasi of the year (to TW IV) against the indicator's Renstra target, computed by
    /// <see cref="CapaianCalculator"/>; <see langword="null"/> when the indicator has no Renstra target.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <returns>The capaian against the Renstra target, or <see langword="null"/>.</returns>
    public CapaianResult? FindRenstraCapaian(string indicatorId) =>
        indicatorId is not null && _renstra.TryGetValue(indicatorId, out var c) ? c : null;

    /// <summary>Checks the input and computes every figure. Problems name the field and the value, in
    /// Indonesian and English; with an error nothing is computed and nothing is thrown.</summary>
    /// <param name="input">The PK, its realisasi and the optional comparisons.</param>
    /// <returns>The report, or the problems of the input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static ValidationResult<PerformanceReport> Create(ReportInput input)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var problems = InputCheck.Check(input);
        if (problems.Exists(p => p.Severity == Severity.Error))
        {
            return new ValidationResult<PerformanceReport>(null, problems);
        }

        var pk = input.PerjanjianKinerja;
        var capaian = CapaianEvaluator.Evaluate(pk, input.Measurements, input.Policy);
        var previous = new Dictionary<string, IndicatorCapaian>(StringComparer.Ordinal);
        if (input.PreviousPerjanjianKinerja is { } previousPk && input.PreviousMeasurements is { } previousMeasurements)
        {
            foreach (var c in CapaianEvaluator.Evaluate(previousPk, previousMeasurements, input.Policy))
            {
                previous[c.Indicator.Id] = c;
            }
        }

        var renstra = new Dictionary<string, CapaianResult>(StringComparer.Ordinal);
        foreach (var c in capaian)
        {
            if (input.RenstraTargets.TryGetValue(c.Indicator.Id, out var target))
            {
                renstra[c.Indicator.Id] = AgainstRenstra(c, target, input.Policy);
            }
        }

        return new ValidationResult<PerformanceReport>(
            new PerformanceReport(input, capaian, previous, renstra, SerapanCalculator.Evaluate(pk, input.Measurements)),
            problems);
    }

    /// <summary>The year's realisasi to TW IV against the Renstra target, by the core's calculator.</summary>
    private static CapaianResult AgainstRenstra(IndicatorCapaian capaian, Target target, CapaianPolicy policy)
    {
        var year = capaian[Triwulan.IV];
        var indicator = capaian.Indicator;
        if (indicator.ValueKind == ValueKind.QualitativeGrade)
        {
            return year.CumulativeGrade is { } grade && target.Grade is { } targetGrade
                ? CapaianCalculator.CalculateGrade(indicator.GradeScale!, targetGrade, grade, policy)
                : CapaianResult.NotReported;
        }

        return year.CumulativeRealisasi is { } realisasi ? CapaianCalculator.Calculate(indicator.Polarity, target, realisasi, policy) : CapaianResult.NotReported;
    }

    /// <summary>The PK's key and the number of indicators.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "Report of PK " + Input.PerjanjianKinerja.Key + ", " + Capaian.Count.ToString(CultureInfo.InvariantCulture) + " indicators";
}
