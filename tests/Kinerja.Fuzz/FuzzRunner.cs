using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Kinerja.Fuzz;

/// <summary>How a round runs.</summary>
/// <param name="Inputs">How many inputs in all, shared in turn among the loaders.</param>
/// <param name="Seed">The round's seed: input <c>i</c> of a round is the same whenever it runs.</param>
/// <param name="LimitMs">The most milliseconds one input may take before the harness reports it.</param>
/// <param name="Only">Runs only this input (to reproduce one), or null.</param>
/// <param name="Target">Runs only the loaders whose name contains this, or null.</param>
internal sealed record FuzzSettings(long Inputs, int Seed = 1, double LimitMs = 2000, long? Only = null, string? Target = null);

/// <summary>What one loader did in a round.</summary>
internal sealed class TargetReport
{
    public TargetReport(string name) => Name = name;

    public string Name { get; }

    public long Inputs { get; set; }

    public long Valid { get; set; }

    public long Problems { get; set; }

    public long RejectedByHost { get; set; }

    public long Exceptions { get; set; }

    public long OverLimit { get; set; }

    public double SlowestMs { get; set; }

    public long SlowestInput { get; set; } = -1;

    public double TotalMs { get; set; }

    /// <summary>The first few exceptions and inputs over the limit: which input, what happened.</summary>
    public List<string> Findings { get; } = [];
}

/// <summary>
/// Runs a round: input <c>i</c> goes to loader <c>i mod n</c>, made by mutating one of its seeds with a
/// <see cref="Random"/> seeded from the round's seed and <c>i</c>; every 64th input of a loader is a seed
/// unchanged. Each input is timed on its own; an exception of any type is a finding (a loader is called
/// only with non-null arguments, so no exception is documented for these calls).
/// </summary>
internal static class FuzzRunner
{
    private const int FindingsKept = 10;

    public static IReadOnlyList<TargetReport> Run(IReadOnlyList<FuzzTarget> all, FuzzSettings settings, TextWriter? progress = null)
    {
        var targets = all.Where(t => settings.Target is null || t.Name.Contains(settings.Target, StringComparison.OrdinalIgnoreCase)).ToList();
        var reports = targets.Select(t => new TargetReport(t.Name)).ToList();
        var texts = targets.SelectMany(t => t.TextSeeds).ToList();
        foreach (var t in targets)
        {
            // Warm up (JIT, lazily built tables) outside the timings.
            Invoke(t, t.TextSeeds.Count > 0 ? t.TextSeeds[0] : null, t.ByteSeeds.Count > 0 ? t.ByteSeeds[0] : null);
        }

        var clock = new Stopwatch();
        var first = settings.Only ?? 0;
        var end = settings.Only is { } only ? only + 1 : settings.Inputs;
        var nextProgress = Stopwatch.StartNew();
        for (var i = first; i < end; i++)
        {
            var k = (int)(i % targets.Count);
            var target = targets[k];
            var report = reports[k];
            var random = new Random(Mix(settings.Seed, i));
            var unchanged = (i / targets.Count) % 64 == 0;
            string? text = null;
            byte[]? bytes = null;
            if (target.Binary)
            {
                var seed = target.ByteSeeds[random.Next(target.ByteSeeds.Count)];
                bytes = unchanged ? seed : (target.MutateBytes ?? XlsxMutator.Mutate)(seed, random);
            }
            else
            {
                var seed = target.TextSeeds[random.Next(target.TextSeeds.Count)];
                text = unchanged ? seed : JsonMutator.Mutate(seed, texts, random, target.MaxCopies);
            }

            if (settings.Only is not null && Environment.GetEnvironmentVariable("KINERJA_FUZZ_DUMP") is { Length: > 0 } dump)
            {
                // Reproducing one input: keep it for a closer look (text as UTF-16 code units would lose nothing, but UTF-8 is what editors open).
                if (bytes is not null)
                {
                    File.WriteAllBytes(dump, bytes);
                }
                else
                {
                    // UTF-16 code units above U+007E written as <U+XXXX>, so a lone surrogate survives the file.
                    File.WriteAllText(dump, string.Concat(text!.Select(c => c > '~' ? "<U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ">" : c.ToString())));
                }
            }

            report.Inputs++;
            clock.Restart();
            try
            {
                switch (Invoke(target, text, bytes))
                {
                    case Outcome.Valid:
                        report.Valid++;
                        break;
                    case Outcome.Problems:
                        report.Problems++;
                        break;
                    default:
                        report.RejectedByHost++;
                        break;
                }
            }
#pragma warning disable CA1031 // Any exception from a loader on bad input is what the harness looks for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                report.Exceptions++;
                if (settings.Only is not null)
                {
                    progress?.WriteLine(e.ToString());
                }

                if (report.Findings.Count < FindingsKept)
                {
                    report.Findings.Add("input " + Of(i) + ": " + e.GetType().FullName + ": " + Short(e.Message) + " at " + Short(e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "?") + Describe(text, bytes));
                }
            }

            clock.Stop();
            var ms = clock.Elapsed.TotalMilliseconds;
            report.TotalMs += ms;
            if (ms > report.SlowestMs)
            {
                report.SlowestMs = ms;
                report.SlowestInput = i;
            }

            if (ms > settings.LimitMs)
            {
                report.OverLimit++;
                if (report.Findings.Count < FindingsKept)
                {
                    report.Findings.Add("input " + Of(i) + ": took " + ms.ToString("F0", CultureInfo.InvariantCulture) + " ms" + Describe(text, bytes));
                }
            }

            if (progress is not null && nextProgress.Elapsed.TotalSeconds >= 60)
            {
                progress.WriteLine("… " + Of(i + 1) + " inputs, " + Of(reports.Sum(r => r.Exceptions)) + " exceptions, " + Of(reports.Sum(r => r.OverLimit)) + " over the limit");
                progress.Flush();
                nextProgress.Restart();
            }
        }

        return reports;
    }

    /// <summary>The round's results as a Markdown table, one row per loader and a total.</summary>
    public static string Table(IReadOnlyList<TargetReport> reports)
    {
        var s = new StringBuilder();
        s.AppendLine("| loader | inputs | valid | problems returned | refused by the host's reader | exceptions | over the limit | slowest input (ms) | mean (ms) |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in reports)
        {
            s.AppendLine("| " + r.Name + " | " + Of(r.Inputs) + " | " + Of(r.Valid) + " | " + Of(r.Problems) + " | " + Of(r.RejectedByHost) + " | " + Of(r.Exceptions) + " | " + Of(r.OverLimit)
                + " | " + r.SlowestMs.ToString("F1", CultureInfo.InvariantCulture) + " | " + (r.Inputs == 0 ? 0 : r.TotalMs / r.Inputs).ToString("F3", CultureInfo.InvariantCulture) + " |");
        }

        s.AppendLine("| **all** | " + Of(reports.Sum(r => r.Inputs)) + " | " + Of(reports.Sum(r => r.Valid)) + " | " + Of(reports.Sum(r => r.Problems)) + " | " + Of(reports.Sum(r => r.RejectedByHost))
            + " | " + Of(reports.Sum(r => r.Exceptions)) + " | " + Of(reports.Sum(r => r.OverLimit)) + " | " + reports.Max(r => r.SlowestMs).ToString("F1", CultureInfo.InvariantCulture) + " | |");
        return s.ToString();
    }

    private static Outcome Invoke(FuzzTarget target, string? text, byte[]? bytes) =>
        target.Binary ? target.RunBytes!(bytes!) : target.RunText!(text!);

    /// <summary>A seed for input <paramref name="i"/> of a round (SplitMix64's finaliser, so neighbouring inputs differ).</summary>
    private static int Mix(int seed, long i)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ (ulong)i;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
            return (int)(z ^ (z >> 31));
        }
    }

    private static string Describe(string? text, byte[]? bytes) =>
        text is not null ? " (" + Of(text.Length) + " chars, starts " + Short(text.Replace("\n", " ")) + ")" : " (" + Of(bytes!.Length) + " bytes)";

    private static string Short(string text) => text.Length <= 120 ? text : text.Substring(0, 117) + "...";

    private static string Of(long n) => n.ToString(CultureInfo.InvariantCulture);
}
