using System.Text.Json;
using DivPO.Core.Pools;

namespace DivPO.Tokenization;

/// <summary>
/// A model's chat template and tokenizer together: the text a model sees for a conversation and its token ids,
/// as a reward model scores it. Behind <c>divpo render</c>. Thread-safe.
/// </summary>
public sealed class ChatRenderer
{
    private readonly Lazy<HfTokenizer> _tokenizer;

    private ChatRenderer(ChatTemplate template, Lazy<HfTokenizer> tokenizer)
    {
        Template = template;
        _tokenizer = tokenizer;
    }

    public ChatTemplate Template { get; }

    /// <summary>The directory's tokenizer, loaded on first use (rendering text alone does not need it).</summary>
    public HfTokenizer Tokenizer => _tokenizer.Value;

    /// <summary>Reads the chat template (see <see cref="ChatTemplate.FromDirectory"/>) and, when needed, the tokenizer of a model directory.</summary>
    public static ChatRenderer FromDirectory(string directory, string? chatTemplatePath = null) =>
        new(ChatTemplate.FromDirectory(directory, chatTemplatePath), new Lazy<HfTokenizer>(() => HfTokenizer.FromDirectory(directory)));

    public string Render(IReadOnlyList<ChatMessage> messages, bool addGenerationPrompt) =>
        Template.Render(messages, addGenerationPrompt);

    /// <summary>The ids of the rendered conversation; no special tokens are added beyond what the template writes.</summary>
    public IReadOnlyList<int> Encode(IReadOnlyList<ChatMessage> messages, bool addGenerationPrompt) =>
        Tokenizer.Encode(Render(messages, addGenerationPrompt));

    /// <summary>
    /// What <c>divpo render</c> prints for a messages file: exactly the rendered text (write it without a newline),
    /// or with <paramref name="ids"/> one JSON array of token ids.
    /// </summary>
    public string RenderFile(string messagesPath, bool addGenerationPrompt, bool ids)
    {
        IReadOnlyList<ChatMessage> messages = ChatMessagesFile.Read(messagesPath);
        return ids
            ? JsonSerializer.Serialize(Encode(messages, addGenerationPrompt))
            : Render(messages, addGenerationPrompt);
    }
}
