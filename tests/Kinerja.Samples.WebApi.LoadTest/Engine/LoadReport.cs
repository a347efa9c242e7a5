using System.Globalization;

namespace Kinerja.Samples.WebApi.LoadTest;

/// <summary>Prints a <see cref="LoadResult"/>: throughput, latency per operation, statuses, retries and the ledger's verdict.</summary>
internal static class LoadReport
{
    /// <summary>Writes the report of <paramref name="result"/> to <paramref name="output"/>.</summary>
    public static void Write(LoadResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var r = result.Recorder;
        var inv = CultureInfo.InvariantCulture;
        var latencies = r.Latencies();
        var all = latencies[^1];
        output.WriteLine();
        output.WriteLine(string.Create(inv, $"users {result.Options.Users} ({result.Options.Users - result.Options.SopUsersUsed} realisasi writers, {result.Options.SopUsersUsed} SOP runners), {result.Seconds:F1} s, {all.Count} requests, {all.Count / result.Seconds:F1} requests/s"));
        output.WriteLine();
        output.WriteLine($"{"operation",-22}{"count",9}{"per s",9}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"max ms",9}");
        foreach (var row in latencies)
        {
            output.WriteLine(row.Format(result.Seconds));
        }

        output.WriteLine();
        output.WriteLine("statuses: " + string.Join(", ", r.Statuses.OrderBy(p => p.Key.Operation, StringComparer.Ordinal).ThenBy(p => p.Key.Status)
            .Select(p => $"{p.Key.Operation} {p.Key.Status.ToString(inv)}×{p.Value.ToString(inv)}")));
        output.WriteLine(string.Create(inv, $"realisasi: {result.RealisasiWrites} writes acknowledged, {result.RealisasiRetries} retries after 412, {result.RealisasiGaveUp} given up after {100} retries"));
        output.WriteLine(string.Create(inv, $"sop: {result.SopStarted} instances started, {result.SopFinished} run to their end, {result.SopActions} actions acknowledged, {result.SopRetries} retries after 412, {result.ProbesRefused} wrong-role probes refused (403)"));
        if (result.Notes.Length > 0)
        {
            output.WriteLine(result.Notes);
        }

        output.WriteLine();
        output.WriteLine(string.Create(inv, $"lost writes {result.Check.LostWrites}, duplicated writes {result.Check.DuplicatedWrites}, stored but not acknowledged {result.Check.UnacknowledgedWrites}, stored after a 5xx or no answer {result.Check.StoredAfterError}"));
        output.WriteLine(string.Create(inv, $"5xx answers {r.ServerErrors}, other unexpected statuses {r.Unexpected - r.ServerErrors - r.TransportErrors}, no answer {r.TransportErrors}"));
        foreach (var finding in result.Check.Findings.Take(20))
        {
            output.WriteLine("  " + finding);
        }

        foreach (var sample in r.UnexpectedSamples)
        {
            output.WriteLine("  unexpected: " + sample);
        }

        output.WriteLine(result.Passed ? "PASS: nothing lost, nothing duplicated, no 5xx" : "FAIL");
    }
}
