using DivPO.Models.Checkpoints;
using TorchSharp;
using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary>Builds a model from a checkpoint folder and insists that every stored weight was used.</summary>
internal static class CheckpointLoader
{
    /// <summary>
    /// Loads the weights in <paramref name="directory"/> into the model <paramref name="create"/> builds, after checking
    /// that <paramref name="config"/> declares a model with <paramref name="head"/>. Call outside any dispose scope.
    /// </summary>
    /// <exception cref="ModelLoadException">The folder, config or weights do not describe a supported model of that kind.</exception>
    public static T Load<T>(string directory, ModelConfig config, ModelHead head, ScalarType dtype, Device device, Func<LoadContext, T> create)
        where T : nn.Module
    {
        var architecture = ModelArchitecture.Of(config);
        if (architecture.Head != head)
            throw new ModelLoadException(head == ModelHead.SequenceScore
                ? $"{directory} holds a {architecture.Name}, not a reward model (…ForSequenceClassification with a score head)"
                : $"{directory} holds a {architecture.Name}, not a language model (…ForCausalLM)");

        using var weights = CheckpointWeights.Open(directory);
        var context = new LoadContext(config, DecoderFamily.For(architecture.ModelType, config), weights, dtype, device);
        using var noGrad = no_grad();
        var model = create(context);
        var unused = weights.Untaken().Where(name => !Ignorable(name, config)).ToList();
        if (unused.Count > 0)
        {
            model.Dispose();
            throw new ModelLoadException(
                $"{directory}: the checkpoint has weights a {architecture.Name} with this config.json does not use " +
                $"({string.Join(", ", unused.Take(5))}{(unused.Count > 5 ? ", …" : "")}); refusing to compute different numbers than transformers would");
        }
        return model;
    }

    /// <summary>Stored tensors transformers also drops: cached rotary frequencies, and a head tied to the embeddings.</summary>
    private static bool Ignorable(string name, ModelConfig config) =>
        name.EndsWith("rotary_emb.inv_freq", StringComparison.Ordinal) || (config.TieWordEmbeddings && name == "lm_head.weight");
}
