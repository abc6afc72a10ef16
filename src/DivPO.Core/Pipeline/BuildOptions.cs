using DivPO.Core.Selection;

namespace DivPO.Core.Pipeline;

public sealed record BuildOptions
{
    public SelectionOptions Selection { get; init; } = new();

    public ErrorPolicy OnError { get; init; } = ErrorPolicy.Fail;

    /// <summary>Pools processed at once. Output order never depends on it.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
