namespace DivPO.Core.Selection;

public sealed record SelectionOptions
{
    public SelectionStrategy Strategy { get; init; } = SelectionStrategy.DivPO;

    /// <summary>Width of the chosen and rejected reward bands as a share of the pool's reward spread, in [0, 0.5).</summary>
    public double Rho { get; init; } = 0.2;

    /// <summary>A pool whose reward spread is at most this yields no pair.</summary>
    public double MinRewardGap { get; init; }

    /// <summary>Up to this many disjoint pairs per pool.</summary>
    public int PairsPerPrompt { get; init; } = 1;

    /// <summary>Guarded responses, never chosen, may be picked as rejected (before the low-reward band).</summary>
    public bool GuardedAsRejected { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public SelectionOptions Validated()
    {
        if (!(Rho >= 0 && Rho < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(Rho), Rho, "rho must be in [0, 0.5)");
        }

        if (!double.IsFinite(MinRewardGap) || MinRewardGap < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MinRewardGap), MinRewardGap, "the minimum reward gap must be a finite number ≥ 0");
        }

        if (PairsPerPrompt < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PairsPerPrompt), PairsPerPrompt, "pairs per prompt must be at least 1");
        }

        return this;
    }
}
