using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using DivPO.Core.Pools;

namespace DivPO.Core.Input.Json;

/// <summary>
/// Writes a JSON record back with its rewards set and every other byte as it was: existing reward values are
/// replaced in place, and a missing reward field is added after the last field of its object (a missing
/// <c>rewards</c> list after <c>responses</c>), with the record's own separator spacing. Where a reward goes
/// mirrors where <see cref="GroupedRecordParser"/> reads it from, so the record reads back with the new rewards.
/// </summary>
internal static class JsonRewardSplicer
{
    /// <summary>A flat record: its reward field.</summary>
    public static void WriteFlat(ReadOnlySpan<byte> record, Response response, FieldName rewardField, IBufferWriter<byte> output)
    {
        var separators = Separators.Of(record);
        var reader = new Utf8JsonReader(record);
        reader.Read();
        var members = ScanObject(ref reader, rewardField);
        var splice = new RecordSplice();
        SetReward(splice, record, members, rewardField, response.Reward, separators);
        splice.WriteTo(record, output);
    }

    /// <summary>
    /// A grouped record: the reward field of each response object that has one, or of every response object
    /// when there is no <c>rewards</c> list; otherwise the response's entry in <c>rewards</c>, which is added
    /// (null where an object holds the reward) when string responses have nowhere else to put theirs.
    /// </summary>
    public static void WriteGrouped(ReadOnlySpan<byte> record, IReadOnlyList<Response> responses, FieldName rewardField, IBufferWriter<byte> output)
    {
        var separators = Separators.Of(record);
        var reader = new Utf8JsonReader(record);
        reader.Read();
        List<ObjectMembers?> items = [];
        List<Range>? rewards = null;
        Range? nullRewards = null;
        var responsesEnd = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(InputFields.Responses.Utf8))
            {
                reader.Read();
                items = ScanResponses(ref reader, rewardField);
                responsesEnd = (int)reader.BytesConsumed;
            }
            else if (reader.ValueTextEquals(InputFields.Rewards.Utf8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    rewards = ScanElements(ref reader);
                }
                else
                {
                    nullRewards = ValueRange(ref reader);
                }
            }
            else
            {
                reader.Skip();
            }
        }

        if (items.Count != responses.Count)
        {
            throw new InvalidOperationException($"the pool has {responses.Count} responses but its record {items.Count}");
        }

        var splice = new RecordSplice();
        var newRewards = new string[items.Count];
        for (var index = 0; index < items.Count; index++)
        {
            var reward = responses[index].Reward;
            if (items[index] is { } members && (members.Reward is not null || rewards is null))
            {
                SetReward(splice, record, members, rewardField, reward, separators);
                newRewards[index] = "null";
            }
            else if (rewards is not null)
            {
                ReplaceReward(splice, record, rewards[index], reward);
            }
            else
            {
                newRewards[index] = RewardText.Json(reward);
            }
        }

        if (rewards is null && items.Any(item => item is null))
        {
            var list = "[" + string.Join(separators.Comma, newRewards) + "]";
            if (nullRewards is { } range)
            {
                splice.Replace(range, list);
            }
            else
            {
                splice.Insert(responsesEnd, separators.Comma + Name(InputFields.Rewards) + separators.Colon + list);
            }
        }

        splice.WriteTo(record, output);
    }

    private static void SetReward(RecordSplice splice, ReadOnlySpan<byte> record, ObjectMembers members, FieldName rewardField, double? reward, Separators separators)
    {
        if (members.Reward is { } range)
        {
            ReplaceReward(splice, record, range, reward);
        }
        else
        {
            splice.Insert(members.End, (members.IsEmpty ? "" : separators.Comma) + Name(rewardField) + separators.Colon + RewardText.Json(reward));
        }
    }

    private static void ReplaceReward(RecordSplice splice, ReadOnlySpan<byte> record, Range value, double? reward)
    {
        if (!RewardText.JsonHolds(record[value], reward))
        {
            splice.Replace(value, RewardText.Json(reward));
        }
    }

    private static string Name(FieldName field) => $"\"{JsonEncodedText.Encode(field.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";

    /// <summary>The response list's items: the members of each object, null for a string.</summary>
    private static List<ObjectMembers?> ScanResponses(ref Utf8JsonReader reader, FieldName rewardField)
    {
        var items = new List<ObjectMembers?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.StartObject ? ScanObject(ref reader, rewardField) : null);
            reader.Skip();
        }

        return items;
    }

    /// <summary>Reads an object from its start to its end, noting its reward value and where its last member ends.</summary>
    private static ObjectMembers ScanObject(ref Utf8JsonReader reader, FieldName rewardField)
    {
        Range? reward = null;
        var end = (int)reader.BytesConsumed;
        var isEmpty = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isReward = reader.ValueTextEquals(rewardField.Utf8);
            reader.Read();
            var value = ValueRange(ref reader);
            reward = isReward ? value : reward;
            end = value.End.Value;
            isEmpty = false;
        }

        return new ObjectMembers(reward, end, isEmpty);
    }

    private static List<Range> ScanElements(ref Utf8JsonReader reader)
    {
        var elements = new List<Range>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            elements.Add(ValueRange(ref reader));
        }

        return elements;
    }

    /// <summary>The bytes of the value the reader is on, which it then moves past.</summary>
    private static Range ValueRange(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return start..(int)reader.BytesConsumed;
    }

    /// <param name="Reward">The reward value's bytes, when the object has one.</param>
    /// <param name="End">Where the last member's value ends (just after <c>{</c> when there is none).</param>
    private sealed record ObjectMembers(Range? Reward, int End, bool IsEmpty);

    /// <summary>The spacing a record uses after its separators: Python's <c>", "</c> and <c>": "</c>, or none.</summary>
    private sealed record Separators(string Comma, string Colon)
    {
        private static readonly Separators Spaced = new(", ", ": ");
        private static readonly Separators Compact = new(",", ":");

        public static Separators Of(ReadOnlySpan<byte> record)
        {
            var reader = new Utf8JsonReader(record);
            reader.Read();
            reader.Read();

            // After a property name the reader has consumed its colon too.
            return reader.TokenType == JsonTokenType.PropertyName && record[(int)reader.BytesConsumed..].StartsWith(" "u8) ? Spaced : Compact;
        }
    }
}
