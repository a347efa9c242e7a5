using Kinerja.Core.Recap;
using static Kinerja.Core.Csv.Tests.MeasurementCsvTests;

namespace Kinerja.Core.Csv.Tests;

public class BudgetCsvTests
{
    private const string Indicators =
        "kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n" +
        "3303,BBS,PEM,S1,IK1,Positive,CumulativeSum,1,10,10,8\n" +
        "3303,BBS,TRA,S2,IK3,KeepStable,Average,1,10,12,11\n";

    private const string Budget =
        "Kabupaten;Kecamatan;Unit Kerja;Program;Pagu;Realisasi TW I;Realisasi TW II;Realisasi TW III;Realisasi TW IV\r\n" +
        "3303;BBS;PEM;5.01.01;400.000.000,00;100.000.000,5;;;\r\n" +
        "3303;BBS;TRA;5.01.02;1.500.000;250.000;0;;\r\n";

    [Fact]
    public void ReadBudget_IndonesianFile_ReadsAmountsWithThousandsAndDecimalComma()
    {
        var read = MeasurementCsv.ReadBudget(Utf8(Budget, bom: true));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(("5.01.01", 400_000_000m, (decimal?)100_000_000.5m, (decimal?)null), (read.Value[0].ProgramId, read.Value[0].Pagu, read.Value[0].Realisasi[0], read.Value[0].Realisasi[1]));
        Assert.Equal(1_500_000m, read.Value[1].Pagu);
    }

    [Fact]
    public void ReadSourceWithBudget_GivesTheRecapOfTheRowsAndTheBudget()
    {
        var rows = MeasurementCsv.ReadRows(Utf8(Indicators)).Value;
        var budget = MeasurementCsv.ReadBudget(Utf8(Budget)).Value;

        var read = MeasurementCsv.ReadSourceWithBudget(Utf8(Indicators), Utf8(Budget));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(2, read.Value.BudgetCount);
        Assert.Equal(RecapCalculator.Build(rows, budget, RecapPolicy.Default).Value, RecapCalculator.Build(read.Value, RecapPolicy.Default));
    }

    [Fact]
    public void ReadSourceWithBudget_IndicatorsScatteringAUnit_AreReadAgainWithTheBudget()
    {
        // PEM comes back after TRA: the indicator file is read a second time, and the budget goes into that source.
        var scattered = Indicators + "3303,BBS,PEM,S1,IK1,Positive,CumulativeSum,2,10,10,9\n";
        var rows = MeasurementCsv.ReadRows(Utf8(scattered)).Value;
        var budget = MeasurementCsv.ReadBudget(Utf8(Budget)).Value;

        var read = MeasurementCsv.ReadSourceWithBudget(Utf8(scattered), Utf8(Budget));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal((3, 2), (read.Value.MeasurementCount, read.Value.BudgetCount));
        Assert.Equal(RecapCalculator.Build(rows, budget, RecapPolicy.Default).Value, RecapCalculator.Build(read.Value, RecapPolicy.Default));
    }

    [Fact]
    public void ReadSourceWithBudget_Problems_NameTheirFileLineAndColumn()
    {
        const string budget =
            "kabupaten,kecamatan,unit,program,pagu,tw1,tw2,tw3,tw4\n" +
            "3303,BBS,PEM,P1,400,100,,,\n" +
            "3303,BBS,PEM,P1,100,10,,,\n" +
            "3303,BBS,PEM,P2,-5,,,,\n" +
            "3303,BBS,PEM,P3,,,,,\n";
        var indicators = Indicators.Replace(",8\n", ",-8\n", StringComparison.Ordinal);

        var read = MeasurementCsv.ReadSourceWithBudget(Utf8(indicators), Utf8(budget));

        Assert.Equal(
            [("indicators", 2, 11, "realisasi.negative"), ("budget", 3, 4, "duplicate"), ("budget", 4, 5, "amount.negative"), ("budget", 5, 5, "csv.cell")],
            read.Problems.Select(p => (p.File, p.Line, p.Column, p.Code)).ToArray());
        Assert.Equal(4, read.ProblemCount);
        Assert.StartsWith("budget: baris 3, kolom 4 (program): 'P1' ", read.Problems[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBudget_ThenReadBudget_GivesTheRowsBack()
    {
        var rows = MeasurementCsv.ReadBudget(Utf8(Budget)).Value;
        foreach (var options in new[] { MeasurementCsvOptions.Default, new MeasurementCsvOptions { Separator = ';', DecimalStyle = CsvDecimalStyle.Comma, Names = CsvNames.Indonesian } })
        {
            var writer = new StringWriter();
            MeasurementCsv.WriteBudget(writer, rows, options);

            var back = MeasurementCsv.ReadBudget(Utf8(writer.ToString()), options with { Separator = null });

            Assert.True(back.IsValid, string.Join("\n", back.Problems));
            Assert.Equal(rows.Select(r => (r.KabupatenCode, r.ProgramId, r.Pagu, string.Join("|", r.Realisasi))), back.Value.Select(r => (r.KabupatenCode, r.ProgramId, r.Pagu, string.Join("|", r.Realisasi))));
        }
    }
}
