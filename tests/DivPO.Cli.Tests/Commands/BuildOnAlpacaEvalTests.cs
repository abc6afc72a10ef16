using System.Text.Json;
using System.Text.RegularExpressions;
using DivPO.Cli.Tests.Support;
using DivPO.Tests;
using Xunit.Abstractions;

namespace DivPO.Cli.Tests.Commands;

/// <summary>
/// <c>divpo build</c> on 805 real AlpacaEval pools (16 responses each, GPT-4-Turbo preference rewards), which
/// include a null-model attack string that answers every prompt.
/// </summary>
public sealed partial class BuildOnAlpacaEvalTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Dataset = RepoPaths.Dataset("alpacaeval-pools.jsonl");

    private static readonly Lazy<List<(string Id, List<(string Text, double Reward)> Responses)>> Pools = new(() =>
        File.ReadLines(Dataset).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return (root.GetProperty("prompt_id").GetString()!,
                root.GetProperty("responses").EnumerateArray()
                    .Select(r => (r.GetProperty("text").GetString()!, r.GetProperty("reward").GetDouble())).ToList());
        }).ToList());

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private (List<JsonElement> Pairs, JsonElement Summary) Build(params string[] options)
    {
        var pairsPath = _temp.File($"pairs-{Guid.NewGuid():N}.jsonl");
        var summaryPath = _temp.File($"summary-{Guid.NewGuid():N}.json");
        var result = Divpo.Run(["build", Dataset, "-o", pairsPath, "--summary", summaryPath, .. options]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var pairs = File.ReadLines(pairsPath).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (pairs, JsonDocument.Parse(File.ReadAllText(summaryPath)).RootElement.GetProperty("summary").Clone());
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text.Trim().ToLowerInvariant(), " ");

    [Fact]
    public void Every_pair_satisfies_the_selection_invariants()
    {
        var (pairs, summary) = Build("--guard", "none");
        var pools = Pools.Value.ToDictionary(p => p.Id);

        Assert.Equal(805, summary.GetProperty("pools_read").GetInt64());
        Assert.Equal(805 * 16, summary.GetProperty("responses_read").GetInt64());
        Assert.Equal(pairs.Count, summary.GetProperty("pairs_written").GetInt64());
        foreach (var pair in pairs)
        {
            var pool = pools[pair.GetProperty("prompt_id").GetString()!].Responses;
            var (max, min) = (pool.Max(r => r.Reward), pool.Min(r => r.Reward));
            var spread = max - min;
            var chosen = pool.Single(r => r.Text == pair.GetProperty("chosen").GetString() && r.Reward == pair.GetProperty("chosen_reward").GetDouble());
            var rejected = pool.First(r => r.Text == pair.GetProperty("rejected").GetString() && r.Reward == pair.GetProperty("rejected_reward").GetDouble());
            Assert.True(chosen.Reward >= max - 0.2 * spread);
            Assert.True(rejected.Reward <= min + 0.2 * spread);
            Assert.True(chosen.Reward > rejected.Reward);
            Assert.NotEqual(chosen.Text.Trim(), rejected.Text.Trim());
        }
    }

    [Fact]
    public void Without_guards_the_pairs_equal_an_independent_reading_of_the_selection_rules()
    {
        var (pairs, _) = Build("--guard", "none");

        var expected = Pools.Value.Select(p => ReferenceSelection(p.Id, p.Responses)).Where(p => p is not null).ToList();

        Assert.Equal(expected, pairs.Select(p => ((string Id, string Chosen, string Rejected)?)(
            p.GetProperty("prompt_id").GetString()!, p.GetProperty("chosen").GetString()!, p.GetProperty("rejected").GetString()!)).ToList());
    }

    [Fact]
    public void Guards_keep_the_null_model_attack_and_templated_answers_from_being_chosen()
    {
        var (guarded, guardedSummary) = Build();
        var (plain, plainSummary) = Build("--guard", "none");
        var templated = Pools.Value
            .SelectMany(p => p.Responses.Select(r => Normalise(r.Text)).Distinct().Select(t => (t, p.Id)))
            .GroupBy(x => x.t).Where(g => g.Count() >= 3).Select(g => g.Key).ToHashSet();
        var attack = Pools.Value[0].Responses.Select(r => r.Text).Single(t => t.StartsWith(" } } } } } verify", StringComparison.Ordinal));

        var plainAttackChosen = plain.Count(p => p.GetProperty("chosen").GetString() == attack);
        Assert.True(plainAttackChosen > 400, $"unguarded DivPO chose the attack {plainAttackChosen} times");
        Assert.DoesNotContain(guarded, p => p.GetProperty("chosen").GetString() == attack);
        Assert.DoesNotContain(guarded, p => templated.Contains(Normalise(p.GetProperty("chosen").GetString()!)));
        Assert.True(guardedSummary.GetProperty("responses_guarded").GetProperty("cross-pool").GetInt64() >= 805);
        Assert.True(guardedSummary.GetProperty("generators").GetProperty("example").GetProperty("chosen").GetInt64() == 0);

        var before = plainSummary.GetProperty("chosen_set");
        var after = guardedSummary.GetProperty("chosen_set");
        output.WriteLine($"chosen set without guards: {before.GetProperty("unique_words")} unique 1-grams, compression ratio {before.GetProperty("compression_ratio")}");
        output.WriteLine($"chosen set with guards:    {after.GetProperty("unique_words")} unique 1-grams, compression ratio {after.GetProperty("compression_ratio")}");
        Assert.True(after.GetProperty("unique_words").GetInt64() > before.GetProperty("unique_words").GetInt64());
        Assert.True(after.GetProperty("compression_ratio").GetDouble() < before.GetProperty("compression_ratio").GetDouble());
    }

    /// <summary>docs/selection.md for k = 1, ρ = 0.2, word-frequency diversity, written from the spec without divpo's code.</summary>
    private static (string Id, string Chosen, string Rejected)? ReferenceSelection(string id, List<(string Text, double Reward)> pool)
    {
        var words = pool.Select(r => WordPattern().Matches(r.Text).Select(m => m.Value.ToLowerInvariant()).ToHashSet()).ToList();
        var diversity = words.Select(w => w.Count == 0 ? 0 : 1 - w.Average(x => (double)words.Count(o => o.Contains(x))) / pool.Count).ToList();
        var (max, min) = (pool.Max(r => r.Reward), pool.Min(r => r.Reward));
        var spread = max - min;
        if (spread <= 0)
        {
            return null;
        }

        var indices = Enumerable.Range(0, pool.Count).ToList();
        var chosenBand = indices.Where(i => pool[i].Reward >= max - 0.2 * spread)
            .OrderByDescending(i => diversity[i]).ThenByDescending(i => pool[i].Reward).ThenBy(i => i);
        foreach (var c in chosenBand)
        {
            var r = indices.Where(i => pool[i].Reward <= min + 0.2 * spread && pool[i].Reward < pool[c].Reward && pool[i].Text.Trim() != pool[c].Text.Trim())
                .OrderBy(i => diversity[i]).ThenBy(i => pool[i].Reward).ThenBy(i => i).Cast<int?>().FirstOrDefault();
            if (r is { } rejected)
            {
                return (id, pool[c].Text, pool[rejected].Text);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
