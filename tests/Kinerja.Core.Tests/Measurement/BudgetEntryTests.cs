using Kinerja.Core.Budget;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Serialization;
using Kinerja.Core.Tests.Properties;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Measurement;

/// <summary>
/// D48, issue 15: "A budget entered cumulatively (the realisasi anggaran s.d. TW II, as Indonesian reports print it) is
/// taken as the quarter's own amount: Cirebon-style reporting gives 62.52 % instead of 57.79 %, silently." The way the
/// amounts are entered is said once per measurement set; the figures entered are kept, the rules get each quarter's own.
/// </summary>
public class BudgetEntryTests
{
    // The issue's figures, rebuilt (the Cirebon source was not found): the sample PK's program P1 has a pagu of
    // Rp 400.000.000. Spent s.d. TW I Rp 18.920.000 (4,73 %), s.d. TW II Rp 231.160.000 (57,79 %).
    // Taken as TW II's own amount, the cumulative figure counts TW I twice:
    // (18.920.000 + 231.160.000) / 400.000.000 = 250.080.000 / 400.000.000 = 62,52 %.
    // Entered cumulatively, TW II's own amount is 231.160.000 − 18.920.000 = 212.240.000 and
    // s.d. TW II is 231.160.000 / 400.000.000 = 57,79 %.
    private const decimal ToTwI = 18_920_000m;
    private const decimal ToTwII = 231_160_000m;

    [Fact]
    public void Cumulative_IssueCase_SerapanToTwIIIs5779NotThe6252OfPerQuarterReading()
    {
        var pk = SamplePk.Build();
        var cumulative = MeasurementSet.CreateBuilder(pk).WithBudgetEntry(BudgetEntryMode.Cumulative)
            .AddBudget("P1", 1, ToTwI).AddBudget("P1", 2, ToTwII).Build().Value;
        var misread = MeasurementSet.CreateBuilder(pk)
            .AddBudget("P1", 1, ToTwI).AddBudget("P1", 2, ToTwII).Build().Value;

        var right = SerapanCalculator.Evaluate(pk, cumulative).Single();
        var wrong = SerapanCalculator.Evaluate(pk, misread).Single();

        Assert.Equal(57.79m, right[Triwulan.II].CumulativeSerapan.Value);
        Assert.Equal(212_240_000m, right[Triwulan.II].Realisasi);
        Assert.Equal(53.06m, right[Triwulan.II].Serapan.Value);
        Assert.Equal(62.52m, wrong[Triwulan.II].CumulativeSerapan.Value);
    }

    [Fact]
    public void Cumulative_EnteredFiguresKept_QuarterAmountsDerived()
    {
        var set = MeasurementSet.CreateBuilder(SamplePk.Build()).WithBudgetEntry(BudgetEntryMode.Cumulative)
            .AddBudget("P1", 2, ToTwII, "s.d. TW II").AddBudget("P1", 1, ToTwI).Build().Value;

        Assert.Equal(BudgetEntryMode.Cumulative, set.BudgetEntry);
        var twII = set.FindBudget("P1", Triwulan.II)!;
        Assert.Equal((212_240_000m, ToTwII, "s.d. TW II"), (twII.Amount, twII.EnteredAmount, twII.Note));
        Assert.Equal((ToTwI, ToTwI), (set.FindBudget("P1", Triwulan.I)!.Amount, set.FindBudget("P1", Triwulan.I)!.EnteredAmount));
        Assert.Equal([ToTwII, ToTwI], set.Budget.Select(b => b.EnteredAmount)); // in the order entered
    }

    [Fact]
    public void PerTriwulan_Default_EnteredIsTheAmount()
    {
        var set = MeasurementSet.CreateBuilder(SamplePk.Build()).AddBudget("P1", 1, 5m).Build().Value;

        Assert.Equal(BudgetEntryMode.PerTriwulan, set.BudgetEntry);
        Assert.Equal((5m, 5m), (set.Budget[0].Amount, set.Budget[0].EnteredAmount));
    }

    [Fact]
    public void Cumulative_Decreasing_IsAProblemNamingProgramQuartersAndBothFigures()
    {
        var result = MeasurementSet.CreateBuilder(SamplePk.Build()).WithBudgetEntry(BudgetEntryMode.Cumulative)
            .AddBudget("P1", 1, 150_000_000m).AddBudget("P1", 2, 100_000_000m).Build();

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.AmountCumulativeDecreasing, "anggaran[1].amount", "100000000"), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal(
            "anggaran[1].amount: realisasi anggaran program P1 s.d. TW II (Rp 100000000) lebih kecil daripada s.d. TW I (Rp 150000000); angka kumulatif tidak boleh turun.",
            problem.GetMessage(MessageLanguage.Indonesian));
        Assert.Equal(
            "anggaran[1].amount: realisasi anggaran of program P1 to TW II (Rp 100000000) is less than to TW I (Rp 150000000); a cumulative figure cannot decrease.",
            problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Cumulative_Decreasing_ReportedTogetherWithARealisasiProblem()
    {
        var result = MeasurementSet.CreateBuilder(SamplePk.Build()).WithBudgetEntry(BudgetEntryMode.Cumulative)
            .AddRealisasi("IK1", 1, -1m)
            .AddBudget("P1", 1, 150_000_000m).AddBudget("P1", 2, 100_000_000m).Build();

        Assert.Equal([ProblemCodes.RealisasiNegative, ProblemCodes.AmountCumulativeDecreasing], result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Cumulative_AfterAnUnreportedQuarter_IsAProblemNotAGuess()
    {
        var result = MeasurementSet.CreateBuilder(SamplePk.Build()).WithBudgetEntry(BudgetEntryMode.Cumulative)
            .AddBudget("P1", 1, 10m).AddBudget("P1", 3, 30m).Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.AmountCumulativeGap, "anggaran[1].amount", "30"), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Contains("s.d. TW II", problem.GetMessage(MessageLanguage.Indonesian), StringComparison.Ordinal);
        Assert.Contains("TW III's own amount", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Cumulative_AbovePagu_WarnsWithTheFigureToDate()
    {
        var result = MeasurementSet.CreateBuilder(SamplePk.Build()).WithBudgetEntry(BudgetEntryMode.Cumulative)
            .AddBudget("P1", 1, 100_000_000m).AddBudget("P1", 2, 250_000_000m).AddBudget("P1", 3, 412_000_000m).Build();

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.AmountExceedsPagu, "anggaran[2].amount", "412000000"), (warning.Code, warning.Path, warning.AttemptedValue));
    }

    [Fact]
    public void WithBudgetEntry_Undefined_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("mode", () => MeasurementSet.CreateBuilder(SamplePk.Build()).WithBudgetEntry((BudgetEntryMode)5));

    [Fact]
    public void Json_Cumulative_WritesTheFiguresAsEnteredAndReadsThemBack()
    {
        var pk = SamplePk.Build();
        var set = MeasurementSet.CreateBuilder(pk).WithBudgetEntry(BudgetEntryMode.Cumulative)
            .AddBudget("P1", 1, ToTwI).AddBudget("P1", 2, ToTwII).Build().Value;

        var json = KinerjaJson.Write(set);
        var read = KinerjaJson.ReadMeasurementSet(json, pk).Value;

        Assert.Contains("\"budgetEntry\": \"cumulative\"", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 231160000", json, StringComparison.Ordinal);
        Assert.Equal(BudgetEntryMode.Cumulative, read.BudgetEntry);
        Assert.Equal(set.Budget.Select(b => (b.ProgramId, b.Triwulan, b.Amount, b.EnteredAmount)), read.Budget.Select(b => (b.ProgramId, b.Triwulan, b.Amount, b.EnteredAmount)));
        Assert.Equal(json, KinerjaJson.Write(read));
    }

    [Fact]
    public void Json_WithoutBudgetEntry_ReadsAsPerQuarter_AsBeforeD48()
    {
        var pk = SamplePk.Build();
        var json = KinerjaJson.Write(MeasurementSet.CreateBuilder(pk).AddBudget("P1", 1, ToTwI).AddBudget("P1", 2, ToTwII).Build().Value);

        Assert.DoesNotContain("budgetEntry", json, StringComparison.Ordinal);
        var read = KinerjaJson.ReadMeasurementSet(json, pk).Value;
        Assert.Equal(BudgetEntryMode.PerTriwulan, read.BudgetEntry);
        Assert.Equal(ToTwII, read.FindBudget("P1", Triwulan.II)!.Amount);
    }

    [Fact]
    public void Json_BudgetEntryUnknown_IsAProblemAtItsPath()
    {
        var pk = SamplePk.Build();
        var json = KinerjaJson.Write(MeasurementSet.CreateBuilder(pk).WithBudgetEntry(BudgetEntryMode.Cumulative).AddBudget("P1", 1, 1m).Build().Value)
            .Replace("\"cumulative\"", "\"kumulatif\"", StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadMeasurementSet(json, pk).Problems);
        Assert.Equal("$.budgetEntry", problem.Path);
        Assert.Contains("kumulatif", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToBuilder_KeepsTheModeAndTheFiguresEntered()
    {
        var pk = SamplePk.Build();
        var set = MeasurementSet.CreateBuilder(pk).WithBudgetEntry(BudgetEntryMode.Cumulative).AddBudget("P1", 1, ToTwI).AddBudget("P1", 2, ToTwII).Build().Value;

        var again = set.ToBuilder(pk).AddBudget("P1", 3, 300_000_000m).Build().Value;

        Assert.Equal(BudgetEntryMode.Cumulative, again.BudgetEntry);
        Assert.Equal([ToTwI, ToTwII, 300_000_000m], again.Budget.Select(b => b.EnteredAmount));
        Assert.Equal(68_840_000m, again.FindBudget("P1", Triwulan.III)!.Amount);
    }

    [Fact]
    public void RecapRows_Budget_TakesEachQuartersOwnAmount()
    {
        var pk = SamplePk.Build();
        var set = MeasurementSet.CreateBuilder(pk).WithBudgetEntry(BudgetEntryMode.Cumulative).AddBudget("P1", 1, ToTwI).AddBudget("P1", 2, ToTwII).Build().Value;

        var row = Assert.Single(RecapRows.Budget(pk, set, "3303", "3303-BBS"));

        Assert.Equal(new decimal?[] { ToTwI, 212_240_000m, null, null }, row.Realisasi);
    }

    [Fact]
    public void BudgetMeasurementFromCumulative_IssueCase_GivesTwIIsOwnAmount()
    {
        var row = BudgetMeasurement.FromCumulative("3303", "BBS", "PEM", "P1", 400_000_000m, ToTwI, ToTwII, null, null);

        Assert.True(row.IsValid, row.ToString());
        Assert.Equal(new decimal?[] { ToTwI, 212_240_000m, null, null }, row.Value.Realisasi);
        Assert.Equal(new decimal?[] { ToTwI, ToTwII, null, null }, row.Value.ToCumulative());
    }

    [Fact]
    public void BudgetMeasurementFromCumulative_DecreasingGapAndNegative_AreEveryProblemAtItsQuarter()
    {
        var row = BudgetMeasurement.FromCumulative("3303", "BBS", "PEM", "P1", 400m, 150m, 100m, null, 300m);
        var negative = BudgetMeasurement.FromCumulative("3303", "BBS", "PEM", "P1", -1m, 5m, -2m, null, null);

        Assert.Equal(
            [(ProblemCodes.AmountCumulativeDecreasing, "tw2", "100"), (ProblemCodes.AmountCumulativeGap, "tw4", "300")],
            row.Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
        Assert.Equal(
            "tw2: realisasi anggaran program P1 s.d. TW II (Rp 100) lebih kecil daripada s.d. TW I (Rp 150); angka kumulatif tidak boleh turun.",
            row.Problems[0].GetMessage(MessageLanguage.Indonesian));
        Assert.Equal([("pagu", "-1"), ("tw2", "-2")], negative.Problems.Select(p => (p.Path, p.AttemptedValue)));
        Assert.All(negative.Problems, p => Assert.Equal(ProblemCodes.AmountNegative, p.Code));
    }

    [Fact]
    public void BudgetMeasurementToCumulative_QuarterAfterAnUnreportedOne_ThrowsNamingProgramAndQuarters()
    {
        var row = new BudgetMeasurement("3303", "BBS", "PEM", "P1", 400m, 10m, null, 30m, null);

        var e = Assert.Throws<InvalidOperationException>(() => row.ToCumulative());

        Assert.Equal("Program P1: TW III (Rp 30) is reported after TW II, which is not, so the figure to TW III is not known.", e.Message);
    }

    [Fact]
    public void BudgetMeasurementToCumulative_BeyondDecimal_Throws()
    {
        var row = new BudgetMeasurement("3303", "BBS", "PEM", "P1", 0m, decimal.MaxValue, 1m, null, null);

        var e = Assert.Throws<InvalidOperationException>(() => row.ToCumulative());

        Assert.Contains("TW II", e.Message, StringComparison.Ordinal);
    }
}

/// <summary>D48 as properties: entering each quarter's own amounts, or the same money cumulatively, is one measurement.</summary>
public class BudgetEntryProperties
{
    [KinerjaProperty]
    public void Cumulative_PrefixSumsOfTheQuarters_GiveTheSameQuartersAndSerapan(QuarterAmounts quarters)
    {
        var pk = SamplePk.Build();
        var perQuarter = MeasurementSet.CreateBuilder(pk);
        var cumulative = MeasurementSet.CreateBuilder(pk).WithBudgetEntry(BudgetEntryMode.Cumulative);
        var total = 0m;
        var gap = false;
        var missingBefore = false;
        var entered = new List<decimal>();
        for (var q = 1; q <= 4; q++)
        {
            if (quarters.Amounts[q - 1] is not { } amount)
            {
                missingBefore = true;
                continue;
            }

            gap |= missingBefore;
            total += amount;
            perQuarter.AddBudget("P1", q, amount);
            cumulative.AddBudget("P1", q, total);
            entered.Add(total);
        }

        var a = perQuarter.Build();
        var b = cumulative.Build();
        if (gap)
        {
            Assert.False(b.IsValid);
            Assert.All(b.Problems.Where(p => p.Severity == Severity.Error), p => Assert.Equal(ProblemCodes.AmountCumulativeGap, p.Code));
            return;
        }

        Assert.True(b.IsValid, string.Join("; ", b.Problems));
        Assert.Equal(a.Problems.Select(p => (p.Code, p.Path)), b.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal(a.Value.Budget.Select(x => (x.Triwulan, x.Amount)), b.Value.Budget.Select(x => (x.Triwulan, x.Amount)));
        Assert.Equal(entered, b.Value.Budget.Select(x => x.EnteredAmount));
        var sa = SerapanCalculator.Evaluate(pk, a.Value).Single();
        var sb = SerapanCalculator.Evaluate(pk, b.Value).Single();
        foreach (var t in Triwulan.All)
        {
            Assert.Equal((sa[t].Realisasi, sa[t].CumulativeRealisasi, sa[t].Serapan, sa[t].CumulativeSerapan), (sb[t].Realisasi, sb[t].CumulativeRealisasi, sb[t].Serapan, sb[t].CumulativeSerapan));
        }

        var read = KinerjaJson.ReadMeasurementSet(KinerjaJson.Write(b.Value), pk).Value;
        Assert.Equal(entered, read.Budget.Select(x => x.EnteredAmount));
    }

    /// <summary>Four cumulative figures are valid exactly when they never decrease; each decrease is one problem at its entry.</summary>
    [KinerjaProperty]
    public void Cumulative_AnyFourFigures_EachDecreaseIsOneProblem(QuarterAmounts quarters)
    {
        var figures = quarters.Amounts.Select(a => a ?? 0m).ToArray();
        var builder = MeasurementSet.CreateBuilder(SamplePk.Build()).WithBudgetEntry(BudgetEntryMode.Cumulative);
        for (var q = 1; q <= 4; q++)
        {
            builder.AddBudget("P1", q, figures[q - 1]);
        }

        var decreases = Enumerable.Range(1, 3).Where(i => figures[i] < figures[i - 1]).Select(i => "anggaran[" + i + "].amount").ToArray();
        var result = builder.Build();

        Assert.Equal(decreases, result.Problems.Where(p => p.Code == ProblemCodes.AmountCumulativeDecreasing).Select(p => p.Path));
        Assert.Equal(decreases.Length == 0, result.IsValid);
    }

    /// <summary>The public entry point and a measurement set of the cumulative mode convert alike, and
    /// <see cref="BudgetMeasurement.ToCumulative"/> undoes <see cref="BudgetMeasurement.FromCumulative"/>.</summary>
    [KinerjaProperty]
    public void BudgetMeasurementFromCumulative_AgreesWithTheMeasurementSetAndRoundTrips(QuarterAmounts quarters)
    {
        var pk = SamplePk.Build();
        var figures = quarters.Amounts;
        var builder = MeasurementSet.CreateBuilder(pk).WithBudgetEntry(BudgetEntryMode.Cumulative);
        for (var q = 1; q <= 4; q++)
        {
            if (figures[q - 1] is { } f)
            {
                builder.AddBudget("P1", q, f);
            }
        }

        var set = builder.Build();
        var row = BudgetMeasurement.FromCumulative("3303", "3303-BBS", "PEM", "P1", 400_000_000m, figures[0], figures[1], figures[2], figures[3]);

        Assert.Equal(set.IsValid, row.IsValid);
        Assert.Equal(set.Errors.Select(p => p.Code), row.Errors.Select(p => p.Code));
        if (row.IsValid)
        {
            Assert.Equal(RecapRows.Budget(pk, set.Value, "3303", "3303-BBS").Single(b => b.ProgramId == "P1").Realisasi, row.Value.Realisasi);
            Assert.Equal(figures, row.Value.ToCumulative());
        }
    }
}
