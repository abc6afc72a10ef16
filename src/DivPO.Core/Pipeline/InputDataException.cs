using DivPO.Core.Pools;

namespace DivPO.Core.Pipeline;

/// <summary>Bad input under <see cref="ErrorPolicy.Fail"/>: the message names file, line and field.</summary>
public sealed class InputDataException(SourceLocation location, string reason, string message) : Exception(message)
{
    public SourceLocation Location { get; } = location;

    /// <summary>The kebab-case reason, as counted in summaries.</summary>
    public string Reason { get; } = reason;
}
