using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary>A Hugging Face <c>nn.Linear</c>: <c>weight</c> [out, in] and an optional <c>bias</c>.</summary>
internal sealed class LinearProjection : CheckpointModule
{
    private readonly Tensor _weight;
    private readonly Tensor? _bias;

    public LinearProjection(string key, LoadContext context, long inputs, long outputs, bool bias) : base(key, context)
    {
        _weight = Weight("weight", outputs, inputs);
        _bias = OptionalWeight("bias", bias, outputs);
    }

    public Tensor Forward(Tensor input) => nn.functional.linear(input, _weight, _bias);
}
