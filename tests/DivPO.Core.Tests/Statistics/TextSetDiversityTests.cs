using DivPO.Core.Statistics;

namespace DivPO.Core.Tests.Statistics;

public sealed class TextSetDiversityTests
{
    [Fact]
    public void Counts_distinct_words_across_texts()
    {
        using var set = new TextSetDiversity();
        set.Add("The cat sat.");
        set.Add("the CAT ran");

        Assert.Equal(2, set.Texts);
        Assert.Equal(4, set.UniqueWords);
    }

    [Fact]
    public void Repetitive_sets_compress_better_than_varied_ones()
    {
        using var repetitive = new TextSetDiversity();
        using var varied = new TextSetDiversity();
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            repetitive.Add("} } } } verify }:param } } } withObject");
            varied.Add(string.Join(' ', Enumerable.Range(0, 8).Select(_ => random.Next(100_000).ToString("x"))));
        }

        Assert.True(repetitive.CompressionRatio > 10 * varied.CompressionRatio, $"{repetitive.CompressionRatio} vs {varied.CompressionRatio}");
        Assert.True(varied.CompressionRatio > 1);
    }

    [Fact]
    public void An_empty_set_has_no_ratio()
    {
        using var set = new TextSetDiversity();

        Assert.Equal(0, set.CompressionRatio);
    }
}
