using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Kinerja.Core.Agreements;

namespace Kinerja.Core.Csv.Internal;

/// <summary>
/// Hands the rows read to another sink on a second thread, in batches and in file order, so that reading a file
/// (decoding, splitting, checking and parsing the cells) and laying out the source it fills run side by side on two
/// cores. The inner sink gets the same calls in the same order as it would on one thread, only later; nothing it does
/// is seen by the reader before <see cref="Complete"/>.
/// </summary>
internal sealed class PipelinedSink : IRowSink, IDisposable
{
    /// <summary>Rows per batch: large enough that the hand-over costs little per row, small enough to stay in the caches.</summary>
    private const int BatchRows = 2048;

    /// <summary>Batches in flight: the reader is at most this far ahead of the inner sink (memory stays bounded).</summary>
    private const int Batches = 8;

    private readonly IRowSink _inner;
    private readonly BlockingCollection<Batch> _full = new(new ConcurrentQueue<Batch>(), Batches);
    private readonly BlockingCollection<Batch> _empty = new(new ConcurrentQueue<Batch>(), Batches);
    private readonly CancellationTokenSource _failed = new();
    private readonly Thread _consumer;
    private Batch _current;
    private ExceptionDispatchInfo? _error;
    private bool _completed;

    public PipelinedSink(IRowSink inner)
    {
        _inner = inner;
        for (var i = 1; i < Batches; i++)
        {
            _empty.Add(new Batch());
        }

        _current = new Batch();
        _consumer = new Thread(Consume) { IsBackground = true, Name = "Kinerja.Core.Csv source" };
        _consumer.Start();
    }

    /// <summary>Whether a file is worth a second thread: more than one core, and a file long enough (or of unknown length).</summary>
    public static bool Pays(Stream stream) =>
        Environment.ProcessorCount > 1 && (!stream.CanSeek || stream.Length - stream.Position >= 4L << 20);

    public void Add(int line, string kabupaten, string kecamatan, string unit, string sasaran, string indicator, Polarity polarity, AggregationMethod aggregation, int triwulan, decimal? targetLower, decimal? targetUpper, decimal? realisasi)
    {
        ref var row = ref _current.Rows[_current.Count++];
        row = new Row(line, kabupaten, kecamatan, unit, sasaran, indicator, polarity, aggregation, triwulan, targetLower, targetUpper, realisasi);
        if (_current.Count == BatchRows)
        {
            Hand();
        }
    }

    /// <inheritdoc/>
    public bool Stopped => _inner.Stopped;

    public void Expect(int rows)
    {
        // A hint that goes with the rows before it, as the inner sink would have had it.
        _current.ExpectAt = _current.Count;
        _current.Expect = rows;
    }

    /// <summary>Hands over the last rows and waits until the inner sink has had every row; rethrows what it threw.</summary>
    public void Complete()
    {
        if (!_completed)
        {
            _completed = true;
            if (_current.Count > 0 || _current.Expect >= 0)
            {
                Hand();
            }

            _full.CompleteAdding();
            _consumer.Join();
        }

        _error?.Throw();
    }

    /// <summary>Stops the second thread if <see cref="Complete"/> was not reached (the reader failed).</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            _failed.Cancel();
            _full.CompleteAdding();
            _consumer.Join();
        }

        _full.Dispose();
        _empty.Dispose();
        _failed.Dispose();
    }

    private void Hand()
    {
        try
        {
            _full.Add(_current, _failed.Token);
            _current = _empty.Take(_failed.Token);
        }
        catch (OperationCanceledException)
        {
            // The inner sink failed: its exception is the one to see.
            _error!.Throw();
        }
    }

    private void Consume()
    {
        try
        {
            foreach (var batch in _full.GetConsumingEnumerable(_failed.Token))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    if (i == batch.ExpectAt)
                    {
                        _inner.Expect(batch.Expect);
                    }

                    ref readonly var r = ref batch.Rows[i];
                    _inner.Add(r.Line, r.Kabupaten, r.Kecamatan, r.Unit, r.Sasaran, r.Indicator, r.Polarity, r.Aggregation, r.Triwulan, r.TargetLower, r.TargetUpper, r.Realisasi);
                }

                if (batch.ExpectAt == batch.Count)
                {
                    _inner.Expect(batch.Expect);
                }

                // The rows are overwritten when the batch is used again, not cleared: their strings are the reader's
                // interned codes, alive until the end of the file anyway, and clearing would cost the second thread a
                // pass over every row.
                batch.Count = 0;
                batch.ExpectAt = -1;
                batch.Expect = -1;
                _empty.Add(batch);
            }
        }
        catch (OperationCanceledException) when (_failed.IsCancellationRequested && _error is null)
        {
            // Disposed before completion: the reader's own exception is under way.
        }
#pragma warning disable CA1031 // Any exception of the inner sink is rethrown on the reader's thread.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _error = ExceptionDispatchInfo.Capture(e);
            _failed.Cancel();
        }
    }

    private readonly record struct Row(int Line, string Kabupaten, string Kecamatan, string Unit, string Sasaran, string Indicator, Polarity Polarity, AggregationMethod Aggregation, int Triwulan, decimal? TargetLower, decimal? TargetUpper, decimal? Realisasi);

    private sealed class Batch
    {
        public readonly Row[] Rows = new Row[BatchRows];
        public int Count;
        public int ExpectAt = -1;
        public int Expect = -1;
    }
}
