using DivPO.Core.Pools;
using DivPO.Jinja;
using DivPO.Tokenization.Loading;

namespace DivPO.Tokenization;

/// <summary>
/// A model's chat template, rendered as Hugging Face's <c>apply_chat_template</c> does: the messages, the
/// special-token strings of tokenizer_config.json, <c>add_generation_prompt</c>, and no tools or documents.
/// Thread-safe.
/// </summary>
public sealed class ChatTemplate
{
    /// <summary>The file newer Hugging Face checkpoints keep the template in, preferred over tokenizer_config.json's.</summary>
    public const string JinjaFileName = "chat_template.jinja";

    private readonly JinjaTemplate _template;
    private readonly IReadOnlyDictionary<string, object?> _specialTokens;
    private readonly string _source;

    private ChatTemplate(JinjaTemplate template, IReadOnlyDictionary<string, object?> specialTokens, string source)
    {
        _template = template;
        _specialTokens = specialTokens;
        _source = source;
    }

    /// <summary>
    /// The chat template of a model directory: <paramref name="templateOverridePath"/> when given, else
    /// chat_template.jinja, else tokenizer_config.json's <c>chat_template</c>.
    /// </summary>
    public static ChatTemplate FromDirectory(string directory, string? templateOverridePath = null)
    {
        TokenizerConfigFile config = TokenizerConfigFile.ReadOptional(directory);
        (string text, string source) = ReadTemplate(directory, config, templateOverridePath);
        JinjaTemplate template;
        try
        {
            template = JinjaTemplate.Parse(text);
        }
        catch (JinjaException e)
        {
            throw new TokenizationException($"the chat template from {source} does not parse: {e.Message}", e);
        }

        return new ChatTemplate(template, SpecialTokenVariables(config), source);
    }

    /// <summary>The text the model sees for <paramref name="messages"/>.</summary>
    /// <param name="addGenerationPrompt">End with the opening of an assistant turn, for generation.</param>
    /// <exception cref="TokenizationException">The template rejected the conversation (e.g. <c>raise_exception</c>).</exception>
    public string Render(IReadOnlyList<ChatMessage> messages, bool addGenerationPrompt)
    {
        var variables = new Dictionary<string, object?>(_specialTokens)
        {
            ["messages"] = messages.Select(m => new OrderedDictionary<string, object?> { ["role"] = m.Role, ["content"] = m.Content }).ToList<object?>(),
            ["add_generation_prompt"] = addGenerationPrompt,
            ["tools"] = null,
            ["documents"] = null,
        };
        try
        {
            return _template.Render(variables);
        }
        catch (JinjaException e)
        {
            throw new TokenizationException($"the chat template from {_source} failed on this conversation: {e.Message}", e);
        }
    }

    private static (string Text, string Source) ReadTemplate(string directory, TokenizerConfigFile config, string? overridePath)
    {
        if (overridePath is not null)
        {
            return File.Exists(overridePath)
                ? (File.ReadAllText(overridePath), overridePath)
                : throw new TokenizationException($"chat template file {overridePath} not found.");
        }

        string jinjaFile = Path.Combine(directory, JinjaFileName);
        if (File.Exists(jinjaFile))
        {
            return (File.ReadAllText(jinjaFile), jinjaFile);
        }

        return config.ChatTemplate is { } text
            ? (text, config.Path!)
            : throw new TokenizationException(
                $"no chat template: {config.Path ?? Path.Combine(directory, TokenizerConfigFile.FileName) + " (missing)"} has no 'chat_template' " +
                $"and there is no {jinjaFile}; give a template file with --chat-template.");
    }

    /// <summary>As Hugging Face's <c>special_tokens_map</c>: only the tokens the configuration sets.</summary>
    private static Dictionary<string, object?> SpecialTokenVariables(TokenizerConfigFile config)
    {
        var variables = config.SpecialTokens.ToDictionary(t => t.Key, t => (object?)t.Value);
        if (config.AdditionalSpecialTokens.Count > 0)
        {
            variables["additional_special_tokens"] = config.AdditionalSpecialTokens.ToList<object?>();
        }

        return variables;
    }
}
