using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using TorchSharp;
using static TorchSharp.torch;

namespace DivPO.Models.Checkpoints;

/// <summary>
/// One <c>.safetensors</c> file: an 8-byte header length, a JSON header naming each tensor's dtype, shape
/// and byte range, then the raw little-endian data. Tensors are read straight from the file into
/// libtorch memory, one at a time, so loading never holds a second copy of the checkpoint.
/// </summary>
internal sealed class SafetensorsFile : IDisposable
{
    /// <summary>Reads are split so one span never exceeds what a .NET span can address.</summary>
    private const long MaxReadBytes = 1L << 30;

    private readonly SafeFileHandle _handle;
    private readonly long _dataStart;

    private SafetensorsFile(string path, SafeFileHandle handle, long dataStart, IReadOnlyDictionary<string, TensorEntry> tensors)
    {
        FilePath = path;
        _handle = handle;
        _dataStart = dataStart;
        Tensors = tensors;
    }

    public string FilePath { get; }

    public IReadOnlyDictionary<string, TensorEntry> Tensors { get; }

    public static SafetensorsFile Open(string path)
    {
        var handle = File.OpenHandle(path);
        try
        {
            var fileLength = RandomAccess.GetLength(handle);
            if (fileLength < 8)
                throw new ModelLoadException($"{path} is not a safetensors file (too short)");
            Span<byte> lengthBytes = stackalloc byte[8];
            ReadExactly(handle, lengthBytes, 0, path);
            var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(lengthBytes);
            if (headerLength > (ulong)Math.Min(fileLength - 8, 100_000_000))
                throw new ModelLoadException($"{path} is not a safetensors file (header length {headerLength} is impossible)");

            var header = new byte[headerLength];
            ReadExactly(handle, header, 8, path);
            var dataStart = 8 + (long)headerLength;
            var tensors = ParseHeader(path, header, fileLength - dataStart);
            return new SafetensorsFile(path, handle, dataStart, tensors);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Reads <paramref name="name"/> and converts it to <paramref name="dtype"/> on <paramref name="device"/>.</summary>
    public Tensor Read(string name, ScalarType dtype, Device device)
    {
        var entry = Tensors[name];
        using var raw = empty(entry.Shape, entry.Dtype.ScalarType);
        using (var flat = raw.view(-1))
        {
            var elementSize = entry.Dtype.ElementSize;
            var elementsPerRead = MaxReadBytes / elementSize;
            for (long first = 0; first < entry.ElementCount; first += elementsPerRead)
            {
                var count = Math.Min(elementsPerRead, entry.ElementCount - first);
                using var chunk = flat.narrow(0, first, count);
                ReadExactly(_handle, chunk.bytes, _dataStart + entry.Begin + first * elementSize, FilePath);
            }
        }
        return raw.to(dtype, device);
    }

    public void Dispose() => _handle.Dispose();

    private static void ReadExactly(SafeFileHandle handle, Span<byte> target, long offset, string path)
    {
        for (var done = 0; done < target.Length;)
        {
            var read = RandomAccess.Read(handle, target[done..], offset + done);
            if (read == 0)
                throw new ModelLoadException($"{path} ends early: it was truncated or is still being written");
            done += read;
        }
    }

    private static Dictionary<string, TensorEntry> ParseHeader(string path, byte[] header, long dataLength)
    {
        try
        {
            using var json = JsonDocument.Parse(header);
            var tensors = new Dictionary<string, TensorEntry>(StringComparer.Ordinal);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (property.Name == "__metadata__")
                    continue;
                var entry = ParseEntry(path, property.Name, property.Value);
                if (entry.Begin < 0 || entry.End > dataLength || entry.End - entry.Begin != entry.ElementCount * entry.Dtype.ElementSize)
                    throw new ModelLoadException(
                        $"{path}: tensor '{property.Name}' has byte range [{entry.Begin}, {entry.End}) that does not fit its shape or the file");
                tensors.Add(property.Name, entry);
            }
            return tensors;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new ModelLoadException($"{path}: the safetensors header is not valid JSON of the expected shape ({e.Message})", e);
        }
    }

    private static TensorEntry ParseEntry(string path, string name, JsonElement value)
    {
        var dtypeName = value.GetProperty("dtype").GetString()!;
        var dtype = SafetensorsDtype.Parse(dtypeName)
            ?? throw new ModelLoadException(
                $"{path}: tensor '{name}' has dtype {dtypeName}; only F32, BF16 and F16 checkpoints are supported");
        var shape = value.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        var offsets = value.GetProperty("data_offsets").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        if (offsets.Length != 2 || shape.Any(d => d < 0))
            throw new ModelLoadException($"{path}: tensor '{name}' has a malformed shape or data_offsets");
        return new TensorEntry(dtype, shape, offsets[0], offsets[1]);
    }
}

/// <summary>Where one tensor lies in the data section of a safetensors file.</summary>
internal sealed record TensorEntry(SafetensorsDtype Dtype, long[] Shape, long Begin, long End)
{
    public long ElementCount => Shape.Aggregate(1L, (product, d) => product * d);
}

/// <summary>The safetensors dtypes a checkpoint may store weights in.</summary>
internal sealed record SafetensorsDtype(string Name, ScalarType ScalarType, int ElementSize)
{
    private static readonly SafetensorsDtype[] Supported =
    [
        new("F32", ScalarType.Float32, 4),
        new("BF16", ScalarType.BFloat16, 2),
        new("F16", ScalarType.Float16, 2),
    ];

    public static SafetensorsDtype? Parse(string name) => Supported.FirstOrDefault(d => d.Name == name);
}
