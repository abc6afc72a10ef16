using DivPO.Core.Pools;

namespace DivPO.Core.Input;

/// <summary>What a reader yields, in input order: a pool, or a record it had to reject.</summary>
public abstract record PoolReadItem
{
    private PoolReadItem()
    {
    }

    public sealed record PoolRead(Pool Pool) : PoolReadItem;

    public sealed record Rejected(InputRejection Rejection) : PoolReadItem;
}
