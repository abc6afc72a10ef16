using DivPO.Core.Pools;

namespace DivPO.Core.Input;

/// <summary>
/// A record the reader could not turn into (part of) a pool. <see cref="Raw"/> is the record exactly as
/// it was in the input, without its line terminator, so it can be written to a rejects file untouched.
/// </summary>
public sealed record InputRejection(SourceLocation Location, RejectReason Reason, string Message, ReadOnlyMemory<byte> Raw)
{
    public override string ToString() => $"{Location}: {Message}";
}
