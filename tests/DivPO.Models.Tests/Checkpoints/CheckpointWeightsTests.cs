using DivPO.Models.Checkpoints;
using DivPO.Models.Native;
using DivPO.Models.Tests.Support;
using static TorchSharp.torch;

namespace DivPO.Models.Tests.Checkpoints;

public sealed class CheckpointWeightsTests
{
    public CheckpointWeightsTests() => TorchNative.EnsureLoaded(ComputeDevice.Cpu);

    [Fact]
    public void Opens_sharded_checkpoints_through_their_index()
    {
        using var copy = new CheckpointCopy("tiny-llama3-rm");
        var directory = copy.SaveSharded(3);

        using var weights = CheckpointWeights.Open(directory);

        Assert.Equal(copy.Tensors.Keys.Order(), weights.Names.Order());
        using var norm = weights.Take("model.norm.weight", ScalarType.Float32, CPU);
        Assert.Equal(copy.Tensors["model.norm.weight"].Data, norm.bytes.ToArray());
    }

    [Fact]
    public void Tracks_which_tensors_were_taken()
    {
        using var weights = CheckpointWeights.Open(ModelFixture.Directory("tiny-llama3-rm"));
        var all = weights.Names.ToList();

        weights.Take("score.weight", ScalarType.Float32, CPU).Dispose();

        Assert.Equal(all.Where(n => n != "score.weight").Order(StringComparer.Ordinal), weights.Untaken());
    }

    [Fact]
    public void Names_a_tensor_the_model_needs_but_the_checkpoint_lacks()
    {
        using var weights = CheckpointWeights.Open(ModelFixture.Directory("tiny-llama3-rm"));

        var error = Assert.Throws<ModelLoadException>(() => weights.Take("model.layers.9.mlp.up_proj.weight", ScalarType.Float32, CPU));

        Assert.Contains("no tensor 'model.layers.9.mlp.up_proj.weight'", error.Message);
    }

    [Fact]
    public void Refuses_pickled_weights_without_reading_them()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("pytorch_model.bin"), "not even a pickle");

        var error = Assert.Throws<ModelLoadException>(() => CheckpointWeights.Open(directory.Path));

        Assert.Contains("only PyTorch pickle weights (pytorch_model.bin)", error.Message);
        Assert.Contains("safe_serialization=True", error.Message);
    }

    [Fact]
    public void Says_when_a_folder_has_no_weights_at_all()
    {
        using var directory = new TemporaryDirectory();

        var error = Assert.Throws<ModelLoadException>(() => CheckpointWeights.Open(directory.Path));

        Assert.Contains("has no weights: expected model.safetensors or model.safetensors.index.json", error.Message);
    }

    [Fact]
    public void Names_a_shard_the_index_lists_but_the_folder_lacks()
    {
        using var copy = new CheckpointCopy("tiny-llama3-rm");
        var directory = copy.SaveSharded(2);
        File.Delete(Path.Combine(directory, "model-00002-of-00002.safetensors"));

        var error = Assert.Throws<ModelLoadException>(() => CheckpointWeights.Open(directory));

        Assert.Contains("model-00002-of-00002.safetensors not found", error.Message);
    }
}
