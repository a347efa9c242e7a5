using System.Globalization;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Tests.Properties;
using static Kinerja.Core.Csv.Tests.MeasurementCsvTests;

namespace Kinerja.Core.Csv.Tests;

/// <summary>D48 in the budget file: a file kept cumulatively (realisasi anggaran s.d. triwulan), read as quarter amounts.</summary>
public class CumulativeBudgetCsvTests
{
    private const string Indicators =
        "kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n" +
        "3303,BBS,PEM,S1,IK1,Positive,CumulativeSum,1,10,10,8\n";

    // The issue's figures (docs/budget.md): s.d. TW I Rp 18.920.000, s.d. TW II Rp 231.160.000 on a pagu of Rp 400.000.000.
    private const string Budget =
        "Kabupaten;Kecamatan;Unit Kerja;Program;Pagu;Realisasi TW1;Realisasi TW2;Realisasi TW3;Realisasi TW4\n" +
        "3303;BBS;PEM;5.01.01;400.000.000;18.920.000;231.160.000;;\n";

    private static readonly MeasurementCsvOptions Cumulative = new() { BudgetEntry = BudgetEntryMode.Cumulative };

    [Fact]
    public void ReadBudget_Cumulative_IssueCase_TwIIOwnAmountAndSerapan5779()
    {
        var read = MeasurementCsv.ReadBudget(Utf8(Budget), Cumulative);
        var source = MeasurementCsv.ReadSourceWithBudget(Utf8(Indicators), Utf8(Budget), Cumulative);
        var misread = MeasurementCsv.ReadSourceWithBudget(Utf8(Indicators), Utf8(Budget));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(new decimal?[] { 18_920_000m, 212_240_000m, null, null }, read.Value.Single().Realisasi);
        var unit = new RecapKey(RecapLevel.Unit, "3303", "BBS", "PEM");
        var toTwII = new RecapPeriod(Triwulan.II, cumulative: true);
        var serapan = RecapCalculator.Build(source.Value, RecapPolicy.Default).FindBudget(unit, toTwII)!.Serapan!.Value;
        var wrong = RecapCalculator.Build(misread.Value, RecapPolicy.Default).FindBudget(unit, toTwII)!.Serapan!.Value;
        Assert.Equal("57,79", Math.Round(serapan, 2).ToString("0.00", CultureInfo.GetCultureInfo("id-ID")));
        Assert.Equal("62,52", Math.Round(wrong, 2).ToString("0.00", CultureInfo.GetCultureInfo("id-ID")));
    }

    [Fact]
    public void ReadBudget_CumulativeDecreasing_IsAProblemOfTheCellNamingBothQuartersAndFigures()
    {
        const string budget =
            "kabupaten,kecamatan,unit,program,pagu,tw1,tw2,tw3,tw4\n" +
            "3303,BBS,PEM,P1,400,150,100,,\n" +
            "3303,BBS,PEM,P2,400,10,20,30,\n";

        var read = MeasurementCsv.ReadBudget(Utf8(budget), Cumulative);

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("amount.cumulative-decreasing", 2, 7, "tw2", "100"), (problem.Code, problem.Line, problem.Column, problem.ColumnName, problem.Value));
        Assert.Equal(
            "baris 2, kolom 7 (tw2): '100' realisasi anggaran program P1 s.d. TW II (Rp 100) lebih kecil daripada s.d. TW I (Rp 150); angka kumulatif tidak boleh turun. / " +
            "line 2, column 7 (tw2): '100' realisasi anggaran of program P1 to TW II (Rp 100) is less than to TW I (Rp 150); a cumulative figure cannot decrease.",
            problem.ToString());
        Assert.False(read.IsValid);
    }

    [Fact]
    public void ReadSourceWithBudget_CumulativeAfterAnEmptyQuarter_IsAProblemOfTheBudgetFile()
    {
        const string budget =
            "kabupaten;kecamatan;unit kerja;program;pagu;realisasi tw I;realisasi tw II;realisasi tw III;realisasi tw IV\n" +
            "3303;BBS;PEM;P1;400.000.000;100.000.000;;250.000.000,50;\n";

        var read = MeasurementCsv.ReadSourceWithBudget(Utf8(Indicators), Utf8(budget), Cumulative);

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("budget", "amount.cumulative-gap", 2, 8, "realisasi tw III", "250.000.000,50"), (problem.File, problem.Code, problem.Line, problem.Column, problem.ColumnName, problem.Value));
        Assert.Equal(
            "realisasi anggaran program P1 s.d. TW III (Rp 250000000.50) diisi kumulatif, tetapi s.d. TW II tidak dilaporkan, sehingga realisasi TW III sendiri tidak dapat dihitung; isi juga angka s.d. TW II.",
            problem.Indonesian);
        Assert.StartsWith("realisasi anggaran of program P1 to TW III (Rp 250000000.50) is entered cumulatively", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BudgetEntryUndefined_ThrowsNamingTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new MeasurementCsvOptions { BudgetEntry = (BudgetEntryMode)2 });

        Assert.Equal((BudgetEntryMode)2, e.ActualValue);
        Assert.Equal(BudgetEntryMode.PerTriwulan, MeasurementCsvOptions.Default.BudgetEntry);
    }

    [Fact]
    public void WriteBudget_Cumulative_WritesTheFiguresToDateAndReadsBack()
    {
        var rows = MeasurementCsv.ReadBudget(Utf8(Budget), Cumulative).Value;
        var options = Cumulative with { Separator = ';', DecimalStyle = CsvDecimalStyle.Comma, Names = CsvNames.Indonesian };
        var writer = new StringWriter();

        MeasurementCsv.WriteBudget(writer, rows, options);

        Assert.Equal(
            "kabupaten;kecamatan;unit kerja;program;pagu;realisasi tw1;realisasi tw2;realisasi tw3;realisasi tw4\n3303;BBS;PEM;5.01.01;400000000;18920000;231160000;;\n",
            writer.ToString());
        var back = MeasurementCsv.ReadBudget(Utf8(writer.ToString()), options);
        Assert.Equal(rows.Single().Realisasi, back.Value.Single().Realisasi);
    }

    [Fact]
    public void WriteBudget_CumulativeQuarterAfterAnEmptyOne_ThrowsNamingTheRowAndWritesNothing()
    {
        var rows = new[]
        {
            new BudgetMeasurement("3303", "BBS", "PEM", "P1", 400m, 10m, 20m, null, null),
            new BudgetMeasurement("3303", "BBS", "PEM", "P2", 400m, 10m, null, 30m, null),
        };
        var writer = new StringWriter();

        var e = Assert.Throws<ArgumentException>(() => MeasurementCsv.WriteBudget(writer, rows, Cumulative));

        Assert.Equal("rows", e.ParamName);
        Assert.StartsWith("rows[1] cannot be written cumulatively: Program P2: TW III (Rp 30) is reported after TW II", e.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, writer.ToString());
    }
}

/// <summary>D48 as a property of the CSV budget file: the same money written per quarter or cumulatively reads as one source.</summary>
public class CumulativeBudgetCsvProperties
{
    private static readonly IndicatorMeasurement[] IndicatorRows =
        [new("3303", "BBS", "PEM", "S1", "IK1", Agreements.Polarity.Positive, Agreements.AggregationMethod.CumulativeSum, 1, 10m, 10m, 8m)];

    [KinerjaProperty]
    public void WriteBudget_CumulativeThenRead_GivesTheSourceOfThePerQuarterFile(QuarterAmounts first, QuarterAmounts second, bool comma)
    {
        // Each program's quarters up to its first unreported one: a cumulative file cannot hold a figure after a gap
        // (WriteBudget_CumulativeQuarterAfterAnEmptyOne_ThrowsNamingTheRowAndWritesNothing).
        static decimal?[] Gapless(QuarterAmounts q) => [.. q.Amounts.Select((a, i) => q.Amounts.Take(i + 1).Any(x => x is null) ? null : a)];
        var a = Gapless(first);
        var b = Gapless(second);
        var rows = new[]
        {
            new BudgetMeasurement("3303", "BBS", "PEM", "P1", 400_000_000m, a[0], a[1], a[2], a[3]),
            new BudgetMeasurement("3303", "BBS", "PEM", "P2", 750_000_000m, b[0], b[1], b[2], b[3]),
        };
        var options = comma ? new MeasurementCsvOptions { Separator = ';', DecimalStyle = CsvDecimalStyle.Comma, Names = CsvNames.Indonesian } : MeasurementCsvOptions.Default;
        var perQuarter = new StringWriter();
        var cumulative = new StringWriter();
        MeasurementCsv.WriteBudget(perQuarter, rows, options);
        MeasurementCsv.WriteBudget(cumulative, rows, options with { BudgetEntry = BudgetEntryMode.Cumulative });

        var indicators = new StringWriter();
        MeasurementCsv.Write(indicators, IndicatorRows, options);

        var p = MeasurementCsv.ReadSourceWithBudget(Utf8(indicators.ToString()), Utf8(perQuarter.ToString()), options);
        var c = MeasurementCsv.ReadSourceWithBudget(Utf8(indicators.ToString()), Utf8(cumulative.ToString()), options with { BudgetEntry = BudgetEntryMode.Cumulative });
        var budget = MeasurementCsv.ReadBudget(Utf8(cumulative.ToString()), options with { BudgetEntry = BudgetEntryMode.Cumulative });

        Assert.True(c.IsValid, string.Join("\n", c.Problems) + "\n" + cumulative);
        Assert.True(p.IsValid, string.Join("\n", p.Problems));
        Assert.Equal(rows.Select(r => r.Realisasi), budget.Value.Select(r => r.Realisasi));
        Assert.Equal(RecapCalculator.Build(p.Value, RecapPolicy.Default), RecapCalculator.Build(c.Value, RecapPolicy.Default));
    }
}
