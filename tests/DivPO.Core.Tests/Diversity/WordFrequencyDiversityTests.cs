using DivPO.Core.Diversity;

namespace DivPO.Core.Tests.Diversity;

public sealed class WordFrequencyDiversityTests
{
    [Fact]
    public void Diversity_is_one_minus_the_mean_document_frequency_of_a_responses_distinct_words()
    {
        // df: the=3, cat=2, dog=1, sat=1, ran=1; N = 3.
        var diversity = WordFrequencyDiversity.Measure(["The cat sat", "the cat, the CAT!", "the dog ran"]);

        Assert.Equal(1 - (3 + 2 + 1) / 3.0 / 3, diversity[0], 12);
        Assert.Equal(1 - (3 + 2) / 2.0 / 3, diversity[1], 12);
        Assert.Equal(1 - (3 + 1 + 1) / 3.0 / 3, diversity[2], 12);
    }

    [Fact]
    public void A_response_without_words_has_zero_diversity()
    {
        var diversity = WordFrequencyDiversity.Measure(["", "?!  ...", "words here"]);

        Assert.Equal(0, diversity[0]);
        Assert.Equal(0, diversity[1]);
        Assert.Equal(1 - 1 / 3.0, diversity[2], 12);
    }

    [Fact]
    public void Duplicates_count_toward_the_pool_size_and_document_frequency()
    {
        var diversity = WordFrequencyDiversity.Measure(["alpha", "alpha", "beta"]);

        Assert.Equal(1 - 2 / 3.0, diversity[0], 12);
        Assert.Equal(1 - 1 / 3.0, diversity[2], 12);
    }
}
