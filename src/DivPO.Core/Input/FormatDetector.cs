using System.Text.Json;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Input;

/// <summary>
/// Resolves <see cref="InputFormat.Auto"/>: a name ending in <c>.csv</c> or <c>.csv.gz</c> is CSV; otherwise the
/// input is JSONL, grouped when its first record that is a JSON object has a <c>responses</c> list, else flat.
/// Records before it that are not JSON objects are passed over here (the reader rejects them); an input with no
/// JSON object at all is read as grouped.
/// </summary>
internal static class FormatDetector
{
    public static async Task<InputFormat> DetectAsync(InputSource source, int maxRecordBytes, CancellationToken cancellationToken)
    {
        if (source.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || source.Name.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Csv;
        }

        using var records = new RecordReader(source.Open(), RecordSyntax.Lines, maxRecordBytes);
        while (await records.ReadAsync(cancellationToken))
        {
            if (FormatOf(records.Current) is { } format)
            {
                return format;
            }
        }

        return InputFormat.GroupedJsonl;
    }

    /// <summary>The format a record shows, or null when it is not a JSON object.</summary>
    private static InputFormat? FormatOf(InputRecord record)
    {
        if (record.IsTooLong)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(record.Bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return root.TryGetProperty(InputFields.Responses.Utf8, out var responses) && responses.ValueKind == JsonValueKind.Array
                ? InputFormat.GroupedJsonl
                : InputFormat.FlatJsonl;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
