namespace DivPO.Core.Input;

public sealed record InputOptions
{
    /// <summary>Default longest record accepted; a longer line is bad input, not a reason to run out of memory.</summary>
    public const int DefaultMaxRecordBytes = 16 * 1024 * 1024;

    public InputFormat Format { get; init; } = InputFormat.Auto;

    public FieldNames Fields { get; init; } = new();

    public int MaxRecordBytes { get; init; } = DefaultMaxRecordBytes;
}
