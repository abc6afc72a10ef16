using DivPO.Jinja.Python;

namespace DivPO.Jinja.Tests.Python;

public sealed class PySortTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sorts_long_lists_stably_in_both_directions(bool reverse)
    {
        // Long enough to go through the merge step; few distinct keys so stability shows.
        var items = Enumerable.Range(0, 500).Select(i => (object?)new object[] { (long)(i * 7919 % 13), i }).ToList();
        Func<object?, object?> key = item => ((object[])item!)[0];

        var sorted = PySort.Sorted(items, key, reverse);

        var expected = reverse
            ? items.OrderByDescending(i => (long)key(i)!).ToList()
            : items.OrderBy(i => (long)key(i)!).ToList();
        Assert.Equal(expected, sorted);
    }
}
