using Kinerja.Core.BuiltIn;
using Kinerja.Core.Presentation;
using Kinerja.Core.Sop;
using NodaTime;
using Spectre.Console;
using static Kinerja.Samples.Console.ConsoleTables;
using static Kinerja.Samples.Console.Formatting;

namespace Kinerja.Samples.Console;

/// <summary>The <c>sop</c> commands: list the built-in templates, show one (table or Mermaid), run one with the demo roster.</summary>
internal static class SopCommands
{
    public static int List(IAnsiConsole console, Lang l)
    {
        var table = NewTable(l.T("SOP bawaan (SopTemplates)", "Built-in SOP templates (SopTemplates)"), "Id", l.T("Nama SOP", "SOP name"), l.T("Instansi", "Office"), l.T("Langkah", "Steps"), l.T("Keputusan", "Decisions"), l.T("Peran", "Roles"));
        foreach (var d in SopTemplates.All)
        {
            Row(table, d.Id, d.Header.Nama, d.Header.Instansi ?? "-", Count(d.Steps.Count), Count(d.Steps.Count(s => s.IsDecision)), string.Join(", ", d.Roles.Select(r => r.Name)));
        }

        console.Write(Numeric(table, 3, 4));
        Line(console, l.T(
            $"{SopTemplates.All.Count} SOP bawaan; 'demo' = {DemoOffice.PengukuranKinerjaTriwulan.Header.Nama} seperti diadaptasi kantor demo (langkah 5 menjadi keputusan)",
            $"{SopTemplates.All.Count} built-in SOPs; 'demo' = {DemoOffice.PengukuranKinerjaTriwulan.Header.Nama} as adapted by the demo office (step 5 becomes a decision)"));
        return KinerjaCli.Ok;
    }

    public static int Show(IAnsiConsole console, SopDefinition definition, bool mermaid, Lang l)
    {
        if (mermaid)
        {
            // Raw text, not a Spectre renderable: never wrapped at the console's width, so it pastes into a Mermaid viewer as is.
            console.Profile.Out.Writer.Write(SopDiagram.ToMermaid(definition).ReplaceLineEndings("\n").TrimEnd('\n') + "\n");
            return KinerjaCli.Ok;
        }

        var h = definition.Header;
        Line(console, $"{h.Nama} — {h.Instansi} ({definition.Id} v{definition.Version})");
        Line(console, l.T("Nomor SOP: ", "SOP number: ") + (h.Nomor ?? "-") + l.T("; tanggal efektif: ", "; effective: ") + (h.TanggalEfektif?.ToString("yyyy-MM-dd", null) ?? "-")
            + l.T("; disahkan oleh: ", "; approved by: ") + (h.Pengesahan?.Jabatan ?? "-"));
        var table = NewTable(
            l.T("Langkah", "Steps"), "No", l.T("Kegiatan", "Activity"), l.T("Pelaksana", "Actors"), l.T("Kelengkapan", "Inputs"), l.T("Waktu", "Time"), "Output", l.T("Keputusan", "Decision"));
        foreach (var s in definition.Steps)
        {
            var roles = string.Join(s.Completion == SopCompletion.All ? " + " : " / ", s.Actors.Select(a => definition.FindRole(a)!.Name));
            var next = definition.NextSteps(s) is { Count: > 0 } following ? string.Join(", ", following.Select(n => n.Key)) : l.T("selesai", "end");
            Row(table, s.Key, s.Activity, roles + (s.IsActorInferred ? " *" : string.Empty), string.Join("; ", s.Kelengkapan), s.Waktu.Text, string.Join("; ", s.Output),
                s.Decision is { } d ? $"{d.YesLabel} → {next}, {d.NoLabel} → {d.NoStep ?? l.T("kepada ", "to ") + definition.FindRole(d.NoRole!)!.Name}" : "-");
        }

        if (definition.Steps.Any(s => s.IsActorInferred))
        {
            table.Caption(Markup.Escape(l.T("* pelaksana disimpulkan dari uraian (tanda centang hilang pada sumber)", "* actor inferred from the wording (the check marks are lost in the source)")));
        }

        console.Write(Numeric(table, 0));
        foreach (var gap in definition.Gaps)
        {
            var steps = gap.Steps.Count == 0 ? string.Empty : l.T(" (langkah ", " (steps ") + string.Join(", ", gap.Steps) + ")";
            Line(console, l.T("Celah sumber", "Gap in the source") + steps + ": " + gap.GetNote(l.Language));
        }

        Line(console, l.T(
            $"{definition.Steps.Count} langkah, {definition.Roles.Count} peran, {definition.Gaps.Count} celah sumber; jika celah tercapai: {DisplayNames.Of(definition.GapPolicy, l.Language)}",
            $"{definition.Steps.Count} steps, {definition.Roles.Count} roles, {definition.Gaps.Count} gaps in the source; when a gap is reached: {DisplayNames.Of(definition.GapPolicy, l.Language)}"));
        return KinerjaCli.Ok;
    }

    public static int Run(IAnsiConsole console, SopDefinition definition, LocalDateTime start, bool returnOnce, Lang l)
    {
        var roster = DemoOffice.RosterFor(definition);
        var calendar = DemoOffice.Calendar;
        var run = SopRunner.Run(definition, roster, calendar, start.InZoneLeniently(calendar.TimeZone).ToInstant(), definition.Header.Nama + " (demo)", returnOnce);
        var years = string.Join(", ", NationalHolidays.Years);
        Line(console, l.T(
            $"Kalender kerja: {ZoneName(calendar.TimeZone)}, {calendar.WorkingDaysPerWeek} hari kerja per minggu, {calendar.Holidays.Count} hari libur dan cuti bersama {years}; personel demo:",
            $"Working calendar: {ZoneName(calendar.TimeZone)}, {calendar.WorkingDaysPerWeek} working days a week, {calendar.Holidays.Count} holidays and cuti bersama {years}; demo people:"));
        foreach (var person in roster.People)
        {
            Line(console, $"  {person.Name} — {string.Join(", ", person.Roles)}");
        }

        SopRun(console, run, l);
        var late = run.Steps.Count(s => !s.WithinStandard);
        Line(console, l.T(
            $"SOP {definition.Id}: {DisplayNames.Of(run.Instance.Status, l.Language)}, {run.Steps.Count} tindakan, {run.Returns} kali dikembalikan, {late} terlambat {DemoLabel}",
            $"SOP {definition.Id}: {DisplayNames.Of(run.Instance.Status, l.Language)}, {run.Steps.Count} actions, {run.Returns} returned, {late} late {DemoLabel}"));
        return KinerjaCli.Ok;
    }
}
