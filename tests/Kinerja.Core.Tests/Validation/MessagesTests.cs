using System.Reflection;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Validation;

public class MessagesTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add((string)field.GetValue(null)!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_HasATemplateInBothLanguagesNamingPath(string code)
    {
        var problem = new ValidationProblem(code, "the.path", "v", Severity.Error, "a0", "a1", "a2", "a3", "a4");
        var indonesian = problem.GetMessage(MessageLanguage.Indonesian);
        var english = problem.GetMessage(MessageLanguage.English);
        Assert.Contains("the.path", indonesian, StringComparison.Ordinal);
        Assert.Contains("the.path", english, StringComparison.Ordinal);
        Assert.DoesNotContain("masalah '", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("problem '", english, StringComparison.Ordinal);
        Assert.DoesNotContain("{", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("{", english, StringComparison.Ordinal);
        Assert.NotEqual(indonesian, english);
    }

    [Fact]
    public void UnknownCode_StillNamesPathAndValue()
    {
        var problem = new ValidationProblem("host.custom", "field", "x", Severity.Warning);
        Assert.Equal("field: masalah 'host.custom' pada nilai 'x'.", problem.Message);
        Assert.Equal("Warning host.custom at field: field: masalah 'host.custom' pada nilai 'x'.", problem.ToString());
    }

    [Fact]
    public void ValidationResult_ValidWithNullValue_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ValidationResult<string>(null, []));

    [Fact]
    public void ValidationResult_WarningsOnly_IsValid()
    {
        var result = new ValidationResult<string>("x", [new ValidationProblem("w", "p", null, Severity.Warning)]);
        Assert.True(result.IsValid);
        Assert.Single(result.Warnings);
        Assert.Empty(result.Errors);
        Assert.Equal("x", result.Value);
    }
}
