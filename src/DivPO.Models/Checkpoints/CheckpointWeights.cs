using System.Text.Json;
using static TorchSharp.torch;

namespace DivPO.Models.Checkpoints;

/// <summary>
/// The weights of a Hugging Face checkpoint folder: <c>model.safetensors</c>, or the shards listed by
/// <c>model.safetensors.index.json</c>. Pickled <c>.bin</c> checkpoints are refused, never read.
/// Tracks which tensors were taken so a model can insist that it used every one.
/// </summary>
internal sealed class CheckpointWeights : IDisposable
{
    private const string SingleFile = "model.safetensors";
    private const string IndexFile = "model.safetensors.index.json";

    private readonly IReadOnlyList<SafetensorsFile> _files;
    private readonly Dictionary<string, SafetensorsFile> _fileOf;
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    private CheckpointWeights(string directory, IReadOnlyList<SafetensorsFile> files, Dictionary<string, SafetensorsFile> fileOf)
    {
        Directory = directory;
        _files = files;
        _fileOf = fileOf;
    }

    public string Directory { get; }

    public IReadOnlyCollection<string> Names => _fileOf.Keys;

    public static CheckpointWeights Open(string directory)
    {
        var single = Path.Combine(directory, SingleFile);
        var index = Path.Combine(directory, IndexFile);
        var shardNames = File.Exists(index) ? ReadIndex(index)
            : File.Exists(single) ? [SingleFile]
            : throw MissingWeights(directory);

        var files = new List<SafetensorsFile>();
        try
        {
            foreach (var shard in shardNames)
            {
                var path = Path.Combine(directory, shard);
                if (!File.Exists(path))
                    throw new ModelLoadException($"{path} not found, though {IndexFile} lists it");
                files.Add(SafetensorsFile.Open(path));
            }
            var fileOf = new Dictionary<string, SafetensorsFile>(StringComparer.Ordinal);
            foreach (var file in files)
            foreach (var name in file.Tensors.Keys)
                if (!fileOf.TryAdd(name, file))
                    throw new ModelLoadException($"tensor '{name}' is stored twice: in {fileOf[name].FilePath} and {file.FilePath}");
            return new CheckpointWeights(directory, files, fileOf);
        }
        catch
        {
            files.ForEach(f => f.Dispose());
            throw;
        }
    }

    public bool Contains(string name) => _fileOf.ContainsKey(name);

    /// <summary>The tensor <paramref name="name"/> as <paramref name="dtype"/> on <paramref name="device"/>; marks it used.</summary>
    public Tensor Take(string name, ScalarType dtype, Device device)
    {
        if (!_fileOf.TryGetValue(name, out var file))
            throw new ModelLoadException($"{Directory}: the checkpoint has no tensor '{name}', which this model needs");
        _taken.Add(name);
        return file.Read(name, dtype, device);
    }

    /// <summary>The stored shape of <paramref name="name"/>, without reading it.</summary>
    public long[] ShapeOf(string name) => _fileOf[name].Tensors[name].Shape;

    /// <summary>Tensors nobody took: a model ignoring a stored weight would compute different numbers.</summary>
    public IReadOnlyList<string> Untaken() => _fileOf.Keys.Where(n => !_taken.Contains(n)).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        foreach (var file in _files)
            file.Dispose();
    }

    private static IReadOnlyList<string> ReadIndex(string index)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(index));
            return json.RootElement.GetProperty("weight_map").EnumerateObject()
                .Select(p => p.Value.GetString()!)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ModelLoadException($"{index} is not a valid safetensors index (needs a weight_map object): {e.Message}", e);
        }
    }

    private static ModelLoadException MissingWeights(string directory)
    {
        var pickled = System.IO.Directory.EnumerateFiles(directory, "*.bin").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        return pickled.Count > 0
            ? new ModelLoadException(
                $"{directory} has only PyTorch pickle weights ({string.Join(", ", pickled)}); divpo reads safetensors only, because " +
                "unpickling can run arbitrary code. Convert once in Python: model.save_pretrained(dir, safe_serialization=True)")
            : new ModelLoadException($"{directory} has no weights: expected {SingleFile} or {IndexFile} with its shards");
    }
}
