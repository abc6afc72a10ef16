using System.IO.Hashing;
using System.Runtime.InteropServices;
using DivPO.Core.Pools;
using DivPO.Core.Text;

namespace DivPO.Core.Guards;

/// <summary>Thresholds that make a response degenerate; docs/guards.md explains the defaults.</summary>
public sealed record DegenerateThresholds
{
    /// <summary>Fewer word characters than this is (near-)empty: "", "?!", "A".</summary>
    public int MinWordCharacters { get; init; } = 2;

    /// <summary>More than this share of the non-space characters outside words is symbol soup.</summary>
    public double MaxNonWordShare { get; init; } = 0.8;

    /// <summary>More than this share of repeated word 4-grams is a loop ("a a a a …").</summary>
    public double MaxRepeatedNgramShare { get; init; } = 0.5;

    /// <summary>Word n-gram size for repetition.</summary>
    public int NgramSize { get; init; } = 4;

    /// <summary>Repetition is only judged on responses with at least this many n-grams; short texts repeat by chance.</summary>
    public int MinNgrams { get; init; } = 16;
}

/// <summary>Flags empty or near-empty responses, symbol soup, and responses that loop on themselves.</summary>
public sealed class DegenerateGuard(DegenerateThresholds thresholds) : IResponseGuard
{
    public const string GuardName = "degenerate";

    public string Name => GuardName;

    public bool Flags(Response response) => IsDegenerate(response.Text, thresholds);

    public static bool IsDegenerate(string text, DegenerateThresholds thresholds)
    {
        var (wordCharacters, visible) = (0, 0);
        foreach (var c in text)
        {
            if (Words.IsWordCharacter(c))
            {
                wordCharacters++;
                visible++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible++;
            }
        }

        if (wordCharacters < thresholds.MinWordCharacters)
        {
            return true;
        }

        if (1.0 - (double)wordCharacters / visible > thresholds.MaxNonWordShare)
        {
            return true;
        }

        return RepeatedNgramShare(text, thresholds.NgramSize, thresholds.MinNgrams) > thresholds.MaxRepeatedNgramShare;
    }

    /// <summary>The share of a text's word n-grams that already occurred earlier in it; 0 for texts too short to judge.</summary>
    public static double RepeatedNgramShare(string text, int n, int minNgrams)
    {
        // Words and n-grams as 64-bit hashes: no string per word or n-gram on this per-response path.
        var words = new List<ulong>();
        Words.Scan(text, ref words, static (word, ref hashes) => hashes.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word))));
        var count = words.Count - n + 1;
        if (count < minNgrams)
        {
            return 0;
        }

        var span = CollectionsMarshal.AsSpan(words);
        var seen = new HashSet<ulong>(count);
        var repeated = 0;
        for (var i = 0; i < count; i++)
        {
            if (!seen.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(span.Slice(i, n)))))
            {
                repeated++;
            }
        }

        return (double)repeated / count;
    }
}
