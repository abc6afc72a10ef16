using DivPO.Core.Input;
using DivPO.Core.Pools;
using DivPO.Core.Selection;

namespace DivPO.Core.Pipeline;

/// <summary>What became of one item the reader yielded.</summary>
internal abstract record PoolOutcome
{
    private PoolOutcome()
    {
    }

    /// <summary>A record the reader rejected.</summary>
    public sealed record Rejected(InputRejection Rejection) : PoolOutcome;

    /// <summary>A pool that was read but could not be processed as asked.</summary>
    public sealed record Unprocessable(Pool Pool, PoolDataException Error) : PoolOutcome;

    /// <summary>A pool scored, measured, guarded and selected from.</summary>
    public sealed record Selected(Pool Pool, double[] Diversity, string?[] Guards, int Truncated, PoolSelection Selection) : PoolOutcome;
}
