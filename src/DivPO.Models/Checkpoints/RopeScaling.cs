using System.Text.Json.Serialization;

namespace DivPO.Models.Checkpoints;

/// <summary><c>rope_scaling</c> (or transformers 5's <c>rope_parameters</c>) of a config.</summary>
public sealed class RopeScaling
{
    [JsonPropertyName("rope_type")]
    public string? RopeType { get; init; }

    /// <summary>The name older configs use for <see cref="RopeType"/>.</summary>
    [JsonPropertyName("type")]
    public string? LegacyType { get; init; }

    [JsonPropertyName("rope_theta")]
    public double? RopeTheta { get; init; }

    [JsonPropertyName("factor")]
    public double Factor { get; init; } = 1.0;

    [JsonPropertyName("low_freq_factor")]
    public double LowFreqFactor { get; init; } = 1.0;

    [JsonPropertyName("high_freq_factor")]
    public double HighFreqFactor { get; init; } = 4.0;

    [JsonPropertyName("original_max_position_embeddings")]
    public int OriginalMaxPositionEmbeddings { get; init; } = 8192;

    public string Kind => RopeType ?? LegacyType ?? "default";
}
