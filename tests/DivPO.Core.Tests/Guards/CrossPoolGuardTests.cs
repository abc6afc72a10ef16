using System.Text;
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

    [Fact]
    public void Normalisation_agrees_with_lowering_and_collapsing_character_by_character_on_random_text()
    {
        // Mostly plain ASCII words and single spaces (the vectorised path), with rarer characters mixed in.
        var random = new Random(5);
        var plain = "abcdXYZ09_.,  ".ToCharArray();
        var rare = "\t\n\r\u000b\f\u00a0\u0085\u2028\u3000ÉßİIı\ud801\udc00\ud83d\ude00日".ToCharArray();
        for (var trial = 0; trial < 5000; trial++)
        {
            var rareShare = random.NextDouble() * 0.2;
            var text = new string(Enumerable.Range(0, random.Next(0, 80))
                .Select(_ => random.NextDouble() < rareShare ? rare[random.Next(rare.Length)] : plain[random.Next(plain.Length)])
                .ToArray());
            var normalized = new char[text.Length];
            var length = TemplatedTextIndex.Normalize(text, normalized);

            Assert.Equal(CharacterByCharacter(text), new string(normalized, 0, length));
        }

        static string CharacterByCharacter(string text)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            foreach (var c in text + " ")
            {
                if (!char.IsWhiteSpace(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }

            return string.Join(' ', words);
        }
    }
}
