using System.Text.Json;

namespace DivPO.Tokenization.Loading;

/// <summary>Optional fields of tokenizer JSON files, where a missing field and a JSON null mean the same.</summary>
internal static class JsonFields
{
    public static JsonElement? Optional(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out JsonElement value)
        && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? OptionalString(this JsonElement element, string name) =>
        element.Optional(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static bool Flag(this JsonElement element, string name, bool fallback) =>
        element.Optional(name) is { } value ? value.ValueKind == JsonValueKind.True : fallback;

    /// <summary>The elements of an optional array; none when it is missing or not an array.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } items ? items.EnumerateArray() : [];

    /// <summary>A special token as tokenizer_config.json writes it: a string, or an AddedToken object with <c>content</c>.</summary>
    public static string? TokenContent(this JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => value.OptionalString("content"),
        _ => null,
    };

    /// <summary>Parses a whole JSON file, naming the file when it is missing or malformed.</summary>
    public static JsonDocument ReadDocument(string path)
    {
        if (!File.Exists(path))
        {
            throw new TokenizationException($"{path} not found.");
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            return JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new TokenizationException($"{path} is not valid JSON: {e.Message}", e);
        }
    }
}
