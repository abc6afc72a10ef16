using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary>The <c>model</c> part of a Llama / Qwen2 / Qwen3 checkpoint: embeddings, decoder layers, final norm.</summary>
internal sealed class DecoderModel : CheckpointModule
{
    private readonly ModuleList<DecoderLayer> _layers;
    private readonly RmsNorm _norm;
    private readonly RotaryEmbedding _rotary;

    public DecoderModel(string key, LoadContext context) : base(key, context)
    {
        _rotary = new RotaryEmbedding(context.Config, context.Device);
        Embeddings = Child("embed_tokens", k => new TokenEmbedding(k, context));
        _layers = Child("layers", k => new ModuleList<DecoderLayer>(
            Enumerable.Range(0, context.Config.NumHiddenLayers).Select(i => new DecoderLayer($"{k}.{i}", context)).ToArray()));
        _norm = Child("norm", k => new RmsNorm(k, context, context.Config.HiddenSize));
    }

    public TokenEmbedding Embeddings { get; }

    /// <summary>[batch, length] right-padded ids to normalised [batch, length, hidden] states.</summary>
    public Tensor Forward(Tensor ids)
    {
        var hidden = Embeddings.Forward(ids);
        var rotary = _rotary.Table(ids.shape[1], hidden.dtype);
        foreach (var layer in _layers)
            hidden = layer.Forward(hidden, rotary);
        return _norm.Forward(hidden);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _rotary.Dispose();
        base.Dispose(disposing);
    }
}
