using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Sop;

public class MutuBakuWaktuTests
{
    [Theory]
    [InlineData("15 Menit", "15", "15", MutuBakuUnit.Minute)]
    [InlineData("120 menit", "120", "120", MutuBakuUnit.Minute)]
    [InlineData("1 Jam", "1", "1", MutuBakuUnit.Hour)]
    [InlineData("2 Hari", "2", "2", MutuBakuUnit.Day)]
    [InlineData("2 hari", "2", "2", MutuBakuUnit.Day)]
    [InlineData("3 - 5 Hari", "3", "5", MutuBakuUnit.Day)]
    [InlineData("1-2 Hari", "1", "2", MutuBakuUnit.Day)]
    [InlineData("1 – 2 Hari", "1", "2", MutuBakuUnit.Day)]
    [InlineData("3 s.d. 5 hari kerja", "3", "5", MutuBakuUnit.Day)]
    [InlineData("1 Minggu", "1", "1", MutuBakuUnit.Week)]
    [InlineData("0,5 Hari", "0.5", "0.5", MutuBakuUnit.Day)]
    [InlineData("1.5 Jam", "1.5", "1.5", MutuBakuUnit.Hour)]
    public void Parse_SeedForms(string text, string lower, string upper, MutuBakuUnit unit)
    {
        var standard = MutuBakuWaktu.Read(text).Value;
        Assert.Equal(decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture), standard.Lower);
        Assert.Equal(decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture), standard.Upper);
        Assert.Equal(unit, standard.Unit);
        Assert.True(standard.HasLimit);
        Assert.Equal(text.Trim(), standard.Text);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Parse_Dash_IsNone(string? text)
    {
        var standard = MutuBakuWaktu.Read(text).Value;
        Assert.Same(MutuBakuWaktu.None, standard);
        Assert.False(standard.HasLimit);
    }

    [Theory]
    [InlineData("Disesuaikan dengan arahan pimpinan")]
    [InlineData("disesuaikan dengan arahan pimpinan.")]
    [InlineData("  DISESUAIKAN   DENGAN\tARAHAN  PIMPINAN . ")]
    [InlineData("Sesuai arahan pimpinan")]
    [InlineData("Sesuai arahan")]
    [InlineData("sesuai  arahan.")]
    public void Parse_ArahanPimpinan_IsByInstructionKeepingTheText(string text)
    {
        var result = MutuBakuWaktu.Read(text, "steps[2].waktu");

        Assert.Empty(result.Problems);
        var standard = result.Value;
        Assert.Equal(MutuBakuUnit.Instruction, standard.Unit);
        Assert.True(standard.IsByInstruction);
        Assert.False(standard.HasLimit);
        Assert.False(standard.IsRange);
        Assert.Equal(text.Trim(), standard.Text);
        Assert.Equal(text.Trim(), standard.ToString());
        Assert.Equal(MutuBakuWaktu.ByInstruction, standard);
    }

    [Fact]
    public void ByInstruction_HasNoLimitAndPrintsTheSeedsWording()
    {
        var standard = MutuBakuWaktu.ByInstruction;

        Assert.Equal("Disesuaikan dengan arahan pimpinan", standard.Text);
        Assert.True(standard.IsByInstruction);
        Assert.False(standard.HasLimit);
        Assert.NotEqual(MutuBakuWaktu.None, standard);
        Assert.False(MutuBakuWaktu.None.IsByInstruction);
        Assert.False(MutuBakuWaktu.Read("2 Hari").Value.IsByInstruction);
        Assert.Throws<ArgumentOutOfRangeException>(() => MutuBakuWaktu.Of(1m, MutuBakuUnit.Instruction));
    }

    [Theory]
    [InlineData("arahan pimpinan")]
    [InlineData("Disesuaikan")]
    [InlineData("Sesuai arahan pimpinan 2 Hari")]
    [InlineData("Sesuaiarahan")]
    public void Parse_InstructionLookalikes_AreNotAStandard(string text)
    {
        var problem = Assert.Single(MutuBakuWaktu.Read(text).Problems);

        Assert.Equal(ProblemCodes.TimeStandardFormat, problem.Code);
    }

    [Theory]
    [InlineData("segera", ProblemCodes.TimeStandardFormat)]
    [InlineData("15", ProblemCodes.TimeStandardFormat)]
    [InlineData("Menit", ProblemCodes.TimeStandardFormat)]
    [InlineData("2 Bulan", ProblemCodes.TimeStandardFormat)]
    [InlineData("5 - 3 Hari", ProblemCodes.TimeStandardRange)]
    [InlineData("0 Menit", ProblemCodes.TimeStandardRange)]
    public void Parse_AnythingElse_IsAClearError(string text, string code)
    {
        var result = MutuBakuWaktu.Read(text, "steps[3].waktu");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal("steps[3].waktu", problem.Path);
        Assert.Equal(text, problem.AttemptedValue);
        Assert.Contains(text, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_FormatsLikeTheSeeds()
    {
        Assert.Equal("3 - 5 Hari", MutuBakuWaktu.Between(3m, 5m, MutuBakuUnit.Day).ToString());
        Assert.Equal("0,5 Hari", MutuBakuWaktu.Of(0.5m, MutuBakuUnit.Day).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => MutuBakuWaktu.Of(0m, MutuBakuUnit.Minute));
        Assert.Throws<ArgumentOutOfRangeException>(() => MutuBakuWaktu.Of(1m, MutuBakuUnit.None));
    }
}
