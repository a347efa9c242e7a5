using Kinerja.Core.Agreements;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using NodaTime;

namespace Kinerja.Core.Tests.Sop;

/// <summary>
/// The edges of <see cref="OfficeRosterBuilder.Build"/> and <see cref="OfficeRoster.Grant(string, SopRole, Instant)"/>:
/// problems reported once each with their paths (never an exception for bad data), acting periods at
/// the limits of [1970-2200], the preference for a definitive entry when the entries answer to
/// different names of the role, and how role names are compared and suggested.
/// </summary>
public class OfficeRosterEdgeTests
{
    // The role's id and name normalize differently, so a roster entry may answer to either.
    private static readonly SopDefinition Definition = SopDefinition.CreateBuilder("disposisi", 1)
        .WithHeader(new SopHeader { Nama = "Disposisi" })
        .AddRole("sekcam", "Sekretaris Kecamatan")
        .AddRole("camat", "Camat")
        .AddStep("1", "Menerima surat", "sekcam")
        .AddStep("2", "Mendisposisikan", "camat")
        .Build().Value;

    private static readonly SopRole Sekcam = Definition.FindRole("sekcam")!;

    private static readonly SopRole Camat = Definition.FindRole("camat")!;

    private static readonly LocalDate July1 = new(2026, 7, 1);

    private static readonly Instant July6 = Instant.FromUtc(2026, 7, 6, 2, 0);

    private static (string Code, string Path)[] Problems(OfficeRosterBuilder builder) =>
        builder.Build().Problems.Select(p => (p.Code, p.Path)).ToArray();

    [Fact]
    public void Grant_DefinitiveAndActingEntriesAnsweringToDifferentNamesOfTheRole_PrefersTheDefinitive()
    {
        // "sekcam" matches the role's id, "Sekretaris Kecamatan" its name: two names, one role.
        var roster = OfficeRoster.CreateBuilder()
            .AddPerson("rina", "Rina", "sekcam")
            .AddActing("rina", "Sekretaris Kecamatan", ActingStatus.Plh, "Budi", July1, July1.PlusDays(9))
            .Build().Value;
        var actingFirst = OfficeRoster.CreateBuilder()
            .AddPerson("rina", "Rina", "Staf")
            .AddActing("rina", "sekcam", ActingStatus.Plt, "jabatan kosong", July1, July1.PlusDays(9))
            .AddActing("rina", "Sekretaris Kecamatan", ActingStatus.Plh, "Budi", July1, July1.PlusDays(9))
            .Build().Value;

        var grant = roster.Grant("rina", Sekcam, July6)!;
        Assert.Equal((ActingStatus.Definitive, "sekcam"), (grant.Acting, grant.Role.Name));
        Assert.Equal(ActingStatus.Plt, actingFirst.Grant("rina", Sekcam, July6)!.Acting); // acting ones: the first added
    }

    [Fact]
    public void Grant_RoleWrittenWithLeadingOrRepeatedSeparators_IsGranted()
    {
        foreach (var written in new[] { ".Camat", "-camat", "_CAMAT", "- Camat", "Sekretaris..Kecamatan", "sekretaris_-_kecamatan" })
        {
            var roster = OfficeRoster.CreateBuilder().AddPerson("p", "P", written).Build().Value;
            Assert.Single(Definition.Roles, r => roster.Holds("p", r, July6));
        }
    }

    [Fact]
    public void Grant_ActingPeriodAtTheLimitsOf1970And2200_GrantsAtBothEnds()
    {
        var result = OfficeRoster.CreateBuilder()
            .AddPerson("eko", "Eko", "Staf")
            .AddActing("eko", "Camat", ActingStatus.Plt, "jabatan kosong", new LocalDate(1970, 1, 1), new LocalDate(2200, 12, 31))
            .Build();

        Assert.True(result.IsValid, result.ToString());
        var zone = result.Value.TimeZone;
        Assert.True(result.Value.Holds("eko", Camat, zone.AtStartOfDay(new LocalDate(1970, 1, 1)).ToInstant()));
        Assert.True(result.Value.Holds("eko", Camat, zone.AtStartOfDay(new LocalDate(2201, 1, 1)).ToInstant() - Duration.Epsilon));
        Assert.False(result.Value.Holds("eko", Camat, zone.AtStartOfDay(new LocalDate(2201, 1, 1)).ToInstant()));
    }

    [Theory]
    [InlineData(1969, 12, 31, 2026, 7, 1, ".from")]
    [InlineData(2026, 7, 1, 2201, 1, 1, ".to")]
    [InlineData(2026, 7, 1, 9999, 12, 31, ".to")]
    public void Build_ActingPeriodOutside1970To2200_IsAProblemNotAnException(int y1, int m1, int d1, int y2, int m2, int d2, string key)
    {
        var builder = OfficeRoster.CreateBuilder()
            .AddPerson("eko", "Eko", "Staf")
            .AddActing("eko", "Camat", ActingStatus.Plt, "jabatan kosong", new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

        Assert.Equal([(ProblemCodes.YearOutOfRange, "people[0].roles[1]" + key)], Problems(builder));
    }

    [Fact]
    public void Build_ActingRoleWithoutAName_IsAProblemNotAnException()
    {
        var builder = OfficeRoster.CreateBuilder()
            .AddPerson("eko", "Eko", "Staf")
            .AddActing("eko", null!, ActingStatus.Plt, "jabatan kosong", July1, July1);

        Assert.Equal([(ProblemCodes.Required, "people[0].roles[1].name")], Problems(builder));
    }

    [Fact]
    public void Build_DefinitiveRoleWithoutAName_IsAProblemNotAnException()
    {
        var builder = OfficeRoster.CreateBuilder().AddPerson("eko", "Eko", "Staf", null!);

        Assert.Equal([(ProblemCodes.Required, "people[0].roles[1].name")], Problems(builder));
    }

    [Fact]
    public void Build_PeopleWithoutIdOrName_EachProblemOnceWithItsPath()
    {
        var builder = OfficeRoster.CreateBuilder()
            .AddPerson(" ", "Ani", "Staf")
            .AddPerson(" ", "Budi", "Staf")
            .AddPerson("cici", "", "Staf");

        // Two blank ids are two missing ids, not a duplicate.
        Assert.Equal(
            [(ProblemCodes.Required, "people[0].id"), (ProblemCodes.Required, "people[1].id"), (ProblemCodes.Required, "people[2].name")],
            Problems(builder));
    }

    [Fact]
    public void Build_SameIdTwice_IsADuplicateAtTheSecond()
    {
        var result = OfficeRoster.CreateBuilder().AddPerson("ani", "Ani", "Staf").AddPerson("ani", "Ani Lain", "Camat").Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.Duplicate, "people[1].id", "ani"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void Build_BadNip_IsReportedAtThePersonsNip()
    {
        var result = OfficeRoster.CreateBuilder().AddPersonWithNip("ani", "Ani", "12345", "Staf").Build();

        Assert.False(result.IsValid);
        Assert.All(result.Errors, p => Assert.Equal("people[0].nip", p.Path));
    }

    [Fact]
    public void Build_BlankAliasAndAliasInTwoGroups_AreReportedWithTheirPaths()
    {
        var result = OfficeRoster.CreateBuilder()
            .AddAliases("Sekcam", "Sekretaris Kecamatan")
            .AddAliases("Camat", " ", "sekcam")
            .Build();

        Assert.Equal(
            [(ProblemCodes.Required, "aliases[1][1]"), (ProblemCodes.Duplicate, "aliases[1][2]")],
            result.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal(("sekcam", "aliases[0]"), (result.Problems[1].AttemptedValue, result.Problems[1].Arguments[0]));
    }

    [Fact]
    public void Build_NullAliasesOrRoles_AreEmpty()
    {
        var roster = OfficeRoster.CreateBuilder().AddAliases(null!).AddPerson("ani", "Ani", null!).Build().Value;

        Assert.Empty(roster.Find("ani")!.Roles);
        Assert.Empty(Assert.Single(roster.AliasGroups));
        Assert.Null(roster.Grant("ani", Camat, July6));
    }

    [Fact]
    public void GrantText_DefinitiveRole_NamesNoOneStoodInFor()
    {
        var roster = OfficeRoster.CreateBuilder().AddPerson("budi", "Budi Santoso", "Camat").Build().Value;

        Assert.Equal("Budi Santoso (budi): Camat", roster.Grant("budi", Camat, July6)!.ToString());
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "camat", 5)]
    [InlineData("camat", "", 5)]
    [InlineData("camat", "camat", 0)]
    [InlineData("camt", "camat", 1)]
    [InlineData("camat", "camet", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("sekcam", "sekretaris kecamatan", 14)]
    public void Distance_IsTheEditDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, RoleNames.Distance(a, b));
        Assert.Equal(expected, RoleNames.Distance(b, a));
    }
}
