using System.Buffers.Binary;
using DivPO.Models.Checkpoints;
using DivPO.Models.Native;
using DivPO.Models.Tests.Support;
using static TorchSharp.torch;

namespace DivPO.Models.Tests.Checkpoints;

public sealed class SafetensorsFileTests
{
    public SafetensorsFileTests() => TorchNative.EnsureLoaded(ComputeDevice.Cpu);

    [Theory]
    [InlineData("tiny-qwen3-rm", "BF16")]
    [InlineData("tiny-llama3-rm", "F32")]
    public void Lists_every_tensor_with_dtype_and_shape(string fixture, string dtype)
    {
        var path = Path.Combine(ModelFixture.Directory(fixture), "model.safetensors");
        var expected = SafetensorsWriter.Read(path);

        using var file = SafetensorsFile.Open(path);

        Assert.Equal(expected.Keys.Order(), file.Tensors.Keys.Order());
        Assert.All(file.Tensors, t => Assert.Equal(dtype, t.Value.Dtype.Name));
        Assert.All(file.Tensors, t => Assert.Equal(expected[t.Key].Shape, t.Value.Shape));
    }

    [Fact]
    public void Widens_BF16_to_F32_exactly()
    {
        var path = Path.Combine(ModelFixture.Directory("tiny-qwen3-rm"), "model.safetensors");
        var raw = SafetensorsWriter.Read(path)["model.layers.1.mlp.down_proj.weight"];
        var expected = Enumerable.Range(0, raw.Data.Length / 2)
            .Select(i => BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(raw.Data.AsSpan(i * 2)) << 16))
            .ToArray();

        using var file = SafetensorsFile.Open(path);
        using var tensor = file.Read("model.layers.1.mlp.down_proj.weight", ScalarType.Float32, CPU);

        Assert.Equal(ScalarType.Float32, tensor.dtype);
        Assert.Equal(raw.Shape, tensor.shape);
        Assert.Equal(expected, tensor.data<float>().ToArray());
    }

    [Fact]
    public void Reads_F16_and_F32()
    {
        using var directory = new TemporaryDirectory();
        var values = new[] { 0.5f, -2f, 65504f, 1e-3f };
        var f16 = values.SelectMany(v => BitConverter.GetBytes((Half)v)).ToArray();
        var f32 = values.SelectMany(BitConverter.GetBytes).ToArray();
        SafetensorsWriter.Write(directory.File("w.safetensors"), new Dictionary<string, RawTensor>
        {
            ["half"] = new("F16", [2, 2], f16),
            ["single"] = new("F32", [4], f32),
        });

        using var file = SafetensorsFile.Open(directory.File("w.safetensors"));
        using var half = file.Read("half", ScalarType.Float32, CPU);
        using var single = file.Read("single", ScalarType.Float32, CPU);

        Assert.Equal(values.Select(v => (float)(Half)v), half.data<float>().ToArray());
        Assert.Equal(values, single.data<float>().ToArray());
    }

    [Fact]
    public void Refuses_unsupported_dtypes_naming_the_tensor()
    {
        using var directory = new TemporaryDirectory();
        SafetensorsWriter.Write(directory.File("q.safetensors"), new Dictionary<string, RawTensor>
        {
            ["model.layers.0.mlp.up_proj.weight"] = new("I8", [2, 2], [1, 2, 3, 4]),
        });

        var error = Assert.Throws<ModelLoadException>(() => SafetensorsFile.Open(directory.File("q.safetensors")));

        Assert.Contains("'model.layers.0.mlp.up_proj.weight' has dtype I8", error.Message);
        Assert.Contains("only F32, BF16 and F16", error.Message);
    }

    [Fact]
    public void Refuses_byte_ranges_that_do_not_match_the_shape()
    {
        using var directory = new TemporaryDirectory();
        SafetensorsWriter.Write(directory.File("bad.safetensors"), new Dictionary<string, RawTensor>
        {
            ["w"] = new("F32", [3], new byte[8]),
        });

        var error = Assert.Throws<ModelLoadException>(() => SafetensorsFile.Open(directory.File("bad.safetensors")));

        Assert.Contains("'w'", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2 })]
    [InlineData(new byte[] { 0xff, 0xff, 0, 0, 0, 0, 0, 0, (byte)'{', (byte)'}' })]
    [InlineData(new byte[] { 2, 0, 0, 0, 0, 0, 0, 0, (byte)'[', (byte)']' })]
    public void Refuses_files_that_are_not_safetensors(byte[] bytes)
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllBytes(directory.File("x.safetensors"), bytes);

        var error = Assert.Throws<ModelLoadException>(() => SafetensorsFile.Open(directory.File("x.safetensors")));

        Assert.Contains("x.safetensors", error.Message);
    }
}
