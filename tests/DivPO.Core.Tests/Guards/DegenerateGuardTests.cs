using DivPO.Core.Guards;

namespace DivPO.Core.Tests.Guards;

public sealed class DegenerateGuardTests
{
    private static readonly DegenerateThresholds Defaults = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("?!")]
    [InlineData("A")]
    public void Empty_and_near_empty_responses_are_degenerate(string text) =>
        Assert.True(DegenerateGuard.IsDegenerate(text, Defaults));

    [Theory]
    [InlineData("Paris")]
    [InlineData("42")]
    [InlineData("Certainly! Here is the answer: 7.")]
    [InlineData("int main() { return 0; }")]
    public void Short_but_real_answers_and_code_are_not(string text) =>
        Assert.False(DegenerateGuard.IsDegenerate(text, Defaults));

    [Fact]
    public void Symbol_soup_is_degenerate()
    {
        Assert.True(DegenerateGuard.IsDegenerate("} } } } } } ]]] ;; ok }}}}}} {{{{ ///", Defaults));
    }

    [Fact]
    public void A_response_that_loops_is_degenerate_but_ordinary_prose_is_not()
    {
        var loop = string.Join(' ', Enumerable.Repeat("the answer is yes and", 10));
        var prose = "Lighthouses were built on headlands and reefs to warn ships of danger; their keepers trimmed wicks, "
            + "polished lenses and logged the weather, often for decades, in places no road reached.";

        Assert.True(DegenerateGuard.IsDegenerate(loop, Defaults));
        Assert.False(DegenerateGuard.IsDegenerate(prose, Defaults));
    }

    [Fact]
    public void Repetition_is_not_judged_on_short_texts()
    {
        Assert.Equal(0, DegenerateGuard.RepeatedNgramShare("a a a a a a", n: 4, minNgrams: 16));
        Assert.Equal(16 / 17.0, DegenerateGuard.RepeatedNgramShare(string.Join(' ', Enumerable.Repeat("A", 20)), n: 4, minNgrams: 16), 12);
        Assert.Equal(0, DegenerateGuard.RepeatedNgramShare(string.Join(' ', Enumerable.Range(0, 20)), n: 4, minNgrams: 16));
    }

    [Fact]
    public void Thresholds_can_be_relaxed()
    {
        Assert.False(DegenerateGuard.IsDegenerate("A", Defaults with { MinWordCharacters = 1 }));
        Assert.False(DegenerateGuard.IsDegenerate("} } } } } } ]]] ;; ok }}}}}} {{{{ ///", Defaults with { MaxNonWordShare = 1 }));
    }
}
