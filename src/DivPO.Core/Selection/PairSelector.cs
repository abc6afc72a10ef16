namespace DivPO.Core.Selection;

/// <summary>
/// DivPO pair selection (docs/selection.md is the contract). Pure and allocation-light so it can be tested
/// exhaustively and run per pool on any thread.
/// </summary>
public static class PairSelector
{
    public static PoolSelection Select(IReadOnlyList<Candidate> candidates, SelectionOptions options)
    {
        var scored = candidates.Where(c => c.HasUsableReward).ToList();
        if (scored.Count < 2)
        {
            return PoolSelection.Skip(SkipReason.TooFewResponses);
        }

        var open = scored.Where(c => c.Guard is null).ToList();
        if (open.Count == 0)
        {
            return PoolSelection.Skip(SkipReason.AllGuarded);
        }

        var guarded = options.GuardedAsRejected ? scored.Where(c => c.Guard is not null).ToList() : [];
        var max = open.Max(c => c.UsableReward);
        var min = open.Min(c => c.UsableReward);
        var spread = max - min;
        if (spread <= options.MinRewardGap && guarded.Count == 0)
        {
            return PoolSelection.Skip(SkipReason.NoRewardSpread);
        }

        var (chosenOrder, rejectedOrder) = options.Strategy switch
        {
            SelectionStrategy.DivPO => DivPOOrders(open, max - options.Rho * spread, min + options.Rho * spread),
            SelectionStrategy.MaxMin => MaxMinOrders(open),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Strategy, "unknown strategy"),
        };

        // Guarded responses are the high-reward junk a model should learn to avoid: the most rewarded go first.
        var rejectedCandidates = guarded
            .OrderByDescending(c => c.UsableReward).ThenBy(c => c.Index)
            .Concat(rejectedOrder)
            .ToList();
        var pairs = Pair(chosenOrder, rejectedCandidates, options.PairsPerPrompt);
        return pairs.Count > 0 ? new PoolSelection(pairs, null) : PoolSelection.Skip(SkipReason.NoDistinctRejected);
    }

    private static (IEnumerable<Candidate> Chosen, IEnumerable<Candidate> Rejected) DivPOOrders(
        List<Candidate> open, double chosenFloor, double rejectedCeiling) =>
        (open.Where(c => c.UsableReward >= chosenFloor)
                .OrderByDescending(c => c.Diversity).ThenByDescending(c => c.UsableReward).ThenBy(c => c.Index),
            open.Where(c => c.UsableReward <= rejectedCeiling)
                .OrderBy(c => c.Diversity).ThenBy(c => c.UsableReward).ThenBy(c => c.Index));

    private static (IEnumerable<Candidate> Chosen, IEnumerable<Candidate> Rejected) MaxMinOrders(List<Candidate> open) =>
        (open.OrderByDescending(c => c.UsableReward).ThenBy(c => c.Index),
            open.OrderBy(c => c.UsableReward).ThenBy(c => c.Index));

    /// <summary>
    /// Walks the chosen candidates in order; each takes the first unused rejected candidate whose text differs
    /// and whose reward is lower (guarded ones need not be). A chosen candidate with no partner is passed over.
    /// </summary>
    private static List<SelectedPair> Pair(IEnumerable<Candidate> chosenOrder, List<Candidate> rejectedOrder, int limit)
    {
        var pairs = new List<SelectedPair>(limit);
        var used = new HashSet<int>();
        foreach (var chosen in chosenOrder)
        {
            if (pairs.Count == limit)
            {
                break;
            }

            if (used.Contains(chosen.Index))
            {
                continue;
            }

            var chosenText = chosen.Text.AsSpan().Trim();
            foreach (var rejected in rejectedOrder)
            {
                if (used.Contains(rejected.Index)
                    || (rejected.Guard is null && rejected.UsableReward >= chosen.UsableReward)
                    || rejected.Text.AsSpan().Trim().SequenceEqual(chosenText))
                {
                    continue;
                }

                pairs.Add(new SelectedPair(chosen.Index, rejected.Index));
                used.Add(chosen.Index);
                used.Add(rejected.Index);
                break;
            }
        }

        return pairs;
    }
}
