using Kinerja.Core.BuiltIn;
using Kinerja.Core.Sop;

namespace Kinerja.Samples.Console.Tests;

/// <summary>The <c>sop list|show|run</c> commands.</summary>
public sealed class SopCommandTests
{
    [Fact]
    public void List_BuiltInTemplates_NamesEveryOne()
    {
        var result = Cli.Run("sop", "list");

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.All(SopTemplates.All, d => Assert.Contains("│ " + d.Id + " ", result.Output, StringComparison.Ordinal));
        Assert.Matches(Table.Cells("purbalingga-mekanisme-pengukuran-kinerja", "SOP/Mekanisme Pengukuran Kinerja Kecamatan Purbalingga", "Kecamatan Purbalingga, Kabupaten Purbalingga", "12", "2"), result.Output);
        Assert.StartsWith("6 SOP bawaan", result.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Mermaid_PrintsTheLibrarysDiagramExactly()
    {
        var definition = SopTemplates.PurbalinggaMekanismePengukuranKinerja;

        var result = Cli.Run("sop", "show", definition.Id, "--mermaid");

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.Equal(SopDiagram.ToMermaid(definition).ReplaceLineEndings("\n").TrimEnd('\n') + "\n", result.Output);
    }

    [Fact]
    public void Show_DemoAdaptation_ShowsStepFiveAsADecision()
    {
        var result = Cli.Run("sop", "show", "demo");

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.Contains(result.Lines, l => l.Contains("│ Memverifikasi Data Pengukuran Kinerja Triwulan ", StringComparison.Ordinal) && l.Contains("benar → 8, salah → 4", StringComparison.Ordinal));
        Assert.Contains("Celah sumber (langkah 6, 7): Langkah 6-7 tidak ada pada teks sumber (tabel melompat dari langkah 5 ke langkah 8).", result.Output, StringComparison.Ordinal);
        Assert.Equal("7 langkah, 4 peran, 2 celah sumber; jika celah tercapai: dicatat, pekerjaan berlanjut", result.Lines[^1]);
    }

    [Fact]
    public void Run_Demo_PrintsEachStepWhoActedAndTheDeadlineInWorkingTime()
    {
        var result = Cli.Run("sop", "run", "demo");

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        // Step 4 "2 Hari" opens Monday 5 October 2026 09:05 WIB. "N Hari" is read as working time to the close of the day
        // (D42, the default since this test was written): 15 h, 6 h 55 min on Monday and 8 h 5 min on Tuesday (15:35),
        // so due at Tuesday's close, 16:00; the runner acts halfway through the working time to the deadline.
        // The time cell holds four lines: the standard, when the step opened, when it was due and when it was done.
        Assert.Matches(Table.Cells("4", "Menghimpun Data Pengukuran Kinerja Triwulan dari Kasi dan Kasubbag", "Dewi Anggraini (demo) (Pelaksana)", "2 Hari", "diselesaikan; tepat waktu"), result.Output);
        Assert.Matches(Times("2 Hari", "Sen 05-10 09:05", "Sel 06-10 16:00", "Sel 06-10 08:17"), result.Output);
        // Returned once, it opens again with a new deadline: 15 h from Tuesday 12:08 end on Thursday morning, due at Thursday's close.
        Assert.Matches(Times("2 Hari", "Sel 06-10 12:08", "Kam 08-10 16:00"), result.Output);
        Assert.Matches(Table.Cells("5", "Memverifikasi Data Pengukuran Kinerja Triwulan", "Agus Prasetyo (demo) (Kasubbag Perencanaan dan Keuangan)", "1 Hari", "dikembalikan ke langkah 4 (salah): Data belum lengkap: bukti dukung belum dilampirkan (demo); tepat waktu"), result.Output);
        Assert.Matches(Times("1 Hari", "Sel 06-10 08:17", "Sel 06-10 16:00"), result.Output);
        Assert.Contains("Sri Lestari (demo)", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("SOP awayan-pelaksanaan-pengukuran-kinerja-triwulan: selesai dengan celah sumber, 9 tindakan, 1 kali dikembalikan, 0 terlambat", result.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TemplateWithRolesOutsideTheRoster_GivesThemDemoHolders()
    {
        var result = Cli.Run("sop", "run", SopTemplates.BobotsariLaporanPengukuranPk.Id, "--no-return", "--start", "2026-07-06T07:30");

        Assert.Equal(KinerjaCli.Ok, result.ExitCode);
        Assert.Contains("Petugas Admin Satu Data (demo)", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.Lines, l => l.Contains("Sen 06-07 07:30", StringComparison.Ordinal));
        Assert.StartsWith("SOP bobotsari-laporan-pengukuran-pk: selesai dengan celah sumber, 17 tindakan, 0 kali dikembalikan", result.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Runner_DemoSop_ReplaysToTheSameInstance()
    {
        var definition = DemoOffice.PengukuranKinerjaTriwulan;
        var run = SopRunner.Run(definition, DemoOffice.RosterFor(definition), DemoOffice.Calendar, NodaTime.Instant.FromUtc(2026, 10, 5, 1, 0), "TW III", returnOnce: true);

        var replayed = SopInstance.Replay(definition, run.Instance.Id, run.Instance.Events);

        Assert.True(replayed.IsValid);
        Assert.Equal(SopStatus.CompletedWithGaps, replayed.Value.Status);
        Assert.Equal(["1", "2", "3", "4", "5", "4", "5", "8", "9"], run.Steps.Select(s => s.Step.Key));
        Assert.Equal(1, run.Returns);
        Assert.All(run.Steps, s => Assert.True(s.WithinStandard));
    }

    [Fact]
    public void Runner_ParallelTracks_ActInTheOrderTheyFallDue()
    {
        // Bobotsari: step 2 splits to the Program track (3, 5, 7) and the kegiatan track (4, 6), which meet at 8. The return at 5
        // sends the Program track back to 3 while the kegiatan check at 6 goes on, on time, and 8 opens once both have arrived.
        var definition = SopTemplates.BobotsariLaporanPengukuranPk;
        var run = SopRunner.Run(definition, DemoOffice.RosterFor(definition), DemoOffice.Calendar, NodaTime.Instant.FromUtc(2026, 7, 6, 0, 30), "TW II", returnOnce: true);

        Assert.Equal(["1", "2", "3", "4", "5", "6", "3", "5", "7", "8", "9", "10", "13", "14", "15", "16", "17", "18", "19"], run.Steps.Select(s => s.Step.Key));
        Assert.Equal(SopStatus.CompletedWithGaps, run.Instance.Status);
        Assert.All(run.Steps, s => Assert.True(s.WithinStandard, s.Step.Key));
        Assert.True(SopInstance.Replay(definition, run.Instance.Id, run.Instance.Events).IsValid);
    }

    [Fact]
    public void Runner_StepByEachUnit_IsDoneByEveryOneOfThem()
    {
        var definition = SopTemplates.BojongPengumpulanDataKinerja;
        var run = SopRunner.Run(definition, DemoOffice.RosterFor(definition), DemoOffice.Calendar, NodaTime.Instant.FromUtc(2026, 7, 6, 0, 30), "TW II", returnOnce: true);

        Assert.Equal(definition.FindStep("2")!.Actors, run.Steps.Where(s => s.Step.Key == "2").Select(s => s.Role.Id));
        Assert.Equal(SopStatus.CompletedWithGaps, run.Instance.Status);
        Assert.Equal(0, run.Returns);
        Assert.All(run.Steps, s => Assert.True(s.WithinStandard, s.Step.Key));
    }

    [Theory]
    [InlineData("sop", "show", "nope")]
    [InlineData("sop", "run", "nope")]
    [InlineData("sop", "run", "demo", "--start", "2026-10-05")]
    [InlineData("sop", "run", "demo", "--start", "2030-01-06T08:00")]
    [InlineData("sop", "show")]
    public void Sop_BadArguments_AreUsageErrors(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(KinerjaCli.UsageError, result.ExitCode);
        Assert.StartsWith("Kesalahan: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Show_UnknownId_ListsTheIds()
    {
        var result = Cli.Run("sop", "show", "nope");
        var english = Cli.Run("sop", "show", "nope", "--lang", "en");

        Assert.Contains("SOP 'nope' tidak ada. Pilihan: demo, bobotsari-laporan-pengukuran-pk", result.Error, StringComparison.Ordinal);
        Assert.Contains("SOP 'nope' does not exist. Choose: demo, bobotsari-laporan-pengukuran-pk", english.Error, StringComparison.Ordinal);
    }

    /// <summary>Consecutive lines of one cell of the time column (each line of the cell on its own table line).</summary>
    private static string Times(params string[] lines) =>
        string.Join(@" │[^\n]*\n[^\n]*│ ", lines.Select(System.Text.RegularExpressions.Regex.Escape)) + " │";
}
