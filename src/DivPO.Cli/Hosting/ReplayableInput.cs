namespace DivPO.Cli.Hosting;

/// <summary>
/// An input path that can be read more than once. Standard input can't, so when a second pass is needed
/// (the cross-pool guard's first pass) it is copied to a temporary file, deleted when the run ends.
/// </summary>
internal sealed class ReplayableInput : IDisposable
{
    private readonly string? _temporary;

    private ReplayableInput(string path, string? temporary)
    {
        Path = path;
        _temporary = temporary;
    }

    public string Path { get; }

    public static async Task<ReplayableInput> OpenAsync(string path, bool replay, CancellationToken cancellationToken)
    {
        if (path != "-" || !replay)
        {
            return new ReplayableInput(path, null);
        }

        var temporary = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"divpo-stdin-{Guid.NewGuid():N}");
        await using (var spool = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        await using (var stdin = Console.OpenStandardInput())
        {
            await stdin.CopyToAsync(spool, 1 << 16, cancellationToken);
        }

        return new ReplayableInput(temporary, temporary);
    }

    public void Dispose()
    {
        if (_temporary is not null)
        {
            File.Delete(_temporary);
        }
    }
}
