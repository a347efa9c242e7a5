using Kinerja.Core.Csv;

namespace Kinerja.Core.Csv.Tests;

/// <summary>
/// What a result tells about the file beside its value: the header as written, the column of each field, and the line of
/// each row read (blank lines and quoted line ends counted as the file has them), so a caller's own checks name the
/// places the reader's problems would.
/// </summary>
public class CsvLayoutTests
{
    private const string Shuffled =
        "\uFEFFNo;Indikator;Realisasi;Target;Triwulan;Polaritas;Agregasi;Sasaran;Unit Kerja;Kecamatan;Kabupaten\r\n" +
        "1;IK1;8;10;1;positif;kumulatif;S1;PEM;BBS;3303\r\n" +
        "\r\n" +
        "2;IK2;\"7\r\n\";10;1;positif;kumulatif;S1;PEM;BBS;3303\r\n" +
        "3;IK3;9;10;1;positif;kumulatif;S1;PEM;BBS;3303\r\n";

    [Fact]
    public void ReadRows_GivesTheHeaderTheColumnsAndEachRowsLine()
    {
        var read = MeasurementCsv.ReadRows(MeasurementCsvTests.Utf8(Shuffled));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(["No", "Indikator", "Realisasi", "Target", "Triwulan", "Polaritas", "Agregasi", "Sasaran", "Unit Kerja", "Kecamatan", "Kabupaten"], read.Header);
        Assert.Equal(
            [11, 10, 9, 8, 2, 6, 7, 5, 4, 0, 3],
            Enum.GetValues<MeasurementColumn>().Select(read.ColumnOf));
        Assert.Equal([2, 4, 6], read.Lines);
        Assert.Equal(["IK1", "IK2", "IK3"], read.Value.Select(r => r.IndicatorId));
    }

    [Fact]
    public void ReadSource_GivesTheHeaderAndColumnsButNoLines()
    {
        var read = MeasurementCsv.ReadSource(MeasurementCsvTests.Utf8(Shuffled));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(11, read.Header.Count);
        Assert.Equal(3, read.ColumnOf(MeasurementColumn.Realisasi));
        Assert.Empty(read.Lines);
    }

    [Fact]
    public void AFileWithProblems_HasNoLinesAndAnUndefinedFieldHasNoColumn()
    {
        var read = MeasurementCsv.ReadRows(MeasurementCsvTests.Utf8(Shuffled.Replace(";8;", ";-x;", StringComparison.Ordinal)));

        Assert.False(read.IsValid);
        Assert.Empty(read.Lines);
        Assert.Throws<InvalidOperationException>(() => read.Value);
        Assert.Equal(["IK2", "IK3"], read.Readable!.Select(r => r.IndicatorId));
        Assert.Equal([4, 6], read.ReadableLines);
        Assert.Equal(0, read.ColumnOf((MeasurementColumn)11));
        Assert.Equal(0, read.ColumnOf((MeasurementColumn)(-1)));
    }

    [Fact]
    public void ReadBudget_GivesTheHeaderAndEachRowsLine_AndNoMeasurementColumns()
    {
        const string budget =
            "kabupaten,kecamatan,unit,program,pagu,tw1,tw2,tw3,tw4\n" +
            "3303,BBS,PEM,P1,1000,100,200,,\n" +
            "\n" +
            "3303,BBS,PEM,P2,500,50,,,\n";

        var read = MeasurementCsv.ReadBudget(MeasurementCsvTests.Utf8(budget));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal("pagu", read.Header[4]);
        Assert.Equal([2, 4], read.Lines);
        Assert.All(Enum.GetValues<MeasurementColumn>(), c => Assert.Equal(0, read.ColumnOf(c)));
    }
}
