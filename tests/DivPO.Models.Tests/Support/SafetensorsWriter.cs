using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace DivPO.Models.Tests.Support;

/// <summary>A raw tensor as safetensors stores it.</summary>
internal sealed record RawTensor(string Dtype, long[] Shape, byte[] Data);

/// <summary>Reads and writes safetensors files byte for byte, independently of the reader under test.</summary>
internal static class SafetensorsWriter
{
    public static void Write(string path, IReadOnlyDictionary<string, RawTensor> tensors)
    {
        var header = new Dictionary<string, object>();
        long offset = 0;
        foreach (var (name, tensor) in tensors)
        {
            header[name] = new { dtype = tensor.Dtype, shape = tensor.Shape, data_offsets = new[] { offset, offset + tensor.Data.Length } };
            offset += tensor.Data.Length;
        }
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(header));
        using var stream = File.Create(path);
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)json.Length);
        stream.Write(length);
        stream.Write(json);
        foreach (var tensor in tensors.Values)
            stream.Write(tensor.Data);
    }

    public static Dictionary<string, RawTensor> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        using var header = JsonDocument.Parse(bytes.AsMemory(8, headerLength));
        var result = new Dictionary<string, RawTensor>();
        foreach (var entry in header.RootElement.EnumerateObject().Where(e => e.Name != "__metadata__"))
        {
            var offsets = entry.Value.GetProperty("data_offsets").EnumerateArray().Select(o => (int)o.GetInt64()).ToArray();
            result[entry.Name] = new RawTensor(
                entry.Value.GetProperty("dtype").GetString()!,
                entry.Value.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray(),
                bytes[(8 + headerLength + offsets[0])..(8 + headerLength + offsets[1])]);
        }
        return result;
    }
}
