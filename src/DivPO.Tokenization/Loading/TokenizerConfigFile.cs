using System.Globalization;
using System.Text.Json;
using DivPO.Tokenization.AddedTokens;

namespace DivPO.Tokenization.Loading;

/// <summary>
/// What this project reads from a Hugging Face tokenizer_config.json: the special-token strings (chat templates
/// use them as variables), the chat template and any added tokens tokenizer.json lacks.
/// </summary>
internal sealed record TokenizerConfigFile(
    string? Path,
    IReadOnlyDictionary<string, string> SpecialTokens,
    IReadOnlyList<string> AdditionalSpecialTokens,
    string? ChatTemplate,
    IReadOnlyList<AddedToken> AddedTokens)
{
    public const string FileName = "tokenizer_config.json";

    /// <summary>The single special tokens of Hugging Face's <c>SPECIAL_TOKENS_ATTRIBUTES</c>.</summary>
    private static readonly string[] SpecialTokenNames =
        ["bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"];

    /// <summary>No configuration: no special-token names, no chat template.</summary>
    public static TokenizerConfigFile None { get; } = new(null, new Dictionary<string, string>(), [], null, []);

    /// <summary>The directory's tokenizer_config.json, or an empty configuration when it has none.</summary>
    public static TokenizerConfigFile ReadOptional(string directory)
    {
        string path = System.IO.Path.Combine(directory, FileName);
        return File.Exists(path) ? Read(path) : None;
    }

    public static TokenizerConfigFile Read(string path)
    {
        using JsonDocument document = JsonFields.ReadDocument(path);
        JsonElement root = document.RootElement;
        var specialTokens = new Dictionary<string, string>();
        foreach (string name in SpecialTokenNames)
        {
            if (root.Optional(name)?.TokenContent() is { } content)
            {
                specialTokens[name] = content;
            }
        }

        return new TokenizerConfigFile(
            path,
            specialTokens,
            [.. root.Optional("additional_special_tokens").Items().Select(t => t.TokenContent()).OfType<string>()],
            ReadChatTemplate(root.Optional("chat_template"), path),
            ReadAddedTokensDecoder(root.Optional("added_tokens_decoder"), path));
    }

    /// <summary>A string, or a list of <c>{name, template}</c> of which Hugging Face uses the one named "default".</summary>
    private static string? ReadChatTemplate(JsonElement? template, string path)
    {
        if (template is null)
        {
            return null;
        }

        if (template.Value.ValueKind == JsonValueKind.String)
        {
            return template.Value.GetString();
        }

        JsonElement chosen = template.Items().FirstOrDefault(t => t.OptionalString("name") == "default");
        return chosen.OptionalString("template") ?? throw new TokenizationException(
            $"the chat_template list in {path} has no template named 'default' " +
            $"(it has: {string.Join(", ", template.Items().Select(t => t.OptionalString("name")))}).");
    }

    private static List<AddedToken> ReadAddedTokensDecoder(JsonElement? decoder, string path)
    {
        if (decoder is not { ValueKind: JsonValueKind.Object } tokens)
        {
            return [];
        }

        return
        [
            .. tokens.EnumerateObject().Select(entry => TokenizerJsonFile.ReadAddedToken(
                entry.Value,
                int.TryParse(entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int id)
                    ? id
                    : throw new TokenizationException($"added_tokens_decoder in {path} has a non-numeric id '{entry.Name}'."),
                path)),
        ];
    }
}
