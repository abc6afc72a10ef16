using System.Text.RegularExpressions;
using DivPO.Tokenization.PreTokenization;

namespace DivPO.Tokenization.Tests.PreTokenization;

public sealed class CodePointRegexTests
{
    [Theory]
    [InlineData(@"\p{L}+", "a𝐇b 𠀀x", new[] { "a𝐇b", "𠀀x" })]
    [InlineData(@"\p{N}", "1𝟙2", new[] { "1", "𝟙", "2" })]
    [InlineData(@"[^\s\p{L}\p{N}]+", "🐉a🔥🔥", new[] { "🐉", "🔥🔥" })]
    [InlineData(@"\p{L}+", "plain BMP text", new[] { "plain", "BMP", "text" })]
    public void Characters_outside_the_basic_plane_match_as_one_code_point(string pattern, string text, string[] expected)
    {
        var matches = new List<Piece>();

        new CodePointRegex(new Regex(pattern)).AddMatches(text, 0, text.Length, matches);

        Assert.Equal(expected, matches.Select(m => text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Matches_are_positions_in_the_whole_text()
    {
        const string text = "xx𝐇𝐞y zz";
        var matches = new List<Piece>();

        new CodePointRegex(new Regex(@"\p{L}+")).AddMatches(text, 2, 5, matches);

        Assert.Equal([new Piece(2, 5)], matches);
    }
}
