using DivPO.Core.Output;

namespace DivPO.Core.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("divpo-atomic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Nothing_appears_until_commit_and_the_target_is_replaced_whole()
    {
        var target = Path.Combine(_directory, "pairs.jsonl");
        File.WriteAllText(target, "old");
        using (var file = AtomicFile.Create(target))
        {
            file.Stream.Write("new"u8);
            Assert.Equal("old", File.ReadAllText(target));
            file.Commit();
        }

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public void An_uncommitted_file_leaves_no_trace()
    {
        var target = Path.Combine(_directory, "sub", "pairs.jsonl");
        using (var file = AtomicFile.Create(target))
        {
            file.Stream.Write("partial"u8);
        }

        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }
}
