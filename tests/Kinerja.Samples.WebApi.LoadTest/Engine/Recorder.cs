using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Kinerja.Samples.WebApi.LoadTest;

/// <summary>
/// Every request's operation, status and latency, and the answers the run did not expect (kept for the report:
/// the first few of them with their body, so that a failure names its cause). Thread-safe: one per run.
/// </summary>
internal sealed class Recorder
{
    private const int KeptSamples = 10;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Operation, int Status), int> _statuses = new();
    private readonly ConcurrentQueue<string> _unexpectedSamples = new();
    private int _serverErrors;
    private int _unexpected;
    private int _transportErrors;

    /// <summary>Answers with a status of 500 or more.</summary>
    public int ServerErrors => _serverErrors;

    /// <summary>Answers whose status the operation does not expect (5xx included) and requests that got no answer.</summary>
    public int Unexpected => _unexpected;

    /// <summary>Requests that got no HTTP answer (connection refused or reset, time-out).</summary>
    public int TransportErrors => _transportErrors;

    /// <summary>The first unexpected answers: operation, status and the start of the body.</summary>
    public IReadOnlyCollection<string> UnexpectedSamples => _unexpectedSamples;

    /// <summary>How many answers of each operation had each status (status 0: no answer).</summary>
    public IReadOnlyDictionary<(string Operation, int Status), int> Statuses => _statuses;

    /// <summary>Records one answered request.</summary>
    public void Record(string operation, int status, long elapsedTimestamp, bool expected, string? body)
    {
        _latencies.GetOrAdd(operation, _ => new ConcurrentQueue<long>()).Enqueue(elapsedTimestamp);
        _statuses.AddOrUpdate((operation, status), 1, (_, n) => n + 1);
        if (status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }

        if (!expected)
        {
            Interlocked.Increment(ref _unexpected);
            Keep($"{operation} {status.ToString(CultureInfo.InvariantCulture)}: {Cut(body)}");
        }
    }

    /// <summary>Records a request that got no answer.</summary>
    public void RecordTransportError(string operation, Exception error)
    {
        _statuses.AddOrUpdate((operation, 0), 1, (_, n) => n + 1);
        Interlocked.Increment(ref _transportErrors);
        Interlocked.Increment(ref _unexpected);
        Keep($"{operation} no answer: {error.GetType().Name}: {Cut(error.Message)}");
    }

    /// <summary>Latency percentiles of each operation and of all together, in milliseconds.</summary>
    public IReadOnlyList<LatencyRow> Latencies()
    {
        var rows = _latencies.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => LatencyRow.Of(p.Key, [.. p.Value])).ToList();
        rows.Add(LatencyRow.Of("all", [.. _latencies.Values.SelectMany(q => q)]));
        return rows;
    }

    private void Keep(string sample)
    {
        if (_unexpectedSamples.Count < KeptSamples)
        {
            _unexpectedSamples.Enqueue(sample);
        }
    }

    private static string Cut(string? text)
    {
        text = (text ?? string.Empty).ReplaceLineEndings(" ");
        return text.Length <= 700 ? text : text[..700] + "…";
    }
}

/// <summary>One operation's request count and latency percentiles (nearest rank), in milliseconds.</summary>
internal sealed record LatencyRow(string Operation, int Count, double P50, double P95, double P99, double Max)
{
    /// <summary>The row of <paramref name="elapsed"/> (Stopwatch timestamps).</summary>
    public static LatencyRow Of(string operation, long[] elapsed)
    {
        Array.Sort(elapsed);
        return new LatencyRow(operation, elapsed.Length, Rank(elapsed, 0.50), Rank(elapsed, 0.95), Rank(elapsed, 0.99), elapsed.Length == 0 ? 0 : Ms(elapsed[^1]));
    }

    /// <summary>The nearest-rank percentile <paramref name="p"/> of sorted timestamps, in milliseconds (0 when empty).</summary>
    public static double Rank(long[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var index = (int)Math.Ceiling(p * sorted.Length) - 1;
        return Ms(sorted[Math.Clamp(index, 0, sorted.Length - 1)]);
    }

    private static double Ms(long timestamp) => timestamp * 1000.0 / Stopwatch.Frequency;

    /// <summary>The row as a line of the report's table.</summary>
    public string Format(double seconds)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"{Operation,-22}{Count,9}{Count / seconds,9:F1}{P50,9:F1}{P95,9:F1}{P99,9:F1}{Max,9:F1}");
        return b.ToString();
    }
}
