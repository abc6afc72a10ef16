using DivPO.Models.Inference;

namespace DivPO.Models.Scoring;

/// <summary>How a <see cref="LocalRewardModel"/> renders, truncates and batches conversations.</summary>
public sealed record LocalRewardModelOptions
{
    /// <summary>Conversations per forward pass; batches are formed from similar lengths.</summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>
    /// Longest conversation scored, in tokens. Longer ones keep their first tokens (as transformers'
    /// <c>truncation=True</c> does) and are reported as truncated, since the score then comes from mid-response.
    /// </summary>
    public int MaxTokens { get; init; } = 4096;

    /// <summary>A Jinja file replacing the model's own chat template.</summary>
    public string? ChatTemplatePath { get; init; }

    public InferenceSettings Inference { get; init; } = new();
}
