using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary>The gated SiLU MLP: <c>down_proj(silu(gate_proj(x)) * up_proj(x))</c>.</summary>
internal sealed class FeedForward : CheckpointModule
{
    private readonly LinearProjection _gate;
    private readonly LinearProjection _up;
    private readonly LinearProjection _down;

    public FeedForward(string key, LoadContext context) : base(key, context)
    {
        var (hidden, intermediate, bias) = (context.Config.HiddenSize, context.Config.IntermediateSize, context.Family.MlpBias);
        _gate = Child("gate_proj", k => new LinearProjection(k, context, hidden, intermediate, bias));
        _up = Child("up_proj", k => new LinearProjection(k, context, hidden, intermediate, bias));
        _down = Child("down_proj", k => new LinearProjection(k, context, intermediate, hidden, bias));
    }

    public Tensor Forward(Tensor input) => _down.Forward(nn.functional.silu(_gate.Forward(input), inplace: true).mul_(_up.Forward(input)));
}
