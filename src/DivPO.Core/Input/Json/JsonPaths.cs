using System.Text;
using System.Text.Json;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Input.Json;

/// <summary>
/// Finds the JSON path (<c>responses[3].reward</c>) at a byte offset of a record, or where a malformed record
/// stops being JSON. Runs only when a record is rejected, so it re-reads the record rather than slowing the
/// normal path down with bookkeeping.
/// </summary>
internal sealed class JsonPaths : IFieldLocator
{
    public static readonly JsonPaths Locator = new();

    private JsonPaths()
    {
    }

    /// <summary>The path of the innermost value or property name containing <paramref name="byteOffset"/>; null for the record itself.</summary>
    public string? FieldAt(ReadOnlySpan<byte> record, int byteOffset)
    {
        var reader = new Utf8JsonReader(record);
        var frames = new List<Frame>();
        try
        {
            while (reader.Read() && reader.TokenStartIndex <= byteOffset)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Name = Encoding.UTF8.GetString(reader.ValueSpan) };
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        NextElement(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, null, -1));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        NextElement(frames);
                        break;
                }

                if (reader.BytesConsumed > byteOffset && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    break;
                }
            }
        }
        catch (JsonException)
        {
            // The path so far is where the record stops being JSON.
        }

        return Format(frames);
    }

    /// <summary>Where a malformed record stops being JSON.</summary>
    public static string? WhereMalformed(ReadOnlySpan<byte> record) => Locator.FieldAt(record, int.MaxValue);

    private static void NextElement(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    private static string? Format(List<Frame> frames)
    {
        var path = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Name is not null)
            {
                path.Append(path.Length == 0 ? "" : ".").Append(frame.Name);
            }
        }

        return path.Length == 0 ? null : path.ToString();
    }

    private readonly record struct Frame(bool IsArray, string? Name, int Index);
}
