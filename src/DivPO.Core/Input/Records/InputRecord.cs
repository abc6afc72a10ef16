namespace DivPO.Core.Input.Records;

/// <summary>
/// One record as the <see cref="RecordReader"/> found it: its bytes without the line terminator, valid only
/// until the reader moves on.
/// </summary>
/// <param name="Line">The 1-based physical line the record starts on.</param>
/// <param name="Bytes">The record, or for a record over the size limit only its first <see cref="RecordReader.KeptPrefixBytes"/>.</param>
/// <param name="IsTooLong">Whether the record was over the size limit and skipped.</param>
internal readonly record struct InputRecord(long Line, ReadOnlyMemory<byte> Bytes, bool IsTooLong);
