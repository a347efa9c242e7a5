using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Tests.Properties;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// <see cref="RecapRows"/>: a PK and its realisasi as recap rows, qualitative indicators included, so that the recap's
/// indicator-level figures are the capaian <see cref="CapaianEvaluator"/> gives for the same PK (docs/recap.md).
/// </summary>
public class RecapRowsTests
{
    private const string Kabupaten = "3303";
    private const string Kecamatan = "3303-BBS";

    [Fact]
    public void Indicators_SamplePk_FourRowsPerIndicatorTheQualitativeOneByItsScores()
    {
        var pk = SamplePk.Build();
        var set = MeasurementSet.CreateBuilder(pk)
            .AddRealisasi("IK1", 1, 12m)
            .AddRealisasi("IK2", 2, 6.5m)
            .AddGrade("IK3", 4, "A")
            .Build().Value;

        var rows = RecapRows.Indicators(pk, set, Kabupaten, Kecamatan);

        Assert.Equal(12, rows.Count);
        Assert.All(rows, r => Assert.Equal((Kabupaten, Kecamatan, pk.Unit.Code), (r.KabupatenCode, r.KecamatanCode, r.UnitCode)));
        var ik1 = rows.Single(r => r.IndicatorId == "IK1" && r.Triwulan == 1);
        Assert.Equal((Polarity.Positive, AggregationMethod.CumulativeSum, 10m, 10m, 12m), (ik1.Polarity, ik1.Aggregation, ik1.TargetLower, ik1.TargetUpper, ik1.Realisasi));
        var ik3 = rows.Where(r => r.IndicatorId == "IK3").OrderBy(r => r.Triwulan).ToArray();
        Assert.Equal("S2", ik3[3].SasaranId);
        Assert.Equal((Polarity.Positive, AggregationMethod.LastValue, 5m, 5m, 6m), (ik3[3].Polarity, ik3[3].Aggregation, ik3[3].TargetLower, ik3[3].TargetUpper, ik3[3].Realisasi)); // BB = 5, A = 6 on Nilai SAKIP
        Assert.All(ik3.Take(3), r => Assert.Equal(((decimal?)null, (decimal?)null), (r.TargetLower, r.Realisasi)));
    }

    [Fact]
    public void Indicators_NoRealisasiYet_EveryRowNotReported()
    {
        var rows = RecapRows.Indicators(SamplePk.Build(), null, Kabupaten, Kecamatan);

        Assert.Equal(12, rows.Count);
        Assert.All(rows, r => Assert.Null(r.Realisasi));
    }

    [Fact]
    public void Budget_SamplePk_OneRowPerProgramWithItsQuarters()
    {
        var pk = SamplePk.Build();
        var set = MeasurementSet.CreateBuilder(pk).AddBudget("P1", 1, 50_000_000m).AddBudget("P1", 3, 70_000_000m).Build().Value;

        var row = Assert.Single(RecapRows.Budget(pk, set, Kabupaten, Kecamatan));

        Assert.Equal(("P1", 400_000_000m), (row.ProgramId, row.Pagu));
        Assert.Equal(new decimal?[] { 50_000_000m, null, 70_000_000m, null }, row.Realisasi);
    }

    [Fact]
    public void Indicators_ManyPks_AreEachPksRowsInTurn_AndRecapTogether()
    {
        var pk = SamplePk.Build();
        var set = MeasurementSet.CreateBuilder(pk).AddRealisasi("IK1", 1, 12m).AddBudget("P1", 1, 5m).Build().Value;
        PlacedPk[] pks = [new(pk, set, Kabupaten, Kecamatan), new(pk, null, Kabupaten, "3303-KRG")];

        var rows = RecapRows.Indicators(pks);
        var budget = RecapRows.Budget(pks);

        Assert.Equal(
            RecapRows.Indicators(pk, set, Kabupaten, Kecamatan).Concat(RecapRows.Indicators(pk, null, Kabupaten, "3303-KRG")).Select(r => r.ToString()),
            rows.Select(r => r.ToString()));
        Assert.Equal(
            RecapRows.Budget(pk, set, Kabupaten, Kecamatan).Concat(RecapRows.Budget(pk, null, Kabupaten, "3303-KRG")).Select(r => r.ToString()),
            budget.Select(r => r.ToString()));
        var recap = RecapCalculator.Build(rows, budget, RecapPolicy.Default, RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan }).Value;
        Assert.Equal(2, recap.Rows.Select(r => r.Key).Distinct().Count(k => k.Level == RecapLevel.Kecamatan));
    }

    [Fact]
    public void Indicators_ManyPks_ANullOne_IsNamedBeforeAnyRowIsMade()
    {
        var e = Assert.Throws<ArgumentNullException>(() => RecapRows.Indicators([new PlacedPk(SamplePk.Build(), null, Kabupaten, Kecamatan), null!]));
        var none = Assert.Throws<ArgumentNullException>(() => RecapRows.Budget(null!));

        Assert.Equal("pks", e.ParamName);
        Assert.StartsWith("pks[1] is null.", e.Message, StringComparison.Ordinal);
        Assert.Equal("pks", none.ParamName);
    }

    [Fact]
    public void Indicators_SetOfAnotherPk_IsRefusedNamingBoth()
    {
        var other = SamplePk.Builder(2027).AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("Dokumen").WithAnnualTarget(1m))).Build().Value;
        var set = MeasurementSet.CreateBuilder(other).Build().Value;

        var e = Assert.Throws<ArgumentException>(() => RecapRows.Indicators(SamplePk.Build(), set, Kabupaten, Kecamatan));

        Assert.Equal("measurements", e.ParamName);
        Assert.Contains("2027", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A qualitative indicator's recap figures are the evaluator's capaian, for every aggregation a grade may have, any quarterly
    /// targets (some missing) and any reported grades: per quarter and to date. The oracle is CapaianEvaluator, the
    /// rule the rows must reproduce.
    /// </summary>
    [KinerjaProperty]
    public void Indicators_QualitativeIndicator_RecapEqualsTheEvaluator(byte method, byte[] targets, byte[] grades, bool cap)
    {
        var scale = GradeScale.NilaiSakip;
        var aggregation = new[] { AggregationMethod.LastValue, AggregationMethod.Maximum, AggregationMethod.Minimum }[method % 3]; // what a PK allows a grade
        var codes = scale.Grades.Select(g => g.Key).ToArray();
        string? Pick(byte[] from, int q) => from.Length > q && from[q] % (codes.Length + 1) is var k && k < codes.Length ? codes[k] : null;
        var pk = SamplePk.Builder()
            .AddSasaran("S1", "Meningkatnya akuntabilitas kinerja", s => s.AddIndicator("IK1", "Predikat SAKIP", i => i
                .WithSatuan("Predikat")
                .WithGradeScale(scale)
                .WithAggregation(aggregation)
                .WithAnnualTarget(Target.OfGrade(codes[4]))
                .WithTriwulanTargets(Grade(Pick(targets, 0)), Grade(Pick(targets, 1)), Grade(Pick(targets, 2)), Grade(Pick(targets, 3)))))
            .Build().Value;
        var builder = MeasurementSet.CreateBuilder(pk);
        for (var q = 0; q < 4; q++)
        {
            if (Pick(grades, q) is { } grade)
            {
                builder.AddGrade("IK1", q + 1, grade);
            }
        }

        var set = builder.Build().Value;
        var policy = RecapPolicy.Default with { Capaian = CapaianPolicy.Default with { Cap = cap ? 120m : null } };

        var recap = RecapCalculator.Build(RecapRows.Indicators(pk, set, Kabupaten, Kecamatan), [], policy).Value;
        var evaluated = CapaianEvaluator.Evaluate(pk, set, policy.Capaian).Single();

        foreach (var quarter in evaluated.ByTriwulan)
        {
            var key = new RecapKey(RecapLevel.Indicator, Kabupaten, Kecamatan, pk.Unit.Code, "IK1");
            Same(quarter.Capaian, recap.Find(key, new RecapPeriod(quarter.Triwulan, false))!, quarter + " (quarter)");
            Same(quarter.CumulativeCapaian, recap.Find(key, new RecapPeriod(quarter.Triwulan, true))!, quarter + " (to date)");
        }

        static Target? Grade(string? code) => code is null ? null : Target.OfGrade(code);
    }

    private static void Same(CapaianResult expected, RecapFigures figures, string what)
    {
        Assert.True(figures.IndicatorCount == 1, what);
        Assert.True((expected.IsComputed ? 1 : 0) == figures.Computed, what + ": " + expected + " against " + figures);
        Assert.True((expected.Status == CapaianStatus.NotReported ? 1 : 0) == figures.NotReported, what + ": " + expected + " against " + figures);
        if (expected.Value is { } v)
        {
            Assert.True(Math.Abs(Math.Round(v * RecapFigures.QuantaPerPercent, MidpointRounding.ToEven) - figures.CapaianSum) <= 1m, what + ": " + v + " against " + figures);
        }
    }
}
