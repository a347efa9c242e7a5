using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// The mutants the roster's mutation run at commit 48d9dbb left alive that a test can see: a missing alias in an
/// alias group, and the duplicate id's text (the third, an internal <c>Holds</c> with no caller, is removed).
/// </summary>
public class OfficeRosterSurvivorTests
{
    // OfficeRoster.cs:312 (continue removed): a null alias is reported as required and not compared, so Build reports
    // it instead of throwing.
    [Fact]
    public void Build_NullAliasInAGroup_IsRequiredNotAnException()
    {
        var result = OfficeRoster.CreateBuilder().AddAliases("Camat", null!, "Kepala Kecamatan").Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.Required, "aliases[0][1]"), (problem.Code, problem.Path));
    }

    // OfficeRoster.cs:312 (continue removed): blank aliases in two groups are each only required, never a duplicate of
    // each other.
    [Fact]
    public void Build_BlankAliasesInTwoGroups_AreEachRequiredNotDuplicates()
    {
        var result = OfficeRoster.CreateBuilder().AddAliases("Camat", " ").AddAliases("Sekcam", "  ").Build();

        Assert.Equal(
            [(ProblemCodes.Required, "aliases[0][1]"), (ProblemCodes.Required, "aliases[1][1]")],
            result.Problems.Select(p => (p.Code, p.Path)));
    }

    // OfficeRoster.cs:336 (argument ""): a duplicate id names where ids are kept, "people".
    [Fact]
    public void Build_SameIdTwice_NamesPeopleInItsText()
    {
        var problem = Assert.Single(OfficeRoster.CreateBuilder().AddPerson("ani", "Ani", "Staf").AddPerson("ani", "Ani Lain", "Camat").Build().Problems);

        Assert.Equal(["people"], problem.Arguments);
        Assert.Equal("people[1].id: value 'ani' is already used at people.", problem.GetMessage(MessageLanguage.English));
    }
}
