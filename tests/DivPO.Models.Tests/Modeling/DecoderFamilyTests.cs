using System.Text.Json.Nodes;
using DivPO.Models.Checkpoints;
using DivPO.Models.Inference;
using DivPO.Models.Tests.Support;

namespace DivPO.Models.Tests.Modeling;

/// <summary>Qwen2 differs from Llama only by q/k/v biases, so a Llama checkpoint with biases added must behave accordingly.</summary>
public sealed class DecoderFamilyTests
{
    [Fact]
    public void Qwen2_with_zero_qkv_biases_scores_as_the_same_Llama()
    {
        var expected = ModelFixture.Cases("tiny-llama3-rm");
        using var copy = AsQwen2(bias: 0f);

        using var model = TokenRewardModel.Load(copy.Save(), new InferenceSettings());

        Assert.All(expected.Zip(model.Score(expected.Select(c => (IReadOnlyList<int>)c.Ids).ToList(), 4)),
            pair => Assert.Equal(pair.First.Score!.Value, pair.Second, ModelFixture.Tolerance));
    }

    [Fact]
    public void Qwen2_applies_its_qkv_biases()
    {
        var c = ModelFixture.Cases("tiny-llama3-rm")[1];
        using var copy = AsQwen2(bias: 0.5f);

        using var model = TokenRewardModel.Load(copy.Save(), new InferenceSettings());

        Assert.NotEqual(c.Score!.Value, model.Score([c.Ids], 1)[0], 1e-2);
    }

    [Fact]
    public void Qwen2_without_its_biases_is_an_error_naming_them()
    {
        using var copy = AsQwen2(bias: 0f);
        copy.Tensors.Remove("model.layers.0.self_attn.k_proj.bias");

        var error = Assert.Throws<ModelLoadException>(() => TokenRewardModel.Load(copy.Save(), new InferenceSettings()));

        Assert.Contains("no tensor 'model.layers.0.self_attn.k_proj.bias'", error.Message);
    }

    private static CheckpointCopy AsQwen2(float bias)
    {
        var copy = new CheckpointCopy("tiny-llama3-rm");
        copy.Config["architectures"] = new JsonArray("Qwen2ForSequenceClassification");
        copy.Config["model_type"] = "qwen2";
        foreach (var name in copy.Tensors.Keys.Where(n => n.EndsWith("_proj.weight") && n.Contains("self_attn") && !n.Contains("o_proj")).ToList())
        {
            var rows = copy.Tensors[name].Shape[0];
            var data = Enumerable.Repeat(bias, (int)rows).SelectMany(BitConverter.GetBytes).ToArray();
            copy.Tensors[name.Replace(".weight", ".bias")] = new RawTensor("F32", [rows], data);
        }
        return copy;
    }
}
