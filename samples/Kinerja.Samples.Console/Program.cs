using Kinerja.Core;
using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Samples.Console;

// Kinerja.Core console sample: capaian per triwulan for a DEMO kecamatan (invented data).
var pk = DemoKecamatan.BuildPk();
var realisasi = DemoKecamatan.BuildRealisasi(pk);
var policy = CapaianPolicy.Default;
var scale = CategoryScales.Permendagri86;

Console.WriteLine($"Perjanjian Kinerja {pk.Year} — {pk.Unit.Name}  [DATA DEMO / demo data]");
Console.WriteLine($"Pihak pertama: {pk.PihakPertama.Name}, {pk.PihakPertama.PrintedJabatan}, NIP {pk.PihakPertama.Nip}");
Console.WriteLine($"Pihak kedua  : {pk.PihakKedua.Name}, {pk.PihakKedua.PrintedJabatan}");
Console.WriteLine($"Skala kategori: {scale.Name}; kebijakan capaian: {policy}");
Console.WriteLine();

foreach (var indicator in CapaianEvaluator.Evaluate(pk, realisasi, policy))
{
    var i = indicator.Indicator;
    Console.WriteLine($"{i.Id} {i.Name}");
    Console.WriteLine($"   satuan {i.Satuan}; polaritas {i.Polarity}; agregasi {i.Aggregation}; target tahunan {Show(i.AnnualTarget)}");
    var table = new TextTable("TW", "Target", "Realisasi", "Capaian", "Kategori", "Target kum.", "Realisasi kum.", "Capaian kum.", "Kategori kum.", "Thd. target tahunan");
    foreach (var q in indicator.Quarters)
    {
        table.Add(
            q.Triwulan.ToString(),
            Show(q.Target),
            q.Realisasi is { } r ? r.Grade ?? CapaianFormat.Format(r.Value!.Value) : "-",
            CapaianFormat.FormatResult(q.Capaian),
            q.Capaian.Classify(scale)?.Label ?? "-",
            Show(q.CumulativeTarget),
            q.CumulativeGrade ?? (q.CumulativeRealisasi is { } c ? CapaianFormat.Format(c) : "-"),
            CapaianFormat.FormatResult(q.CumulativeCapaian),
            q.CumulativeCapaian.Classify(scale)?.Label ?? "-",
            CapaianFormat.FormatResult(q.AnnualCapaian));
    }

    Console.WriteLine(table);
}

Console.WriteLine("Serapan anggaran (realisasi anggaran / pagu × 100)");
var budget = new TextTable("Program", "Pagu", "TW I", "TW II", "TW III", "TW IV", "Kumulatif TW IV");
foreach (var p in SerapanCalculator.Evaluate(pk, realisasi))
{
    budget.Add(
        [
            p.Program.Id,
            CapaianFormat.FormatRupiah(p.Program.Pagu),
            .. p.Quarters.Select(q => Show(q.Serapan)),
            Show(p[Triwulan.IV].CumulativeSerapan),
        ]);
}

Console.WriteLine(budget);

// Rekapitulasi of the demo kecamatan, cumulative to TW IV (qualitative indicators are left out).
var recap = Rekapitulasi.Build(
    RecapRendering.Rows(pk, realisasi, "DEMO-3303"),
    RecapRendering.Budget(pk, realisasi, "DEMO-3303"),
    RecapPolicy.Default with { Scale = scale }).Value;
Console.WriteLine("Rekapitulasi s.d. TW IV (Markdown)");
Console.WriteLine(RecapRendering.Markdown(recap, new RecapPeriod(Triwulan.IV, cumulative: true), [.. scale.Bands.Select(b => b.Label)]));
var csvAt = Array.IndexOf(args, "--recap-csv");
if (csvAt >= 0 && csvAt + 1 < args.Length)
{
    File.WriteAllText(args[csvAt + 1], RecapRendering.Csv(recap));
    Console.WriteLine("Rekapitulasi (CSV) ditulis ke " + args[csvAt + 1]);
}

return 0;

static string Show(object? value) => value switch
{
    null => "-",
    Target { Kind: TargetKind.Value } t => CapaianFormat.Format(t.Value),
    Target { Kind: TargetKind.Range } t => CapaianFormat.Format(t.Lower) + " - " + CapaianFormat.Format(t.Upper),
    Target t => t.Grade!,
    SerapanResult { Value: { } v } => CapaianFormat.Format(v),
    SerapanResult s => "- (" + s.Status + ")",
    _ => value.ToString() ?? "-",
};
