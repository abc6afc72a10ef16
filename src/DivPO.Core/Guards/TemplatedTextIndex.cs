using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using DivPO.Core.Input;
using DivPO.Core.Pools;

namespace DivPO.Core.Guards;

/// <summary>
/// In how many pools each normalised response text occurs, built in a first pass over the input. Texts are kept
/// as 64-bit hashes (a collision among a billion distinct texts has odds of about 3%; among a million, 3 in
/// 100 million), so memory grows with the number of distinct responses (about 30 bytes each), not their length.
/// </summary>
public sealed class TemplatedTextIndex
{
    private readonly Dictionary<ulong, int> _poolCounts = [];

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
        var seen = new HashSet<ulong>();
        foreach (var response in pool.Responses)
        {
            var key = Key(response.Text);
            if (seen.Add(key))
            {
                _poolCounts[key] = _poolCounts.GetValueOrDefault(key) + 1;
            }
        }
    }

    public int PoolCount(string text) => _poolCounts.GetValueOrDefault(Key(text));

    /// <summary>
    /// The hash of a text with case and whitespace normalised: "Of course!" and "of  course!\n" are one template.
    /// </summary>
    private static ulong Key(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        var key = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer.AsSpan(0, length)));
        ArrayPool<char>.Shared.Return(buffer);
        return key;
    }
}
