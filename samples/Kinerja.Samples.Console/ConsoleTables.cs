using Kinerja.Core;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Kinerja.Core.Sop;
using Spectre.Console;
using Spectre.Console.Rendering;
using static Kinerja.Samples.Console.Formatting;

namespace Kinerja.Samples.Console;

/// <summary>
/// The CLI's tables, as Spectre.Console tables in the language of <see cref="Lang"/>. Every cell is plain text (never
/// markup). Tables fit 80 columns: numeric columns never wrap (<see cref="Numeric"/>), text columns wrap between words,
/// and a missing figure is a dash with a numbered note (<see cref="CellNotes"/>) rather than a long reason in a narrow column.
/// </summary>
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

    /// <summary>Adds a row of plain-text cells; numbers are right-aligned by their column (see <see cref="Numeric"/>).</summary>
    public static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)));

    /// <summary>A target or figure for a numeric cell: a range puts each bound on its own line, so the column stays narrow.</summary>
    public static string Cell(string text) => text.Replace(" - ", " -\n", StringComparison.Ordinal);

    /// <summary>Right-aligns columns of figures and keeps each of their cells on one line, so a number is never broken.</summary>
    public static Table Numeric(Table table, params int[] columns)
    {
        foreach (var c in columns)
        {
            table.Columns[c].RightAligned().NoWrap();
        }

        return table;
    }

    /// <summary>Sets the caption of a table from its notes, if any.</summary>
    public static Table Notes(Table table, CellNotes notes, string? more = null)
    {
        var caption = string.Join(" ", new[] { notes.Caption, more }.Where(t => !string.IsNullOrEmpty(t)));
        if (caption.Length > 0)
        {
            table.Caption(Markup.Escape(caption));
        }

        return table;
    }

    public static void Heading(IAnsiConsole console, string text)
    {
        console.WriteLine();
        console.Write(new Rule(Markup.Escape(text)).LeftJustified());
    }

    /// <summary>A plain line of text, wrapped between words at the console's width.</summary>
    public static void Line(IAnsiConsole console, string text) => console.Write(new Text(text + "\n"));

    public static void Pk(IAnsiConsole console, DemoYear year, Lang l)
    {
        var pk = year.Pk;
        Line(console, $"Perjanjian Kinerja {pk.Year} — {pk.Unit.Name}  {year.Label}");
        Line(console, l.T("Pihak pertama: ", "First party (pihak pertama): ") + $"{pk.PihakPertama.Name}, {pk.PihakPertama.PrintedJabatan}");
        Line(console, "  NIP " + pk.PihakPertama.Nip);
        Line(console, l.T("Pihak kedua  : ", "Second party (pihak kedua): ") + $"{pk.PihakKedua.Name}, {pk.PihakKedua.PrintedJabatan}");
        Line(console, l.T("Skala kategori: ", "Category scale: ") + DemoYear.Scale.Name + l.T("; kebijakan capaian:", "; capaian policy:"));
        foreach (var choice in Policy(DemoYear.Policy, l))
        {
            Line(console, "  - " + choice);
        }

        var indicators = NewTable(l.T("Sasaran dan indikator", "Sasaran and indicators"), "Sasaran", l.T("Indikator", "Indicator"), l.T("Satuan", "Unit"), l.T("Polaritas", "Polarity"), l.T("Agregasi", "Aggregation"));
        var targets = NewTable(l.T("Target (rencana aksi)", "Targets (rencana aksi)"), l.T("Indikator", "Indicator"), l.T("Tahunan", "Annual"), "TW I", "TW II", "TW III", "TW IV");
        foreach (var sasaran in pk.Sasaran)
        {
            foreach (var i in sasaran.Indicators)
            {
                Row(indicators, sasaran.Id, i.Id + " " + i.Name, i.Satuan, DisplayNames.Of(i.Polarity, l.Language), DisplayNames.Of(i.Aggregation, l.Language));
                Row(targets, [i.Id, Cell(Show(i.AnnualTarget, l)), .. Triwulan.All.Select(q => Cell(Show(i.GetTriwulanTarget(q), l)))]);
            }
        }

        console.Write(indicators);
        console.Write(Numeric(targets, 1, 2, 3, 4, 5));
    }

    /// <summary>The choices of a capaian policy in words, one per line.</summary>
    public static IReadOnlyList<string> Policy(CapaianPolicy policy, Lang l) =>
    [
        l.T("kondisi khusus: ", "lower is better: ") + DisplayNames.Of(policy.NegativeFormula, l.Language),
        l.T("capaian di bawah 0 menjadi 0: ", "capaian below 0 raised to 0: ") + (policy.FloorAtZero ? l.T("ya", "yes") : l.T("tidak", "no")),
        l.T("target nol: ", "zero target: ") + DisplayNames.Of(policy.ZeroTarget, l.Language),
        l.T("R = 0 pada T/R: ", "R = 0 under T/R: ") + (policy.CapaianWhenRealisasiZero is { } z ? l.Number(z) : DisplayNames.Of(ZeroTargetRule.NotComputable, l.Language)),
        l.T("batas atas: ", "cap: ") + (policy.Cap is { } cap ? l.Number(cap) : l.T("tidak ada", "none")),
    ];

    public static void Realisasi(IAnsiConsole console, DemoYear year, Lang l)
    {
        var table = NewTable(l.T("Realisasi per triwulan ", "Realisasi per quarter ") + year.Label, l.T("Indikator", "Indicator"), l.T("Satuan", "Unit"), "TW I", "TW II", "TW III", "TW IV");
        foreach (var c in year.Capaian)
        {
            Row(table, [c.Indicator.Id + " " + c.Indicator.Name, c.Indicator.Satuan, .. c.ByTriwulan.Select(q => RealisasiText(q, l))]);
        }

        console.Write(Numeric(table, 2, 3, 4, 5));
    }

    /// <summary>The capaian of each indicator: one table per indicator, a column per quarter, a row per figure (in the quarter, to date, against the annual target).</summary>
    public static void Capaian(IAnsiConsole console, DemoYear year, Lang l)
    {
        var scale = DemoYear.Scale;
        foreach (var indicator in year.Capaian)
        {
            var i = indicator.Indicator;
            var notes = new CellNotes(l);
            var table = NewTable(
                $"{i.Id} {i.Name} — " + l.T("satuan ", "unit ") + i.Satuan + l.T("; polaritas ", "; polarity ") + DisplayNames.Of(i.Polarity, l.Language)
                + l.T("; agregasi ", "; aggregation ") + DisplayNames.Of(i.Aggregation, l.Language) + l.T("; target tahunan ", "; annual target ") + Show(i.AnnualTarget, l),
                string.Empty, "TW I", "TW II", "TW III", "TW IV");
            var q = indicator.ByTriwulan;
            Row(table, [l.T("Target", "Target"), .. q.Select(t => Cell(Show(t.Target, l)))]);
            Row(table, [l.T("Realisasi", "Realisasi"), .. q.Select(t => RealisasiText(t, l))]);
            Row(table, [l.T("Capaian (%)", "Capaian (%)"), .. q.Select(t => notes.Result(t.Capaian))]);
            Row(table, [l.T("Kategori", "Category"), .. q.Select(t => t.Capaian.Classify(scale)?.Label ?? "-")]);
            Row(table, [l.T("Target kumulatif", "Target to date"), .. q.Select(t => Cell(Show(t.CumulativeTarget, l)))]);
            Row(table, [l.T("Realisasi kumulatif", "Realisasi to date"), .. q.Select(t => t.CumulativeGrade ?? (t.CumulativeRealisasi is { } c ? l.Number(c) : "-"))]);
            Row(table, [l.T("Capaian kumulatif (%)", "Capaian to date (%)"), .. q.Select(t => notes.Result(t.CumulativeCapaian))]);
            Row(table, [l.T("Kategori kumulatif", "Category to date"), .. q.Select(t => t.CumulativeCapaian.Classify(scale)?.Label ?? "-")]);
            Row(table, [l.T("Terhadap target tahunan (%)", "Against the annual target (%)"), .. q.Select(t => notes.Result(t.AnnualCapaian))]);
            console.Write(Notes(Numeric(table, 1, 2, 3, 4), notes));
        }
    }

    public static void Serapan(IAnsiConsole console, DemoYear year, Lang l)
    {
        var notes = new CellNotes(l);
        var table = NewTable(
            l.T("Serapan anggaran (realisasi anggaran / pagu × 100)", "Serapan (budget realisasi / pagu × 100)"),
            "Program", "Pagu (Rp)", "TW I", "TW II", "TW III", "TW IV", l.T("s.d.\nTW IV", "To\nTW IV"));
        foreach (var p in year.Serapan)
        {
            // The pagu's digits as FormatRupiah writes them (every digit, never rounded), the "Rp" in the header.
            Row(table, [p.Program.Id + " " + p.Program.Name, l.Rupiah(p.Program.Pagu)["Rp ".Length..], .. p.ByTriwulan.Select(q => notes.Serapan(q.Serapan)), notes.Serapan(p[Triwulan.IV].CumulativeSerapan)]);
        }

        console.Write(Notes(Numeric(table, 1, 2, 3, 4, 5, 6), notes));
    }

    /// <summary>
    /// The Laporan Pengukuran Kinerja of one quarter, as two tables that fit 80 columns: the quarter itself (target,
    /// realisasi, capaian and category), then to date (realisasi and capaian to date, against the annual target).
    /// </summary>
    public static void Laporan(IAnsiConsole console, DemoYear year, Triwulan q, Lang l)
    {
        var scale = DemoYear.Scale;
        var notes = new CellNotes(l);
        var quarter = NewTable(
            $"Laporan Pengukuran Kinerja {q} {year.Pk.Year} — {year.Pk.Unit.Name} {year.Label}",
            "No", l.T("Sasaran / indikator kinerja", "Sasaran / performance indicator"), l.T("Satuan", "Unit"), "Target", "Realisasi", l.T("Capaian\n(%)", "Capaian\n(%)"), l.T("Kategori", "Category"));
        var toDate = NewTable(
            l.T("s.d. ", "To date, ") + q + " " + year.Pk.Year,
            "No", l.T("Indikator kinerja", "Performance indicator"), l.T("Realisasi\ns.d. ", "Realisasi\nto ") + q, l.T("Capaian\ns.d. ", "Capaian\nto ") + q + "\n(%)", l.T("Kategori", "Category"),
            l.T("Thd.\ntarget\ntahunan\n(%)", "Against\nannual\ntarget\n(%)"));
        var number = 0;
        foreach (var c in year.Capaian)
        {
            var tw = c[q];
            var no = Count(++number);
            var name = c.Indicator.Id + " " + c.Indicator.Name;
            Row(quarter, no, year.SasaranOf(c.Indicator).Id + " / " + name, c.Indicator.Satuan, Cell(Show(tw.Target, l)), RealisasiText(tw, l), notes.Result(tw.Capaian), tw.Capaian.Classify(scale)?.Label ?? "-");
            Row(toDate, no, name, tw.CumulativeGrade ?? (tw.CumulativeRealisasi is { } r ? l.Number(r) : "-"), notes.Result(tw.CumulativeCapaian), tw.CumulativeCapaian.Classify(scale)?.Label ?? "-", notes.Result(tw.AnnualCapaian));
        }

        var figures = year.Kecamatan(new RecapPeriod(q, cumulative: false));
        console.Write(Numeric(quarter, 0, 3, 4, 5));
        var summary = l.T("Rata-rata capaian ", "Average capaian ") + q + ": " + Average(figures, l) + l.T("; belum lapor ", "; not reported ") + l.Count(figures.NotReported)
            + l.T(", tidak dapat dihitung ", ", not computable ") + l.Count(figures.NotComputable) + ".";
        console.Write(Notes(Numeric(toDate, 0, 2, 3, 5), notes, summary));
    }

    /// <summary>A recap's groups of some levels in one period, with counts per category.</summary>
    public static void Recap(IAnsiConsole console, string title, IEnumerable<(string Level, string Group, RecapFigures Figures)> rows, IReadOnlyList<string> bandLabels, Lang l, int limit = 0, string? levelHeader = null, string? groupHeader = null)
    {
        // The counts per category share one text column ("K1=3, K2=1, ..."), named in the caption: five bands as
        // columns of their own do not fit 80 columns beside the group's name.
        var table = NewTable(
            title, levelHeader ?? l.T("Tingkat", "Level"), groupHeader ?? l.T("Kelompok", "Group"), "Ind.", l.T("Dihit.", "Comp."), l.T("Rata²", "Avg."),
            l.T("Kategori", "Categories"), l.T("BL", "NR"), l.T("TD", "NC"));
        var all = rows.ToList();
        foreach (var row in limit > 0 ? all.Take(limit) : all)
        {
            var f = row.Figures;
            Row(table, row.Level, row.Group, l.Count(f.IndicatorCount), l.Count(f.Computed), Average(f, l), string.Join(", ", f.Categories.Select((c, i) => "K" + Count(i + 1) + "=" + l.Count(c))), l.Count(f.NotReported), l.Count(f.NotComputable));
        }

        var legend = l.T("Ind. = indikator, Dihit. = dihitung, Rata² = rata-rata capaian", "Ind. = indicators, Comp. = computed, Avg. = average capaian")
            + string.Concat(bandLabels.Select((b, i) => ", K" + Count(i + 1) + " = " + b))
            + l.T(", BL = belum lapor, TD = tidak dapat dihitung.", ", NR = not reported, NC = not computable.");
        if (limit > 0 && all.Count > limit)
        {
            legend += l.T(
                $" {l.Count(limit)} dari {l.Count(all.Count)} kelompok ditampilkan (--limit 0 untuk semua).",
                $" {l.Count(limit)} of {l.Count(all.Count)} groups shown (--limit 0 for all).");
        }

        table.Caption(Markup.Escape(legend));
        console.Write(Numeric(table, 2, 3, 4, 6, 7));
    }

    public static void SopRun(IAnsiConsole console, SopRunResult run, Lang l)
    {
        var definition = run.Instance.Definition;
        var zone = run.Calendar.TimeZone;
        var table = NewTable(
            $"SOP \"{definition.Header.Nama}\" ({definition.Id} v{definition.Version}) — {run.Instance.Subject}; " + l.T("waktu ", "time ") + $"{ZoneName(zone)} {run.Instance.StartedAt.InZone(zone).Year}",
            "No", l.T("Kegiatan", "Activity"), l.T("Oleh (peran)", "By (role)"), l.T("Mutu baku,\ndibuka,\nbatas,\nselesai", "Standard,\nopened,\ndue,\ndone"), l.T("Tindakan", "Action"));
        foreach (var s in run.Steps)
        {
            var status = s.Due is null ? l.T("tanpa standar", "no standard") : s.WithinStandard ? l.T("tepat waktu", "on time") : l.T("terlambat", "late");
            Row(
                table,
                s.Step.Key,
                s.Step.Activity,
                s.Person.Name + " (" + s.Role.Name + ")",
                string.Join("\n", s.Step.Waktu.Text, ShortMoment(s.OpenedAt, zone, l), s.Due is { } due ? ShortMoment(due, zone, l) : "-", ShortMoment(s.ActedAt, zone, l)),
                Action(s, l) + "; " + status);
        }

        table.Caption(Markup.Escape(
            l.T("Status: ", "Status: ") + DisplayNames.Of(run.Instance.Status, l.Language) + "; "
            + l.T($"{run.Steps.Count} tindakan, {run.Returns} kali dikembalikan untuk perbaikan; ", $"{run.Steps.Count} actions, {run.Returns} returned for correction; ")
            + l.T("mulai ", "started ") + Moment(run.Instance.StartedAt, zone, l) + l.T(", selesai ", ", ended ") + (run.Instance.EndedAt is { } end ? Moment(end, zone, l) : "-") + "; "
            + l.T("waktu kerja ", "working time ") + WorkingTime(run.Calendar.WorkingTimeBetween(run.Instance.StartedAt, run.Instance.EndedAt ?? run.Instance.StartedAt), l)));
        console.Write(Numeric(table, 0, 3));
    }

    /// <summary>Recap rows as (level, group, figures) for <see cref="Recap"/>.</summary>
    public static IEnumerable<(string Level, string Group, RecapFigures Figures)> Groups(IEnumerable<RecapRow> rows, Lang l) =>
        rows.Select(r => (DisplayNames.Of(r.Key.Level, l.Language), GroupName(r.Key, l), r.Figures));

    public static string Average(RecapFigures f, Lang l) => f.Average is { } a ? l.Number(a) : "-";

    public static string GroupName(RecapKey key, Lang l) => key.Item ?? key.UnitCode ?? key.KecamatanCode ?? key.KabupatenCode ?? DisplayNames.Of(RecapLevel.National, l.Language);

    /// <summary>A recap period: "TW II", or to date "s.d. TW II" / "to TW II".</summary>
    public static string Period(RecapPeriod period, Lang l) => period.IsCumulative ? l.T("s.d. ", "to ") + period.Triwulan : period.Triwulan.ToString();

    private static string Action(SopRunStep s, Lang l) => s.Outcome switch
    {
        SopEventKind.Approved => DisplayNames.Of(s.Outcome, l.Language) + " (" + s.Step.Decision!.YesLabel + ")",
        SopEventKind.Returned => (s.Step.Decision!.NoStep is { } back ? l.T("dikembalikan ke langkah ", "returned to step ") + back : l.T("dikembalikan kepada ", "returned to ") + s.Step.Decision.NoRole)
            + " (" + s.Step.Decision.NoLabel + "): " + s.Note,
        _ => DisplayNames.Of(s.Outcome, l.Language),
    };

    private static string RealisasiText(TriwulanCapaian q, Lang l) =>
        q.Realisasi is { } r ? r.Grade ?? l.Number(r.Value!.Value) : "-";
}
