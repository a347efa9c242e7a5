using System.Collections;

namespace Kinerja.Core.Sop;

/// <summary>
/// The event log of an <see cref="SopInstance"/>: an immutable list whose <see cref="Append"/> shares its
/// buffer with the list it came from (appending to the newest version is O(1) amortised, appending to an
/// older one copies; each version reads only its own prefix, so versions are safe to share between threads),
/// with its hash chain computed when it is first read rather than on every transition.
/// </summary>
/// <remarks>
/// The engine appends an event without its chain fields; <see cref="Sealed"/> hashes the pending events in
/// order (each against the one before it, <see cref="SopChain.Seal"/>) once per buffer, and everything that
/// shows the chain (<see cref="SopInstance.Events"/>, <see cref="SopInstance.ChainHead"/>, verification,
/// serialization) reads the log through it. A hash depends only on the previous hash and the event's own
/// fields, so hashing later gives exactly the hashes hashing at once would have. The indexer gives the event
/// as recorded, its chain fields possibly still pending: the fold reads only what the action recorded.
/// </remarks>
internal sealed class SopEventLog : IReadOnlyList<SopEvent>
{
    private readonly Buffer _buffer;
    private readonly int _count;

    private SopEventLog(Buffer buffer, int count)
    {
        _buffer = buffer;
        _count = count;
    }

    /// <summary>The empty log.</summary>
    public static SopEventLog Empty { get; } = new(new Buffer(0), 0);

    /// <inheritdoc/>
    public int Count => _count;

    /// <summary>The last event as recorded (chain fields possibly pending).</summary>
    public SopEvent Last => this[_count - 1];

    /// <summary>The event at <paramref name="index"/> as recorded (chain fields possibly pending).</summary>
    /// <param name="index">From 0.</param>
    public SopEvent this[int index] => (uint)index < (uint)_count ? _buffer.Items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The log with one more event.</summary>
    /// <param name="item">The event.</param>
    /// <param name="chained">Whether the event already carries its chain fields (a replayed or a first event);
    /// otherwise they are computed by <see cref="Sealed"/>.</param>
    /// <returns>The longer log.</returns>
    public SopEventLog Append(SopEvent item, bool chained)
    {
        var buffer = _buffer;
        if (_count < buffer.Items.Length && Interlocked.CompareExchange(ref buffer.Used, _count + 1, _count) == _count)
        {
            buffer.Items[_count] = item;
            if (chained)
            {
                lock (buffer)
                {
                    if (buffer.SealedCount == _count)
                    {
                        Volatile.Write(ref buffer.SealedCount, _count + 1);
                    }
                }
            }

            return new SopEventLog(buffer, _count + 1);
        }

        // Read how far the old buffer is sealed before copying: the events below that count are final.
        var sealedCount = Math.Min(Volatile.Read(ref buffer.SealedCount), _count);
        var grown = new Buffer(Math.Max(4, _count * 2));
        Array.Copy(buffer.Items, grown.Items, _count);
        grown.Items[_count] = item;
        grown.Used = _count + 1;
        grown.SealedCount = chained && sealedCount == _count ? _count + 1 : sealedCount;
        return new SopEventLog(grown, _count + 1);
    }

    /// <summary>This log with every event's chain fields set: the pending events are hashed now, in order, once.</summary>
    /// <returns>This log.</returns>
    public SopEventLog Sealed()
    {
        var buffer = _buffer;
        if (Volatile.Read(ref buffer.SealedCount) < _count)
        {
            lock (buffer)
            {
                var items = buffer.Items;
                for (var i = buffer.SealedCount; i < _count; i++)
                {
                    // The first event of a log is always appended chained, so i is at least 1 here.
                    items[i] = SopChain.Seal(items[i - 1].Hash!, items[i]);
                }

                if (buffer.SealedCount < _count)
                {
                    Volatile.Write(ref buffer.SealedCount, _count);
                }
            }
        }

        return this;
    }

    /// <inheritdoc/>
    public IEnumerator<SopEvent> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _buffer.Items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Buffer(int capacity)
    {
#pragma warning disable SA1401, CA1051 // counters shared between the versions of a log, updated with Interlocked and under the buffer's lock
        public readonly SopEvent[] Items = new SopEvent[capacity];
        public int Used;

        /// <summary>How many leading items carry their chain fields; written under the lock, read with Volatile.</summary>
        public int SealedCount;
#pragma warning restore SA1401, CA1051
    }
}
