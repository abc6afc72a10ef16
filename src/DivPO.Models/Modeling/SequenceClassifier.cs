using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary><c>…ForSequenceClassification</c>: the decoder and a bias-free <c>score</c> head read at one token per sequence.</summary>
internal sealed class SequenceClassifier : CheckpointModule
{
    private readonly DecoderModel _model;
    private readonly LinearProjection _score;

    public SequenceClassifier(LoadContext context) : base("", context)
    {
        _model = Child("model", k => new DecoderModel(k, context));
        _score = Child("score", k => new LinearProjection(k, context, context.Config.HiddenSize, context.Config.Labels, bias: false));
    }

    /// <summary>[batch, length] right-padded ids and the [batch] positions to read, to [batch, labels] F32 logits.</summary>
    public Tensor Forward(Tensor ids, Tensor readPositions)
    {
        var hidden = _model.Forward(ids);
        var index = readPositions.view(-1, 1, 1).expand(-1, 1, hidden.shape[2]);
        return _score.Forward(hidden.gather(1, index).squeeze(1)).to(ScalarType.Float32);
    }
}
