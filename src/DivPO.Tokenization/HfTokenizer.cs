using DivPO.Tokenization.AddedTokens;
using DivPO.Tokenization.ByteLevel;
using DivPO.Tokenization.Loading;
using DivPO.Tokenization.Normalization;
using DivPO.Tokenization.PreTokenization;

namespace DivPO.Tokenization;

/// <summary>
/// A Hugging Face byte-level BPE tokenizer (Llama 3, Qwen 2/3, GPT-2 style) loaded from tokenizer.json, giving the
/// same ids as the Hugging Face tokenizers library. Thread-safe.
/// </summary>
public sealed class HfTokenizer
{
    public const string FileName = "tokenizer.json";

    private readonly UnicodeNormalizer? _normalizer;
    private readonly PreTokenizerPipeline _preTokenizer;
    private readonly ByteLevelBpe _model;
    private readonly Dictionary<int, AddedToken> _addedTokensById;
    private readonly Dictionary<string, int> _addedTokenIds;
    private readonly AddedTokenSplitter _rawSplitter;
    private readonly AddedTokenSplitter _normalizedSplitter;

    private HfTokenizer(TokenizerJsonFile file, TokenizerConfigFile config)
    {
        _normalizer = file.Normalizer;
        _preTokenizer = file.PreTokenizer;
        _model = file.Model;

        // tokenizer.json is authoritative; tokenizer_config.json can only add tokens it lacks.
        _addedTokensById = file.AddedTokens.ToDictionary(t => t.Id);
        foreach (AddedToken token in config.AddedTokens)
        {
            _addedTokensById.TryAdd(token.Id, token);
        }

        _addedTokenIds = _addedTokensById.Values.DistinctBy(t => t.Content).ToDictionary(t => t.Content, t => t.Id);

        // As in Hugging Face: tokens marked 'normalized' are looked for in the normalized text, the others in the raw text.
        _rawSplitter = new AddedTokenSplitter(_addedTokensById.Values.Where(t => !t.Normalized).Select(t => (t, t.Content)));
        _normalizedSplitter = new AddedTokenSplitter(_addedTokensById.Values.Where(t => t.Normalized)
            .Select(t => (t, _normalizer?.Normalize(t.Content) ?? t.Content)));

        BosTokenId = SpecialTokenId(config, "bos_token");
        EosTokenId = SpecialTokenId(config, "eos_token");
        PadTokenId = SpecialTokenId(config, "pad_token");
    }

    /// <summary>Id of tokenizer_config.json's <c>bos_token</c>; null when it names none (or there is no config).</summary>
    public int? BosTokenId { get; }

    /// <summary>Id of tokenizer_config.json's <c>eos_token</c>.</summary>
    public int? EosTokenId { get; }

    /// <summary>Id of tokenizer_config.json's <c>pad_token</c> (Llama 3 has none).</summary>
    public int? PadTokenId { get; }

    /// <summary>Loads <c>tokenizer.json</c> and, when present, <c>tokenizer_config.json</c> from a model directory.</summary>
    public static HfTokenizer FromDirectory(string directory) =>
        new(TokenizerJsonFile.Read(Path.Combine(directory, FileName)), TokenizerConfigFile.ReadOptional(directory));

    /// <summary>Loads a tokenizer.json file alone (no special-token ids).</summary>
    public static HfTokenizer FromFile(string tokenizerJsonPath) =>
        new(TokenizerJsonFile.Read(tokenizerJsonPath), TokenizerConfigFile.None);

    /// <summary>
    /// The ids of <paramref name="text"/>. Added and special tokens written in the text become their single ids;
    /// no special tokens are added (a chat template already writes them).
    /// </summary>
    public IReadOnlyList<int> Encode(string text)
    {
        var ids = new List<int>(text.Length / 3);
        _rawSplitter.Encode(text, ids, (plain, output) =>
            _normalizedSplitter.Encode(_normalizer?.Normalize(plain) ?? plain, output, EncodePlainText));
        return ids;
    }

    /// <summary>The text of <paramref name="ids"/>, special tokens included: the exact inverse of <see cref="Encode"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An id is not in the vocabulary.</exception>
    public string Decode(IEnumerable<int> ids)
    {
        var bytes = new List<byte>();
        foreach (int id in ids)
        {
            if (_addedTokensById.TryGetValue(id, out AddedToken? added))
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(added.Content));
            }
            else if (!(IdToModelToken(id) is { } token && ByteLevelAlphabet.TryAppendBytes(token, bytes)))
            {
                throw new ArgumentOutOfRangeException(nameof(ids), id, $"token id {id} is not in the vocabulary.");
            }
        }

        // Ids can end inside a multi-byte character; like Hugging Face, decoding replaces what is left with U+FFFD.
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>The id of a token as the vocabulary writes it (an added token's content, or a byte-level string such as "Ġworld").</summary>
    public int? TokenToId(string token) =>
        _addedTokenIds.TryGetValue(token, out int id) || _model.Vocabulary.TryGetValue(token, out id) ? id : null;

    /// <summary>The vocabulary string of an id (byte-level form for model tokens); null when unknown.</summary>
    public string? IdToToken(int id) =>
        _addedTokensById.TryGetValue(id, out AddedToken? added) ? added.Content : IdToModelToken(id);

    private string? IdToModelToken(int id) => (uint)id < (uint)_model.TokensById.Length ? _model.TokensById[id] : null;

    private void EncodePlainText(string text, List<int> ids)
    {
        (string prefixed, List<Piece> pieces) = _preTokenizer.Split(text);
        foreach (Piece piece in pieces)
        {
            _model.Encode(prefixed.AsSpan(piece.Start, piece.Length), ids);
        }
    }

    private int? SpecialTokenId(TokenizerConfigFile config, string name) =>
        config.SpecialTokens.TryGetValue(name, out string? token) ? TokenToId(token) : null;
}
