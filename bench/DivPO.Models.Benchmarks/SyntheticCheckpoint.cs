using System.Text.Json;
using DivPO.Models.Tests.Support;

namespace DivPO.Models.Benchmarks;

/// <summary>Writes a random-weight Qwen3ForSequenceClassification checkpoint of <see cref="BenchmarkConfig"/> in Hugging Face layout.</summary>
internal static class SyntheticCheckpoint
{
    public static string Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "divpo-benchmark-qwen3");
        Directory.CreateDirectory(directory);
        var random = new Random(1234);
        var tensors = new Dictionary<string, RawTensor>();
        void Add(string name, params long[] shape) => tensors[name] = Random(random, shape, scale: name.EndsWith("norm.weight") ? 0 : 0.02f);

        Add("model.embed_tokens.weight", BenchmarkConfig.Vocabulary, BenchmarkConfig.Hidden);
        for (var layer = 0; layer < BenchmarkConfig.Layers; layer++)
        {
            var prefix = $"model.layers.{layer}";
            Add($"{prefix}.input_layernorm.weight", BenchmarkConfig.Hidden);
            Add($"{prefix}.post_attention_layernorm.weight", BenchmarkConfig.Hidden);
            Add($"{prefix}.self_attn.q_proj.weight", BenchmarkConfig.Heads * BenchmarkConfig.HeadDim, BenchmarkConfig.Hidden);
            Add($"{prefix}.self_attn.k_proj.weight", BenchmarkConfig.KeyValueHeads * BenchmarkConfig.HeadDim, BenchmarkConfig.Hidden);
            Add($"{prefix}.self_attn.v_proj.weight", BenchmarkConfig.KeyValueHeads * BenchmarkConfig.HeadDim, BenchmarkConfig.Hidden);
            Add($"{prefix}.self_attn.o_proj.weight", BenchmarkConfig.Hidden, BenchmarkConfig.Heads * BenchmarkConfig.HeadDim);
            Add($"{prefix}.self_attn.q_norm.weight", BenchmarkConfig.HeadDim);
            Add($"{prefix}.self_attn.k_norm.weight", BenchmarkConfig.HeadDim);
            Add($"{prefix}.mlp.gate_proj.weight", BenchmarkConfig.Intermediate, BenchmarkConfig.Hidden);
            Add($"{prefix}.mlp.up_proj.weight", BenchmarkConfig.Intermediate, BenchmarkConfig.Hidden);
            Add($"{prefix}.mlp.down_proj.weight", BenchmarkConfig.Hidden, BenchmarkConfig.Intermediate);
        }
        Add("model.norm.weight", BenchmarkConfig.Hidden);
        Add("score.weight", 1, BenchmarkConfig.Hidden);
        SafetensorsWriter.Write(Path.Combine(directory, "model.safetensors"), tensors);

        File.WriteAllText(Path.Combine(directory, "config.json"), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["architectures"] = new[] { "Qwen3ForSequenceClassification" },
            ["model_type"] = "qwen3",
            ["hidden_size"] = BenchmarkConfig.Hidden,
            ["intermediate_size"] = BenchmarkConfig.Intermediate,
            ["num_hidden_layers"] = BenchmarkConfig.Layers,
            ["num_attention_heads"] = BenchmarkConfig.Heads,
            ["num_key_value_heads"] = BenchmarkConfig.KeyValueHeads,
            ["head_dim"] = BenchmarkConfig.HeadDim,
            ["vocab_size"] = BenchmarkConfig.Vocabulary,
            ["max_position_embeddings"] = 4096,
            ["rms_norm_eps"] = 1e-6,
            ["rope_theta"] = 1_000_000.0,
            ["num_labels"] = 1,
        }));
        return directory;
    }

    /// <summary>Normal-ish values (a sum of uniforms) times <paramref name="scale"/>; norm weights are 1 when scale is 0.</summary>
    private static RawTensor Random(Random random, long[] shape, float scale)
    {
        var count = (int)shape.Aggregate(1L, (a, b) => a * b);
        var values = new float[count];
        for (var i = 0; i < count; i++)
            values[i] = scale == 0 ? 1f : scale * (random.NextSingle() + random.NextSingle() + random.NextSingle() - 1.5f) * 2f;
        var bytes = new byte[count * 4];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        return new RawTensor("F32", shape, bytes);
    }
}
