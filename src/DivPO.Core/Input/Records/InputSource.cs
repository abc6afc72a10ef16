using System.IO.Compression;

namespace DivPO.Core.Input.Records;

/// <summary>
/// An input that can be read from the start more than once (format detection and flat grouping need two
/// passes): a file, or a stream copied to a temporary file that is deleted when the source is disposed.
/// Gzip is recognised by its magic bytes, not by the name, so it works on standard input too.
/// </summary>
internal sealed class InputSource : IDisposable
{
    private const int FileBufferBytes = 64 * 1024;

    private readonly string _path;
    private readonly FileStream? _spool;

    private InputSource(string name, string path, FileStream? spool)
    {
        Name = name;
        _path = path;
        _spool = spool;
    }

    /// <summary>The name used in messages: the path as given, or the stream's name.</summary>
    public string Name { get; }

    public static InputSource FromFile(string path) =>
        File.Exists(path) ? new InputSource(path, path, null) : throw new FileNotFoundException($"input file '{path}' does not exist", path);

    public static async Task<InputSource> SpoolAsync(Stream input, string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"divpo-input-{Guid.NewGuid():N}.tmp");
        var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, FileBufferBytes, FileOptions.DeleteOnClose);
        try
        {
            await input.CopyToAsync(spool, cancellationToken);
            await spool.FlushAsync(cancellationToken);
            return new InputSource(name, path, spool);
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new stream over the whole input, decompressed when it is gzip.</summary>
    public Stream Open()
    {
        var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileBufferBytes, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) == magic.Length && magic is [0x1f, 0x8b];
        file.Position = 0;
        return isGzip ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    public void Dispose() => _spool?.Dispose();
}
