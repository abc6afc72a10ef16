using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace DivPO.Core.Input.Records;

/// <summary>Names the field (JSON path or CSV column) that holds a byte of a record, for messages.</summary>
internal interface IFieldLocator
{
    /// <summary>The field containing <paramref name="byteOffset"/>, or null when it is outside any field.</summary>
    string? FieldAt(ReadOnlySpan<byte> record, int byteOffset);
}

/// <summary>The checks every record passes before a format parser sees it.</summary>
internal static class RecordChecks
{
    /// <summary>Throws <see cref="RecordRejectedException"/> when the record was too long or is not valid UTF-8.</summary>
    public static void EnsureReadable(InputRecord record, int maxRecordBytes, IFieldLocator locator)
    {
        if (record.IsTooLong)
        {
            throw new RecordRejectedException(RejectReason.RecordTooLong, null, $"record is longer than the limit of {maxRecordBytes} bytes");
        }

        var bytes = record.Bytes.Span;
        if (!Utf8.IsValid(bytes))
        {
            var offset = FirstInvalidUtf8Byte(bytes);
            throw new RecordRejectedException(RejectReason.InvalidUtf8, locator.FieldAt(bytes, offset), $"invalid UTF-8 at byte {offset + 1} of the record");
        }
    }

    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }
}
