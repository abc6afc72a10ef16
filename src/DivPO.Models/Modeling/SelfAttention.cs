using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary>
/// Causal grouped-query self-attention with rotary positions; Qwen3's per-head q/k RMSNorm and
/// Qwen2's q/k/v biases are switched on by the <see cref="DecoderFamily"/>.
/// </summary>
internal sealed class SelfAttention : CheckpointModule
{
    private readonly LinearProjection _query;
    private readonly LinearProjection _key;
    private readonly LinearProjection _value;
    private readonly LinearProjection _output;
    private readonly RmsNorm? _queryNorm;
    private readonly RmsNorm? _keyNorm;
    private readonly int _heads;
    private readonly int _keyValueHeads;
    private readonly int _headDimension;

    public SelfAttention(string key, LoadContext context) : base(key, context)
    {
        var family = context.Family;
        _heads = context.Config.NumAttentionHeads;
        _keyValueHeads = context.Config.KeyValueHeads;
        _headDimension = context.Config.HeadDimension;
        var hidden = context.Config.HiddenSize;
        var (queryWidth, keyValueWidth) = (_heads * _headDimension, _keyValueHeads * _headDimension);
        _query = Child("q_proj", k => new LinearProjection(k, context, hidden, queryWidth, family.QkvBias));
        _key = Child("k_proj", k => new LinearProjection(k, context, hidden, keyValueWidth, family.QkvBias));
        _value = Child("v_proj", k => new LinearProjection(k, context, hidden, keyValueWidth, family.QkvBias));
        _output = Child("o_proj", k => new LinearProjection(k, context, queryWidth, hidden, family.OutputBias));
        if (family.QueryKeyNorm)
        {
            _queryNorm = Child("q_norm", k => new RmsNorm(k, context, _headDimension));
            _keyNorm = Child("k_norm", k => new RmsNorm(k, context, _headDimension));
        }
    }

    /// <summary>[batch, length, hidden] to [batch, length, hidden]. Right padding needs no mask: causality keeps real tokens from seeing pads.</summary>
    public Tensor Forward(Tensor input, RotaryTable rotary)
    {
        var (batch, length) = (input.shape[0], input.shape[1]);
        var query = rotary.Apply(Heads(_query.Forward(input), _heads, _queryNorm, batch, length));
        var key = rotary.Apply(Heads(_key.Forward(input), _keyValueHeads, _keyNorm, batch, length));
        var value = Heads(_value.Forward(input), _keyValueHeads, null, batch, length);
        var attended = nn.functional.scaled_dot_product_attention(query, ShareAcrossGroup(key), ShareAcrossGroup(value), is_casual: true);
        return _output.Forward(attended.transpose(1, 2).reshape(batch, length, _heads * _headDimension));
    }

    /// <summary>[batch, length, heads*dim] to [batch, heads, length, dim], normalised per head when the family does so.</summary>
    private Tensor Heads(Tensor projected, int heads, RmsNorm? norm, long batch, long length)
    {
        var split = projected.view(batch, length, heads, _headDimension);
        return (norm?.Forward(split) ?? split).transpose(1, 2);
    }

    /// <summary>Repeats each key/value head for the query heads of its group (grouped-query attention).</summary>
    private Tensor ShareAcrossGroup(Tensor keyValue)
    {
        var group = _heads / _keyValueHeads;
        if (group == 1)
            return keyValue;
        var (batch, length) = (keyValue.shape[0], keyValue.shape[2]);
        return keyValue.unsqueeze(2).expand(batch, _keyValueHeads, group, length, _headDimension)
            .reshape(batch, _heads, length, _headDimension);
    }
}
