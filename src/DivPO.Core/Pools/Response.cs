namespace DivPO.Core.Pools;

/// <summary>One sampled response of a pool, with whatever scores the input carried.</summary>
public sealed class Response
{
    public required string Text { get; init; }

    /// <summary>The reward, when known. Non-finite values are kept so the run can report them.</summary>
    public double? Reward { get; set; }

    /// <summary>Sum of the response's token log-probabilities under the policy, when given.</summary>
    public double? LogProb { get; init; }

    /// <summary>Per-token log-probabilities, when given.</summary>
    public IReadOnlyList<double>? TokenLogprobs { get; init; }

    /// <summary>The model that produced the response (input field <c>generator</c> or <c>model</c>), when given.</summary>
    public string? Generator { get; init; }

    /// <summary>Where the response came from, for messages about it.</summary>
    public required SourceLocation Source { get; init; }
}
