using DivPO.Core.Input;
using DivPO.Core.Pools;

namespace DivPO.Core.Tests.Input.Flat;

public sealed class FlatJsonlTests : IDisposable
{
    private readonly InputFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Groups_consecutive_records_into_pools_in_order_of_first_appearance()
    {
        var path = _files.Write("flat.jsonl", """
            {"prompt_id": "b", "prompt": "P", "response": "b1", "reward": 1, "judge": "x"}
            {"prompt_id": "b", "prompt": "P", "response": "b2", "reward": 2.5}

            {"prompt_id": "a", "prompt": "Q", "response": "a1", "logprob": -2, "token_logprobs": [-1, -1], "model": "m"}
            """);

        var pools = await InputFiles.ReadPoolsAsync(path);

        Assert.Equal([("b", "P", 0L), ("a", "Q", 1L)], pools.Select(p => (p.PromptId, p.Prompt.Text, p.Ordinal)));
        Assert.Equal([("b1", 1.0), ("b2", 2.5)], pools[0].Responses.Select(r => (r.Text, r.Reward)));
        Assert.Equal([1L, 2L], pools[0].Records.Select(r => r.Line));
        Assert.Equal("""{"prompt_id": "b", "prompt": "P", "response": "b1", "reward": 1, "judge": "x"}""", pools[0].Records[0].Raw);
        Assert.Equal(new SourceLocation(path, 2), pools[0].Responses[1].Source);
        Assert.Equal(new SourceLocation(path, 1), pools[0].Source);
        var a1 = pools[1].Responses.Single();
        Assert.Equal((-2.0, "m", null), (a1.LogProb, a1.Generator, a1.Reward));
        Assert.Equal([-1.0, -1.0], a1.TokenLogprobs!);
        Assert.Equal(InputFormat.FlatJsonl, pools[1].Layout!.Format);
    }

    [Fact]
    public async Task Groups_interleaved_records_and_yields_each_pool_once_its_last_record_is_read()
    {
        var path = _files.Write("flat.jsonl", """
            {"prompt_id": "x", "prompt": "X", "response": "x1"}
            {"prompt_id": "y", "prompt": "Y", "response": "y1"}
            {"prompt_id": "z", "prompt": "Z", "response": "z1"}
            {"prompt_id": "x", "prompt": "X", "response": "x2"}
            {"prompt_id": "z", "prompt": "Z", "response": "z2"}
            {"prompt_id": "y", "prompt": "Y", "response": "y2"}
            {"prompt_id": "x", "prompt": "X", "response": "x3"}
            """);

        var pools = await InputFiles.ReadPoolsAsync(path);

        Assert.Equal(["z", "y", "x"], pools.Select(p => p.PromptId));
        Assert.Equal([0L, 1L, 2L], pools.Select(p => p.Ordinal));
        Assert.Equal(["x1", "x2", "x3"], pools[2].Responses.Select(r => r.Text));
        Assert.Equal([1L, 4L, 7L], pools[2].Records.Select(r => r.Line));
    }

    [Fact]
    public async Task Without_ids_groups_by_prompt_text_or_messages_under_the_derived_id()
    {
        var path = _files.Write("flat.jsonl", """
            {"prompt": "same", "response": "1"}
            {"prompt": [{"role": "user", "content": "same"}], "response": "2"}
            {"prompt": "same", "response": "3"}
            """);

        var pools = await InputFiles.ReadPoolsAsync(path);

        Assert.Equal(
            [(PromptIds.Derive(Prompt.FromMessages([new ChatMessage("user", "same")])), new[] { "2" }), (PromptIds.Derive(Prompt.FromText("same")), ["1", "3"])],
            pools.Select(p => (p.PromptId, p.Responses.Select(r => r.Text).ToArray())));
        Assert.True(pools[0].Prompt.IsConversation);
    }

    [Fact]
    public async Task Reads_a_flat_file_from_a_stream_the_same_as_from_its_file()
    {
        var content = string.Join("\n", Enumerable.Range(0, 50).Select(i => $$"""{"prompt_id": "{{i % 7}}", "prompt": "p{{i % 7}}", "response": "r{{i}}", "reward": {{i}}}"""));
        var path = _files.Write("flat.jsonl", content);

        var fromFile = await InputFiles.ReadPoolsAsync(path);
        var fromStream = new List<Pool>();
        await foreach (var item in PoolReader.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), "stdin", new InputOptions()))
        {
            fromStream.Add(((PoolReadItem.PoolRead)item).Pool);
        }

        Assert.Equal(7, fromFile.Count);
        Assert.Equal(
            fromFile.Select(p => (p.PromptId, string.Join(",", p.Responses.Select(r => r.Text)))),
            fromStream.Select(p => (p.PromptId, string.Join(",", p.Responses.Select(r => r.Text)))));
        Assert.Equal("stdin", fromStream[0].Source.File);
    }
}
