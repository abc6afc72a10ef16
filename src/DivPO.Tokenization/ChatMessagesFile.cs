using System.Text.Json;
using DivPO.Core.Pools;

namespace DivPO.Tokenization;

/// <summary>A JSON file holding one conversation: an array of <c>{"role": ..., "content": ...}</c> messages.</summary>
public static class ChatMessagesFile
{
    /// <exception cref="TokenizationException">The file is missing, not JSON, or not an array of messages with string role and content.</exception>
    public static IReadOnlyList<ChatMessage> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new TokenizationException($"messages file {path} not found.");
        }

        using JsonDocument document = Parse(path);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new TokenizationException($"{path} must hold a JSON array of {{\"role\", \"content\"}} messages, not a {document.RootElement.ValueKind}.");
        }

        return [.. document.RootElement.EnumerateArray().Select((message, i) => new ChatMessage(
            Field(message, "role", i, path),
            Field(message, "content", i, path)))];
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new TokenizationException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    private static string Field(JsonElement message, string name, int index, string path) =>
        message.ValueKind == JsonValueKind.Object
        && message.TryGetProperty(name, out JsonElement value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new TokenizationException($"{path}: message {index + 1} has no string '{name}'.");
}
