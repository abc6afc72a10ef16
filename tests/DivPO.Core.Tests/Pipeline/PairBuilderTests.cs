using System.Runtime.CompilerServices;
using System.Text;
using DivPO.Core.Diversity;
using DivPO.Core.Guards;
using DivPO.Core.Input;
using DivPO.Core.Output;
using DivPO.Core.Pipeline;
using DivPO.Core.Pools;

namespace DivPO.Core.Tests.Pipeline;

public sealed class PairBuilderTests
{
    private static async IAsyncEnumerable<PoolReadItem> Items(IEnumerable<PoolReadItem> items, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    private static List<PoolReadItem> ManyPools(int count)
    {
        var random = new Random(11);
        var words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".Split(' ');
        return Enumerable.Range(0, count).Select(i => (PoolReadItem)new PoolReadItem.PoolRead(TestPools.Create(i, $"p{i}",
            Enumerable.Range(0, 8).Select(_ => (string.Join(' ', Enumerable.Range(0, 5).Select(_ => words[random.Next(words.Length)])), (double?)random.Next(10))).ToArray())))
            .ToList();
    }

    private static async Task<(string Output, string Rejects, RunSummary Summary)> RunAsync(
        IEnumerable<PoolReadItem> items, BuildOptions options, IReadOnlyList<IResponseGuard>? guards = null)
    {
        using var output = new MemoryStream();
        using var rejects = new MemoryStream();
        var builder = new PairBuilder(new WordFrequencyDiversity(), null, guards ?? [], options);
        var summary = await builder.RunAsync(Items(items), new PairWriter(output, PairFormat.Standard, "divpo", "word-frequency"), rejects, null, CancellationToken.None);
        return (Encoding.UTF8.GetString(output.ToArray()), Encoding.UTF8.GetString(rejects.ToArray()), summary);
    }

    [Fact]
    public async Task Output_is_byte_identical_whatever_the_parallelism()
    {
        var items = ManyPools(300);

        var (serial, _, s1) = await RunAsync(items, new BuildOptions { Parallelism = 1 });
        var (parallel, _, s8) = await RunAsync(items, new BuildOptions { Parallelism = 8 });

        Assert.Equal(serial, parallel);
        Assert.Equal(s1.PairsWritten, s8.PairsWritten);
        var ids = serial.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(',')]).ToList();
        Assert.Equal(ids.OrderBy(id => int.Parse(id[15..^1])), ids);
    }

    [Fact]
    public async Task The_summary_accounts_for_every_record_and_pool()
    {
        var rejection = new InputRejection(new SourceLocation("in.jsonl", 2, "prompt"), RejectReason.MissingPrompt, "missing prompt", "{\"responses\":[]}"u8.ToArray());
        var items = new PoolReadItem[]
        {
            new PoolReadItem.PoolRead(TestPools.Create(0, "a", ("good answer", 1), ("bad", 0))),
            new PoolReadItem.Rejected(rejection),
            new PoolReadItem.PoolRead(TestPools.Create(1, "b", ("same", 1), ("same", 1))),
            new PoolReadItem.PoolRead(TestPools.Create(2, "c", ("only", 1), ("unscored", null))),
        };

        var (output, rejects, summary) = await RunAsync(items, new BuildOptions { OnError = ErrorPolicy.Skip });

        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("{\"responses\":[]}\n", rejects);
        Assert.Equal(4, summary.RecordsRead);
        Assert.Equal(3, summary.PoolsRead);
        Assert.Equal(1, summary.PairsWritten);
        Assert.Equal(1, summary.RecordsRejected["missing-prompt"]);
        Assert.Equal(1, summary.PoolsSkipped["no-reward-spread"]);
        Assert.Equal(1, summary.PoolsSkipped["too-few-responses"]);
        Assert.Equal(1, summary.ResponsesWithoutReward);
        Assert.Equal(1, summary.ChosenSet.Texts);
    }

    [Fact]
    public async Task Under_the_fail_policy_the_first_bad_record_stops_the_run_naming_it()
    {
        var location = new SourceLocation("in.jsonl", 7, "responses[2].reward");
        var rejection = new InputRejection(location, RejectReason.InvalidReward, $"{location}: reward is not a number", "x"u8.ToArray());
        var items = ManyPools(50).Append(new PoolReadItem.Rejected(rejection)).Concat(ManyPools(5));

        var error = await Assert.ThrowsAsync<InputDataException>(() => RunAsync(items, new BuildOptions()));

        Assert.Equal("invalid-reward", error.Reason);
        Assert.Contains("in.jsonl:7: field 'responses[2].reward'", error.Message);
    }

    [Fact]
    public async Task A_pool_the_criterion_cannot_measure_is_rejected_with_its_records()
    {
        var items = new PoolReadItem[] { new PoolReadItem.PoolRead(TestPools.Create(0, "a", ("x y", 1), ("z", 0))) };
        using var output = new MemoryStream();
        using var rejects = new MemoryStream();
        var builder = new PairBuilder(new LogProbDiversity(lengthNormalize: false), null, [], new BuildOptions { OnError = ErrorPolicy.Skip });

        var summary = await builder.RunAsync(Items(items), new PairWriter(output, PairFormat.Standard, "divpo", "logprob"), rejects, null, CancellationToken.None);

        Assert.Equal(1, summary.RecordsRejected["unprocessable-pool"]);
        Assert.Equal(1, summary.PoolsSkipped["bad-record"]);
        Assert.Equal("{}\n", Encoding.UTF8.GetString(rejects.ToArray()));
    }

    [Fact]
    public async Task Guards_keep_flagged_responses_from_being_chosen_and_are_counted()
    {
        var items = new PoolReadItem[]
        {
            new PoolReadItem.PoolRead(TestPools.Create(0, "a", ("", 0.9), ("a fine and detailed answer", 0.8), ("meh answer", 0.1))),
        };

        var (output, _, summary) = await RunAsync(items, new BuildOptions(), [new DegenerateGuard(new DegenerateThresholds())]);

        Assert.Contains("\"chosen\":\"a fine and detailed answer\",\"rejected\":\"\"", output);
        Assert.Contains("\"rejected_guard\":\"degenerate\"", output);
        Assert.Equal(1, summary.ResponsesGuarded["degenerate"]);
    }

    [Fact]
    public async Task A_failing_reader_surfaces_its_own_error()
    {
        static async IAsyncEnumerable<PoolReadItem> Broken()
        {
            await Task.Yield();
            yield return new PoolReadItem.PoolRead(TestPools.Create("a", ("x", 1), ("y", 0)));
            throw new IOException("disk on fire");
        }

        using var output = new MemoryStream();
        var builder = new PairBuilder(new WordFrequencyDiversity(), null, [], new BuildOptions());

        var error = await Assert.ThrowsAsync<IOException>(() =>
            builder.RunAsync(Broken(), new PairWriter(output, PairFormat.Standard, "divpo", "word-frequency"), null, null, CancellationToken.None));
        Assert.Equal("disk on fire", error.Message);
    }
}
