namespace DivPO.Core.Selection;

/// <summary>Why a pool produced no pair. Names appear in summaries as kebab-case.</summary>
public enum SkipReason
{
    /// <summary>Fewer than two responses have a finite reward.</summary>
    TooFewResponses,

    /// <summary>Every response with a reward was flagged by a guard.</summary>
    AllGuarded,

    /// <summary>The reward spread is not above the minimum reward gap.</summary>
    NoRewardSpread,

    /// <summary>No low-reward response differs in text from a chosen candidate.</summary>
    NoDistinctRejected,
}
