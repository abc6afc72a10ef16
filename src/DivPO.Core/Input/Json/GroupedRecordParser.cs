using System.Text;
using System.Text.Json;
using DivPO.Core.Input.Records;
using DivPO.Core.Pools;

namespace DivPO.Core.Input.Json;

/// <summary>
/// Reads grouped JSONL: one pool per record, <c>{"prompt_id"?, "prompt", "responses": [...], "rewards"?: [...]}</c>.
/// A response is a string or an object (see <see cref="JsonResponses"/>). A reward inside a response object wins
/// over the parallel <c>rewards</c> array, which must have one entry per response.
/// </summary>
internal sealed class GroupedRecordParser(InputFields fields, InputLayout layout, string file, int maxRecordBytes)
{
    /// <summary>The pool in <paramref name="record"/>; throws <see cref="RecordRejectedException"/> for a bad record.</summary>
    public Pool Parse(InputRecord record, long ordinal)
    {
        using var document = JsonRecord.Parse(record, maxRecordBytes);
        var root = document.RootElement;
        var source = new SourceLocation(file, record.Line);
        var prompt = JsonValues.ReadPrompt(root, fields.Prompt);
        var items = ReadResponseArray(root);
        var rewards = ReadParallelRewards(root, items.GetArrayLength());

        var responses = new Response[items.GetArrayLength()];
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            responses[index] = ReadResponse(item, index, source, rewards?[index]);
            index++;
        }

        return new Pool
        {
            Ordinal = ordinal,
            PromptId = JsonValues.ReadPromptId(root, fields.Id) ?? PromptIds.Derive(prompt),
            Prompt = prompt,
            Responses = responses,
            Source = source,
            Records = [new SourceRecord(record.Line, Encoding.UTF8.GetString(record.Bytes.Span))],
            Layout = layout,
        };
    }

    private static JsonElement ReadResponseArray(JsonElement root)
    {
        var name = InputFields.Responses.Name;
        if (!root.TryGetProperty(InputFields.Responses.Utf8, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            var found = items.ValueKind == JsonValueKind.Undefined ? "nothing" : JsonValues.Describe(items);
            throw new RecordRejectedException(RejectReason.InvalidField, name, $"a grouped record needs a list of responses, found {found}");
        }

        return items.GetArrayLength() > 0 ? items : throw new RecordRejectedException(RejectReason.EmptyPool, name, "the pool has no responses");
    }

    private static double?[]? ReadParallelRewards(JsonElement root, int responseCount)
    {
        if (!root.TryGetProperty(InputFields.Rewards.Utf8, out var rewards) || rewards.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var name = InputFields.Rewards.Name;
        if (rewards.ValueKind != JsonValueKind.Array)
        {
            throw new RecordRejectedException(RejectReason.InvalidField, name, $"must be a list with one reward per response, found {JsonValues.Describe(rewards)}");
        }

        if (rewards.GetArrayLength() != responseCount)
        {
            throw new RecordRejectedException(RejectReason.InvalidField, name, $"has {rewards.GetArrayLength()} rewards for {responseCount} responses");
        }

        var values = new double?[responseCount];
        var index = 0;
        foreach (var reward in rewards.EnumerateArray())
        {
            values[index] = JsonValues.ReadReward(reward, JsonPath.Element(name, index));
            index++;
        }

        return values;
    }

    private Response ReadResponse(JsonElement item, int index, SourceLocation recordSource, double? parallelReward)
    {
        var path = $"{InputFields.Responses.Name}[{index}]";
        var source = recordSource.WithField(path);
        return item.ValueKind switch
        {
            JsonValueKind.String => new Response { Text = JsonValues.ReadString(item, JsonPath.Of(path)), Reward = parallelReward, Source = source },
            JsonValueKind.Object => JsonResponses.Read(item, path, fields, source, parallelReward),
            JsonValueKind.Null => throw new RecordRejectedException(RejectReason.MissingText, path, "the response is null"),
            _ => throw new RecordRejectedException(RejectReason.InvalidField, path, $"a response must be a string or an object, found {JsonValues.Describe(item)}"),
        };
    }
}
