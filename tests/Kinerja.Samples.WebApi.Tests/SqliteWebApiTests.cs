namespace Kinerja.Samples.WebApi.Tests;

/// <summary>The scenarios on SQLite (a temp file), always run.</summary>
public sealed class SqliteWebApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly Scenarios _s = new(app.Factory);
    private readonly CsvUploadScenarios _csv = new(app.Factory);

    [Fact]
    public void Database_Sqlite_IsUsed() => _s.Database_IsTheOneAsked("Microsoft.EntityFrameworkCore.Sqlite");

    [Fact]
    public void Database_FreshDatabase_EveryMigrationApplied() => _s.Database_FreshDatabase_EveryMigrationApplied();

    [Fact]
    public Task CreatePk_Valid_StoredAndReadBack() => _s.CreatePk_Valid_StoredAndReadBack();

    [Fact]
    public Task CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing() => _s.CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing();

    [Fact]
    public Task CreatePk_EmptyDocument_400() => _s.CreatePk_EmptyDocument_400();

    [Fact]
    public Task CreatePk_WrongJsonTypeAndUnknownField_400NamesJsonPath() => _s.CreatePk_WrongJsonTypeAndUnknownField_400NamesJsonPath();

    [Fact]
    public Task Body_Malformed_400InOwnWordsWithoutTypeNames() => _s.Body_Malformed_400InOwnWordsWithoutTypeNames();

    [Fact]
    public Task Auth_NoOrBadToken_401AndNothingStored() => _s.Auth_NoOrBadToken_401AndNothingStored();

    [Fact]
    public Task Realisasi_PatchedPerIndicator_CapaianComputedByTheCore() => _s.Realisasi_PatchedPerIndicator_CapaianComputedByTheCore();

    [Fact]
    public Task Realisasi_Invalid_400NamesFieldAndKeepsStored() => _s.Realisasi_Invalid_400NamesFieldAndKeepsStored();

    [Fact]
    public Task Anggaran_KeptCumulatively_StoredAsTheQuartersOwn_DecreaseAndGapRefused() => _s.Anggaran_KeptCumulatively_StoredAsTheQuartersOwn_DecreaseAndGapRefused();

    [Fact]
    public Task NullEntries_400AtTheirPathsNot500() => _s.NullEntries_400AtTheirPathsNot500();

    [Fact]
    public Task ManyDuplicates_ListCappedAt100WithCount_TooLargeBody413() => _s.ManyDuplicates_ListCappedAt100WithCount_TooLargeBody413();

    [Fact]
    public Task Ids_SlashNulAndLength_400AndNothingStored() => _s.Ids_SlashNulAndLength_400AndNothingStored();

    [Fact]
    public Task ServerError_ProblemWithoutStackTrace() => _s.ServerError_ProblemWithoutStackTrace();

    [Fact]
    public Task Realisasi_FortyWritersOfOneQuarter_OneWinsPerETag() => _s.Realisasi_FortyWritersOfOneQuarter_OneWinsPerETag();

    [Fact]
    public Task CreatePk_TwelveAtOnce_One201Others409() => _s.CreatePk_TwelveAtOnce_One201Others409();

    [Fact]
    public Task RevisePk_IfMatch_NextVersionOr412() => _s.RevisePk_IfMatch_NextVersionOr412();

    [Fact]
    public Task Recap_KecamatanAndKabupaten_ByPolicy_FiguresOfTheCore() => _s.Recap_KecamatanAndKabupaten_ByPolicy_FiguresOfTheCore();

    [Fact]
    public Task Sop_RunByItsRoles_WithOneReturn_Completes() => _s.Sop_RunByItsRoles_WithOneReturn_Completes();

    [Fact]
    public Task Sop_Verify_UntouchedInstance_IntactForWhoMayReadIt() => _s.Sop_Verify_UntouchedInstance_IntactForWhoMayReadIt();

    [Fact]
    public Task Sop_EventRowEdited_VerifyBrokenAtThatEvent_ActionsRefusedAndNothingChanged() => _s.Sop_EventRowEdited_VerifyBrokenAtThatEvent_ActionsRefusedAndNothingChanged();

    [Fact]
    public Task Sop_LastEventDeleted_CaughtByTheStoredHead() => _s.Sop_LastEventDeleted_CaughtByTheStoredHead();

    [Fact]
    public Task Sop_WrongRole_403WithEngineProblemAndNothingChanged() => _s.Sop_WrongRole_403WithEngineProblemAndNothingChanged();

    [Fact]
    public Task Sop_StaleVersion_412AndNothingChanged() => _s.Sop_StaleVersion_412AndNothingChanged();

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

    [Fact]
    public Task Csv_IndonesianExcelFile_FiguresReadBackExactly_MergeKeepsOthers_PutReplaces() => _csv.Csv_IndonesianExcelFile_FiguresReadBackExactly_MergeKeepsOthers_PutReplaces();

    [Fact]
    public Task Csv_BadRows_400NamingLineColumnValue_NothingChanged() => _csv.Csv_BadRows_400NamingLineColumnValue_NothingChanged();

    [Fact]
    public Task Csv_ManyBadRows_100ListedWithTheCount() => _csv.Csv_ManyBadRows_100ListedWithTheCount();

    [Fact]
    public Task Csv_HugeOrMalformedBodies_ProblemsNever500_NothingChanged() => _csv.Csv_HugeOrMalformedBodies_ProblemsNever500_NothingChanged();

    [Fact]
    public Task Csv_IfMatch_Missing428_Stale412_NothingChanged() => _csv.Csv_IfMatch_Missing428_Stale412_NothingChanged();

    [Theory]
    [MemberData(nameof(AccessMatrix.Cells), MemberType = typeof(AccessMatrix))]
    public Task Access_Cell_AllowedOr403AndNothingChanged(string person, string endpoint, string scope, int expected) =>
        new AccessMatrix(app.Factory).Run(person, endpoint, scope, expected);

    [Theory]
    [MemberData(nameof(AccessMatrix.RecapCells), MemberType = typeof(AccessMatrix))]
    public Task Access_RecapCell_AllowedOr403(string person, string level, int expected) =>
        new AccessMatrix(app.Factory).RunRecap(person, level, expected);
}
