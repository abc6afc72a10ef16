using System.Text;
using System.Text.RegularExpressions;
using DivPO.Core.Text;

namespace DivPO.Core.Tests.Text;

public sealed class WordsTests
{
    [Fact]
    public void Words_follow_dotnet_word_characters_across_scripts()
    {
        Assert.Equal(["naïve", "café_au_lait", "42", "日本語", "straße", "strasse"], Words.Of("Naïve CAFÉ_au_lait: 42 日本語 — Straße? STRASSE!"));
    }

    [Fact]
    public void Lower_casing_uses_the_invariant_culture()
    {
        Assert.Equal(["istanbul", "istanbul"], Words.Of("ISTANBUL istanbul"));
    }

    [Fact]
    public void Lower_casing_a_character_agrees_with_the_invariant_culture_on_every_character()
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                Assert.Equal(char.ToLowerInvariant((char)c), Words.ToLowerInvariant((char)c));
            }
        }
    }

    [Fact]
    public void The_scanner_agrees_with_the_regex_it_replaces_on_random_unicode()
    {
        var regex = new Regex(@"\w+", RegexOptions.CultureInvariant);
        var random = new Random(3);
        var alphabet = "aZ9_ -.,!?\t\n\u00e9\u0301\u0903\u0660\u203f\u2160\u00b2\u4e2d\u3042\u05d0\u0627\ud83d\ude00\u200d\u02b0\u01c5\u2028"
            .ToCharArray();
        var letters = "abcXYZ019_".ToCharArray();
        for (var trial = 0; trial < 4000; trial++)
        {
            // Texts long enough for words to straddle the scanner's 64-character blocks, some with long ASCII words.
            var text = new StringBuilder();
            var (length, asciiShare) = (random.Next(0, 300), random.NextDouble());
            for (var i = 0; i < length; i++)
            {
                text.Append(random.NextDouble() < asciiShare ? letters[random.Next(letters.Length)] : alphabet[random.Next(alphabet.Length)]);
            }

            var matches = regex.Matches(text.ToString());
            var expected = matches.Select(m => m.Value.ToLowerInvariant()).ToList();
            Assert.Equal(expected, Words.Of(text.ToString()));
            Assert.Equal(matches.Select(m => m.Index), Starts(text.ToString()));
            Assert.Equal(expected.Sum(w => w.Length), Words.CharacterCount(text.ToString()));
        }
    }

    private static List<int> Starts(string text)
    {
        var starts = new List<int>();
        var words = Words.In(text, new char[Words.ScratchLength]);
        while (words.MoveNext())
        {
            starts.Add(words.Start);
        }

        return starts;
    }
}
