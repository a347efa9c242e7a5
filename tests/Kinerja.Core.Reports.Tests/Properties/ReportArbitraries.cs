using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;
using Kinerja.Core.Tests.Properties;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Reports.Tests.Properties;

/// <summary>A random valid PK, realisasi for some of its indicators and quarters, budget realisasi for some
/// programs and quarters, Renstra targets for some indicators, and a language.</summary>
public sealed record ReportCase(PkSpec Spec, IReadOnlyList<(string Id, int Triwulan, decimal? Value, string? Grade)> Entries, IReadOnlyList<(string Id, int Triwulan, decimal Amount)> Budget, IReadOnlyList<(string Id, Target Target)> Renstra, MessageLanguage Language, int Triwulan)
{
    public ReportInput ToInput()
    {
        var pk = Spec.ToBuilder().Build().Value;
        var builder = MeasurementSet.CreateBuilder(pk);
        foreach (var e in Entries)
        {
            builder = e.Grade is { } g ? builder.AddGrade(e.Id, e.Triwulan, g) : builder.AddRealisasi(e.Id, e.Triwulan, e.Value!.Value);
        }

        foreach (var b in Budget)
        {
            builder = builder.AddBudget(b.Id, b.Triwulan, b.Amount);
        }

        return new ReportInput(pk, builder.Build().Value)
        {
            RenstraTargets = Renstra.ToDictionary(r => r.Id, r => r.Target, StringComparer.Ordinal),
            Language = Language,
        };
    }

    public override string ToString() =>
        Spec + " entries " + string.Join("; ", Entries) + " budget " + string.Join("; ", Budget) + " renstra " + string.Join("; ", Renstra) + " " + Language + " TW" + Triwulan;
}

public static class ReportArbitraries
{
    public static Arbitrary<ReportCase> ReportCases() => Arb.From(
        from spec in KinerjaArbitraries.ValidPks().Generator
        from entries in Gen.CollectToArray(spec.AllIndicators.Select(i => i.Indicator), EntriesOf)
        from budget in Gen.CollectToArray(spec.Programs, BudgetOf)
        from renstra in Gen.CollectToArray(spec.AllIndicators.Select(i => i.Indicator), RenstraOf)
        from language in Gen.Elements(MessageLanguage.Indonesian, MessageLanguage.English)
        from triwulan in Gen.Choose(1, 4)
        select new ReportCase(spec, entries.SelectMany(e => e).ToArray(), budget.SelectMany(b => b).ToArray(), renstra.SelectMany(r => r).ToArray(), language, triwulan));

    private static Gen<decimal> Figure { get; } = Gen.Frequency(
        (4, KinerjaArbitraries.RealisasiFigures().Generator.Select(r => r.Value)),
        (1, Gen.Elements(0m, 0.005m, 99.995m, 100m, 1_000_000_000_000m, 79_228_162_514_264_337_593_543_950_335m)));

    private static Gen<(string, int, decimal?, string?)[]> EntriesOf(IndicatorSpec indicator) =>
        Gen.CollectToArray(new[] { 1, 2, 3, 4 }, q =>
            Gen.Frequency(
                (1, Gen.Constant(Array.Empty<(string, int, decimal?, string?)>())),
                (3, indicator.GradeScale is { } scale
                    ? Gen.Elements(scale.Grades.Select(g => g.Key).ToArray()).Select(g => new[] { (indicator.Id, q, (decimal?)null, (string?)g) })
                    : Figure.Select(v => new[] { (indicator.Id, q, (decimal?)v, (string?)null) }))))
        .Select(a => a.SelectMany(x => x).ToArray());

    private static Gen<(string, int, decimal)[]> BudgetOf(ProgramSpec program) =>
        Gen.CollectToArray(new[] { 1, 2, 3, 4 }, q =>
            Gen.Frequency(
                (1, Gen.Constant(Array.Empty<(string, int, decimal)>())),
                (3, Gen.Elements(0m, 1_500_000m, 12_345_678.5m, 250_000_000m).Select(a => new[] { (program.Id, q, a) }))))
        .Select(a => a.SelectMany(x => x).ToArray());

    private static Gen<(string, Target)[]> RenstraOf(IndicatorSpec indicator) =>
        Gen.Frequency(
            (1, Gen.Constant(Array.Empty<(string, Target)>())),
            (2, indicator.GradeScale is { } scale
                ? Gen.Elements(scale.Grades.Select(g => g.Key).ToArray()).Select(g => new[] { (indicator.Id, Target.OfGrade(g)) })
                : Figure.Select(v => new[] { (indicator.Id, Target.Of(v)) })));
}

/// <summary>A property over <see cref="ReportArbitraries"/>: each case writes whole documents, so it runs a
/// twentieth of the suite's cases (50 by default) (<c>KINERJA_PROPERTY_RUNS</c> scales it).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ReportPropertyAttribute : PropertyAttribute
{
    public ReportPropertyAttribute()
    {
        MaxTest = Math.Max(1, PropertyRuns.Count / 20);
        Arbitrary = [typeof(ReportArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}
