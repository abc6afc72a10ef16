using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DivPO.Core.Input;
using DivPO.Core.Pools;
using DivPO.Core.Text;

namespace DivPO.Core.Guards;

/// <summary>
/// In how many pools each normalised response text occurs, built in a first pass over the input. Texts are kept
/// as 64-bit hashes (a collision among a billion distinct texts has odds of about 3%; among a million, 3 in
/// 100 million), so memory grows with the number of distinct responses (16 to 32 bytes each), not their length.
/// </summary>
public sealed class TemplatedTextIndex
{
    private readonly HashCounts _poolCounts = new();

    /// <summary>The first pass: every pool the reader yields (rejected records are reported by the second pass).</summary>
    public static async Task<TemplatedTextIndex> BuildAsync(IAsyncEnumerable<PoolReadItem> input, CancellationToken cancellationToken)
    {
        var index = new TemplatedTextIndex();
        await foreach (var item in input.WithCancellation(cancellationToken))
        {
            if (item is PoolReadItem.PoolRead read)
            {
                index.Add(read.Pool);
            }
        }

        return index;
    }

    /// <summary>Counts each distinct text of the pool once.</summary>
    public void Add(Pool pool)
    {
        var responses = pool.Responses;
        var keys = ArrayPool<ulong>.Shared.Rent(responses.Count);
        for (var i = 0; i < responses.Count; i++)
        {
            keys[i] = Key(responses[i].Text);
        }

        // Sorted, each distinct key is counted at its first occurrence.
        var sorted = keys.AsSpan(0, responses.Count);
        sorted.Sort();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                _poolCounts.Increment(sorted[i]);
            }
        }

        ArrayPool<ulong>.Shared.Return(keys);
    }

    public int PoolCount(string text) => _poolCounts.Get(Key(text));

    /// <summary>The hash of a text with case and whitespace normalised: "Of course!" and "of  course!\n" are one template.</summary>
    private static ulong Key(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = Normalize(text, buffer);
        var key = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer.AsSpan(0, length)));
        ArrayPool<char>.Shared.Return(buffer);
        return key;
    }

    /// <summary>
    /// Writes <paramref name="text"/> with each character lower-cased by <see cref="char.ToLowerInvariant"/>, every
    /// run of white space inside it as one space and none at either end; returns the length written.
    /// <paramref name="destination"/> must be at least as long as the text.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var state = new NormalizerState();
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Blocks of ASCII without runs of white space are copied lower-cased in one go, each white-space
            // character as a space: most of English text. Any other block goes character by character.
            var block = Vector128<ushort>.Count;
            ref var source = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
            for (; i + block <= text.Length; i += block)
            {
                var chars = Vector128.LoadUnsafe(ref source, (nuint)i);
                if (!state.TryCopyBlock(chars, destination))
                {
                    foreach (var c in text.Slice(i, block))
                    {
                        state.Add(c, destination);
                    }
                }
            }
        }

        foreach (var c in text[i..])
        {
            state.Add(c, destination);
        }

        return state.Length;
    }

    private struct NormalizerState
    {
        private bool _pendingSpace;

        public int Length { get; private set; }

        public void Add(char c, Span<char> destination)
        {
            var whiteSpace = c < 128 ? c == ' ' || c - 9u <= 4u : char.IsWhiteSpace(c);
            if (whiteSpace)
            {
                _pendingSpace = Length > 0;
                return;
            }

            if (_pendingSpace)
            {
                destination[Length++] = ' ';
                _pendingSpace = false;
            }

            destination[Length++] = Words.ToLowerInvariant(c);
        }

        public bool TryCopyBlock(Vector128<ushort> chars, Span<char> destination)
        {
            var whiteSpace = Vector128.Equals(chars, Vector128.Create((ushort)' '))
                | Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')));
            if (Vector128.GreaterThanOrEqual(chars, Vector128.Create((ushort)128)) != Vector128<ushort>.Zero)
            {
                return false;
            }

            var spaces = whiteSpace.ExtractMostSignificantBits();
            var startsRun = (spaces & 1) != 0 && (_pendingSpace || Length == 0);
            if ((spaces & (spaces >> 1)) != 0 || startsRun)
            {
                return false;
            }

            if (_pendingSpace)
            {
                destination[Length++] = ' ';
            }

            var upper = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));
            var lowered = Vector128.ConditionalSelect(whiteSpace, Vector128.Create((ushort)' '), chars | (upper & Vector128.Create((ushort)0x20)));
            lowered.StoreUnsafe(ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(destination[Length..])));
            var lastIsSpace = (spaces >> (Vector128<ushort>.Count - 1)) != 0;
            Length += lastIsSpace ? Vector128<ushort>.Count - 1 : Vector128<ushort>.Count;
            _pendingSpace = lastIsSpace;
            return true;
        }
    }

    /// <summary>
    /// Counts per 64-bit key in one open-addressing table (keys and counts in two arrays, at most 3/4 full):
    /// about half the memory of a Dictionary, which matters with millions of distinct responses.
    /// </summary>
    private sealed class HashCounts
    {
        private ulong[] _keys = new ulong[1024];
        private int[] _counts = new int[1024];
        private int _used;

        // Zero marks an empty slot, so the key 0 is counted on its own.
        private int _zeroCount;

        public int Get(ulong key)
        {
            if (key == 0)
            {
                return _zeroCount;
            }

            var slot = Find(_keys, key);
            return _keys[slot] == key ? _counts[slot] : 0;
        }

        public void Increment(ulong key)
        {
            if (key == 0)
            {
                _zeroCount++;
                return;
            }

            var slot = Find(_keys, key);
            if (_keys[slot] == key)
            {
                _counts[slot]++;
                return;
            }

            _keys[slot] = key;
            _counts[slot] = 1;
            if (++_used * 4 > _keys.Length * 3)
            {
                Grow();
            }
        }

        /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it would go.</summary>
        private static int Find(ulong[] keys, ulong key)
        {
            var mask = keys.Length - 1;
            var slot = (int)(key >> 32) & mask;
            while (keys[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }

        private void Grow()
        {
            var (keys, counts) = (_keys, _counts);
            _keys = new ulong[keys.Length * 2];
            _counts = new int[keys.Length * 2];
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] != 0)
                {
                    var slot = Find(_keys, keys[i]);
                    _keys[slot] = keys[i];
                    _counts[slot] = counts[i];
                }
            }
        }
    }
}
