using Kinerja.Core.Agreements;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Tests.Agreements;

public class NipTests
{
    [Fact]
    public void Validate_ValidNipWithSpaces_ReadsEveryPart()
    {
        var result = Nip.Validate("19780312 200501 1 003");
        Assert.True(result.IsValid);
        var nip = result.Value;
        Assert.Equal("197803122005011003", nip.Digits);
        Assert.Equal(new LocalDate(1978, 3, 12), nip.BirthDate);
        Assert.Equal(new YearMonth(2005, 1), nip.Appointment);
        Assert.Equal(NipSex.Male, nip.Sex);
        Assert.Equal(3, nip.Sequence);
        Assert.Equal("19780312 200501 1 003", nip.ToString());
    }

    [Theory]
    [InlineData("1978031220050110", ProblemCodes.NipLength)]
    [InlineData("1978031220050110031", ProblemCodes.NipLength)]
    [InlineData("1978031220050O1003", ProblemCodes.NipCharacter)]
    [InlineData("197802302005011003", ProblemCodes.NipBirthDate)]
    [InlineData("197813122005011003", ProblemCodes.NipBirthDate)]
    [InlineData("197803122005131003", ProblemCodes.NipAppointment)]
    [InlineData("197803121990011003", ProblemCodes.NipAppointmentAge)]
    [InlineData("197803122005013003", ProblemCodes.NipSex)]
    [InlineData("197803122005011000", ProblemCodes.NipSequence)]
    [InlineData("", ProblemCodes.Required)]
    [InlineData("   ", ProblemCodes.Required)]
    public void Validate_EachWayWrong_GivesItsOwnCode(string text, string code)
    {
        var result = Nip.Validate(text, "pihakPertama.nip");
        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal("pihakPertama.nip", problem.Path);
        Assert.Equal(text, problem.AttemptedValue);
    }

    [Fact]
    public void Validate_SeveralIndependentFaults_ReportsAllAtOnce()
    {
        // Birth date 30 February, appointment month 13, sex 5, sequence 000.
        var result = Nip.Validate("197802302005135000");
        Assert.Equal(
            new[] { ProblemCodes.NipBirthDate, ProblemCodes.NipAppointment, ProblemCodes.NipSex, ProblemCodes.NipSequence },
            result.Problems.Select(p => p.Code).ToArray());
    }

    [Fact]
    public void Validate_Messages_NameValueInBothLanguages()
    {
        var problem = Nip.Validate("197803122005013003").Problems.Single();
        Assert.Contains("197803122005013003", problem.Message, StringComparison.Ordinal);
        Assert.Contains("laki-laki", problem.Message, StringComparison.Ordinal);
        Assert.Contains("should be 1 (male) or 2 (female)", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithReason()
    {
        var e = Assert.Throws<FormatException>(() => Nip.Parse("123"));
        Assert.Contains("18", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Nip.Parse(null!));
    }

    [Fact]
    public void TryParse_ValidAndInvalid()
    {
        Assert.True(Nip.TryParse("198507242010012015", out var nip));
        Assert.Equal(NipSex.Female, nip.Sex);
        Assert.False(Nip.TryParse("abc", out _));
    }

    [Fact]
    public void Default_HasNoNumber()
    {
        Assert.Equal(string.Empty, default(Nip).ToString());
        Assert.Throws<InvalidOperationException>(() => default(Nip).BirthDate);
    }
}
