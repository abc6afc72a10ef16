namespace DivPO.Core.Selection;

/// <summary>A chosen/rejected pair as positions in the pool.</summary>
public readonly record struct SelectedPair(int Chosen, int Rejected);

/// <summary>The pairs selected from one pool, or why there are none.</summary>
public sealed record PoolSelection(IReadOnlyList<SelectedPair> Pairs, SkipReason? Skipped)
{
    public static PoolSelection Skip(SkipReason reason) => new([], reason);
}
