using Kinerja.Core.Agreements;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Properties;

public class NipProperties
{
    [KinerjaProperty]
    public void Validate_ValidNip_IsValidAndRoundTripsItsFields(ValidNip given)
    {
        var result = Nip.Validate(given.Text);

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Problems);
        var nip = result.Value;
        Assert.Equal(given.Digits, nip.Digits);
        Assert.Equal(given.BirthDate, nip.BirthDate);
        Assert.Equal(given.Appointment, nip.Appointment);
        Assert.Equal(given.Sex, nip.Sex);
        Assert.Equal(given.Sequence, nip.Sequence);
        Assert.Equal(
            given.Digits.Substring(0, 8) + " " + given.Digits.Substring(8, 6) + " " + given.Digits.Substring(14, 1) + " " + given.Digits.Substring(15, 3),
            nip.ToString());
        Assert.Equal(nip, Nip.Parse(nip.ToString()));
        Assert.Equal(nip, Nip.Parse(nip.Digits));
        Assert.True(Nip.TryParse(given.Text, out var parsed));
        Assert.Equal(nip, parsed);
    }

    [KinerjaProperty]
    public void Validate_SingleCorruption_ReportsItsOwnCodeOnly(CorruptNip given)
    {
        var result = Nip.Validate(given.Text, "pihakPertama.nip");

        Assert.False(result.IsValid);
        Assert.All(result.Problems, p => Assert.Equal(Severity.Error, p.Severity));
        Assert.Equal([given.Code], result.Problems.Select(p => p.Code).Distinct());
        Assert.All(result.Problems, p => Assert.Equal("pihakPertama.nip", p.Path));
        Assert.All(result.Problems, p => Assert.Equal(given.Text, p.AttemptedValue));
        Assert.False(Nip.TryParse(given.Text, out var nip));
        Assert.Equal(default, nip);
        Assert.Throws<FormatException>(() => Nip.Parse(given.Text));
    }
}
