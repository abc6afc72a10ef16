using System.IO.Hashing;
using System.Numerics;
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
        var scratch = Scratch.Rent();
        try
        {
            var words = scratch.Read(text);
            if (scratch.WordCharacters < thresholds.MinWordCharacters)
            {
                return true;
            }

            if (1.0 - (double)scratch.WordCharacters / scratch.VisibleCharacters > thresholds.MaxNonWordShare)
            {
                return true;
            }

            return scratch.RepeatedNgramShare(words, thresholds.NgramSize, thresholds.MinNgrams) > thresholds.MaxRepeatedNgramShare;
        }
        finally
        {
            scratch.Return();
        }
    }

    /// <summary>The share of a text's word n-grams that already occurred earlier in it; 0 for texts too short to judge.</summary>
    public static double RepeatedNgramShare(string text, int n, int minNgrams)
    {
        var scratch = Scratch.Rent();
        try
        {
            return scratch.RepeatedNgramShare(scratch.Read(text), n, minNgrams);
        }
        finally
        {
            scratch.Return();
        }
    }

    /// <summary>
    /// What the guard needs of one text, from one pass over it, in buffers the thread reuses: words and n-grams
    /// as 64-bit hashes, and a set of n-gram hashes emptied by bumping a generation rather than clearing it.
    /// </summary>
    private sealed class Scratch
    {
        // Buffers grown by a text of more words than this are dropped after it rather than kept by the thread.
        private const int MaxKeptWords = 1 << 16;

        [ThreadStatic]
        private static Scratch? t_scratch;

        private readonly char[] _lowered = new char[Words.ScratchLength];
        private ulong[] _words = new ulong[1024];
        private ulong[] _set = new ulong[1024];
        private int[] _generations = new int[1024];
        private int _generation;
        private int _mask;

        /// <summary>Characters of the last text read that belong to words.</summary>
        public int WordCharacters { get; private set; }

        /// <summary>Characters of the last text read that are not white space.</summary>
        public int VisibleCharacters { get; private set; }

        public static Scratch Rent()
        {
            var scratch = t_scratch ?? new Scratch();
            t_scratch = null;
            return scratch;
        }

        /// <summary>Keeps the buffers for the thread's next text unless an outsized text grew them.</summary>
        public void Return()
        {
            if (_words.Length <= MaxKeptWords)
            {
                t_scratch = this;
            }
        }

        /// <summary>Hashes the words of <paramref name="text"/> and counts its word and visible characters.</summary>
        public ReadOnlySpan<ulong> Read(string text)
        {
            var (count, wordCharacters, symbols, end) = (0, 0, 0, 0);
            var words = Words.In(text, _lowered);
            while (words.MoveNext())
            {
                symbols += Symbols(text.AsSpan(end, words.Start - end));
                var word = words.Current;
                wordCharacters += word.Length;
                end = words.Start + word.Length;
                if (count == _words.Length)
                {
                    Array.Resize(ref _words, count * 2);
                }

                _words[count++] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));
            }

            symbols += Symbols(text.AsSpan(end));
            (WordCharacters, VisibleCharacters) = (wordCharacters, wordCharacters + symbols);
            return _words.AsSpan(0, count);
        }

        public double RepeatedNgramShare(ReadOnlySpan<ulong> words, int n, int minNgrams)
        {
            var count = words.Length - n + 1;
            if (count < minNgrams)
            {
                return 0;
            }

            StartSet(count);
            var repeated = 0;
            for (var i = 0; i < count; i++)
            {
                if (!AddToSet(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(words.Slice(i, n)))))
                {
                    repeated++;
                }
            }

            return (double)repeated / count;
        }

        /// <summary>How many characters between two words (none of them word characters) are not white space.</summary>
        private static int Symbols(ReadOnlySpan<char> gap)
        {
            var symbols = 0;
            foreach (var c in gap)
            {
                if (c != ' ' && !char.IsWhiteSpace(c))
                {
                    symbols++;
                }
            }

            return symbols;
        }

        /// <summary>Empties the set for up to <paramref name="capacity"/> hashes: only slots stamped with this generation count.</summary>
        private void StartSet(int capacity)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
            if (size > _set.Length)
            {
                _set = new ulong[size];
                _generations = new int[size];
                _generation = 0;
            }

            _mask = size - 1;
            if (++_generation == int.MaxValue)
            {
                Array.Clear(_generations);
                _generation = 1;
            }
        }

        /// <summary>False when the hash was already in the set.</summary>
        private bool AddToSet(ulong hash)
        {
            var slot = (int)hash & _mask;
            while (_generations[slot] == _generation)
            {
                if (_set[slot] == hash)
                {
                    return false;
                }

                slot = (slot + 1) & _mask;
            }

            _generations[slot] = _generation;
            _set[slot] = hash;
            return true;
        }
    }
}
