namespace DivPO.Models.Benchmarks;

/// <summary>The mid-size Qwen3-style decoder of issue 3, shared with pytorch_reference.py.</summary>
internal static class BenchmarkConfig
{
    public const int Hidden = 512;
    public const int Layers = 8;
    public const int Heads = 8;
    public const int KeyValueHeads = 4;
    public const int HeadDim = 64;
    public const int Intermediate = 1536;
    public const int Vocabulary = 32000;
    public const int SequenceLength = 256;

    /// <summary>Multiply-adds ×2 per token of one forward pass: the projections plus causal attention at this length.</summary>
    public static double FlopsPerToken()
    {
        var projections = Hidden * (Heads * HeadDim) * 2.0 + Hidden * (KeyValueHeads * HeadDim) * 2.0 + 3.0 * Hidden * Intermediate;
        var attention = 2.0 * Heads * HeadDim * (SequenceLength + 1) / 2.0;
        return Layers * 2 * (projections + attention);
    }
}
