using System.IO.Compression;
using System.Text;
using DivPO.Core.Input;
using DivPO.Core.Pools;

namespace DivPO.Core.Tests.Input;

/// <summary>Input files written to a temporary folder that is deleted with the test, and reading them back.</summary>
internal sealed class InputFiles : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("divpo-input-tests-");

    public string Write(string name, string content) => WriteBytes(name, Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteGzip(string name, string content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return WriteBytes(name, compressed.ToArray());
    }

    public static async Task<List<PoolReadItem>> ReadAsync(string path, InputOptions? options = null)
    {
        var items = new List<PoolReadItem>();
        await foreach (var item in PoolReader.ReadAsync(path, options ?? new InputOptions()))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Reads an input that must hold no bad record.</summary>
    public static async Task<List<Pool>> ReadPoolsAsync(string path, InputOptions? options = null)
    {
        var items = await ReadAsync(path, options);
        var rejected = items.OfType<PoolReadItem.Rejected>().Select(r => r.Rejection.Message).ToList();
        Assert.True(rejected.Count == 0, string.Join("\n", rejected));
        return items.Cast<PoolReadItem.PoolRead>().Select(read => read.Pool).ToList();
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
