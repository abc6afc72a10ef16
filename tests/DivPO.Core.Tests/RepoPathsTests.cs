using DivPO.Tests;

namespace DivPO.Core.Tests;

public sealed class RepoPathsTests
{
    [Fact]
    public void Shared_reference_data_is_reachable_from_the_repository_root()
    {
        Assert.True(File.Exists(RepoPaths.Dataset("alpacaeval-pools.jsonl")), RepoPaths.Shared);
    }
}
