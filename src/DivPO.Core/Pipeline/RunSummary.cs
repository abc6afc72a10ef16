using System.Text.Json.Serialization;
using DivPO.Core.Statistics;

namespace DivPO.Core.Pipeline;

/// <summary>
/// What a run did, accounting for every input record: <c>records_read = records_in_pools + records_rejected</c>.
/// Written to stderr and, with <c>--summary</c>, as JSON.
/// </summary>
public sealed class RunSummary : IDisposable
{
    [JsonPropertyName("records_read")]
    public long RecordsRead => RecordsInPools + RecordsRejected.Values.Sum();

    [JsonPropertyName("records_in_pools")]
    public long RecordsInPools { get; set; }

    [JsonPropertyName("records_rejected")]
    public SortedDictionary<string, long> RecordsRejected { get; } = new(StringComparer.Ordinal);

    [JsonPropertyName("pools_read")]
    public long PoolsRead { get; set; }

    [JsonPropertyName("pools_with_pairs")]
    public long PoolsWithPairs { get; set; }

    [JsonPropertyName("pools_skipped")]
    public SortedDictionary<string, long> PoolsSkipped { get; } = new(StringComparer.Ordinal);

    [JsonPropertyName("pairs_written")]
    public long PairsWritten { get; set; }

    [JsonPropertyName("responses_read")]
    public long ResponsesRead { get; set; }

    /// <summary>Responses whose reward is missing or not a finite number: reported, never selected.</summary>
    [JsonPropertyName("responses_without_reward")]
    public long ResponsesWithoutReward { get; set; }

    [JsonPropertyName("responses_scored")]
    public long ResponsesScored { get; set; }

    [JsonPropertyName("responses_truncated")]
    public long ResponsesTruncated { get; set; }

    /// <summary>Responses flagged per guard (a response flagged by several guards counts once, for the first).</summary>
    [JsonPropertyName("responses_guarded")]
    public SortedDictionary<string, long> ResponsesGuarded { get; } = new(StringComparer.Ordinal);

    /// <summary>How often each generator's responses were chosen and rejected, when responses name one.</summary>
    [JsonPropertyName("generators")]
    public SortedDictionary<string, GeneratorShare> Generators { get; } = new(StringComparer.Ordinal);

    /// <summary>Diversity of the chosen responses as a whole: what DivPO is meant to raise.</summary>
    [JsonPropertyName("chosen_set")]
    public TextSetDiversity ChosenSet { get; } = new();

    [JsonPropertyName("elapsed_seconds")]
    public double ElapsedSeconds { get; set; }

    public void Dispose() => ChosenSet.Dispose();

    public static void Increment(SortedDictionary<string, long> counts, string key, long by = 1) =>
        counts[key] = counts.GetValueOrDefault(key) + by;

    public GeneratorShare Generator(string name)
    {
        if (!Generators.TryGetValue(name, out var share))
        {
            Generators[name] = share = new GeneratorShare();
        }

        return share;
    }
}

public sealed class GeneratorShare
{
    [JsonPropertyName("chosen")]
    public long Chosen { get; set; }

    [JsonPropertyName("rejected")]
    public long Rejected { get; set; }
}
