using Kinerja.Core.BuiltIn;
using Kinerja.Core.Sop;
using NodaTime;
using Spectre.Console;
using static Kinerja.Samples.Console.ConsoleTables;
using static Kinerja.Samples.Console.Formatting;

namespace Kinerja.Samples.Console;

/// <summary>The <c>sop</c> commands: list the built-in templates, show one (table or Mermaid), run one with the demo roster.</summary>
internal static class SopCommands
{
    public static int List(IAnsiConsole console)
    {
        var table = NewTable("SOP bawaan / built-in SOP templates (SopTemplates)", "Id", "Nama SOP", "Instansi", "Langkah", "Keputusan", "Peran");
        foreach (var d in SopTemplates.All)
        {
            Row(table, d.Id, d.Header.Nama, d.Header.Instansi ?? "-", Count(d.Steps.Count), Count(d.Steps.Count(s => s.IsDecision)), string.Join(", ", d.Roles.Select(r => r.Name)));
        }

        console.Write(RightAlign(table, 3, 4));
        console.WriteLine($"{SopTemplates.All.Count} SOP bawaan; 'demo' = {DemoOffice.PengukuranKinerjaTriwulan.Header.Nama} seperti diadaptasi kantor demo (langkah 5 menjadi keputusan)");
        return KinerjaCli.Ok;
    }

    public static int Show(IAnsiConsole console, SopDefinition definition, bool mermaid)
    {
        if (mermaid)
        {
            // Raw text, not a Spectre renderable: never wrapped at the console's width, so it pastes into a Mermaid viewer as is.
            console.Profile.Out.Writer.Write(SopDiagram.ToMermaid(definition).ReplaceLineEndings("\n").TrimEnd('\n') + "\n");
            return KinerjaCli.Ok;
        }

        var h = definition.Header;
        console.WriteLine($"{h.Nama} — {h.Instansi} ({definition.Id} v{definition.Version})");
        console.WriteLine($"Nomor SOP: {h.Nomor ?? "-"}; tanggal efektif: {h.TanggalEfektif?.ToString("yyyy-MM-dd", null) ?? "-"}; disahkan oleh: {h.Pengesahan?.Jabatan ?? "-"}");
        var table = NewTable("Langkah / steps", "No", "Kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output", "Keputusan");
        foreach (var s in definition.Steps)
        {
            var roles = string.Join(s.Completion == SopCompletion.All ? " + " : " / ", s.Actors.Select(a => definition.FindRole(a)!.Name));
            var next = definition.NextSteps(s) is { Count: > 0 } following ? string.Join(", ", following.Select(n => n.Key)) : "selesai";
            Row(table, s.Key, s.Activity, roles + (s.ActorInferred ? " *" : string.Empty), string.Join("; ", s.Kelengkapan), s.Waktu.Text, string.Join("; ", s.Output),
                s.Decision is { } d ? $"{d.YesLabel} → {next}, {d.NoLabel} → {d.NoStep ?? "kepada " + definition.FindRole(d.NoRole!)!.Name}" : "-");
        }

        if (definition.Steps.Any(s => s.ActorInferred))
        {
            table.Caption("* pelaksana disimpulkan dari uraian (tanda centang hilang pada sumber) / actor inferred from the wording");
        }

        console.Write(RightAlign(table, 0));
        foreach (var gap in definition.Gaps)
        {
            console.WriteLine($"Celah sumber (gap) [{string.Join(", ", gap.Steps)}] {gap.Note}");
        }

        console.WriteLine($"{definition.Steps.Count} langkah, {definition.Roles.Count} peran, {definition.Gaps.Count} celah sumber");
        return KinerjaCli.Ok;
    }

    public static int Run(IAnsiConsole console, SopDefinition definition, LocalDateTime start, bool returnOnce)
    {
        var roster = DemoOffice.RosterFor(definition);
        var calendar = DemoOffice.Calendar;
        var run = SopRunner.Run(definition, roster, calendar, start.InZoneLeniently(calendar.Zone).ToInstant(), definition.Header.Nama + " (demo)", returnOnce);
        console.WriteLine($"Kalender kerja: {calendar.Zone.Id}, {calendar.WorkingDaysPerWeek} hari kerja per minggu, {calendar.Holidays.Count} hari libur dan cuti bersama {string.Join(", ", Kinerja.Core.BuiltIn.NationalHolidays.Years)}; personel demo:");
        foreach (var person in roster.People)
        {
            console.WriteLine($"  {person.Name} — {string.Join(", ", person.Roles)}");
        }

        SopRun(console, run);
        var late = run.Steps.Count(s => !s.WithinStandard);
        console.WriteLine($"SOP {definition.Id}: {run.Instance.Status}, {run.Steps.Count} tindakan, {run.Returns} kali dikembalikan, {late} terlambat {DemoLabel}");
        return KinerjaCli.Ok;
    }
}
