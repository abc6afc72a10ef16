using DivPO.Core.Pools;

namespace DivPO.Core.Scoring;

/// <summary>
/// Scores responses to a prompt with a reward model. Implementations batch internally and are
/// identified by <see cref="Identity"/> (model, template, options) so scores can be cached.
/// </summary>
public interface IRewardScorer : IDisposable
{
    /// <summary>A stable string naming the model and everything that changes its scores.</summary>
    string Identity { get; }

    /// <summary>One score per response, in order.</summary>
    Task<IReadOnlyList<RewardScore>> ScoreAsync(Prompt prompt, IReadOnlyList<string> responses, CancellationToken cancellationToken);
}

/// <summary>A reward and whether the conversation had to be truncated to fit the model's token limit.</summary>
public readonly record struct RewardScore(double Value, bool Truncated);
