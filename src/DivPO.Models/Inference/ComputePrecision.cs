namespace DivPO.Models.Inference;

/// <summary>The dtype weights are held in and matrix products run in; norms and softmax stay F32 either way.</summary>
public enum ComputePrecision
{
    Float32,
    BFloat16,
}
