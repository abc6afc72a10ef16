using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary>One pre-norm transformer block: attention and MLP, each added to the residual stream.</summary>
internal sealed class DecoderLayer : CheckpointModule
{
    private readonly RmsNorm _inputNorm;
    private readonly SelfAttention _attention;
    private readonly RmsNorm _postAttentionNorm;
    private readonly FeedForward _feedForward;

    public DecoderLayer(string key, LoadContext context) : base(key, context)
    {
        _inputNorm = Child("input_layernorm", k => new RmsNorm(k, context, context.Config.HiddenSize));
        _attention = Child("self_attn", k => new SelfAttention(k, context));
        _postAttentionNorm = Child("post_attention_layernorm", k => new RmsNorm(k, context, context.Config.HiddenSize));
        _feedForward = Child("mlp", k => new FeedForward(k, context));
    }

    public Tensor Forward(Tensor hidden, RotaryTable rotary)
    {
        var attended = hidden + _attention.Forward(_inputNorm.Forward(hidden), rotary);
        return attended.add_(_feedForward.Forward(_postAttentionNorm.Forward(attended)));
    }
}
