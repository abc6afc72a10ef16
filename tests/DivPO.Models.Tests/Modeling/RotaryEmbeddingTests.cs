using DivPO.Models.Checkpoints;
using DivPO.Models.Modeling;
using DivPO.Models.Tests.Support;

namespace DivPO.Models.Tests.Modeling;

public sealed class RotaryEmbeddingTests
{
    [Fact]
    public void Plain_rope_uses_the_theta_powers()
    {
        var config = ModelConfig.Load(ModelFixture.Directory("tiny-qwen3-rm"));

        var frequencies = RotaryEmbedding.InverseFrequencies(config);

        Assert.Equal(8, frequencies.Length);
        Assert.Equal(1f, frequencies[0]);
        Assert.Equal((float)Math.Pow(1e6, -14.0 / 16), frequencies[7], 1e-12f);
    }

    [Fact]
    public void Llama3_scaling_keeps_high_frequencies_slows_low_ones_and_blends_between()
    {
        var config = new ModelConfig
        {
            HiddenSize = 64, NumAttentionHeads = 4, RopeTheta = 10_000,
            RopeScaling = new RopeScaling { RopeType = "llama3", Factor = 8, LowFreqFactor = 1, HighFreqFactor = 4, OriginalMaxPositionEmbeddings = 64 },
        };
        var plain = Enumerable.Range(0, 8).Select(i => 1.0 / Math.Pow(10_000, 2.0 * i / 16)).ToArray();
        // Wavelengths 2π/f: under 64/4 = 16 kept, over 64/1 divided by the factor, in between blended.
        var wavelengths = plain.Select(f => 2 * Math.PI / f).ToArray();

        var scaled = RotaryEmbedding.InverseFrequencies(config);

        Assert.True(wavelengths[0] < 16);
        Assert.Equal((float)plain[0], scaled[0]);
        Assert.True(wavelengths[1] is > 16 and < 64);
        var smooth = (64 / wavelengths[1] - 1) / 3;
        Assert.Equal((float)((1 - smooth) * plain[1] / 8 + smooth * plain[1]), scaled[1], 1e-9f);
        Assert.True(wavelengths[3] > 64);
        Assert.Equal((float)(plain[3] / 8), scaled[3], 1e-12f);
    }

    [Theory]
    [InlineData("yarn")]
    [InlineData("dynamic")]
    public void Refuses_other_rope_types_by_name(string kind)
    {
        var config = new ModelConfig { HiddenSize = 64, NumAttentionHeads = 4, RopeScaling = new RopeScaling { LegacyType = kind } };

        var error = Assert.Throws<ModelLoadException>(() => RotaryEmbedding.InverseFrequencies(config));

        Assert.Contains($"rope type '{kind}' is not supported", error.Message);
    }
}
