using System.Text.RegularExpressions;
using DivPO.Core.Pools;
using Microsoft.ML.Tokenizers;

namespace DivPO.Core.Diversity;

/// <summary>
/// The DivPO paper's model-free criterion: a response is diverse when its words are rare in the pool.
/// <c>D(y) = 1 − mean over distinct words w of y of df(w)/N</c>, where df(w) counts the pool's responses
/// containing w and N is the pool size (duplicates included). A response without words has D = 0.
/// </summary>
public sealed partial class WordFrequencyDiversity : IDiversityCriterion
{
    public const string CriterionName = "word-frequency";

    // .NET's \w: Unicode letters, nonspacing marks, decimal digits and connector punctuation.
    private static readonly PreTokenizer Words = new RegexPreTokenizer(WordRegex(), specialTokens: null);

    public string Name => CriterionName;

    public string Identity => CriterionName + "/v1";

    public ValueTask<double[]> MeasureAsync(Pool pool, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Measure(pool.Responses.Select(r => r.Text).ToList()));

    /// <summary>Diversity of each text relative to the whole list.</summary>
    public static double[] Measure(IReadOnlyList<string> texts)
    {
        var wordSets = new HashSet<string>[texts.Count];
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            wordSets[i] = DistinctWords(texts[i]);
            foreach (var word in wordSets[i])
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        var diversity = new double[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            if (wordSets[i].Count == 0)
            {
                continue;
            }

            long frequencySum = 0;
            foreach (var word in wordSets[i])
            {
                frequencySum += documentFrequency[word];
            }

            diversity[i] = 1.0 - (double)frequencySum / wordSets[i].Count / texts.Count;
        }

        return diversity;
    }

    /// <summary>The distinct lower-cased (invariant culture) words of a text.</summary>
    public static HashSet<string> DistinctWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (offset, length) in Words.PreTokenize(text))
        {
            words.Add(text.Substring(offset, length).ToLowerInvariant());
        }

        return words;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
