using DivPO.Models.Checkpoints;
using DivPO.Models.Tests.Support;

namespace DivPO.Models.Tests.Checkpoints;

public sealed class ModelConfigTests
{
    [Fact]
    public void Reads_a_Qwen3_config_with_explicit_head_dim()
    {
        var config = ModelConfig.Load(ModelFixture.Directory("tiny-qwen3-rm"));

        Assert.Equal(["Qwen3ForSequenceClassification"], config.Architectures);
        Assert.Equal("qwen3", config.ModelType);
        Assert.Equal((32, 64, 2, 4, 2, 16), (config.HiddenSize, config.IntermediateSize, config.NumHiddenLayers, config.NumAttentionHeads, config.KeyValueHeads, config.HeadDimension));
        Assert.Equal(1e-6, config.RmsNormEps);
        Assert.Equal(1_000_000.0, config.RotaryBase);
        Assert.Null(config.EffectiveRopeScaling);
        Assert.Equal(1, config.Labels);
        Assert.Equal(151643, config.PadTokenId);
        Assert.Equal(151936, config.VocabSize);
        Assert.Equal("bfloat16", config.TorchDtype);
    }

    [Fact]
    public void Reads_llama3_rope_scaling()
    {
        var config = ModelConfig.Load(ModelFixture.Directory("tiny-llama3-rm"));

        var scaling = config.EffectiveRopeScaling!;
        Assert.Equal("llama3", scaling.Kind);
        Assert.Equal((8.0, 1.0, 4.0, 64), (scaling.Factor, scaling.LowFreqFactor, scaling.HighFreqFactor, scaling.OriginalMaxPositionEmbeddings));
        Assert.Equal(8, config.HeadDimension);
        Assert.Equal(500_000.0, config.RotaryBase);
    }

    [Fact]
    public void Reads_transformers_5_rope_parameters()
    {
        using var copy = new CheckpointCopy("tiny-llama3-rm");
        copy.Config.Remove("rope_theta");
        copy.Config.Remove("rope_scaling");
        copy.Config["rope_parameters"] = new System.Text.Json.Nodes.JsonObject { ["rope_type"] = "default", ["rope_theta"] = 1234.0 };

        var config = ModelConfig.Load(copy.Save());

        Assert.Equal(1234.0, config.RotaryBase);
        Assert.Equal("default", config.EffectiveRopeScaling!.Kind);
    }

    [Theory]
    [InlineData("hidden_act", "\"gelu\"", "hidden_act 'gelu' is not supported")]
    [InlineData("num_key_value_heads", "3", "must be a multiple of num_key_value_heads (3)")]
    [InlineData("use_sliding_window", "true", "use_sliding_window=true is not supported")]
    [InlineData("hidden_size", "\"big\"", "is not a valid config")]
    public void Refuses_configs_it_cannot_honour(string field, string json, string message)
    {
        using var copy = new CheckpointCopy("tiny-qwen3-rm");
        copy.Config[field] = System.Text.Json.Nodes.JsonNode.Parse(json);

        var error = Assert.Throws<ModelLoadException>(() => ModelConfig.Load(copy.Save()));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Says_when_config_json_is_missing()
    {
        using var directory = new TemporaryDirectory();

        var error = Assert.Throws<ModelLoadException>(() => ModelConfig.Load(directory.Path));

        Assert.Contains("config.json not found", error.Message);
    }
}
