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
        // Words become small integer ids once per pool, so each response's distinct words are an id list.
        var counter = new DistinctWordCounter();
        var wordsOf = new List<int>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            wordsOf[i] = counter.AddResponse(texts[i]);
        }

        var diversity = new double[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var words = wordsOf[i];
            if (words.Count == 0)
            {
                continue;
            }

            long frequencySum = 0;
            foreach (var id in words)
            {
                frequencySum += counter.DocumentFrequency[id];
            }

            diversity[i] = 1.0 - (double)frequencySum / words.Count / texts.Count;
        }

        return diversity;
    }

    /// <summary>Assigns word ids and counts, per word, how many responses contain it.</summary>
    private sealed class DistinctWordCounter
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<int> _lastResponse = [];
        private int _response = -1;

        public List<int> DocumentFrequency { get; } = [];

        public List<int> AddResponse(string text)
        {
            _response++;
            var distinct = new List<int>();
            var state = (Counter: this, Distinct: distinct);
            Words.Scan(text, ref state, static (word, ref s) => s.Counter.See(word, s.Distinct));
            return distinct;
        }

        private void See(ReadOnlySpan<char> word, List<int> distinct)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(word, out var id))
            {
                id = _ids.Count;
                lookup[word] = id;
                DocumentFrequency.Add(0);
                _lastResponse.Add(-1);
            }

            if (_lastResponse[id] != _response)
            {
                _lastResponse[id] = _response;
                DocumentFrequency[id]++;
                distinct.Add(id);
            }
        }
    }
}
