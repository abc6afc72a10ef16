using DivPO.Models.Checkpoints;

namespace DivPO.Models.Modeling;

/// <summary>The head on top of the decoder.</summary>
internal enum ModelHead
{
    /// <summary><c>score</c>: a linear layer read at the last non-pad token (…ForSequenceClassification).</summary>
    SequenceScore,

    /// <summary><c>lm_head</c>, possibly tied to the embeddings (…ForCausalLM).</summary>
    LanguageModel,
}

/// <summary>A supported <c>architectures</c> entry: which decoder family and which head.</summary>
internal sealed record ModelArchitecture(string Name, string ModelType, ModelHead Head)
{
    private static readonly ModelArchitecture[] Supported =
    [
        new("LlamaForSequenceClassification", "llama", ModelHead.SequenceScore),
        new("Qwen2ForSequenceClassification", "qwen2", ModelHead.SequenceScore),
        new("Qwen3ForSequenceClassification", "qwen3", ModelHead.SequenceScore),
        new("LlamaForCausalLM", "llama", ModelHead.LanguageModel),
        new("Qwen2ForCausalLM", "qwen2", ModelHead.LanguageModel),
        new("Qwen3ForCausalLM", "qwen3", ModelHead.LanguageModel),
    ];

    /// <summary>The architecture <paramref name="config"/> declares; throws <see cref="ModelLoadException"/> naming an unsupported one.</summary>
    public static ModelArchitecture Of(ModelConfig config)
    {
        if (config.Architectures.Count != 1)
            throw new ModelLoadException(
                $"config.json must name exactly one architecture, not [{string.Join(", ", config.Architectures)}]");
        var name = config.Architectures[0];
        var architecture = Supported.FirstOrDefault(a => a.Name == name)
            ?? throw new ModelLoadException(
                $"architecture {name} is not supported; supported: {string.Join(", ", Supported.Select(a => a.Name))}");
        if (config.ModelType is { } type && type != architecture.ModelType)
            throw new ModelLoadException($"config.json declares architecture {name} but model_type '{type}' (expected '{architecture.ModelType}')");
        return architecture;
    }
}
