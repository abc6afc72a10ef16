using DivPO.Core.Guards;

namespace DivPO.Core.Tests.Guards;

public sealed class CrossPoolGuardTests
{
    private static TemplatedTextIndex Index(params string[][] pools)
    {
        var index = new TemplatedTextIndex();
        foreach (var texts in pools)
        {
            index.Add(TestPools.Create("p", texts.Select(t => (t, (double?)1.0)).ToArray()));
        }

        return index;
    }

    [Fact]
    public void A_text_in_enough_pools_is_templated_whatever_its_case_and_spacing()
    {
        var index = Index(["Of course!", "a"], ["of  course!\n", "b"], ["  OF COURSE! ", "c"]);
        var guard = new CrossPoolGuard(index, minPools: 3);

        Assert.True(guard.Flags(TestPools.Create("q", ("Of course!", 1)).Responses[0]));
        Assert.False(guard.Flags(TestPools.Create("q", ("a", 1)).Responses[0]));
        Assert.False(new CrossPoolGuard(index, minPools: 4).Flags(TestPools.Create("q", ("of course!", 1)).Responses[0]));
    }

    [Fact]
    public void Repeats_within_one_pool_count_once()
    {
        var index = Index(["same", "same", "same"], ["same"]);

        Assert.Equal(2, index.PoolCount("same"));
        Assert.Equal(0, index.PoolCount("never seen"));
    }

    [Fact]
    public void Whitespace_inside_words_is_not_ignored()
    {
        var index = Index(["of course"], ["ofcourse"], ["of course"]);

        Assert.Equal(2, index.PoolCount("Of Course"));
    }
}
