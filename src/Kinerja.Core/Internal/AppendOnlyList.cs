using System.Collections;

namespace Kinerja.Core.Internal;

/// <summary>
/// An immutable list whose <see cref="Append"/> shares its buffer with the list it came from:
/// appending to the newest version is O(1) amortised, appending to an older one copies. Each
/// version only ever reads its own prefix, so versions are safe to share between threads.
/// </summary>
internal sealed class AppendOnlyList<T> : IReadOnlyList<T>
{
    private readonly Buffer _buffer;
    private readonly int _count;

    private AppendOnlyList(Buffer buffer, int count)
    {
        _buffer = buffer;
        _count = count;
    }

    public static AppendOnlyList<T> Empty { get; } = new(new Buffer(0), 0);

    public int Count => _count;

    public T this[int index] => (uint)index < (uint)_count ? _buffer.Items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public T Last => this[_count - 1];

    public AppendOnlyList<T> Append(T item)
    {
        var buffer = _buffer;
        if (_count < buffer.Items.Length && Interlocked.CompareExchange(ref buffer.Used, _count + 1, _count) == _count)
        {
            buffer.Items[_count] = item;
            return new AppendOnlyList<T>(buffer, _count + 1);
        }

        var grown = new Buffer(Math.Max(4, _count * 2));
        Array.Copy(buffer.Items, grown.Items, _count);
        grown.Items[_count] = item;
        grown.Used = _count + 1;
        return new AppendOnlyList<T>(grown, _count + 1);
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _buffer.Items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Buffer(int capacity)
    {
#pragma warning disable SA1401, CA1051 // a shared counter updated with Interlocked
        public readonly T[] Items = new T[capacity];
        public int Used;
#pragma warning restore SA1401, CA1051
    }
}
