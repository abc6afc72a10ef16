namespace DivPO.Core.Selection;

/// <summary>
/// What selection knows of one response: its position in the pool, text, reward (null or non-finite
/// when unusable), diversity, and the guard that flagged it, if any.
/// </summary>
public readonly record struct Candidate(int Index, string Text, double? Reward, double Diversity, string? Guard = null)
{
    public bool HasUsableReward => Reward is { } r && double.IsFinite(r);

    public double UsableReward => Reward!.Value;
}
