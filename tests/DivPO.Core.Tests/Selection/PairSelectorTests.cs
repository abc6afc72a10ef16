using DivPO.Core.Selection;

namespace DivPO.Core.Tests.Selection;

public sealed class PairSelectorTests
{
    private static readonly SelectionOptions DivPO = new();

    private static Candidate C(int index, double? reward, double diversity, string? text = null, string? guard = null) =>
        new(index, text ?? $"response {index}", reward, diversity, guard);

    private static SelectedPair Single(PoolSelection selection)
    {
        Assert.Null(selection.Skipped);
        return Assert.Single(selection.Pairs);
    }

    [Fact]
    public void Chooses_the_most_diverse_high_reward_response_and_the_least_diverse_low_reward_one()
    {
        // Rewards 0..10: with rho 0.2 the chosen band is r >= 8, the rejected band r <= 2.
        var pool = new[]
        {
            C(0, 10, 0.1), C(1, 9, 0.2), C(2, 8, 0.9), C(3, 7, 1.0),
            C(4, 3, 0.0), C(5, 2, 0.5), C(6, 1, 0.3), C(7, 0, 0.4),
        };

        Assert.Equal(new SelectedPair(2, 6), Single(PairSelector.Select(pool, DivPO)));
    }

    [Fact]
    public void Rho_zero_is_the_classic_best_versus_worst_pair()
    {
        var pool = new[] { C(0, 5, 0.9), C(1, 9, 0.1), C(2, 1, 0.0), C(3, 0, 0.8) };

        Assert.Equal(new SelectedPair(1, 3), Single(PairSelector.Select(pool, DivPO with { Rho = 0 })));
    }

    [Fact]
    public void Rho_close_to_one_half_keeps_the_bands_apart()
    {
        // Bands: chosen r >= 10 - 0.499*10 = 5.01, rejected r <= 4.99; the midpoint response 5 is in neither.
        var pool = new[] { C(0, 10, 0.0), C(1, 5, 1.0), C(2, 6, 0.5), C(3, 0, 0.9), C(4, 4, 0.1) };

        Assert.Equal(new SelectedPair(2, 4), Single(PairSelector.Select(pool, DivPO with { Rho = 0.499 })));
    }

    [Fact]
    public void Ties_in_diversity_go_to_higher_reward_then_to_the_earlier_response()
    {
        var higherReward = new[] { C(0, 9, 0.5), C(1, 10, 0.5), C(2, 0, 0.2), C(3, 1, 0.2) };
        Assert.Equal(new SelectedPair(1, 2), Single(PairSelector.Select(higherReward, DivPO)));

        var earlier = new[] { C(0, 1, 0.2), C(1, 10, 0.5), C(2, 0, 0.2), C(3, 10, 0.5), C(4, 0, 0.2) };
        Assert.Equal(new SelectedPair(1, 2), Single(PairSelector.Select(earlier, DivPO)));
    }

    [Fact]
    public void Rejected_never_has_the_chosen_text_after_trimming()
    {
        var pool = new[] { C(0, 10, 0.9, "Same answer"), C(1, 0, 0.0, "  Same answer\n"), C(2, 1, 0.1, "Other answer") };

        Assert.Equal(new SelectedPair(0, 2), Single(PairSelector.Select(pool, DivPO)));
    }

    [Fact]
    public void A_pool_of_duplicates_yields_no_pair()
    {
        var pool = new[] { C(0, 10, 0.9, "x"), C(1, 0, 0.0, "x"), C(2, 1, 0.1, " x ") };

        Assert.Equal(SkipReason.NoDistinctRejected, PairSelector.Select(pool, DivPO).Skipped);
    }

    [Fact]
    public void Responses_without_a_finite_reward_are_not_used()
    {
        var pool = new[] { C(0, double.NaN, 1.0), C(1, null, 1.0), C(2, double.PositiveInfinity, 1.0), C(3, 5, 0.2), C(4, 1, 0.1) };

        Assert.Equal(new SelectedPair(3, 4), Single(PairSelector.Select(pool, DivPO)));
    }

    [Fact]
    public void Fewer_than_two_rewarded_responses_yield_no_pair()
    {
        Assert.Equal(SkipReason.TooFewResponses, PairSelector.Select([C(0, 1, 0), C(1, null, 0)], DivPO).Skipped);
        Assert.Equal(SkipReason.TooFewResponses, PairSelector.Select([], DivPO).Skipped);
    }

    [Fact]
    public void No_pair_when_the_reward_spread_is_not_above_the_minimum_gap()
    {
        Assert.Equal(SkipReason.NoRewardSpread, PairSelector.Select([C(0, 1, 0), C(1, 1, 1)], DivPO).Skipped);

        var pool = new[] { C(0, 1.0, 0), C(1, 0.5, 1) };
        Assert.Equal(SkipReason.NoRewardSpread, PairSelector.Select(pool, DivPO with { MinRewardGap = 0.5 }).Skipped);
        Assert.Null(PairSelector.Select(pool, DivPO with { MinRewardGap = 0.49 }).Skipped);
    }

    [Fact]
    public void Several_pairs_per_prompt_are_disjoint_and_follow_diversity_order()
    {
        var pool = new[]
        {
            C(0, 10, 0.5), C(1, 10, 0.9), C(2, 9.5, 0.7),
            C(3, 0, 0.3), C(4, 0.5, 0.1), C(5, 0, 0.2),
        };

        var selection = PairSelector.Select(pool, DivPO with { PairsPerPrompt = 3 });

        Assert.Equal([new(1, 4), new(2, 5), new(0, 3)], selection.Pairs);
    }

    [Fact]
    public void Asking_for_more_pairs_than_the_bands_hold_returns_what_there_is()
    {
        var pool = new[] { C(0, 10, 0.5), C(1, 0, 0.5), C(2, 5, 0.5) };

        Assert.Single(PairSelector.Select(pool, DivPO with { PairsPerPrompt = 5 }).Pairs);
    }

    [Fact]
    public void Max_min_pairs_highest_with_lowest_reward_ignoring_diversity()
    {
        var pool = new[] { C(0, 5, 0.9), C(1, 9, 0.0), C(2, 9, 1.0), C(3, 0, 0.0), C(4, 0, 1.0) };
        var options = DivPO with { Strategy = SelectionStrategy.MaxMin };

        Assert.Equal(new SelectedPair(1, 3), Single(PairSelector.Select(pool, options)));
        Assert.Equal([new(1, 3), new(2, 4)], PairSelector.Select(pool, options with { PairsPerPrompt = 2 }).Pairs);
    }

    [Fact]
    public void Max_min_skips_a_lowest_response_with_the_chosen_text()
    {
        var pool = new[] { C(0, 9, 0, "a"), C(1, 0, 0, "a"), C(2, 1, 0, "b") };

        Assert.Equal(new SelectedPair(0, 2), Single(PairSelector.Select(pool, DivPO with { Strategy = SelectionStrategy.MaxMin })));
    }

    [Fact]
    public void Guarded_responses_are_never_chosen_but_are_rejected_first()
    {
        var pool = new[] { C(0, 10, 1.0, guard: "cross-pool"), C(1, 8, 0.5), C(2, 7, 0.2), C(3, 0, 0.1) };

        var pair = Single(PairSelector.Select(pool, DivPO));

        Assert.Equal(new SelectedPair(1, 0), pair);
    }

    [Fact]
    public void Without_guarded_rejection_guarded_responses_are_left_out_entirely()
    {
        var pool = new[] { C(0, 10, 1.0, guard: "degenerate"), C(1, 8, 0.5), C(2, 7, 0.2), C(3, 0, 0.1) };

        // Reward bands come from the unguarded responses only: 8 is the maximum, 0 the minimum.
        Assert.Equal(new SelectedPair(1, 3), Single(PairSelector.Select(pool, DivPO with { GuardedAsRejected = false })));
    }

    [Fact]
    public void A_pool_whose_rewarded_responses_are_all_guarded_yields_no_pair()
    {
        var pool = new[] { C(0, 10, 1.0, guard: "degenerate"), C(1, 0, 0.5, guard: "degenerate") };

        Assert.Equal(SkipReason.AllGuarded, PairSelector.Select(pool, DivPO).Skipped);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    public void Invalid_rho_is_refused(double rho) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => (DivPO with { Rho = rho }).Validated());

    [Fact]
    public void Random_pools_satisfy_every_selection_invariant()
    {
        var random = new Random(20250131);
        for (var trial = 0; trial < 2000; trial++)
        {
            var size = random.Next(0, 12);
            var pool = Enumerable.Range(0, size)
                .Select(i => C(i, random.Next(10) == 0 ? null : Math.Round(random.NextDouble() * 4) / 4, random.Next(5) / 4.0, $"t{random.Next(6)}"))
                .ToArray();
            var rho = random.Next(5) / 10.0;
            var k = random.Next(1, 4);
            var selection = PairSelector.Select(pool, DivPO with { Rho = rho, PairsPerPrompt = k });

            var scored = pool.Where(c => c.HasUsableReward).ToList();
            Assert.True(selection.Pairs.Count <= k);
            Assert.Equal(selection.Pairs.Count == 0, selection.Skipped is not null);
            var used = selection.Pairs.SelectMany(p => new[] { p.Chosen, p.Rejected }).ToList();
            Assert.Equal(used.Count, used.Distinct().Count());
            if (selection.Pairs.Count == 0)
            {
                continue;
            }

            var (max, min) = (scored.Max(c => c.UsableReward), scored.Min(c => c.UsableReward));
            var spread = max - min;
            var rejectedBand = scored.Where(c => c.UsableReward <= min + rho * spread).ToList();
            var pairable = scored.Where(c => c.UsableReward >= max - rho * spread
                && rejectedBand.Any(r => r.Text != c.Text && r.UsableReward < c.UsableReward));
            Assert.Equal(pairable.Max(c => c.Diversity), pool[selection.Pairs[0].Chosen].Diversity);
            foreach (var (chosen, rejected) in selection.Pairs)
            {
                Assert.True(pool[chosen].UsableReward >= max - rho * spread);
                Assert.True(pool[rejected].UsableReward <= min + rho * spread);
                Assert.True(pool[chosen].UsableReward > pool[rejected].UsableReward);
                Assert.NotEqual(pool[chosen].Text, pool[rejected].Text);
            }
        }
    }

    [Fact]
    public void Random_pools_get_the_pairs_of_a_direct_reading_of_the_contract()
    {
        // Ties everywhere (few reward and diversity values, few texts, NaN diversity), guards, both strategies, k > 1.
        var random = new Random(7);
        for (var trial = 0; trial < 3000; trial++)
        {
            var pool = Enumerable.Range(0, random.Next(0, 14))
                .Select(i => C(
                    i,
                    random.Next(10) == 0 ? null : random.Next(5) / 4.0,
                    random.Next(12) == 0 ? double.NaN : random.Next(4) / 4.0,
                    $"t{random.Next(5)}" + (random.Next(2) == 0 ? " " : ""),
                    random.Next(6) == 0 ? "degenerate" : null))
                .ToArray();
            var options = new SelectionOptions
            {
                Strategy = random.Next(3) == 0 ? SelectionStrategy.MaxMin : SelectionStrategy.DivPO,
                Rho = random.Next(5) / 10.0,
                MinRewardGap = random.Next(3) == 0 ? 0.25 : 0,
                PairsPerPrompt = random.Next(1, 4),
                GuardedAsRejected = random.Next(4) != 0,
            };

            var selection = PairSelector.Select(pool, options);

            var (expected, reason) = ByTheContract(pool, options);
            Assert.Equal(expected, selection.Pairs);
            Assert.Equal(reason, selection.Skipped);
        }
    }

    /// <summary>docs/selection.md, read literally with LINQ.</summary>
    private static (List<SelectedPair> Pairs, SkipReason? Skipped) ByTheContract(Candidate[] pool, SelectionOptions options)
    {
        var usable = pool.Where(c => c.HasUsableReward).ToList();
        var open = usable.Where(c => c.Guard is null).ToList();
        var guarded = options.GuardedAsRejected ? usable.Where(c => c.Guard is not null).ToList() : [];
        if (usable.Count < 2)
        {
            return ([], SkipReason.TooFewResponses);
        }

        if (open.Count == 0)
        {
            return ([], SkipReason.AllGuarded);
        }

        var (max, min) = (open.Max(c => c.UsableReward), open.Min(c => c.UsableReward));
        var spread = max - min;
        if (spread <= options.MinRewardGap && guarded.Count == 0)
        {
            return ([], SkipReason.NoRewardSpread);
        }

        var divpo = options.Strategy == SelectionStrategy.DivPO;
        var chosen = divpo
            ? open.Where(c => c.UsableReward >= max - options.Rho * spread)
                .OrderByDescending(c => c.Diversity).ThenByDescending(c => c.UsableReward).ThenBy(c => c.Index)
            : open.OrderByDescending(c => c.UsableReward).ThenBy(c => c.Index);
        var rejected = guarded.OrderByDescending(c => c.UsableReward).ThenBy(c => c.Index)
            .Concat(divpo
                ? open.Where(c => c.UsableReward <= min + options.Rho * spread)
                    .OrderBy(c => c.Diversity).ThenBy(c => c.UsableReward).ThenBy(c => c.Index)
                : open.OrderBy(c => c.UsableReward).ThenBy(c => c.Index))
            .ToList();
        var pairs = new List<SelectedPair>();
        var used = new HashSet<int>();
        foreach (var c in chosen.Where(_ => pairs.Count < options.PairsPerPrompt))
        {
            var partner = rejected.FirstOrDefault(r => !used.Contains(c.Index) && !used.Contains(r.Index)
                && (r.Guard is not null || r.UsableReward < c.UsableReward) && r.Text.Trim() != c.Text.Trim());
            if (partner.Text is not null)
            {
                pairs.Add(new SelectedPair(c.Index, partner.Index));
                used.UnionWith([c.Index, partner.Index]);
            }
        }

        return (pairs, pairs.Count > 0 ? null : SkipReason.NoDistinctRejected);
    }
}
