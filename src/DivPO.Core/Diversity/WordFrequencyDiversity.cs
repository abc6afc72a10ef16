using DivPO.Core.Pools;
using DivPO.Core.Text;

namespace DivPO.Core.Diversity;

/// <summary>
/// The DivPO paper's model-free criterion: a response is diverse when its words are rare in the pool.
/// <c>D(y) = 1 − mean over distinct words w of y of df(w)/N</c>, where df(w) counts the pool's responses
/// containing w and N is the pool size (duplicates included). A response without words has D = 0.
/// </summary>
public sealed class WordFrequencyDiversity : IDiversityCriterion
{
    public const string CriterionName = "word-frequency";

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
            wordSets[i] = Words.DistinctOf(texts[i]);
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
}
