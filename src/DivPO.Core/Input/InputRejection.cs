using DivPO.Core.Input.Records;
using DivPO.Core.Pools;

namespace DivPO.Core.Input;

/// <summary>
/// A record the reader could not turn into (part of) a pool. <see cref="Message"/> stands on its own: it names
/// the file, the line and the field (a JSON path such as <c>responses[3].reward</c>, or a CSV column), as
/// <see cref="Location"/> does; <see cref="SourceLocation.Field"/> is null when the record as a whole is at fault
/// (too long, not JSON). <see cref="Raw"/> is the record exactly as it was in the input, without its line
/// terminator, so it can be written to a rejects file untouched; for <see cref="RejectReason.RecordTooLong"/> it
/// holds only the record's first 4 KiB, because the reader skips such a record without holding it.
/// </summary>
public sealed record InputRejection(SourceLocation Location, RejectReason Reason, string Message, ReadOnlyMemory<byte> Raw)
{
    public override string ToString() => Message;

    internal static InputRejection For(RecordRejectedException problem, InputRecord record, string file)
    {
        var location = new SourceLocation(file, record.Line, problem.Field);
        return new InputRejection(location, problem.Reason, $"{location}: {problem.Message}", record.Bytes.ToArray());
    }
}
