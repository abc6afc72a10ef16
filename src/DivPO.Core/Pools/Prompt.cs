namespace DivPO.Core.Pools;

/// <summary>
/// A prompt is either plain text or a list of chat messages; writers keep the shape the input had.
/// </summary>
public sealed class Prompt
{
    private Prompt(string? text, IReadOnlyList<ChatMessage>? messages)
    {
        Text = text;
        Messages = messages;
    }

    /// <summary>The prompt text when the input gave a string; null for a messages prompt.</summary>
    public string? Text { get; }

    /// <summary>The messages when the input gave a list; null for a text prompt.</summary>
    public IReadOnlyList<ChatMessage>? Messages { get; }

    public bool IsConversation => Messages is not null;

    public static Prompt FromText(string text) => new(text, null);

    public static Prompt FromMessages(IReadOnlyList<ChatMessage> messages) => new(null, messages);

    /// <summary>The conversation a chat model sees: a plain-text prompt becomes one user message.</summary>
    public IReadOnlyList<ChatMessage> AsMessages() => Messages ?? [new ChatMessage("user", Text!)];

    /// <summary>A canonical string used to group flat records and to derive stable prompt ids.</summary>
    public string CanonicalText() => Text ?? string.Join("\u001e", Messages!.Select(m => m.Role + "\u001f" + m.Content));
}
