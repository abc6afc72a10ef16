using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DivPO.Tokenization.AddedTokens;
using DivPO.Tokenization.ByteLevel;
using DivPO.Tokenization.Normalization;
using DivPO.Tokenization.PreTokenization;
using Microsoft.ML.Tokenizers;

namespace DivPO.Tokenization.Loading;

/// <summary>What a Hugging Face tokenizer.json describes, for the byte-level BPE tokenizers this project supports.</summary>
internal sealed record TokenizerJsonFile(
    UnicodeNormalizer? Normalizer,
    PreTokenizerPipeline PreTokenizer,
    ByteLevelBpe Model,
    IReadOnlyList<AddedToken> AddedTokens)
{
    /// <summary>GPT-2's split, used by a <c>ByteLevel</c> pre-tokenizer with <c>use_regex</c>.</summary>
    private const string Gpt2Pattern = @"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";

    public static TokenizerJsonFile Read(string path)
    {
        using JsonDocument document = JsonFields.ReadDocument(path);
        JsonElement root = document.RootElement;
        JsonElement model = root.Optional("model") ?? throw new TokenizationException($"{path} has no 'model'.");

        // The model first: its type is the most telling error for a tokenizer of another kind.
        ByteLevelBpe bpe = ReadModel(model, path);
        return new TokenizerJsonFile(
            ReadNormalizer(root.Optional("normalizer"), path),
            ReadPreTokenizer(root.Optional("pre_tokenizer"), path),
            bpe,
            ReadAddedTokens(root.Optional("added_tokens"), path));
    }

    private static ByteLevelBpe ReadModel(JsonElement model, string path)
    {
        // Files written by old versions of the tokenizers library leave out the type of a BPE model.
        string type = model.OptionalString("type") ?? (model.Optional("merges") is null ? "unknown" : "BPE");
        if (type != "BPE")
        {
            throw new TokenizationException($"tokenizer model type '{type}' in {path} is not supported (byte-level BPE only).");
        }

        if (model.Optional("dropout") is { ValueKind: JsonValueKind.Number } dropout && dropout.GetDouble() > 0)
        {
            throw new TokenizationException($"BPE dropout in {path} is not supported: tokenization must be deterministic.");
        }

        JsonElement vocab = model.Optional("vocab") is { ValueKind: JsonValueKind.Object } v
            ? v
            : throw new TokenizationException($"{path} has no model vocabulary ('model.vocab').");
        var vocabulary = vocab.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
        var options = new BpeOptions(vocabulary)
        {
            Merges = ReadMerges(model.Optional("merges"), path),
            ByteLevel = true,
            UnknownToken = model.OptionalString("unk_token"),
            ContinuingSubwordPrefix = NullIfEmpty(model.OptionalString("continuing_subword_prefix")),
            EndOfWordSuffix = NullIfEmpty(model.OptionalString("end_of_word_suffix")),
            FuseUnknownTokens = model.Flag("fuse_unk", false),
        };
        try
        {
            return new ByteLevelBpe(options, model.Flag("ignore_merges", false));
        }
        catch (InvalidOperationException e)
        {
            throw new TokenizationException($"the BPE model in {path} is inconsistent: {e.Message}", e);
        }
    }

    /// <summary>Merges as "a b" strings, the form the library takes; tokenizer.json has them as strings or pairs.</summary>
    private static List<string> ReadMerges(JsonElement? merges, string path)
    {
        if (merges is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        var result = new List<string>(array.GetArrayLength());
        foreach (JsonElement merge in array.EnumerateArray())
        {
            result.Add(merge.ValueKind switch
            {
                JsonValueKind.String => merge.GetString()!,
                JsonValueKind.Array when merge.GetArrayLength() == 2 => $"{merge[0].GetString()} {merge[1].GetString()}",
                _ => throw new TokenizationException($"{path} has a merge that is neither \"a b\" nor [\"a\", \"b\"]: {merge}"),
            });
        }

        return result;
    }

    private static UnicodeNormalizer? ReadNormalizer(JsonElement? normalizer, string path)
    {
        if (normalizer is null)
        {
            return null;
        }

        var forms = new List<NormalizationForm>();
        AddForms(normalizer.Value, forms, path);
        return forms.Count == 0 ? null : new UnicodeNormalizer(forms, path);
    }

    private static void AddForms(JsonElement normalizer, List<NormalizationForm> forms, string path)
    {
        string? type = normalizer.OptionalString("type");
        switch (type)
        {
            case "Sequence":
                foreach (JsonElement inner in normalizer.Optional("normalizers").Items())
                {
                    AddForms(inner, forms, path);
                }

                break;
            case "NFC": forms.Add(NormalizationForm.FormC); break;
            case "NFD": forms.Add(NormalizationForm.FormD); break;
            case "NFKC": forms.Add(NormalizationForm.FormKC); break;
            case "NFKD": forms.Add(NormalizationForm.FormKD); break;
            default:
                throw new TokenizationException($"normalizer type '{type}' in {path} is not supported (NFC, NFD, NFKC, NFKD and Sequence are).");
        }
    }

    private static PreTokenizerPipeline ReadPreTokenizer(JsonElement? preTokenizer, string path)
    {
        var steps = new List<JsonElement>();
        if (preTokenizer is not null)
        {
            Flatten(preTokenizer.Value, steps);
        }

        int byteLevelAt = steps.FindIndex(s => s.OptionalString("type") == "ByteLevel");
        if (byteLevelAt < 0)
        {
            throw new TokenizationException($"the pre-tokenizer in {path} has no ByteLevel step: only byte-level BPE tokenizers are supported.");
        }

        var splits = new List<RegexSplit>();
        bool addPrefixSpace = false;
        for (int i = 0; i < steps.Count; i++)
        {
            JsonElement step = steps[i];
            switch (step.OptionalString("type"))
            {
                case "Split":
                    splits.Add(ReadSplit(step, path));
                    break;
                case "ByteLevel" when i == byteLevelAt:
                    // Hugging Face prefixes the space to every piece the earlier steps made, which no real tokenizer
                    // relies on; only a leading ByteLevel step (one prefix per segment) is supported.
                    addPrefixSpace = step.Flag("add_prefix_space", true);
                    if (addPrefixSpace && i > 0)
                    {
                        throw new TokenizationException($"ByteLevel add_prefix_space after other pre-tokenizers in {path} is not supported.");
                    }

                    if (step.Flag("use_regex", true))
                    {
                        splits.Add(new RegexSplit(new CodePointRegex(Compile(Gpt2Pattern, path)), keepMatches: true));
                    }

                    break;
                default:
                    throw new TokenizationException($"pre-tokenizer type '{step.OptionalString("type")}' in {path} is not supported (Split, ByteLevel and Sequence are).");
            }
        }

        return new PreTokenizerPipeline(splits, addPrefixSpace);
    }

    private static void Flatten(JsonElement preTokenizer, List<JsonElement> steps)
    {
        if (preTokenizer.OptionalString("type") == "Sequence")
        {
            foreach (JsonElement inner in preTokenizer.Optional("pretokenizers").Items())
            {
                Flatten(inner, steps);
            }
        }
        else
        {
            steps.Add(preTokenizer);
        }
    }

    private static RegexSplit ReadSplit(JsonElement split, string path)
    {
        JsonElement pattern = split.Optional("pattern") ?? throw new TokenizationException($"a Split pre-tokenizer in {path} has no pattern.");
        string regex = pattern.OptionalString("Regex")
            ?? Regex.Escape(pattern.OptionalString("String") ?? throw new TokenizationException($"a Split pattern in {path} is neither Regex nor String."));
        string? behavior = split.OptionalString("behavior");
        if (behavior is not ("Isolated" or "Removed") || split.Flag("invert", false))
        {
            throw new TokenizationException($"Split behavior '{behavior}'{(split.Flag("invert", false) ? " (inverted)" : "")} in {path} is not supported (Isolated and Removed are).");
        }

        return new RegexSplit(new CodePointRegex(Compile(regex, path)), keepMatches: behavior == "Isolated");
    }

    private static Regex Compile(string pattern, string path)
    {
        try
        {
            return new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new TokenizationException($"the pre-tokenizer regex in {path} is not supported by .NET regular expressions: {pattern} ({e.Message})", e);
        }
    }

    private static List<AddedToken> ReadAddedTokens(JsonElement? addedTokens, string path)
    {
        var tokens = new List<AddedToken>();
        foreach (JsonElement token in addedTokens.Items())
        {
            tokens.Add(ReadAddedToken(token, token.Optional("id")?.GetInt32(), path));
        }

        return tokens;
    }

    /// <summary>An added token as tokenizer.json and tokenizer_config.json's <c>added_tokens_decoder</c> write it.</summary>
    public static AddedToken ReadAddedToken(JsonElement token, int? id, string path)
    {
        string content = token.OptionalString("content") ?? throw new TokenizationException($"an added token in {path} has no content.");
        return new AddedToken(
            id ?? throw new TokenizationException($"added token '{content}' in {path} has no id."),
            content,
            token.Flag("single_word", false),
            token.Flag("lstrip", false),
            token.Flag("rstrip", false),
            // Hugging Face's default: special tokens are matched in the raw text, other added tokens in the normalized.
            token.Flag("normalized", !token.Flag("special", false)));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
