namespace DivPO.Core.Pools;

/// <summary>
/// A pool that was read fine but cannot be processed as asked (e.g. a diversity criterion needs a field
/// a response lacks). Handled like bad input: it stops the run, or the pool is skipped and counted.
/// </summary>
public sealed class PoolDataException(SourceLocation location, string message) : Exception($"{location}: {message}")
{
    public SourceLocation Location { get; } = location;
}
