namespace Kinerja.Samples.WebApi.Tests;

/// <summary>The same scenarios on a real PostgreSQL server (KINERJA_TEST_POSTGRES); reported as skipped, with the reason, when it is not set.</summary>
public sealed class PostgresWebApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private readonly Scenarios _s = new(app.Factory);

    [PostgresFact]
    public void Database_Postgres_IsUsed() => _s.Database_IsTheOneAsked("Npgsql.EntityFrameworkCore.PostgreSQL");

    [PostgresFact]
    public Task CreatePk_Valid_StoredAndReadBack() => _s.CreatePk_Valid_StoredAndReadBack();

    [PostgresFact]
    public Task CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing() => _s.CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing();

    [PostgresFact]
    public Task CreatePk_EmptyDocument_400ListsEveryProblemAtOnce() => _s.CreatePk_EmptyDocument_400ListsEveryProblemAtOnce();

    [PostgresFact]
    public Task CreatePk_TargetWithoutValue_400AtTheTarget() => _s.CreatePk_TargetWithoutValue_400AtTheTarget();

    [PostgresFact]
    public Task CreatePk_WrongJsonType_400NamesJsonPath() => _s.CreatePk_WrongJsonType_400NamesJsonPath();

    [PostgresFact]
    public Task CreatePk_NoDemoUser_401() => _s.CreatePk_NoDemoUser_401();

    [PostgresFact]
    public Task Realisasi_QuarterPosted_CapaianComputedByTheCore() => _s.Realisasi_QuarterPosted_CapaianComputedByTheCore();

    [PostgresFact]
    public Task Realisasi_Invalid_400NamesFieldAndKeepsStored() => _s.Realisasi_Invalid_400NamesFieldAndKeepsStored();

    [PostgresFact]
    public Task Sop_RunByItsRoles_WithOneReturn_Completes() => _s.Sop_RunByItsRoles_WithOneReturn_Completes();

    [PostgresFact]
    public Task Sop_WrongRole_403WithEngineProblemAndNothingChanged() => _s.Sop_WrongRole_403WithEngineProblemAndNothingChanged();

    [PostgresFact]
    public Task Sop_StaleVersion_409AndNothingChanged() => _s.Sop_StaleVersion_409AndNothingChanged();

    [PostgresFact]
    public Task Sop_ActionThatDoesNotFit_400_CancelledInstance_409() => _s.Sop_ActionThatDoesNotFit_400_CancelledInstance_409();

    [PostgresFact]
    public Task Sop_TwoActionsOnOneVersionAtOnce_ExactlyOneWins() => _s.Sop_TwoActionsOnOneVersionAtOnce_ExactlyOneWins();

    [PostgresFact]
    public Task Sop_Overdue_ListsTheOpenStepAndWhoMustAct() => _s.Sop_Overdue_ListsTheOpenStepAndWhoMustAct();

    [PostgresFact]
    public void Sop_EveryBuiltInTemplate_HasADemoHolderForEveryRoleThatActs() => _s.Sop_EveryBuiltInTemplate_HasADemoHolderForEveryRoleThatActs();

    [PostgresFact]
    public Task Sop_ParallelTracks_EachPartActedOnByItsRole_MeetAtTheCollection() => _s.Sop_ParallelTracks_EachPartActedOnByItsRole_MeetAtTheCollection();

    [PostgresFact]
    public Task Sop_StepByEachUnit_OpensTheNextWhenTheLastHasActed() => _s.Sop_StepByEachUnit_OpensTheNextWhenTheLastHasActed();
}
