using System.Text.Json.Nodes;

namespace DivPO.Models.Tests.Support;

/// <summary>A writable copy of a fixture checkpoint whose config and tensors a test can alter.</summary>
internal sealed class CheckpointCopy : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public CheckpointCopy(string fixture)
    {
        var source = ModelFixture.Directory(fixture);
        Config = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "config.json")))!.AsObject();
        Tensors = SafetensorsWriter.Read(Path.Combine(source, "model.safetensors"));
    }

    public JsonObject Config { get; }

    public Dictionary<string, RawTensor> Tensors { get; }

    /// <summary>Writes config.json and model.safetensors; returns the folder.</summary>
    public string Save()
    {
        File.WriteAllText(_directory.File("config.json"), Config.ToJsonString());
        SafetensorsWriter.Write(_directory.File("model.safetensors"), Tensors);
        return _directory.Path;
    }

    /// <summary>Writes config.json and the tensors split over <paramref name="shards"/> files with an index; returns the folder.</summary>
    public string SaveSharded(int shards)
    {
        File.WriteAllText(_directory.File("config.json"), Config.ToJsonString());
        var weightMap = new JsonObject();
        var groups = Tensors.Select((pair, i) => (pair, shard: i % shards)).GroupBy(x => x.shard);
        foreach (var group in groups)
        {
            var file = $"model-{group.Key + 1:00000}-of-{shards:00000}.safetensors";
            SafetensorsWriter.Write(_directory.File(file), group.ToDictionary(x => x.pair.Key, x => x.pair.Value));
            foreach (var (pair, _) in group)
                weightMap[pair.Key] = file;
        }
        File.WriteAllText(_directory.File("model.safetensors.index.json"), new JsonObject { ["weight_map"] = weightMap }.ToJsonString());
        return _directory.Path;
    }

    public void Dispose() => _directory.Dispose();
}
