using DivPO.Tests;
using DivPO.Core.Input;
using DivPO.Core.Pools;

namespace DivPO.Core.Tests.Input.Json;

public sealed class GroupedJsonlTests : IDisposable
{
    private readonly InputFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Reads_a_pool_with_a_messages_prompt_and_object_responses_with_every_field()
    {
        const string record = """{"prompt_id": "q1", "prompt": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi?", "name": "u"}], "responses": [{"text": "Hello.", "reward": 0.5, "logprob": -3.25, "token_logprobs": [-1, -2.25], "generator": "m1", "extra": {"k": 1}}, {"text": "Hey", "model": "m2"}]}""";
        var path = _files.Write("pools.jsonl", record + "\n");

        var pool = Assert.Single(await InputFiles.ReadPoolsAsync(path));

        Assert.Equal(0, pool.Ordinal);
        Assert.Equal("q1", pool.PromptId);
        Assert.Equal([new ChatMessage("system", "Be brief."), new ChatMessage("user", "Hi?")], pool.Prompt.Messages!);
        Assert.Equal(new SourceLocation(path, 1), pool.Source);
        Assert.Equal([new SourceRecord(1, record)], pool.Records);
        Assert.Equal(InputFormat.GroupedJsonl, pool.Layout!.Format);
        var (first, second) = (pool.Responses[0], pool.Responses[1]);
        Assert.Equal(("Hello.", 0.5, -3.25, "m1"), (first.Text, first.Reward, first.LogProb, first.Generator));
        Assert.Equal([-1, -2.25], first.TokenLogprobs!);
        Assert.Equal(new SourceLocation(path, 1, "responses[0]"), first.Source);
        Assert.Equal(("Hey", null, null, null, "m2"), (second.Text, second.Reward, second.LogProb, second.TokenLogprobs, second.Generator));
        Assert.Equal("responses[1]", second.Source.Field);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("response")]
    [InlineData("content")]
    [InlineData("completion")]
    public async Task Takes_the_response_text_from_any_of_its_names(string name)
    {
        var path = _files.Write("pools.jsonl", $$"""{"prompt": "p", "responses": [{"{{name}}": "the text"}]}""");

        var pool = Assert.Single(await InputFiles.ReadPoolsAsync(path));

        Assert.Equal("the text", pool.Responses.Single().Text);
    }

    [Fact]
    public async Task Prefers_text_over_the_other_names_for_it()
    {
        var path = _files.Write("pools.jsonl", """{"prompt": "p", "responses": [{"completion": "c", "text": "t", "response": "r"}]}""");

        Assert.Equal("t", Assert.Single(await InputFiles.ReadPoolsAsync(path)).Responses.Single().Text);
    }

    [Fact]
    public async Task Reads_string_responses_with_the_parallel_rewards_of_the_rlhflow_layout()
    {
        var path = _files.Write("pools.jsonl", """
            {"prompt": "p", "responses": ["a", "b", "c"], "rewards": [1.5, null, -2]}
            {"prompt": "q", "responses": ["d"]}
            """);

        var pools = await InputFiles.ReadPoolsAsync(path);

        Assert.Equal([("a", 1.5), ("b", null), ("c", -2.0)], pools[0].Responses.Select(r => (r.Text, r.Reward)));
        Assert.Equal([("d", (double?)null)], pools[1].Responses.Select(r => (r.Text, r.Reward)));
        Assert.Equal([0L, 1L], pools.Select(p => p.Ordinal));
    }

    [Fact]
    public async Task A_reward_inside_a_response_object_wins_over_the_parallel_list()
    {
        var path = _files.Write("pools.jsonl", """{"prompt": "p", "responses": [{"text": "a", "reward": 1}, {"text": "b"}, "c"], "rewards": [7, 8, 9]}""");

        var pool = Assert.Single(await InputFiles.ReadPoolsAsync(path));

        Assert.Equal([1.0, 8.0, 9.0], pool.Responses.Select(r => r.Reward));
    }

    [Fact]
    public async Task Reads_the_named_non_finite_rewards_and_numbers_beyond_a_double()
    {
        var path = _files.Write("pools.jsonl", """{"prompt": "p", "responses": ["a", "b", "c", "d"], "rewards": ["NaN", "Infinity", "-Infinity", -1e999]}""");

        var pool = Assert.Single(await InputFiles.ReadPoolsAsync(path));

        Assert.Equal([double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity], pool.Responses.Select(r => r.Reward));
    }

    [Fact]
    public async Task Prompt_ids_may_be_strings_or_integers_and_missing_ones_are_derived_from_the_prompt()
    {
        var path = _files.Write("pools.jsonl", """
            {"prompt_id": 42, "prompt": "p", "responses": ["a"]}
            {"prompt_id": "", "prompt": "p", "responses": ["a"]}
            {"prompt": [{"role": "user", "content": "p"}], "responses": ["a"]}
            {"prompt_id": null, "prompt": "p", "responses": ["b"]}
            """);

        var ids = (await InputFiles.ReadPoolsAsync(path)).Select(p => p.PromptId).ToList();

        var derived = PromptIds.Derive(Prompt.FromText("p"));
        Assert.Equal(["42", derived, PromptIds.Derive(Prompt.FromMessages([new ChatMessage("user", "p")])), derived], ids);
        Assert.Equal("p-", derived[..2]);
        Assert.NotEqual(ids[1], ids[2]);
    }

    [Fact]
    public async Task Reads_the_real_alpacaeval_pools_805_prompts_with_16_rewarded_responses_each()
    {
        var pools = await InputFiles.ReadPoolsAsync(RepoPaths.Dataset("alpacaeval-pools.jsonl"));

        Assert.Equal(805, pools.Count);
        Assert.Equal(Enumerable.Range(0, 805).Select(i => (long)i), pools.Select(p => p.Ordinal));
        Assert.Equal(805, pools.Select(p => p.PromptId).Distinct().Count());
        Assert.All(pools, pool =>
        {
            Assert.Equal(16, pool.Responses.Count);
            Assert.False(string.IsNullOrWhiteSpace(pool.Prompt.Text));
            Assert.All(pool.Responses, r => Assert.True(r.Reward is >= 0 and <= 1 && r.Generator is not null, r.Source.ToString()));
        });
        Assert.Equal(Enumerable.Range(1, 805).Select(i => (long)i), pools.Select(p => p.Source.Line));
    }
}
