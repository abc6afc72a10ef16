using System.Text.Json;
using DivPO.Core.Input.Records;
using DivPO.Core.Pools;

namespace DivPO.Core.Input.Json;

/// <summary>Reads a response from a JSON object: a grouped record's response object, or a flat record.</summary>
internal static class JsonResponses
{
    /// <param name="response">The object holding the response's fields.</param>
    /// <param name="path">The object's JSON path, empty for a whole record.</param>
    /// <param name="fields">The field names in use.</param>
    /// <param name="source">Where the response is, to keep on it.</param>
    /// <param name="rewardElsewhere">The reward given outside the object (RLHFlow's parallel <c>rewards</c>), used when the object has none.</param>
    public static Response Read(JsonElement response, string path, InputFields fields, SourceLocation source, double? rewardElsewhere) => new()
    {
        Text = ReadText(response, path, fields),
        Reward = response.TryGetProperty(fields.Reward.Utf8, out var reward)
            ? JsonValues.ReadReward(reward, JsonPath.Property(path, fields.Reward.Name))
            : rewardElsewhere,
        LogProb = JsonValues.ReadOptionalNumber(response, InputFields.LogProb, path),
        TokenLogprobs = JsonValues.ReadOptionalNumbers(response, InputFields.TokenLogprobs, path),
        Generator = JsonValues.FirstString(response, InputFields.Generator, path),
        Source = source,
    };

    private static string ReadText(JsonElement response, string path, InputFields fields)
    {
        foreach (var field in fields.Text)
        {
            if (!response.TryGetProperty(field.Utf8, out var text) || text.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            return text.ValueKind == JsonValueKind.String
                ? JsonValues.ReadString(text, JsonPath.Property(path, field.Name))
                : throw new RecordRejectedException(RejectReason.InvalidField, JsonPath.Join(path, field.Name), $"the response text must be a string, found {JsonValues.Describe(text)}");
        }

        throw new RecordRejectedException(RejectReason.MissingText, JsonPath.Join(path, fields.Text[0].Name),
            $"the response text is missing (looked for {fields.DescribeText()})");
    }
}
