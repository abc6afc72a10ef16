using DivPO.Models.Checkpoints;

namespace DivPO.Models.Modeling;

/// <summary>
/// How the Llama-style decoder families differ, so that one implementation serves all of them:
/// Qwen2 always has q/k/v biases (but no o bias); Qwen3 normalises q and k per head.
/// </summary>
internal sealed record DecoderFamily(string ModelType, bool QueryKeyNorm, bool QkvBias, bool OutputBias, bool MlpBias)
{
    public static DecoderFamily For(string modelType, ModelConfig config) => modelType switch
    {
        "llama" => new(modelType, QueryKeyNorm: false, QkvBias: config.AttentionBias, OutputBias: config.AttentionBias, MlpBias: config.MlpBias),
        "qwen2" => new(modelType, QueryKeyNorm: false, QkvBias: true, OutputBias: false, MlpBias: false),
        "qwen3" => new(modelType, QueryKeyNorm: true, QkvBias: config.AttentionBias, OutputBias: config.AttentionBias, MlpBias: false),
        _ => throw new ArgumentOutOfRangeException(nameof(modelType), modelType, "no such decoder family"),
    };
}
