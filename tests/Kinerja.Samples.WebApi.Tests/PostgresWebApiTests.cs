namespace Kinerja.Samples.WebApi.Tests;

/// <summary>The same scenarios on a real PostgreSQL server (KINERJA_TEST_POSTGRES); reported as skipped, with the reason, when it is not set.</summary>
public sealed class PostgresWebApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private readonly Scenarios _s = new(app.Factory);
    private readonly CsvUploadScenarios _csv = new(app.Factory);

    [PostgresFact]
    public void Database_Postgres_IsUsed() => _s.Database_IsTheOneAsked("Npgsql.EntityFrameworkCore.PostgreSQL");

    [PostgresFact]
    public void Database_FreshDatabase_EveryMigrationApplied() => _s.Database_FreshDatabase_EveryMigrationApplied();

    [PostgresFact]
    public Task CreatePk_Valid_StoredAndReadBack() => _s.CreatePk_Valid_StoredAndReadBack();

    [PostgresFact]
    public Task CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing() => _s.CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing();

    [PostgresFact]
    public Task CreatePk_EmptyDocument_400() => _s.CreatePk_EmptyDocument_400();

    [PostgresFact]
    public Task CreatePk_WrongJsonTypeAndUnknownField_400NamesJsonPath() => _s.CreatePk_WrongJsonTypeAndUnknownField_400NamesJsonPath();

    [PostgresFact]
    public Task Body_Malformed_400InOwnWordsWithoutTypeNames() => _s.Body_Malformed_400InOwnWordsWithoutTypeNames();

    [PostgresFact]
    public Task Auth_NoOrBadToken_401AndNothingStored() => _s.Auth_NoOrBadToken_401AndNothingStored();

    [PostgresFact]
    public Task Realisasi_PatchedPerIndicator_CapaianComputedByTheCore() => _s.Realisasi_PatchedPerIndicator_CapaianComputedByTheCore();

    [PostgresFact]
    public Task Realisasi_Invalid_400NamesFieldAndKeepsStored() => _s.Realisasi_Invalid_400NamesFieldAndKeepsStored();

    [PostgresFact]
    public Task Anggaran_KeptCumulatively_StoredAsTheQuartersOwn_DecreaseAndGapRefused() => _s.Anggaran_KeptCumulatively_StoredAsTheQuartersOwn_DecreaseAndGapRefused();

    [PostgresFact]
    public Task NullEntries_400AtTheirPathsNot500() => _s.NullEntries_400AtTheirPathsNot500();

    [PostgresFact]
    public Task ManyDuplicates_ListCappedAt100WithCount_TooLargeBody413() => _s.ManyDuplicates_ListCappedAt100WithCount_TooLargeBody413();

    [PostgresFact]
    public Task Ids_SlashNulAndLength_400AndNothingStored() => _s.Ids_SlashNulAndLength_400AndNothingStored();

    [PostgresFact]
    public Task ServerError_ProblemWithoutStackTrace() => _s.ServerError_ProblemWithoutStackTrace();

    [PostgresFact]
    public Task Realisasi_FortyWritersOfOneQuarter_OneWinsPerETag() => _s.Realisasi_FortyWritersOfOneQuarter_OneWinsPerETag();

    [PostgresFact]
    public Task CreatePk_TwelveAtOnce_One201Others409() => _s.CreatePk_TwelveAtOnce_One201Others409();

    [PostgresFact]
    public Task RevisePk_IfMatch_NextVersionOr412() => _s.RevisePk_IfMatch_NextVersionOr412();

    [PostgresFact]
    public Task Recap_KecamatanAndKabupaten_ByPolicy_FiguresOfTheCore() => _s.Recap_KecamatanAndKabupaten_ByPolicy_FiguresOfTheCore();

    [PostgresFact]
    public Task Sop_RunByItsRoles_WithOneReturn_Completes() => _s.Sop_RunByItsRoles_WithOneReturn_Completes();

    [PostgresFact]
    public Task Sop_Verify_UntouchedInstance_IntactForWhoMayReadIt() => _s.Sop_Verify_UntouchedInstance_IntactForWhoMayReadIt();

    [PostgresFact]
    public Task Sop_EventRowEdited_VerifyBrokenAtThatEvent_ActionsRefusedAndNothingChanged() => _s.Sop_EventRowEdited_VerifyBrokenAtThatEvent_ActionsRefusedAndNothingChanged();

    [PostgresFact]
    public Task Sop_LastEventDeleted_CaughtByTheStoredHead() => _s.Sop_LastEventDeleted_CaughtByTheStoredHead();

    [PostgresFact]
    public Task Sop_WrongRole_403WithEngineProblemAndNothingChanged() => _s.Sop_WrongRole_403WithEngineProblemAndNothingChanged();

    [PostgresFact]
    public Task Sop_StaleVersion_412AndNothingChanged() => _s.Sop_StaleVersion_412AndNothingChanged();

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

    [PostgresFact]
    public Task Csv_IndonesianExcelFile_FiguresReadBackExactly_MergeKeepsOthers_PutReplaces() => _csv.Csv_IndonesianExcelFile_FiguresReadBackExactly_MergeKeepsOthers_PutReplaces();

    [PostgresFact]
    public Task Csv_BadRows_400NamingLineColumnValue_NothingChanged() => _csv.Csv_BadRows_400NamingLineColumnValue_NothingChanged();

    [PostgresFact]
    public Task Csv_IfMatch_Missing428_Stale412_NothingChanged() => _csv.Csv_IfMatch_Missing428_Stale412_NothingChanged();
}
