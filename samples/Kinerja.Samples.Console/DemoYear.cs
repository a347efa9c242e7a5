using Kinerja.Core;
using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Sop;

namespace Kinerja.Samples.Console;

/// <summary>
/// DEMO DATA. One year of the demo kecamatan, computed once: the PK, its four quarters of realisasi,
/// the capaian per indicator, the serapan per program, the recap (rekapitulasi) and the run of the
/// office's SOP "Pelaksanaan Pengukuran Kinerja Triwulan" for TW III with one return for correction.
/// </summary>
internal sealed class DemoYear
{
    private DemoYear(PerjanjianKinerja pk, MeasurementSet realisasi, SopRunResult sop, string label)
    {
        Pk = pk;
        Label = label;
        Realisasi = realisasi;
        Capaian = CapaianEvaluator.Evaluate(pk, realisasi, Policy);
        Serapan = SerapanCalculator.Evaluate(pk, realisasi);
        Recap = RecapCalculator.Build(
            RecapRows.Indicators(pk, realisasi, DemoOffice.Kabupaten, pk.Unit.Code),
            RecapRows.Budget(pk, realisasi, DemoOffice.Kabupaten, pk.Unit.Code),
            RecapPolicy.Default with { Scale = Scale }).Value;
        Sop = sop;
    }

    public static CapaianPolicy Policy => CapaianPolicy.Default;

    public static CategoryScale Scale => CategoryScales.Permendagri86;

    public PerjanjianKinerja Pk { get; }

    /// <summary>Where the PK and realisasi come from, printed with them: <see cref="ConsoleTables.DemoLabel"/>, or the user's files (<c>--pk</c>, <c>--realisasi</c>, <c>--form</c>).</summary>
    public string Label { get; }

    public MeasurementSet Realisasi { get; }

    public IReadOnlyList<IndicatorCapaian> Capaian { get; }

    public IReadOnlyList<ProgramSerapan> Serapan { get; }

    /// <summary>The recap of the numeric indicators (the qualitative one is left out of the recap).</summary>
    public RecapTable Recap { get; }

    public SopRunResult Sop { get; }

    /// <summary>The recap group of the demo kecamatan.</summary>
    public RecapKey KecamatanKey => new(RecapLevel.Kecamatan, DemoOffice.Kabupaten, Pk.Unit.Code);

    /// <summary>Computes the demo year.</summary>
    /// <param name="realisasi">Realisasi to use instead of the demo's own (an imported form); they must be of the demo PK.</param>
    public static DemoYear Build(MeasurementSet? realisasi = null) => Build(DemoKecamatan.BuildPk(), realisasi);

    /// <summary>Computes the year of a PK (the SOP run is always the demo office's).</summary>
    /// <param name="pk">The PK.</param>
    /// <param name="realisasi">Its realisasi; <see langword="null"/> for the demo's (of the demo PK only).</param>
    /// <param name="label">Where the data come from (<see cref="Label"/>).</param>
    public static DemoYear Build(PerjanjianKinerja pk, MeasurementSet? realisasi, string label = ConsoleTables.DemoLabel)
    {
        realisasi ??= DemoKecamatan.BuildRealisasi(pk);
        var definition = DemoOffice.PengukuranKinerjaTriwulan;
        var start = DemoOffice.DefaultSopStart.InZoneLeniently(DemoOffice.Calendar.TimeZone).ToInstant();
        var sop = SopRunner.Run(definition, DemoOffice.RosterFor(definition), DemoOffice.Calendar, start, "Pengukuran kinerja TW III " + pk.Year + " (demo)", returnOnce: true);
        return new DemoYear(pk, realisasi, sop, label);
    }

    /// <summary>The sasaran an indicator belongs to.</summary>
    public Sasaran SasaranOf(Indicator indicator) => Pk.Sasaran.First(s => s.Indicators.Contains(indicator));

    public RecapFigures Kecamatan(RecapPeriod period) => Recap.Find(KecamatanKey, period)!;
}
