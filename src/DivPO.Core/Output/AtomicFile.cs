namespace DivPO.Core.Output;

/// <summary>
/// An output that appears only when complete: bytes go to a hidden temporary file beside the target,
/// which <see cref="Commit"/> renames over it. Disposing without committing deletes the temporary file,
/// so a failed run never leaves a partial output. "-" writes to standard output directly.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string? _target;
    private readonly string? _temporary;
    private bool _committed;

    private AtomicFile(Stream stream, string? target, string? temporary)
    {
        Stream = stream;
        _target = target;
        _temporary = temporary;
    }

    public Stream Stream { get; }

    public static AtomicFile Create(string path)
    {
        if (path == "-")
        {
            return new AtomicFile(new BufferedStream(Console.OpenStandardOutput(), 1 << 16), null, null);
        }

        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return new AtomicFile(stream, target, temporary);
    }

    public void Commit()
    {
        Stream.Flush();
        if (Stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }

        Stream.Dispose();
        if (_temporary is not null)
        {
            File.Move(_temporary, _target!, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        Stream.Dispose();
        if (_temporary is not null)
        {
            File.Delete(_temporary);
        }
    }
}
