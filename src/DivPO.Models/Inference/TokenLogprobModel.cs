using DivPO.Models.Checkpoints;
using DivPO.Models.Modeling;

namespace DivPO.Models.Inference;

/// <summary>A causal language model (<c>…ForCausalLM</c>) giving the log-probability of each next token of a sequence.</summary>
public sealed class TokenLogprobModel : IDisposable
{
    private readonly LoadedDecoder<CausalLanguageModel> _decoder;

    private TokenLogprobModel(LoadedDecoder<CausalLanguageModel> decoder) => _decoder = decoder;

    public ModelConfig Config => _decoder.Config;

    /// <exception cref="ModelLoadException">Not a supported causal language model checkpoint.</exception>
    /// <exception cref="Native.TorchUnavailableException">TorchSharp cannot run here.</exception>
    public static TokenLogprobModel Load(string directory, InferenceSettings settings) =>
        new(LoadedDecoder<CausalLanguageModel>.Load(directory, ModelHead.LanguageModel, settings, context => new CausalLanguageModel(context)));

    /// <summary>For each sequence of n ids, n-1 values: log p(ids[t+1] | ids[0..t]).</summary>
    public float[][] TokenLogprobs(IReadOnlyList<IReadOnlyList<int>> sequences, int batchSize, CancellationToken cancellationToken = default)
    {
        TokenIds.Validate(sequences, Config.VocabSize, minimumLength: 2);
        var result = new float[sequences.Count][];
        BatchedForward.Run(sequences, batchSize, _decoder.Device, cancellationToken, (batch, ids) =>
        {
            var values = _decoder.Model.TokenLogprobs(ids).cpu().data<float>().ToArray();
            var width = batch.Length - 1;
            for (var row = 0; row < batch.Count; row++)
                result[batch.Members[row]] = values.AsSpan(row * width, sequences[batch.Members[row]].Count - 1).ToArray();
        });
        return result;
    }

    public void Dispose() => _decoder.Dispose();
}
