using System.Text.Json;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Input.Json;

/// <summary>Parses a record that must be one JSON object.</summary>
internal static class JsonRecord
{
    /// <summary>
    /// The record as a document whose root is an object; throws <see cref="RecordRejectedException"/> otherwise.
    /// A field given twice counts by its last occurrence, as with Python's <c>json</c> module (and
    /// <see cref="JsonRewardSplicer"/> writes that one); rejecting duplicates would halve the parsing speed.
    /// </summary>
    public static JsonDocument Parse(InputRecord record, int maxRecordBytes)
    {
        RecordChecks.EnsureReadable(record, maxRecordBytes, JsonPaths.Locator);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(record.Bytes);
        }
        catch (JsonException e)
        {
            var field = JsonPaths.WhereMalformed(record.Bytes.Span);
            var position = e.BytePositionInLine is { } offset ? $" at byte {offset + 1}" : "";
            throw new RecordRejectedException(RejectReason.MalformedJson, field, $"malformed JSON{position}: {WithoutPosition(e.Message)}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var found = JsonValues.Describe(document.RootElement);
            document.Dispose();
            throw new RecordRejectedException(RejectReason.InvalidField, null, $"a record must be a JSON object, found {found}");
        }

        return document;
    }

    /// <summary>
    /// System.Text.Json ends its messages with a position counted from line 0 of the text it was given, which
    /// is not the file's line; the rejection states the position itself.
    /// </summary>
    private static string WithoutPosition(string message)
    {
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return tail < 0 ? message : message[..tail];
    }
}
