using System.Security.Cryptography;
using Kinerja.Core.Agreements;
using Kinerja.Core.Internal;
using NodaTime.Text;

namespace Kinerja.Core.Sop;

/// <summary>
/// The hash chain of an SOP event log: each event carries the hash of the event before it
/// (<see cref="SopEvent.PreviousHash"/>) and its own (<see cref="SopEvent.Hash"/>), the SHA-256 of the
/// previous hash followed by the event's canonical form, so a change to any stored event, or an event
/// removed, moved or inserted, breaks the chain at that event. The first event chains to a genesis hash
/// made from the definition's id and version and the instance's id, so a log cannot be moved to another
/// instance unnoticed. The canonical form is defined in docs/sop.md ("The hash chain"), precisely enough
/// to recompute it in another language. Hashes are 64 lowercase hexadecimal digits.
/// </summary>
public static class SopChain
{
    /// <summary>The tag that opens the genesis form; it names the canonical form's version.</summary>
    public const string FormatTag = "kinerja-sop-chain/1";

    private const int HashLength = 32;

#if !NET
    [ThreadStatic]
    private static IncrementalHash? t_sha;
#endif

    /// <summary>The genesis hash of an instance: the hash the first event chains to.</summary>
    /// <param name="definitionId">The definition's id.</param>
    /// <param name="definitionVersion">The definition's version.</param>
    /// <param name="instanceId">The instance's id.</param>
    /// <returns>64 lowercase hexadecimal digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definitionId"/> or <paramref name="instanceId"/> is null.</exception>
    public static string Genesis(string definitionId, int definitionVersion, string instanceId)
    {
        if (definitionId is null)
        {
            throw new ArgumentNullException(nameof(definitionId));
        }

        if (instanceId is null)
        {
            throw new ArgumentNullException(nameof(instanceId));
        }

        var form = CanonicalWriter.Rent(64 + (definitionId.Length * 3) + (instanceId.Length * 3));
        form.Field(FormatTag);
        form.Field(definitionId);
        form.Number(definitionVersion);
        form.Field(instanceId);
        return HashHex(form.Buffer, form.Length);
    }

    /// <summary>The canonical form of an event: the bytes its hash covers, after the previous hash.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public static byte[] CanonicalForm(SopEvent e)
    {
        _ = Write(null, e ?? throw new ArgumentNullException(nameof(e)), out var form);
        var bytes = new byte[form.Length];
        Array.Copy(form.Buffer, bytes, bytes.Length);
        return bytes;
    }

    /// <summary>The hash of an event that follows <paramref name="previousHash"/>: SHA-256 of the 32 bytes of the
    /// previous hash followed by <see cref="CanonicalForm"/>. <see cref="SopEvent.PreviousHash"/> and
    /// <see cref="SopEvent.Hash"/> are not part of the form.</summary>
    /// <param name="previousHash">The hash of the event before (or the genesis hash), 64 lowercase hexadecimal digits.</param>
    /// <param name="e">The event.</param>
    /// <returns>64 lowercase hexadecimal digits.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="previousHash"/> is not 64 lowercase hexadecimal digits.</exception>
    public static string ComputeHash(string previousHash, SopEvent e)
    {
        if (previousHash is null)
        {
            throw new ArgumentNullException(nameof(previousHash));
        }

        if (e is null)
        {
            throw new ArgumentNullException(nameof(e));
        }

        if (!Write(previousHash, e, out var form))
        {
            throw new ArgumentException("Value should be 64 lowercase hexadecimal digits (a SHA-256 hash).", nameof(previousHash));
        }

        return HashHex(form.Buffer, form.Length);
    }

    /// <summary>
    /// Verifies a log's chain without replaying it: every event must carry the hash of the one before it
    /// (the genesis hash for the first), its own hash must match its content, and its sequence must follow.
    /// Never throws on a bad log: the result names the first event that does not match and why.
    /// </summary>
    /// <param name="definitionId">The id of the definition the instance runs on.</param>
    /// <param name="definitionVersion">Its version.</param>
    /// <param name="instanceId">The instance's id.</param>
    /// <param name="events">The log, oldest first.</param>
    /// <param name="expectedHead">The hash of the last event as the host recorded it elsewhere, if any: a log cut short
    /// or extended at its end is detected only against it.</param>
    /// <param name="sealedAtMigration">How many leading events were hashed when an unchained log was read
    /// (<see cref="SopInstance.SealedAtMigration"/>); 0 for a log chained from its first event.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definitionId"/>, <paramref name="instanceId"/> or <paramref name="events"/> is null.</exception>
    public static SopChainVerification Verify(string definitionId, int definitionVersion, string instanceId, IEnumerable<SopEvent?> events, string? expectedHead = null, int sealedAtMigration = 0)
    {
        if (events is null)
        {
            throw new ArgumentNullException(nameof(events));
        }

        var genesis = Genesis(definitionId, definitionVersion, instanceId);
        var log = events as IReadOnlyList<SopEvent?> ?? events.ToArray();
        if (log.Count > 0 && log.All(e => e is not null && e.Hash is null && e.PreviousHash is null))
        {
            return SopChainVerification.Unchained(log.Count);
        }

        var head = genesis;
        for (var i = 0; i < log.Count; i++)
        {
            if (CheckLink(head, log[i], i, log) is { } broken)
            {
                return broken.Counted(log.Count);
            }

            head = log[i]!.Hash!;
        }

        if (expectedHead is not null && !string.Equals(head, expectedHead, StringComparison.Ordinal))
        {
            return SopChainVerification.Broken(SopChainFault.HeadMismatch, log.Count, null, expectedHead, head).Counted(log.Count);
        }

        var sealedCount = Math.Max(0, Math.Min(sealedAtMigration, log.Count));
        return SopChainVerification.Consistent(head, log.Count, sealedCount);
    }

    /// <summary>Whether the event at <paramref name="index"/> follows <paramref name="previous"/>; the break, or null.</summary>
    internal static SopChainVerification? CheckLink(string previous, SopEvent? e, int index, IReadOnlyList<SopEvent?>? log)
    {
        if (e is null || e.Hash is null || e.PreviousHash is null)
        {
            return SopChainVerification.Broken(SopChainFault.Unhashed, index, e?.Sequence, null, null);
        }

        if (e.Sequence != index + 1)
        {
            var later = log is not null && e.Sequence > index + 1 && !Enumerable.Range(index + 1, log.Count - index - 1).Any(k => log[k]?.Sequence == index + 1);
            return SopChainVerification.Broken(later ? SopChainFault.Missing : SopChainFault.OutOfOrder, index, e.Sequence, Text.Of(index + 1), Text.Of(e.Sequence));
        }

        if (!string.Equals(e.PreviousHash, previous, StringComparison.Ordinal))
        {
            return SopChainVerification.Broken(index == 0 ? SopChainFault.WrongGenesis : SopChainFault.PreviousHashMismatch, index, e.Sequence, previous, e.PreviousHash);
        }

        var computed = ComputeHash(previous, e);
        return string.Equals(e.Hash, computed, StringComparison.Ordinal)
            ? null
            : SopChainVerification.Broken(SopChainFault.HashMismatch, index, e.Sequence, computed, e.Hash);
    }

    /// <summary>The event with its links: chained to <paramref name="previous"/>.</summary>
    internal static SopEvent Seal(string previous, SopEvent e) => e.WithChain(previous, ComputeHash(previous, e));

    /// <summary>Writes the previous hash's 32 bytes (when <paramref name="previousHash"/> is given) and the event's canonical
    /// form into this thread's buffer; false when the previous hash is not 64 lowercase hexadecimal digits.</summary>
    private static bool Write(string? previousHash, SopEvent e, out CanonicalWriter form)
    {
        form = CanonicalWriter.Rent(HashLength + 160 + ((e.Note?.Length ?? 0) * 3));
        if (previousHash is not null)
        {
            form.Skip(HashLength);
            if (!TryDecode(previousHash, form.Buffer))
            {
                return false;
            }
        }

        form.Number(e.Sequence);
        form.Field(KindWord(e.Kind));
        form.Field(e.Step);
        form.Field(e.PersonId);
        form.Field(e.Role);
        form.Instant(e.At);
        form.Field(e.Note);
        form.Field(ActingWord(e.Acting));
        form.Field(e.StandsInFor);
        form.Field(e.Assignment);
        form.Field(e.Instruction?.Text);
        form.Number(e.Attachments.Count);
        foreach (var a in e.Attachments)
        {
            form.Field(a.Output);
            form.Field(a.Reference);
        }

        return true;
    }

    private static string KindWord(SopEventKind kind) => kind switch
    {
        SopEventKind.Started => "started",
        SopEventKind.Completed => "completed",
        SopEventKind.Approved => "approved",
        SopEventKind.Returned => "returned",
        SopEventKind.Cancelled => "cancelled",
        SopEventKind.Instructed => "instructed",
        _ => Text.Of((int)kind),
    };

    private static string ActingWord(ActingStatus acting) => acting switch
    {
        ActingStatus.Definitive => "definitive",
        ActingStatus.Plt => "plt",
        ActingStatus.Plh => "plh",
        _ => Text.Of((int)acting),
    };

    /// <summary>SHA-256 as lowercase hex: the one-shot hash on .NET; elsewhere one reusable hash object per thread
    /// (creating one costs more than hashing an event).</summary>
    private static string HashHex(byte[] buffer, int length)
    {
#if NET
        Span<byte> hash = stackalloc byte[HashLength];
        SHA256.HashData(buffer.AsSpan(0, length), hash);
        return Convert.ToHexStringLower(hash);
#else
        var sha = t_sha ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(buffer, 0, length);
        var hash = sha.GetHashAndReset();
        var chars = new char[hash.Length * 2];
        for (var i = 0; i < hash.Length; i++)
        {
            chars[2 * i] = Digit(hash[i] >> 4);
            chars[(2 * i) + 1] = Digit(hash[i] & 0xF);
        }

        return new string(chars);

        static char Digit(int d) => (char)(d < 10 ? '0' + d : 'a' + d - 10);
#endif
    }

    private static bool TryDecode(string hex, byte[] into)
    {
        if (hex.Length != HashLength * 2)
        {
            return false;
        }

        for (var i = 0; i < HashLength; i++)
        {
            var high = Nibble(hex[2 * i]);
            var low = Nibble(hex[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            into[i] = (byte)((high << 4) | low);
        }

        return true;

        static int Nibble(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
    }

    /// <summary>
    /// Writes fields as a 4-byte big-endian length and the text's UTF-8 bytes (a lone surrogate as the three
    /// bytes UTF-8 would give its code point, as WTF-8 does, so no two texts share a form); an absent value
    /// (null) as the length FF FF FF FF and no bytes. It writes into one buffer per thread, reused from call to
    /// call, so hashing an event allocates nothing but the hash's text; the form is read before the next call.
    /// </summary>
    private struct CanonicalWriter
    {
        /// <summary>The first instant whose ISO text is written here digit by digit (year 1); earlier ones, and the
        /// sentinels beyond NodaTime's range, go through <see cref="InstantPattern.ExtendedIso"/>.</summary>
        private static readonly NodaTime.Instant FirstFast = NodaTime.Instant.FromUtc(1, 1, 1, 0, 0);

        [ThreadStatic]
        private static byte[]? t_buffer;

        private CanonicalWriter(byte[] buffer)
        {
            Buffer = buffer;
            Length = 0;
        }

        public byte[] Buffer { get; private set; }

        public int Length { get; private set; }

        public static CanonicalWriter Rent(int capacity)
        {
            var buffer = t_buffer;
            if (buffer is null || buffer.Length < capacity)
            {
                buffer = new byte[Math.Max(256, capacity)];
                t_buffer = buffer;
            }

            return new CanonicalWriter(buffer);
        }

        public void Skip(int count)
        {
            Ensure(count);
            Length += count;
        }

        /// <summary>A number as a field: its decimal digits, with a minus sign when negative.</summary>
        public void Number(long value)
        {
            Ensure(4 + 20);
            var start = Length;
            Length += 4;
            var magnitude = (ulong)(value < 0 ? -(value + 1) : value) + (value < 0 ? 1UL : 0UL);
            if (value < 0)
            {
                Buffer[Length++] = (byte)'-';
            }

            Digits(magnitude, 1);
            Close(start);
        }

        /// <summary>An instant in UTC as <see cref="InstantPattern.ExtendedIso"/> writes it, without making its text.</summary>
        public void Instant(NodaTime.Instant at)
        {
            if (at < FirstFast || at > NodaTime.Instant.MaxValue)
            {
                Field(InstantPattern.ExtendedIso.Format(at));
                return;
            }

            Ensure(4 + 30);
            var start = Length;
            Length += 4;
            var utc = at.InUtc();
            Digits((ulong)utc.Year, 4);
            Buffer[Length++] = (byte)'-';
            Digits((ulong)utc.Month, 2);
            Buffer[Length++] = (byte)'-';
            Digits((ulong)utc.Day, 2);
            Buffer[Length++] = (byte)'T';
            Digits((ulong)utc.Hour, 2);
            Buffer[Length++] = (byte)':';
            Digits((ulong)utc.Minute, 2);
            Buffer[Length++] = (byte)':';
            Digits((ulong)utc.Second, 2);
            var fraction = utc.NanosecondOfSecond;
            if (fraction != 0)
            {
                var width = 9;
                while (fraction % 10 == 0)
                {
                    fraction /= 10;
                    width--;
                }

                Buffer[Length++] = (byte)'.';
                Digits((ulong)fraction, width);
            }

            Buffer[Length++] = (byte)'Z';
            Close(start);
        }

        public void Field(string? text)
        {
            if (text is null)
            {
                Ensure(4);
                Buffer[Length++] = 0xFF;
                Buffer[Length++] = 0xFF;
                Buffer[Length++] = 0xFF;
                Buffer[Length++] = 0xFF;
                return;
            }

            Ensure(4 + (text.Length * 3));
            var start = Length;
            Length += 4;
            var buffer = Buffer;
            var length = Length;
            for (var i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    buffer[length++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    buffer[length++] = (byte)(0xC0 | (c >> 6));
                    buffer[length++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    var cp = char.ConvertToUtf32(text[i], text[i + 1]);
                    i++;
                    buffer[length++] = (byte)(0xF0 | (cp >> 18));
                    buffer[length++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    buffer[length++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    buffer[length++] = (byte)(0x80 | (cp & 0x3F));
                }
                else
                {
                    buffer[length++] = (byte)(0xE0 | (c >> 12));
                    buffer[length++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buffer[length++] = (byte)(0x80 | (c & 0x3F));
                }
            }

            Length = length;
            Close(start);
        }

        /// <summary>At least <paramref name="width"/> decimal digits of <paramref name="value"/>, zero-padded.</summary>
        private void Digits(ulong value, int width)
        {
            var count = 1;
            for (var v = value / 10; v > 0; v /= 10)
            {
                count++;
            }

            count = Math.Max(count, width);
            for (var i = Length + count - 1; i >= Length; i--)
            {
                Buffer[i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            Length += count;
        }

        /// <summary>Writes the length of the field that began at <paramref name="start"/> in its 4 bytes.</summary>
        private readonly void Close(int start)
        {
            var length = Length - start - 4;
            Buffer[start] = (byte)(length >> 24);
            Buffer[start + 1] = (byte)(length >> 16);
            Buffer[start + 2] = (byte)(length >> 8);
            Buffer[start + 3] = (byte)length;
        }

        private void Ensure(int more)
        {
            if (Length + more > Buffer.Length)
            {
                var grown = new byte[Math.Max(Buffer.Length * 2, Length + more)];
                Array.Copy(Buffer, grown, Length);
                Buffer = grown;
                t_buffer = grown;
            }
        }
    }
}
