using System.Text.Json;
using System.Text.Json.Serialization;

namespace DivPO.Models.Checkpoints;

/// <summary>The fields of a Hugging Face <c>config.json</c> that decoder-only Llama / Qwen2 / Qwen3 models use.</summary>
public sealed class ModelConfig
{
    [JsonPropertyName("architectures")]
    public IReadOnlyList<string> Architectures { get; init; } = [];

    [JsonPropertyName("model_type")]
    public string? ModelType { get; init; }

    [JsonPropertyName("hidden_size")]
    public int HiddenSize { get; init; }

    [JsonPropertyName("intermediate_size")]
    public int IntermediateSize { get; init; }

    [JsonPropertyName("num_hidden_layers")]
    public int NumHiddenLayers { get; init; }

    [JsonPropertyName("num_attention_heads")]
    public int NumAttentionHeads { get; init; }

    /// <summary>Defaults to <see cref="NumAttentionHeads"/> (no grouped-query attention).</summary>
    [JsonPropertyName("num_key_value_heads")]
    public int? NumKeyValueHeads { get; init; }

    /// <summary>Defaults to hidden_size / num_attention_heads; Qwen3 sets it explicitly.</summary>
    [JsonPropertyName("head_dim")]
    public int? HeadDim { get; init; }

    [JsonPropertyName("hidden_act")]
    public string HiddenAct { get; init; } = "silu";

    [JsonPropertyName("rms_norm_eps")]
    public double RmsNormEps { get; init; } = 1e-6;

    [JsonPropertyName("rope_theta")]
    public double? RopeTheta { get; init; }

    [JsonPropertyName("rope_scaling")]
    public RopeScaling? RopeScaling { get; init; }

    /// <summary>transformers 5 moves <c>rope_theta</c> and <c>rope_scaling</c> into this one object.</summary>
    [JsonPropertyName("rope_parameters")]
    public RopeScaling? RopeParameters { get; init; }

    [JsonPropertyName("attention_bias")]
    public bool AttentionBias { get; init; }

    [JsonPropertyName("mlp_bias")]
    public bool MlpBias { get; init; }

    [JsonPropertyName("use_sliding_window")]
    public bool UseSlidingWindow { get; init; }

    [JsonPropertyName("tie_word_embeddings")]
    public bool TieWordEmbeddings { get; init; }

    /// <summary>Derived from <c>id2label</c> when absent, as transformers does.</summary>
    [JsonPropertyName("num_labels")]
    public int? NumLabels { get; init; }

    [JsonPropertyName("id2label")]
    public IReadOnlyDictionary<string, string>? Id2Label { get; init; }

    [JsonPropertyName("pad_token_id")]
    public long? PadTokenId { get; init; }

    [JsonPropertyName("vocab_size")]
    public int VocabSize { get; init; }

    [JsonPropertyName("max_position_embeddings")]
    public int MaxPositionEmbeddings { get; init; }

    [JsonPropertyName("torch_dtype")]
    public string? TorchDtype { get; init; }

    public int KeyValueHeads => NumKeyValueHeads ?? NumAttentionHeads;

    public int HeadDimension => HeadDim ?? HiddenSize / NumAttentionHeads;

    public int Labels => NumLabels ?? Id2Label?.Count ?? 2;

    /// <summary>The rotary base: <c>rope_theta</c>, or its transformers-5 place inside <c>rope_parameters</c>.</summary>
    public double RotaryBase => RopeTheta ?? RopeParameters?.RopeTheta ?? 10000.0;

    /// <summary>The rope scaling in effect, from whichever of the two fields the checkpoint uses.</summary>
    public RopeScaling? EffectiveRopeScaling => RopeScaling ?? RopeParameters;

    /// <summary>The checkpoint's <c>config.json</c>; throws <see cref="ModelLoadException"/> when missing or malformed.</summary>
    public static ModelConfig Load(string modelDirectory)
    {
        var path = Path.Combine(modelDirectory, "config.json");
        if (!File.Exists(path))
            throw new ModelLoadException($"{path} not found: a Hugging Face model folder needs config.json");
        try
        {
            var config = JsonSerializer.Deserialize<ModelConfig>(File.ReadAllBytes(path))
                ?? throw new ModelLoadException($"{path} is empty");
            config.Validate(path);
            return config;
        }
        catch (JsonException e)
        {
            throw new ModelLoadException($"{path} is not a valid config: {e.Message}", e);
        }
    }

    private void Validate(string path)
    {
        void Require(bool condition, string problem)
        {
            if (!condition)
                throw new ModelLoadException($"{path}: {problem}");
        }

        Require(HiddenSize > 0 && IntermediateSize > 0 && NumHiddenLayers > 0 && NumAttentionHeads > 0 && VocabSize > 0,
            "hidden_size, intermediate_size, num_hidden_layers, num_attention_heads and vocab_size must be positive");
        Require(KeyValueHeads > 0 && NumAttentionHeads % KeyValueHeads == 0,
            $"num_attention_heads ({NumAttentionHeads}) must be a multiple of num_key_value_heads ({KeyValueHeads})");
        Require(HeadDimension > 0 && HeadDimension % 2 == 0, $"head_dim ({HeadDimension}) must be even for rotary embeddings");
        Require(HiddenAct == "silu", $"hidden_act '{HiddenAct}' is not supported (only silu)");
        Require(!UseSlidingWindow, "use_sliding_window=true is not supported");
    }
}
