namespace Kinerja.Samples.WebApi.Tests;

/// <summary>The scenarios on SQLite (a temp file), always run.</summary>
public sealed class SqliteWebApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly Scenarios _s = new(app.Factory);

    [Fact]
    public void Database_Sqlite_IsUsed() => _s.Database_IsTheOneAsked("Microsoft.EntityFrameworkCore.Sqlite");

    [Fact]
    public Task CreatePk_Valid_StoredAndReadBack() => _s.CreatePk_Valid_StoredAndReadBack();

    [Fact]
    public Task CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing() => _s.CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing();

    [Fact]
    public Task CreatePk_EmptyDocument_400ListsEveryProblemAtOnce() => _s.CreatePk_EmptyDocument_400ListsEveryProblemAtOnce();

    [Fact]
    public Task CreatePk_TargetWithoutValue_400AtTheTarget() => _s.CreatePk_TargetWithoutValue_400AtTheTarget();

    [Fact]
    public Task CreatePk_WrongJsonType_400NamesJsonPath() => _s.CreatePk_WrongJsonType_400NamesJsonPath();

    [Fact]
    public Task CreatePk_NoDemoUser_401() => _s.CreatePk_NoDemoUser_401();

    [Fact]
    public Task Realisasi_QuarterPosted_CapaianComputedByTheCore() => _s.Realisasi_QuarterPosted_CapaianComputedByTheCore();

    [Fact]
    public Task Realisasi_Invalid_400NamesFieldAndKeepsStored() => _s.Realisasi_Invalid_400NamesFieldAndKeepsStored();

    [Fact]
    public Task Sop_RunByItsRoles_WithOneReturn_Completes() => _s.Sop_RunByItsRoles_WithOneReturn_Completes();

    [Fact]
    public Task Sop_WrongRole_403WithEngineProblemAndNothingChanged() => _s.Sop_WrongRole_403WithEngineProblemAndNothingChanged();

    [Fact]
    public Task Sop_StaleVersion_409AndNothingChanged() => _s.Sop_StaleVersion_409AndNothingChanged();

    [Fact]
    public Task Sop_ActionThatDoesNotFit_400_CancelledInstance_409() => _s.Sop_ActionThatDoesNotFit_400_CancelledInstance_409();

    [Fact]
    public Task Sop_TwoActionsOnOneVersionAtOnce_ExactlyOneWins() => _s.Sop_TwoActionsOnOneVersionAtOnce_ExactlyOneWins();

    [Fact]
    public Task Sop_Overdue_ListsTheOpenStepAndWhoMustAct() => _s.Sop_Overdue_ListsTheOpenStepAndWhoMustAct();

    [Fact]
    public void Sop_EveryBuiltInTemplate_HasADemoHolderForEveryRoleThatActs() => _s.Sop_EveryBuiltInTemplate_HasADemoHolderForEveryRoleThatActs();

    [Fact]
    public Task Sop_ParallelTracks_EachPartActedOnByItsRole_MeetAtTheCollection() => _s.Sop_ParallelTracks_EachPartActedOnByItsRole_MeetAtTheCollection();

    [Fact]
    public Task Sop_StepByEachUnit_OpensTheNextWhenTheLastHasActed() => _s.Sop_StepByEachUnit_OpensTheNextWhenTheLastHasActed();
}
