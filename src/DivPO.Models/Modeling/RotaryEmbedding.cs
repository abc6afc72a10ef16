using DivPO.Models.Checkpoints;
using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary>
/// Rotary position embeddings in the Hugging Face layout (halves rotated, not interleaved), with the
/// <c>llama3</c> frequency rescaling of Llama 3.1+. Other rope types are refused rather than approximated.
/// </summary>
internal sealed class RotaryEmbedding : IDisposable
{
    private readonly Tensor _inverseFrequencies;

    public RotaryEmbedding(ModelConfig config, Device device) =>
        _inverseFrequencies = tensor(InverseFrequencies(config), ScalarType.Float32, device);

    /// <summary>The per-pair rotation speeds, after scaling; throws <see cref="ModelLoadException"/> for an unsupported rope type.</summary>
    public static float[] InverseFrequencies(ModelConfig config)
    {
        var dimension = config.HeadDimension;
        var frequencies = Enumerable.Range(0, dimension / 2)
            .Select(i => 1.0 / Math.Pow(config.RotaryBase, 2.0 * i / dimension))
            .ToArray();
        var scaling = config.EffectiveRopeScaling;
        return scaling?.Kind switch
        {
            null or "default" => frequencies.Select(f => (float)f).ToArray(),
            "llama3" => frequencies.Select(f => (float)Llama3Scaled(f, scaling)).ToArray(),
            var kind => throw new ModelLoadException(
                $"rope type '{kind}' is not supported (supported: default, llama3); scores would be wrong"),
        };
    }

    /// <summary>The rotation tables, each [length, head_dim], for positions 0..length-1.</summary>
    public RotaryTable Table(long length, ScalarType dtype)
    {
        var positions = arange(length, ScalarType.Float32, _inverseFrequencies.device);
        var angles = outer(positions, _inverseFrequencies);
        var (cos, sin) = (angles.cos(), angles.sin());
        return new RotaryTable(cat([cos, cos], -1).to(dtype), cat([sin.neg(), sin], -1).to(dtype));
    }

    public void Dispose() => _inverseFrequencies.Dispose();

    /// <summary>
    /// Llama 3.1's scheme: long wavelengths slowed by <c>factor</c>, short ones kept, and those in
    /// between interpolated smoothly (transformers' <c>_compute_llama3_parameters</c>).
    /// </summary>
    private static double Llama3Scaled(double frequency, RopeScaling scaling)
    {
        var original = (double)scaling.OriginalMaxPositionEmbeddings;
        var lowFrequencyWavelength = original / scaling.LowFreqFactor;
        var highFrequencyWavelength = original / scaling.HighFreqFactor;
        var wavelength = 2 * Math.PI / frequency;
        if (wavelength < highFrequencyWavelength)
            return frequency;
        if (wavelength > lowFrequencyWavelength)
            return frequency / scaling.Factor;
        var smooth = (original / wavelength - scaling.LowFreqFactor) / (scaling.HighFreqFactor - scaling.LowFreqFactor);
        return (1 - smooth) * frequency / scaling.Factor + smooth * frequency;
    }
}

/// <summary>
/// Rotation tables for one forward pass, shared by every layer. Hugging Face rotates with
/// <c>x·cos + rotate_half(x)·sin</c>, where <c>rotate_half(x) = [-x₂, x₁]</c>; that equals
/// <c>x·cos + [x₂, x₁]·[-sin, sin]</c>, and <c>[x₂, x₁]</c> is a single roll, so the sign lives in the table.
/// </summary>
internal sealed record RotaryTable(Tensor Cos, Tensor SignedSin)
{
    /// <summary>Rotates [batch, heads, length, head_dim] queries or keys.</summary>
    public Tensor Apply(Tensor x) => (x * Cos).addcmul_(x.roll(x.shape[^1] / 2, -1), SignedSin, 1);
}
