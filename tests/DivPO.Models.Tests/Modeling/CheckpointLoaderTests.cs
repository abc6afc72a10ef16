using System.Text.Json.Nodes;
using DivPO.Models.Checkpoints;
using DivPO.Models.Inference;
using DivPO.Models.Modeling;
using DivPO.Models.Native;
using DivPO.Models.Tests.Support;
using static TorchSharp.torch;

namespace DivPO.Models.Tests.Modeling;

public sealed class CheckpointLoaderTests
{
    public CheckpointLoaderTests() => TorchNative.EnsureLoaded(ComputeDevice.Cpu);

    [Theory]
    [InlineData("tiny-qwen3-rm")]
    [InlineData("tiny-llama3-rm")]
    public void Parameter_names_are_the_checkpoint_keys(string fixture)
    {
        var directory = ModelFixture.Directory(fixture);
        var config = ModelConfig.Load(directory);
        using var weights = CheckpointWeights.Open(directory);

        using var model = CheckpointLoader.Load(directory, config, ModelHead.SequenceScore, ScalarType.Float32, CPU, c => new SequenceClassifier(c));

        Assert.Equal(weights.Names.Order(StringComparer.Ordinal), model.named_parameters().Select(p => p.name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_tied_language_model_has_no_head_of_its_own()
    {
        var directory = ModelFixture.Directory("tiny-qwen3-lm");

        using var model = CheckpointLoader.Load(directory, ModelConfig.Load(directory), ModelHead.LanguageModel, ScalarType.Float32, CPU,
            c => new CausalLanguageModel(c));

        Assert.DoesNotContain(model.named_parameters(), p => p.name.StartsWith("lm_head", StringComparison.Ordinal));
        Assert.Contains(model.named_parameters(), p => p.name == "model.layers.1.self_attn.k_norm.weight");
    }

    [Fact]
    public void Names_an_unsupported_architecture()
    {
        var error = LoadError("tiny-llama3-rm", copy =>
        {
            copy.Config["architectures"] = new JsonArray("MistralForSequenceClassification");
            copy.Config["model_type"] = "mistral";
        });

        Assert.Contains("architecture MistralForSequenceClassification is not supported", error.Message);
        Assert.Contains("Qwen3ForSequenceClassification", error.Message);
    }

    [Fact]
    public void Names_an_unsupported_rope_type()
    {
        var error = LoadError("tiny-llama3-rm", copy => copy.Config["rope_scaling"]!["rope_type"] = "yarn");

        Assert.Contains("rope type 'yarn' is not supported", error.Message);
    }

    [Fact]
    public void Names_a_model_type_that_contradicts_the_architecture()
    {
        var error = LoadError("tiny-llama3-rm", copy => copy.Config["model_type"] = "qwen2");

        Assert.Contains("LlamaForSequenceClassification but model_type 'qwen2'", error.Message);
    }

    [Fact]
    public void Names_a_missing_weight()
    {
        var error = LoadError("tiny-llama3-rm", copy => copy.Tensors.Remove("model.layers.1.post_attention_layernorm.weight"));

        Assert.Contains("no tensor 'model.layers.1.post_attention_layernorm.weight'", error.Message);
    }

    [Fact]
    public void Refuses_weights_the_architecture_would_ignore()
    {
        // Qwen3's q_norm / k_norm weights under a Llama config: Llama has no such norms.
        var error = LoadError("tiny-qwen3-rm", copy =>
        {
            copy.Config["architectures"] = new JsonArray("LlamaForSequenceClassification");
            copy.Config["model_type"] = "llama";
        });

        Assert.Contains("does not use (model.layers.0.self_attn.k_norm.weight", error.Message);
    }

    [Fact]
    public void Names_a_weight_whose_shape_contradicts_the_config()
    {
        var error = LoadError("tiny-llama3-rm", copy => copy.Config["intermediate_size"] = 48);

        Assert.Contains("'model.layers.0.mlp.gate_proj.weight' has shape [64, 32] but config.json implies [48, 32]", error.Message);
    }

    [Fact]
    public void Refuses_a_classifier_with_more_than_one_label_as_a_reward_model()
    {
        var error = LoadError("tiny-llama3-rm", copy => copy.Config["num_labels"] = 2);

        Assert.Contains("has 2 labels; a reward model has exactly one", error.Message);
    }

    [Fact]
    public void Refuses_a_language_model_as_a_reward_model()
    {
        var error = Assert.Throws<ModelLoadException>(() =>
            TokenRewardModel.Load(ModelFixture.Directory("tiny-qwen3-lm"), new InferenceSettings()));

        Assert.Contains("Qwen3ForCausalLM, not a reward model", error.Message);
    }

    private static ModelLoadException LoadError(string fixture, Action<CheckpointCopy> change)
    {
        using var copy = new CheckpointCopy(fixture);
        change(copy);
        var directory = copy.Save();
        return Assert.Throws<ModelLoadException>(() => TokenRewardModel.Load(directory, new InferenceSettings()));
    }
}
