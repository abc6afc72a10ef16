using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;

namespace DivPO.Tokenization.ByteLevel;

/// <summary>
/// The BPE model of a byte-level tokenizer.json: Microsoft.ML.Tokenizers' <see cref="BpeTokenizer"/> does the
/// byte-level mapping and the merges of each pre-tokenized piece. It is called per piece rather than given the whole
/// text because Hugging Face's <c>ignore_merges</c> (Llama 3: a piece that is itself in the vocabulary is one
/// token, even where the merges would not reach it) has no counterpart in the library.
/// </summary>
internal sealed class ByteLevelBpe
{
    // The library caches merges too, but each call costs several allocations, more than the merges of a short
    // piece; remembering the ids of the pieces seen (common words, mostly) makes encoding about four times faster.
    private const int CacheCapacity = 100_000;
    private const int LongestCachedPiece = 32;

    private readonly BpeTokenizer _bpe;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabBySpan;
    private readonly bool _ignoreMerges;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;
    private int _cached;

    public ByteLevelBpe(BpeOptions options, bool ignoreMerges)
    {
        _bpe = BpeTokenizer.Create(options);
        _vocabulary = options.Vocabulary.ToDictionary(StringComparer.Ordinal);
        _vocabBySpan = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _ignoreMerges = ignoreMerges;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        TokensById = new string?[_vocabulary.Values.Max() + 1];
        foreach ((string token, int id) in _vocabulary)
        {
            TokensById[id] = token;
        }
    }

    /// <summary>Byte-level token strings (a space is 'Ġ') and their ids.</summary>
    public IReadOnlyDictionary<string, int> Vocabulary => _vocabulary;

    /// <summary>The byte-level token string of each id; null where the vocabulary has a gap.</summary>
    public string?[] TokensById { get; }

    public void Encode(ReadOnlySpan<char> piece, List<int> ids)
    {
        if (_cacheBySpan.TryGetValue(piece, out int[]? cached))
        {
            ids.AddRange(cached);
            return;
        }

        int[] encoded = _ignoreMerges && TryLookUpWhole(piece, out int id)
            ? [id]
            : [.. _bpe.EncodeToIds(piece, considerPreTokenization: false, considerNormalization: false)];
        if (piece.Length <= LongestCachedPiece && Volatile.Read(ref _cached) < CacheCapacity && _cacheBySpan.TryAdd(piece, encoded))
        {
            Interlocked.Increment(ref _cached);
        }

        ids.AddRange(encoded);
    }

    private bool TryLookUpWhole(ReadOnlySpan<char> piece, out int id)
    {
        int length = ByteLevelAlphabet.Encode(piece, out char[] buffer);
        bool found = _vocabBySpan.TryGetValue(buffer.AsSpan(0, length), out id);
        ArrayPool<char>.Shared.Return(buffer);
        return found;
    }
}
