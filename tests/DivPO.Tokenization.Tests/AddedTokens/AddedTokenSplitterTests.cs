using DivPO.Tokenization.AddedTokens;

namespace DivPO.Tokenization.Tests.AddedTokens;

public sealed class AddedTokenSplitterTests
{
    [Fact]
    public void Leftmost_longest_token_is_matched_and_plain_text_kept_between()
    {
        var splitter = Splitter(new AddedToken(1, "<a>"), new AddedToken(2, "<a><b>"));

        Assert.Equal(["x", "<a><b>#2", "y", "<a>#1"], Split(splitter, "x<a><b>y<a>"));
    }

    [Fact]
    public void Strip_flags_take_the_adjacent_whitespace_into_the_token()
    {
        var splitter = Splitter(new AddedToken(1, "<m>", LeftStrip: true, RightStrip: true));

        Assert.Equal(["hi", " \t<m>\n #1", "there"], Split(splitter, "hi \t<m>\n there"));
    }

    [Fact]
    public void Left_strip_does_not_reach_into_the_previous_token()
    {
        var splitter = Splitter(new AddedToken(1, "<a>", RightStrip: true), new AddedToken(2, "<b>", LeftStrip: true));

        Assert.Equal(["<a>  #1", "<b>#2"], Split(splitter, "<a>  <b>"));
    }

    [Fact]
    public void A_single_word_token_only_matches_between_non_word_characters()
    {
        // As in Hugging Face's own test: punctuation and spaces are boundaries, letters and combining marks are not.
        var splitter = Splitter(new AddedToken(1, "<mask>", SingleWord: true));

        Assert.Equal(["<mask>#1", " my ", "<mask>#1", " a<mask> <mask>ony ", "<mask>#1"], Split(splitter, "<mask> my <mask> a<mask> <mask>ony <mask>"));
        Assert.Equal(["<mask>#1", ", ", "<mask>#1", "- \u25cc\u0330<mask>"], Split(splitter, "<mask>, <mask>- \u25cc\u0330<mask>"));
    }

    [Fact]
    public void Text_without_tokens_is_one_plain_segment()
    {
        Assert.Equal(["plain text"], Split(Splitter(new AddedToken(1, "<a>")), "plain text"));
    }

    private static AddedTokenSplitter Splitter(params AddedToken[] tokens) => new(tokens.Select(t => (t, t.Content)));

    /// <summary>Each segment's text, with "#id" appended for added tokens.</summary>
    private static List<string> Split(AddedTokenSplitter splitter, string text)
    {
        return [.. splitter.Split(text).Select(s => text.Substring(s.Start, s.Length) + (s.TokenId is { } id ? $"#{id}" : ""))];
    }
}
