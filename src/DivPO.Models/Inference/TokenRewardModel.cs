using DivPO.Models.Checkpoints;
using DivPO.Models.Modeling;
using static TorchSharp.torch;

namespace DivPO.Models.Inference;

/// <summary>
/// A reward model (<c>…ForSequenceClassification</c> with one label) scoring token id sequences, as
/// transformers does: the score head read at the last token that is not <c>pad_token_id</c>.
/// </summary>
public sealed class TokenRewardModel : IDisposable
{
    private readonly LoadedDecoder<SequenceClassifier> _decoder;

    private TokenRewardModel(LoadedDecoder<SequenceClassifier> decoder) => _decoder = decoder;

    public ModelConfig Config => _decoder.Config;

    /// <exception cref="ModelLoadException">Not a supported single-label reward model checkpoint.</exception>
    /// <exception cref="Native.TorchUnavailableException">TorchSharp cannot run here.</exception>
    public static TokenRewardModel Load(string directory, InferenceSettings settings) =>
        new(LoadedDecoder<SequenceClassifier>.Load(directory, ModelHead.SequenceScore, settings, context => context.Config.Labels == 1
            ? new SequenceClassifier(context)
            : throw new ModelLoadException($"{directory} has {context.Config.Labels} labels; a reward model has exactly one (num_labels: 1)")));

    /// <summary>One score per sequence, computed in length-sorted batches of at most <paramref name="batchSize"/>.</summary>
    public float[] Score(IReadOnlyList<IReadOnlyList<int>> sequences, int batchSize, CancellationToken cancellationToken = default)
    {
        TokenIds.Validate(sequences, Config.VocabSize, minimumLength: 1);
        var scores = new float[sequences.Count];
        BatchedForward.Run(sequences, batchSize, _decoder.Device, cancellationToken, (batch, ids) =>
        {
            var readAt = tensor(batch.Members.Select(m => (long)ReadPosition(sequences[m])).ToArray(), ScalarType.Int64, _decoder.Device);
            var values = _decoder.Model.Forward(ids, readAt).cpu().data<float>().ToArray();
            for (var row = 0; row < batch.Count; row++)
                scores[batch.Members[row]] = values[row];
        });
        return scores;
    }

    /// <summary>
    /// transformers' rule: the last position whose id is not <c>pad_token_id</c> (position 0 when every
    /// id is the pad id), or simply the last position when the config has no pad id.
    /// </summary>
    internal int ReadPosition(IReadOnlyList<int> sequence)
    {
        if (Config.PadTokenId is not { } pad)
            return sequence.Count - 1;
        for (var t = sequence.Count - 1; t > 0; t--)
            if (sequence[t] != pad)
                return t;
        return 0;
    }

    public void Dispose() => _decoder.Dispose();
}
