using System.Globalization;
using System.Text.Json;
using DivPO.Core.Input.Records;
using DivPO.Core.Pools;

namespace DivPO.Core.Input.Json;

/// <summary>Reads the values divpo understands out of JSON records, rejecting wrong types with the path of the value.</summary>
internal static class JsonValues
{
    /// <summary>
    /// A prompt: a non-empty string, or a non-empty list of <c>{role, content}</c> messages (other message fields
    /// stay in the raw record). Absent, null, <c>""</c> and <c>[]</c> are a missing prompt.
    /// </summary>
    public static Prompt ReadPrompt(JsonElement record, FieldName field)
    {
        if (!record.TryGetProperty(field.Utf8, out var value) || value.ValueKind == JsonValueKind.Null
            || (value.ValueKind == JsonValueKind.String && value.ValueEquals(""u8))
            || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0))
        {
            throw new RecordRejectedException(RejectReason.MissingPrompt, field.Name, "the prompt is missing or empty");
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Prompt.FromText(ReadString(value, JsonPath.Of(field.Name))),
            JsonValueKind.Array => Prompt.FromMessages(ReadMessages(value, field.Name)),
            _ => throw Invalid(field.Name, $"the prompt must be a string or a list of messages, found {Describe(value)}"),
        };
    }

    /// <summary>A list of <c>{role, content}</c> objects with string values.</summary>
    public static List<ChatMessage> ReadMessages(JsonElement array, string path)
    {
        var messages = new List<ChatMessage>(array.GetArrayLength());
        foreach (var message in array.EnumerateArray())
        {
            var messagePath = JsonPath.Element(path, messages.Count);
            if (message.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(messagePath.ToString(), $"a message must be an object with a role and a content, found {Describe(message)}");
            }

            messages.Add(new ChatMessage(MessageString(message, InputFields.Role, messagePath), MessageString(message, InputFields.Content, messagePath)));
        }

        return messages;
    }

    /// <summary>A prompt id given as a string or an integer; null when absent, null or empty.</summary>
    public static string? ReadPromptId(JsonElement record, FieldName field)
    {
        if (!record.TryGetProperty(field.Utf8, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => ReadString(value, JsonPath.Of(field.Name)) is { Length: > 0 } id ? id : null,
            JsonValueKind.Number when value.TryGetInt64(out var id) => id.ToString(CultureInfo.InvariantCulture),
            _ => throw Invalid(field.Name, $"the prompt id must be a string or an integer, found {Describe(value)}"),
        };
    }

    /// <summary>
    /// A reward: a number, or null for none. JSON has no NaN or infinity, so the strings <c>"NaN"</c>,
    /// <c>"Infinity"</c> and <c>"-Infinity"</c> (as System.Text.Json writes them) stand for those, as does a
    /// number beyond the range of a double; selection reports such rewards rather than using them.
    /// </summary>
    public static double? ReadReward(JsonElement value, JsonPath path) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when value.ValueEquals("NaN"u8) => double.NaN,
        JsonValueKind.String when value.ValueEquals("Infinity"u8) => double.PositiveInfinity,
        JsonValueKind.String when value.ValueEquals("-Infinity"u8) => double.NegativeInfinity,
        _ => throw new RecordRejectedException(RejectReason.InvalidReward, path.ToString(),
            $"the reward must be a number, null, \"NaN\", \"Infinity\" or \"-Infinity\", found {Describe(value)}"),
    };

    /// <summary>An optional number: null when absent or null.</summary>
    public static double? ReadOptionalNumber(JsonElement container, FieldName field, string containerPath) =>
        container.TryGetProperty(field.Utf8, out var value) && value.ValueKind != JsonValueKind.Null
            ? ReadNumber(value, JsonPath.Property(containerPath, field.Name))
            : null;

    /// <summary>An optional list of numbers: null when absent or null.</summary>
    public static double[]? ReadOptionalNumbers(JsonElement container, FieldName field, string containerPath) =>
        container.TryGetProperty(field.Utf8, out var value) && value.ValueKind != JsonValueKind.Null
            ? ReadNumbers(value, JsonPath.Join(containerPath, field.Name))
            : null;

    public static double[] ReadNumbers(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(path, $"must be a list of numbers, found {Describe(value)}");
        }

        var numbers = new double[value.GetArrayLength()];
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            numbers[index] = ReadNumber(element, JsonPath.Element(path, index));
            index++;
        }

        return numbers;
    }

    /// <summary>The first of <paramref name="fields"/> that holds a string, if any; values of other types are metadata.</summary>
    public static string? FirstString(JsonElement container, FieldName[] fields, string containerPath)
    {
        foreach (var field in fields)
        {
            if (container.TryGetProperty(field.Utf8, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return ReadString(value, JsonPath.Property(containerPath, field.Name));
            }
        }

        return null;
    }

    /// <summary>A string value; a <c>\u</c> escape of a lone surrogate, which is not text, is rejected.</summary>
    public static string ReadString(JsonElement value, JsonPath path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Invalid(path.ToString(), "holds a \\u escape of a lone surrogate, which is not text");
        }
    }

    /// <summary>What a value is, for messages: a number as written, otherwise its kind.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static double ReadNumber(JsonElement value, JsonPath path) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Invalid(path.ToString(), $"must be a number, found {Describe(value)}");

    private static string MessageString(JsonElement message, FieldName field, JsonPath messagePath)
    {
        if (message.TryGetProperty(field.Utf8, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return ReadString(value, JsonPath.Property(messagePath.ToString(), field.Name));
        }

        var found = message.TryGetProperty(field.Utf8, out value) ? Describe(value) : "nothing";
        throw Invalid(JsonPath.Join(messagePath.ToString(), field.Name), $"a message's {field} must be a string, found {found}");
    }

    private static RecordRejectedException Invalid(string path, string problem) => new(RejectReason.InvalidField, path, problem);
}
