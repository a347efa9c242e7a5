using Kinerja.Core;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Kinerja.Core.Sop;
using Spectre.Console;
using Spectre.Console.Rendering;
using static Kinerja.Samples.Console.Formatting;

namespace Kinerja.Samples.Console;

/// <summary>The CLI's tables, as Spectre.Console tables. Every cell is plain text (never markup).</summary>
internal static class ConsoleTables
{
    public const string DemoLabel = "[DATA DEMO / demo data: invented figures]";

    public static Table NewTable(string title, params string[] headers)
    {
        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        return table;
    }

    /// <summary>Adds a row of plain-text cells; numbers are right-aligned by their column (see <see cref="RightAlign"/>).</summary>
    public static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)));

    public static Table RightAlign(Table table, params int[] columns)
    {
        foreach (var c in columns)
        {
            table.Columns[c].RightAligned();
        }

        return table;
    }

    public static void Heading(IAnsiConsole console, string text)
    {
        console.WriteLine();
        console.Write(new Rule(Markup.Escape(text)).LeftJustified());
    }

    public static void Pk(IAnsiConsole console, DemoYear year)
    {
        var pk = year.Pk;
        console.WriteLine($"Perjanjian Kinerja {pk.Year} — {pk.Unit.Name}  {year.Label}");
        console.WriteLine($"Pihak pertama: {pk.PihakPertama.Name}, {pk.PihakPertama.PrintedJabatan}, NIP {pk.PihakPertama.Nip}");
        console.WriteLine($"Pihak kedua  : {pk.PihakKedua.Name}, {pk.PihakKedua.PrintedJabatan}");
        console.WriteLine($"Skala kategori: {DemoYear.Scale.Name}; kebijakan capaian: {DemoYear.Policy}");
        var table = NewTable("Sasaran, indikator dan target (rencana aksi)", "Sasaran", "Indikator", "Satuan", "Polaritas", "Agregasi", "Target tahunan", "TW I", "TW II", "TW III", "TW IV");
        foreach (var sasaran in pk.Sasaran)
        {
            foreach (var i in sasaran.Indicators)
            {
                Row(table, [sasaran.Id, i.Id + " " + i.Name, i.Satuan, i.Polarity.ToString(), i.Aggregation.ToString(), Show(i.AnnualTarget), .. Triwulan.All.Select(q => Show(i.GetTriwulanTarget(q)))]);
            }
        }

        console.Write(RightAlign(table, 5, 6, 7, 8, 9));
    }

    public static void Realisasi(IAnsiConsole console, DemoYear year)
    {
        var table = NewTable("Realisasi per triwulan " + year.Label, "Indikator", "Satuan", "TW I", "TW II", "TW III", "TW IV");
        foreach (var c in year.Capaian)
        {
            Row(table, [c.Indicator.Id + " " + c.Indicator.Name, c.Indicator.Satuan, .. c.ByTriwulan.Select(RealisasiText)]);
        }

        console.Write(RightAlign(table, 2, 3, 4, 5));
    }

    /// <summary>The capaian of each indicator per quarter, cumulative and against the annual target (the sample's original tables).</summary>
    public static void Capaian(IAnsiConsole console, DemoYear year)
    {
        var scale = DemoYear.Scale;
        foreach (var indicator in year.Capaian)
        {
            var i = indicator.Indicator;
            var table = NewTable(
                $"{i.Id} {i.Name} — satuan {i.Satuan}; polaritas {i.Polarity}; agregasi {i.Aggregation}; target tahunan {Show(i.AnnualTarget)}",
                "TW", "Target", "Realisasi", "Capaian", "Kategori", "Target kum.", "Realisasi kum.", "Capaian kum.", "Kategori kum.", "Thd. target tahunan");
            foreach (var q in indicator.ByTriwulan)
            {
                Row(
                    table,
                    q.Triwulan.ToString(),
                    Show(q.Target),
                    RealisasiText(q),
                    CapaianFormat.FormatResult(q.Capaian),
                    q.Capaian.Classify(scale)?.Label ?? "-",
                    Show(q.CumulativeTarget),
                    q.CumulativeGrade ?? (q.CumulativeRealisasi is { } c ? CapaianFormat.Format(c) : "-"),
                    CapaianFormat.FormatResult(q.CumulativeCapaian),
                    q.CumulativeCapaian.Classify(scale)?.Label ?? "-",
                    CapaianFormat.FormatResult(q.AnnualCapaian));
            }

            console.Write(RightAlign(table, 1, 2, 3, 5, 6, 7, 9));
        }
    }

    public static void Serapan(IAnsiConsole console, DemoYear year)
    {
        var table = NewTable("Serapan anggaran (realisasi anggaran / pagu × 100)", "Program", "Pagu", "TW I", "TW II", "TW III", "TW IV", "Kumulatif TW IV");
        foreach (var p in year.Serapan)
        {
            Row(table, [p.Program.Id + " " + p.Program.Name, CapaianFormat.FormatRupiah(p.Program.Pagu), .. p.ByTriwulan.Select(q => Show(q.Serapan)), Show(p[Triwulan.IV].CumulativeSerapan)]);
        }

        console.Write(RightAlign(table, 1, 2, 3, 4, 5, 6));
    }

    /// <summary>The Laporan Pengukuran Kinerja of one quarter: each indicator's target, realisasi and capaian in the quarter and to date.</summary>
    public static void Laporan(IAnsiConsole console, DemoYear year, Triwulan q)
    {
        var scale = DemoYear.Scale;
        var table = NewTable(
            $"Laporan Pengukuran Kinerja {q} {year.Pk.Year} — {year.Pk.Unit.Name} {year.Label}",
            "No", "Sasaran", "Indikator Kinerja", "Satuan", "Target " + q, "Realisasi " + q, "Capaian (%)", "Kategori", "Realisasi s.d. " + q, "Capaian s.d. " + q + " (%)", "Thd. target tahunan (%)");
        var number = 0;
        foreach (var c in year.Capaian)
        {
            var tw = c[q];
            Row(
                table,
                Count(++number),
                year.SasaranOf(c.Indicator).Id,
                c.Indicator.Id + " " + c.Indicator.Name,
                c.Indicator.Satuan,
                Show(tw.Target),
                RealisasiText(tw),
                CapaianFormat.FormatResult(tw.Capaian),
                tw.Capaian.Classify(scale)?.Label ?? "-",
                tw.CumulativeGrade ?? (tw.CumulativeRealisasi is { } r ? CapaianFormat.Format(r) : "-"),
                CapaianFormat.FormatResult(tw.CumulativeCapaian),
                CapaianFormat.FormatResult(tw.AnnualCapaian));
        }

        var figures = year.Kecamatan(new RecapPeriod(q, cumulative: false));
        table.Caption(Markup.Escape($"Rata-rata capaian {q}: {Average(figures)}; belum lapor {figures.NotReported}, tidak dapat dihitung {figures.NotComputable}"));
        console.Write(RightAlign(table, 0, 4, 5, 6, 8, 9, 10));
    }

    /// <summary>A recap's groups of some levels in one period, with counts per category.</summary>
    public static void Recap(IAnsiConsole console, string title, IEnumerable<(string Level, string Group, RecapFigures Figures)> rows, IReadOnlyList<string> bandLabels, int limit = 0, string levelHeader = "Tingkat", string groupHeader = "Kelompok")
    {
        var headers = new List<string> { levelHeader, groupHeader, "Indikator", "Dihitung", "Rata-rata capaian" };
        headers.AddRange(bandLabels);
        headers.Add("Belum lapor");
        headers.Add("Tidak dapat dihitung");
        var table = NewTable(title, [.. headers]);
        var all = rows.ToList();
        foreach (var row in limit > 0 ? all.Take(limit) : all)
        {
            var f = row.Figures;
            Row(table, [row.Level, row.Group, Thousands(f.Indicators), Thousands(f.Computed), Average(f), .. f.Categories.Select(c => Thousands(c)), Thousands(f.NotReported), Thousands(f.NotComputable)]);
        }

        if (limit > 0 && all.Count > limit)
        {
            table.Caption(Markup.Escape($"{Thousands(limit)} dari {Thousands(all.Count)} kelompok ditampilkan (--limit 0 untuk semua) / {Thousands(limit)} of {Thousands(all.Count)} groups shown"));
        }

        console.Write(RightAlign(table, [.. Enumerable.Range(2, headers.Count - 2)]));
    }

    public static void SopRun(IAnsiConsole console, SopRunResult run)
    {
        var definition = run.Instance.Definition;
        var zone = run.Calendar.Zone;
        var table = NewTable(
            $"SOP \"{definition.Header.Nama}\" ({definition.Id} v{definition.Version}) — {run.Instance.Subject}; waktu {ZoneName(zone)} {run.Instance.StartedAt.InZone(zone).Year}",
            "Langkah", "Kegiatan", "Peran", "Oleh", "Dibuka", "Mutu baku", "Batas waktu (waktu kerja)", "Tindakan", "Pada", "Status");
        foreach (var s in run.Steps)
        {
            Row(
                table,
                s.Step.Key,
                s.Step.Activity,
                s.Role.Name,
                s.Person.Name,
                ShortMoment(s.OpenedAt, zone),
                s.Step.Waktu.Text,
                s.Due is { } due ? ShortMoment(due, zone) : "-",
                Action(s),
                ShortMoment(s.ActedAt, zone),
                s.Due is null ? "tanpa standar" : s.WithinStandard ? "tepat waktu" : "terlambat");
        }

        table.Caption(Markup.Escape(
            $"Status: {run.Instance.Status}; {run.Steps.Count} tindakan, {run.Returns} kali dikembalikan untuk perbaikan; " +
            $"mulai {Moment(run.Instance.StartedAt, zone)}, selesai {(run.Instance.EndedAt is { } end ? Moment(end, zone) : "-")}; " +
            $"waktu kerja {WorkingTime(run.Calendar.WorkingTimeBetween(run.Instance.StartedAt, run.Instance.EndedAt ?? run.Instance.StartedAt))}"));
        console.Write(RightAlign(table, 0));
    }

    /// <summary>Recap rows as (level, group, figures) for <see cref="Recap"/>.</summary>
    public static IEnumerable<(string Level, string Group, RecapFigures Figures)> Groups(IEnumerable<RecapRow> rows) =>
        rows.Select(r => (r.Key.Level.ToString(), GroupName(r.Key), r.Figures));

    public static string Average(RecapFigures f) => f.Average is { } a ? CapaianFormat.Format(a) : "-";

    public static string GroupName(RecapKey key) => key.Item ?? key.Unit ?? key.Kecamatan ?? key.Kabupaten ?? "Nasional";

    private static string Action(SopRunStep s) => s.Outcome switch
    {
        SopEventKind.Completed => "selesai",
        SopEventKind.Approved => "disetujui (" + s.Step.Decision!.YesLabel + ")",
        SopEventKind.Returned => (s.Step.Decision!.NoStep is { } back ? "dikembalikan ke langkah " + back : "dikembalikan kepada " + s.Step.Decision.NoRole) + " (" + s.Step.Decision.NoLabel + "): " + s.Note,
        _ => s.Outcome.ToString(),
    };

    private static string RealisasiText(TriwulanCapaian q) =>
        q.Realisasi is { } r ? r.Grade ?? CapaianFormat.Format(r.Value!.Value) : "-";
}
