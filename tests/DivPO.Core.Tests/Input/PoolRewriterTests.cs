using System.Text;
using System.Text.RegularExpressions;
using DivPO.Core.Input;
using DivPO.Core.Pools;
using DivPO.Tests;

namespace DivPO.Core.Tests.Input;

public sealed class PoolRewriterTests : IDisposable
{
    private readonly InputFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static async Task<string> RewriteAsync(IEnumerable<Pool> pools)
    {
        using var output = new MemoryStream();
        var rewriter = new PoolRewriter(output);
        foreach (var pool in pools)
        {
            await rewriter.WriteAsync(pool);
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Reads <paramref name="input"/>, sets the rewards, rewrites, and reads the result back.</summary>
    private async Task<(string Rewritten, List<Pool> Pools, List<Pool> Reread)> RoundTripAsync(string name, string input, Func<Response, int, double?> reward, InputOptions? options = null)
    {
        var pools = await InputFiles.ReadPoolsAsync(_files.Write(name, input), options);
        foreach (var pool in pools)
        {
            for (var index = 0; index < pool.Responses.Count; index++)
            {
                pool.Responses[index].Reward = reward(pool.Responses[index], index);
            }
        }

        var rewritten = await RewriteAsync(pools);
        return (rewritten, pools, await InputFiles.ReadPoolsAsync(_files.Write("rewritten-" + name, rewritten), options));
    }

    private static void AssertSamePools(List<Pool> expected, List<Pool> actual)
    {
        Assert.Equal(
            expected.Select(p => (p.PromptId, p.Prompt.CanonicalText(), string.Join("|", p.Responses.Select(r => $"{r.Text}={r.Reward}/{r.LogProb}/{r.Generator}")))),
            actual.Select(p => (p.PromptId, p.Prompt.CanonicalText(), string.Join("|", p.Responses.Select(r => $"{r.Text}={r.Reward}/{r.LogProb}/{r.Generator}")))));
    }

    [Fact]
    public async Task Rewriting_the_alpacaeval_pools_with_their_own_rewards_gives_the_file_back_byte_for_byte()
    {
        var path = RepoPaths.Dataset("alpacaeval-pools.jsonl");

        var rewritten = await RewriteAsync(await InputFiles.ReadPoolsAsync(path));

        Assert.Equal(await File.ReadAllTextAsync(path), rewritten);
    }

    [Fact]
    public async Task Rewritten_alpacaeval_pools_read_back_with_the_new_rewards_and_everything_else_the_same()
    {
        var input = await File.ReadAllTextAsync(RepoPaths.Dataset("alpacaeval-pools.jsonl"));

        var (rewritten, pools, reread) = await RoundTripAsync("alpacaeval.jsonl", input, (r, i) => r.Text.Length / 1000.0 - i);

        AssertSamePools(pools, reread);
        var rewardValue = new Regex("\"reward\": [-+.0-9Ee]+");
        Assert.Equal(rewardValue.Replace(input, "\"reward\": R"), rewardValue.Replace(rewritten, "\"reward\": R"));
        Assert.NotEqual(input, rewritten);
    }

    [Fact]
    public async Task Replaces_rewards_in_response_objects_and_adds_missing_ones_after_their_last_field()
    {
        const string input = """
            {"prompt_id": "q", "prompt": [{"role": "user", "content": "Hi"}], "responses": [{"text": "a", "reward": 0.1, "meta": {"reward": 9}}, {"text": "b"}, {}, {"text": "c",  "reward" :null }], "note": "x"}
            {"prompt":"compact","responses":[{"text":"d"}]}
            """;

        var (rewritten, pools, reread) = await RoundTripAsync("pools.jsonl", input.Replace("{}", """{"text": "e"}"""), (_, i) => i + 0.25);

        Assert.Equal("""
            {"prompt_id": "q", "prompt": [{"role": "user", "content": "Hi"}], "responses": [{"text": "a", "reward": 0.25, "meta": {"reward": 9}}, {"text": "b", "reward": 1.25}, {"text": "e", "reward": 2.25}, {"text": "c",  "reward" :3.25 }], "note": "x"}
            {"prompt":"compact","responses":[{"text":"d","reward":0.25}]}

            """, rewritten);
        AssertSamePools(pools, reread);
    }

    [Fact]
    public async Task Fills_the_parallel_rewards_list_in_place_and_adds_one_for_string_responses()
    {
        const string input = """
            {"prompt": "p", "responses": ["a", "b"], "rewards": [1,  null], "x": 1}
            {"prompt": "q", "responses": ["c", {"text": "d"}], "rewards": null}
            {"prompt": "r", "responses": ["e", "f"], "x": 2}
            {"prompt": "s", "responses": [{"text": "g", "reward": 5}, {"text": "h"}], "rewards": [0, 0]}
            """;

        var (rewritten, pools, reread) = await RoundTripAsync("pools.jsonl", input, (r, _) => r.Text == "e" ? double.NaN : r.Text[0] - 'a');

        Assert.Equal("""
            {"prompt": "p", "responses": ["a", "b"], "rewards": [0,  1], "x": 1}
            {"prompt": "q", "responses": ["c", {"text": "d", "reward": 3}], "rewards": [2, null]}
            {"prompt": "r", "responses": ["e", "f"], "rewards": ["NaN", 5], "x": 2}
            {"prompt": "s", "responses": [{"text": "g", "reward": 6}, {"text": "h"}], "rewards": [0, 7]}

            """, rewritten);
        AssertSamePools(pools, reread);
    }

    [Fact]
    public async Task Writes_flat_records_pool_by_pool_with_the_mapped_reward_field()
    {
        const string input = """
            {"qid": "a", "prompt": "P", "response": "a1", "score": 0}
            {"qid": "b", "prompt": "Q", "response": "b1"}
            {"qid": "a", "prompt": "P", "response": "a2", "reward": "kept"}
            """;
        var options = new InputOptions { Fields = new FieldNames(Reward: "score", Id: "qid") };

        var (rewritten, pools, reread) = await RoundTripAsync("flat.jsonl", input, (r, _) => r.Text == "b1" ? null : 1e-7, options);

        Assert.Equal("""
            {"qid": "b", "prompt": "Q", "response": "b1", "score": null}
            {"qid": "a", "prompt": "P", "response": "a1", "score": 1E-07}
            {"qid": "a", "prompt": "P", "response": "a2", "reward": "kept", "score": 1E-07}

            """, rewritten);
        AssertSamePools(pools, reread);
    }

    [Fact]
    public async Task Fills_the_csv_reward_column_leaving_every_other_cell_as_written()
    {
        const string input = "prompt,\"response\",reward,notes\r\n\"p\",\"multi\r\nline, \"\"quoted\"\"\",,\"n\"\r\np,b,0.5,\n";

        var (rewritten, pools, reread) = await RoundTripAsync("pools.csv", input, (_, i) => i - 0.5);

        Assert.Equal("prompt,\"response\",reward,notes\n\"p\",\"multi\r\nline, \"\"quoted\"\"\",-0.5,\"n\"\np,b,0.5,\n", rewritten);
        AssertSamePools(pools, reread);
    }

    [Fact]
    public async Task Appends_a_reward_column_to_csv_without_one()
    {
        const string input = "prompt,text\np,a\np,b\n";
        var options = new InputOptions { Fields = new FieldNames(Reward: "my, score") };

        var (rewritten, pools, reread) = await RoundTripAsync("pools.csv", input, (_, i) => i == 0 ? double.PositiveInfinity : 2, options);

        Assert.Equal("prompt,text,\"my, score\"\np,a,Infinity\np,b,2\n", rewritten);
        AssertSamePools(pools, reread);
    }

    [Fact]
    public async Task A_field_given_twice_counts_by_its_last_occurrence_when_read_and_when_rewritten()
    {
        const string input = """{"prompt": "first", "prompt": "p", "responses": [{"text": "a", "reward": 1, "reward": 2}]}""";

        var (rewritten, pools, _) = await RoundTripAsync("pools.jsonl", input, (r, _) => r.Reward + 1);

        Assert.Equal("p", pools.Single().Prompt.Text);
        Assert.Equal("""{"prompt": "first", "prompt": "p", "responses": [{"text": "a", "reward": 1, "reward": 3}]}""" + "\n", rewritten);
    }

    [Fact]
    public async Task Refuses_pools_not_read_from_an_input_and_pools_from_two_inputs()
    {
        var first = await InputFiles.ReadPoolsAsync(_files.Write("a.jsonl", """{"prompt": "p", "responses": ["a"]}"""));
        var second = await InputFiles.ReadPoolsAsync(_files.Write("b.csv", "prompt,text\np,a\n"));
        var rewriter = new PoolRewriter(Stream.Null);

        await Assert.ThrowsAsync<ArgumentException>(() => rewriter.WriteAsync(TestPools.Create("x", ("a", 1))).AsTask());
        await rewriter.WriteAsync(first.Single());
        await Assert.ThrowsAsync<ArgumentException>(() => rewriter.WriteAsync(second.Single()).AsTask());
    }
}
