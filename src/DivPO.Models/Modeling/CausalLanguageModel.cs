using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary><c>…ForCausalLM</c>: the decoder and <c>lm_head</c>, which tied checkpoints share with the embeddings.</summary>
internal sealed class CausalLanguageModel : CheckpointModule
{
    private readonly DecoderModel _model;
    private readonly LinearProjection? _head;

    public CausalLanguageModel(LoadContext context) : base("", context)
    {
        var config = context.Config;
        _model = Child("model", k => new DecoderModel(k, context));
        if (!config.TieWordEmbeddings)
            _head = Child("lm_head", k => new LinearProjection(k, context, config.HiddenSize, config.VocabSize, bias: false));
    }

    /// <summary>
    /// log p(ids[t+1] | ids[..t]) for every position of [batch, length] right-padded ids, as [batch, length-1] F32;
    /// entries past a sequence's end are meaningless.
    /// </summary>
    public Tensor TokenLogprobs(Tensor ids)
    {
        var length = ids.shape[1];
        var hidden = _model.Forward(ids).narrow(1, 0, length - 1);
        var logits = (_head?.Forward(hidden) ?? nn.functional.linear(hidden, _model.Embeddings.Table)).to(ScalarType.Float32);
        var next = ids.narrow(1, 1, length - 1).unsqueeze(-1);
        return logits.log_softmax(-1).gather(2, next).squeeze(-1);
    }
}
