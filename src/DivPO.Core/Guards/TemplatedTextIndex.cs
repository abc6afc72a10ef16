using System.IO.Hashing;
using System.Text;
using DivPO.Core.Input;
using DivPO.Core.Pools;

namespace DivPO.Core.Guards;

/// <summary>
/// In how many pools each normalised response text occurs, built in a first pass over the input. Texts are kept
/// as 128-bit hashes (collisions are negligible), so memory grows with distinct responses, not with their length.
/// </summary>
public sealed class TemplatedTextIndex
{
    private readonly Dictionary<UInt128, int> _poolCounts = [];

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
        var seen = new HashSet<UInt128>();
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
    private static UInt128 Key(string text)
    {
        var normalised = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = normalised.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                normalised.Append(' ');
                pendingSpace = false;
            }

            normalised.Append(char.ToLowerInvariant(c));
        }

        return XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(normalised.ToString()));
    }
}
