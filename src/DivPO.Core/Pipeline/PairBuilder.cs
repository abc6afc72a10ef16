using System.Diagnostics;
using DivPO.Core.Diversity;
using DivPO.Core.Guards;
using DivPO.Core.Input;
using DivPO.Core.Output;
using DivPO.Core.Pools;
using DivPO.Core.Scoring;
using DivPO.Core.Selection;

namespace DivPO.Core.Pipeline;

/// <summary>
/// <c>divpo build</c> as a service: pools in, pairs out, in input order. Each pool is scored (when a reward
/// model is given), measured, guarded and selected from on a worker; the single consumer writes pairs and
/// rejects and keeps the summary.
/// </summary>
public sealed class PairBuilder(
    IDiversityCriterion criterion,
    IRewardScorer? scorer,
    IReadOnlyList<IResponseGuard> guards,
    BuildOptions options)
{
    public async Task<RunSummary> RunAsync(
        IAsyncEnumerable<PoolReadItem> input,
        PairWriter pairs,
        Stream? rejects,
        IProgress<RunSummary>? progress,
        CancellationToken cancellationToken)
    {
        var selection = options.Selection.Validated();
        var summary = new RunSummary();
        var sink = new RejectSink(options.OnError, rejects, summary);
        var clock = Stopwatch.StartNew();
        try
        {
            await OrderedParallel.RunAsync(
                input,
                (item, ct) => ProcessAsync(item, selection, ct),
                outcome =>
                {
                    Record(outcome, summary, pairs, sink);
                    progress?.Report(summary);
                    return ValueTask.CompletedTask;
                },
                options.Parallelism,
                cancellationToken);
        }
        catch
        {
            // The summary's chosen-set statistics run a thread of their own.
            summary.Dispose();
            throw;
        }

        summary.ElapsedSeconds = clock.Elapsed.TotalSeconds;
        return summary;
    }

    private async Task<PoolOutcome> ProcessAsync(PoolReadItem item, SelectionOptions selection, CancellationToken ct)
    {
        if (item is PoolReadItem.Rejected rejected)
        {
            return new PoolOutcome.Rejected(rejected.Rejection);
        }

        var pool = ((PoolReadItem.PoolRead)item).Pool;
        try
        {
            var truncated = scorer is null ? 0 : await PoolScoring.ApplyAsync(pool, scorer, ct);
            var diversity = await criterion.MeasureAsync(pool, ct);
            var flags = new string?[pool.Responses.Count];
            var candidates = new Candidate[flags.Length];
            for (var i = 0; i < candidates.Length; i++)
            {
                var response = pool.Responses[i];
                flags[i] = FirstGuard(response);
                candidates[i] = new Candidate(i, response.Text, response.Reward, diversity[i], flags[i]);
            }

            return new PoolOutcome.Selected(pool, diversity, flags, truncated, PairSelector.Select(candidates, selection));
        }
        catch (PoolDataException e)
        {
            return new PoolOutcome.Unprocessable(pool, e);
        }
    }

    private string? FirstGuard(Response response)
    {
        foreach (var guard in guards)
        {
            if (guard.Flags(response))
            {
                return guard.Name;
            }
        }

        return null;
    }

    private void Record(PoolOutcome outcome, RunSummary summary, PairWriter pairs, RejectSink rejects)
    {
        switch (outcome)
        {
            case PoolOutcome.Rejected(var rejection):
                rejects.Reject(rejection);
                break;

            case PoolOutcome.Unprocessable(var pool, var error):
                rejects.Reject(pool, error);
                break;

            case PoolOutcome.Selected selected:
                RecordSelected(selected, summary, pairs);
                break;
        }
    }

    private void RecordSelected(PoolOutcome.Selected outcome, RunSummary summary, PairWriter pairs)
    {
        var pool = outcome.Pool;
        summary.PoolsRead++;
        summary.RecordsInPools += pool.Records.Count;
        summary.ResponsesRead += pool.Responses.Count;
        summary.ResponsesWithoutReward += pool.Responses.Count(r => r.Reward is not { } reward || !double.IsFinite(reward));
        summary.ResponsesTruncated += outcome.Truncated;
        summary.ResponsesScored += scorer is null ? 0 : pool.Responses.Count;
        foreach (var guard in outcome.Guards)
        {
            if (guard is not null)
            {
                RunSummary.Increment(summary.ResponsesGuarded, guard);
            }
        }

        if (outcome.Selection.Skipped is { } skipped)
        {
            RunSummary.Increment(summary.PoolsSkipped, Kebab.Name(skipped));
            return;
        }

        summary.PoolsWithPairs++;
        foreach (var (chosen, rejected) in outcome.Selection.Pairs)
        {
            var pair = new PreferencePair(pool, pool.Responses[chosen], pool.Responses[rejected],
                outcome.Diversity[chosen], outcome.Diversity[rejected], outcome.Guards[rejected]);
            pairs.Write(pair);
            summary.PairsWritten++;
            summary.ChosenSet.Add(pair.Chosen.Text);
            if (pair.Chosen.Generator is { } chosenBy)
            {
                summary.Generator(chosenBy).Chosen++;
            }

            if (pair.Rejected.Generator is { } rejectedBy)
            {
                summary.Generator(rejectedBy).Rejected++;
            }
        }
    }
}
