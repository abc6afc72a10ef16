using System.Diagnostics;
using DivPO.Core.Input;
using DivPO.Core.Pools;
using DivPO.Core.Scoring;

namespace DivPO.Core.Pipeline;

/// <summary>
/// <c>divpo score</c> as a service: every pool scored by a reward model and written back in its own layout,
/// in input order. Workers render and tokenize concurrently; the scorer serialises the model itself.
/// </summary>
public sealed class PoolScoring(IRewardScorer scorer, ErrorPolicy onError, int parallelism)
{
    public async Task<RunSummary> RunAsync(
        IAsyncEnumerable<PoolReadItem> input, PoolRewriter output, Stream? rejects, IProgress<RunSummary>? progress, CancellationToken cancellationToken)
    {
        var summary = new RunSummary();
        var sink = new RejectSink(onError, rejects, summary);
        var clock = Stopwatch.StartNew();
        await OrderedParallel.RunAsync(
            input,
            async (item, ct) => new Scored(item, item is PoolReadItem.PoolRead read ? await ApplyAsync(read.Pool, scorer, ct) : 0),
            async scored =>
            {
                switch (scored.Item)
                {
                    case PoolReadItem.Rejected rejected:
                        sink.Reject(rejected.Rejection);
                        break;
                    case PoolReadItem.PoolRead { Pool: var pool }:
                        await output.WriteAsync(pool, cancellationToken);
                        summary.PoolsRead++;
                        summary.RecordsInPools += pool.Records.Count;
                        summary.ResponsesRead += pool.Responses.Count;
                        summary.ResponsesScored += pool.Responses.Count;
                        summary.ResponsesTruncated += scored.Truncated;
                        break;
                }

                progress?.Report(summary);
            },
            parallelism,
            cancellationToken);
        summary.ElapsedSeconds = clock.Elapsed.TotalSeconds;
        return summary;
    }

    /// <summary>Sets every response's reward from the scorer; returns how many conversations were truncated.</summary>
    public static async Task<int> ApplyAsync(Pool pool, IRewardScorer scorer, CancellationToken cancellationToken)
    {
        var scores = await scorer.ScoreAsync(pool.Prompt, pool.Responses.Select(r => r.Text).ToList(), cancellationToken);
        for (var i = 0; i < scores.Count; i++)
        {
            pool.Responses[i].Reward = scores[i].Value;
        }

        return scores.Count(s => s.Truncated);
    }

    private sealed record Scored(PoolReadItem Item, int Truncated);
}
