namespace DivPO.Core.Input.Records;

/// <summary>
/// Thrown while interpreting a record that cannot be used, and turned into an <see cref="InputRejection"/> by
/// the reader. Bad records are rare, so an exception keeps the parsing code straight without costing speed.
/// </summary>
/// <param name="Field">The JSON path or CSV column at fault; null when the record as a whole is.</param>
internal sealed class RecordRejectedException(RejectReason reason, string? field, string message) : Exception(message)
{
    public RejectReason Reason { get; } = reason;

    public string? Field { get; } = field;
}
