namespace DivPO.Core.Selection;

/// <summary>
/// DivPO pair selection (docs/selection.md is the contract). Pure and allocation-light so it can be tested
/// exhaustively and run per pool on any thread: candidates are sorted as positions in a few small arrays, with
/// struct comparers, because this runs once per pool on the path every pool takes.
/// </summary>
public static class PairSelector
{
    public static PoolSelection Select(IReadOnlyList<Candidate> candidates, SelectionOptions options)
    {
        var scored = new Candidate[candidates.Count];
        var (scoredCount, openCount) = (0, 0);
        foreach (var candidate in candidates)
        {
            if (candidate.HasUsableReward)
            {
                scored[scoredCount++] = candidate;
                openCount += candidate.Guard is null ? 1 : 0;
            }
        }

        if (scoredCount < 2)
        {
            return PoolSelection.Skip(SkipReason.TooFewResponses);
        }

        if (openCount == 0)
        {
            return PoolSelection.Skip(SkipReason.AllGuarded);
        }

        // Positions in `scored`: the unguarded responses, and the guarded ones that may be rejected.
        var pool = scored.AsSpan(0, scoredCount);
        var open = new int[openCount];
        var guarded = new int[options.GuardedAsRejected ? scoredCount - openCount : 0];
        var (o, g) = (0, 0);
        for (var i = 0; i < pool.Length; i++)
        {
            if (pool[i].Guard is null)
            {
                open[o++] = i;
            }
            else if (guarded.Length > 0)
            {
                guarded[g++] = i;
            }
        }

        // The first extreme wins ties, as LINQ's Max and Min keep it (0.0 and -0.0 compare equal).
        var (max, min) = (pool[open[0]].UsableReward, pool[open[0]].UsableReward);
        foreach (var i in open)
        {
            max = pool[i].UsableReward > max ? pool[i].UsableReward : max;
            min = pool[i].UsableReward < min ? pool[i].UsableReward : min;
        }

        var spread = max - min;
        if (spread <= options.MinRewardGap && guarded.Length == 0)
        {
            return PoolSelection.Skip(SkipReason.NoRewardSpread);
        }

        int[] chosenOrder, rejectedOrder;
        switch (options.Strategy)
        {
            case SelectionStrategy.DivPO:
                chosenOrder = Band(pool, open, max - options.Rho * spread, double.PositiveInfinity);
                chosenOrder.AsSpan().Sort(Order.MostDiverseFirst(scored).Compare);
                rejectedOrder = Band(pool, open, double.NegativeInfinity, min + options.Rho * spread);
                rejectedOrder.AsSpan().Sort(Order.LeastDiverseFirst(scored).Compare);
                break;
            case SelectionStrategy.MaxMin:
                chosenOrder = [.. open];
                chosenOrder.AsSpan().Sort(Order.HighestRewardFirst(scored).Compare);
                rejectedOrder = open;
                rejectedOrder.AsSpan().Sort(Order.LowestRewardFirst(scored).Compare);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Strategy, "unknown strategy");
        }

        // Guarded responses are the high-reward junk a model should learn to avoid: the most rewarded go first.
        guarded.AsSpan().Sort(Order.HighestRewardFirst(scored).Compare);
        var pairs = Pair(pool, chosenOrder, [.. guarded, .. rejectedOrder], options.PairsPerPrompt);
        return pairs.Count > 0 ? new PoolSelection(pairs, null) : PoolSelection.Skip(SkipReason.NoDistinctRejected);
    }

    /// <summary>The positions among <paramref name="open"/> whose reward is within [floor, ceiling], in order.</summary>
    private static int[] Band(ReadOnlySpan<Candidate> pool, int[] open, double floor, double ceiling)
    {
        var count = 0;
        foreach (var i in open)
        {
            count += pool[i].UsableReward >= floor && pool[i].UsableReward <= ceiling ? 1 : 0;
        }

        var band = new int[count];
        count = 0;
        foreach (var i in open)
        {
            if (pool[i].UsableReward >= floor && pool[i].UsableReward <= ceiling)
            {
                band[count++] = i;
            }
        }

        return band;
    }

    /// <summary>
    /// Walks the chosen candidates in order; each takes the first unused rejected candidate whose text differs
    /// and whose reward is lower (guarded ones need not be). A chosen candidate with no partner is passed over.
    /// </summary>
    private static List<SelectedPair> Pair(ReadOnlySpan<Candidate> pool, int[] chosenOrder, int[] rejectedOrder, int limit)
    {
        var pairs = new List<SelectedPair>(Math.Min(limit, pool.Length / 2));
        var used = new bool[pool.Length];
        foreach (var c in chosenOrder)
        {
            if (pairs.Count == limit)
            {
                break;
            }

            if (used[c])
            {
                continue;
            }

            var chosen = pool[c];
            var chosenText = chosen.Text.AsSpan().Trim();
            foreach (var r in rejectedOrder)
            {
                var rejected = pool[r];
                if (used[r]
                    || (rejected.Guard is null && rejected.UsableReward >= chosen.UsableReward)
                    || rejected.Text.AsSpan().Trim().SequenceEqual(chosenText))
                {
                    continue;
                }

                pairs.Add(new SelectedPair(chosen.Index, rejected.Index));
                used[c] = used[r] = true;
                break;
            }
        }

        return pairs;
    }

    /// <summary>
    /// An order of positions in the scored candidates: by diversity (optionally), then reward, both ascending or both
    /// descending, then input position. Comparisons are double.CompareTo, as LINQ's OrderBy uses, and the last
    /// tie-break is the position itself, as a stable sort would keep it, so each order is total. Sorted through a
    /// plain delegate to <see cref="Compare"/>: an IComparer would be wrapped in a costlier one per sort.
    /// </summary>
    private sealed class Order(Candidate[] scored, bool byDiversity, bool descending)
    {
        public static Order MostDiverseFirst(Candidate[] scored) => new(scored, byDiversity: true, descending: true);

        public static Order LeastDiverseFirst(Candidate[] scored) => new(scored, byDiversity: true, descending: false);

        public static Order HighestRewardFirst(Candidate[] scored) => new(scored, byDiversity: false, descending: true);

        public static Order LowestRewardFirst(Candidate[] scored) => new(scored, byDiversity: false, descending: false);

        public int Compare(int x, int y)
        {
            var (a, b) = (scored[x], scored[y]);
            var sign = descending ? -1 : 1;
            var byValue = byDiversity ? a.Diversity.CompareTo(b.Diversity) : 0;
            if (byValue == 0)
            {
                byValue = a.UsableReward.CompareTo(b.UsableReward);
            }

            if (byValue != 0)
            {
                return sign * byValue;
            }

            var byIndex = a.Index.CompareTo(b.Index);
            return byIndex != 0 ? byIndex : x.CompareTo(y);
        }
    }
}
