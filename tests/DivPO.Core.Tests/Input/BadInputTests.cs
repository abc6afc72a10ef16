using System.Text;
using DivPO.Core.Input;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Tests.Input;

/// <summary>Every kind of bad record is rejected with its reason, line and field, and reading goes on after it.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string Good = """{"prompt": "ok", "responses": ["fine"]}""";

    private readonly InputFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("""{"prompt": "p", "responses": ["a", "b",]}""", RejectReason.MalformedJson, "responses[1]")]
    [InlineData("""{"prompt": "p", "responses": [{"text": "a", "reward": NaN}]}""", RejectReason.MalformedJson, "responses[0].reward")]
    [InlineData("""{"prompt": "p", "responses": ["a", "b\ud800"]}""", RejectReason.InvalidField, "responses[1]")]
    [InlineData("""{"prompt": "p", "responses": [{"text": "a", "model": "\udc00"}]}""", RejectReason.InvalidField, "responses[0].model")]
    [InlineData("""["not", "an", "object"]""", RejectReason.InvalidField, null)]
    [InlineData("""{"responses": ["a"]}""", RejectReason.MissingPrompt, "prompt")]
    [InlineData("""{"prompt": "", "responses": ["a"]}""", RejectReason.MissingPrompt, "prompt")]
    [InlineData("""{"prompt": [], "responses": ["a"]}""", RejectReason.MissingPrompt, "prompt")]
    [InlineData("""{"prompt": 5, "responses": ["a"]}""", RejectReason.InvalidField, "prompt")]
    [InlineData("""{"prompt": [{"role": "user", "content": 5}], "responses": ["a"]}""", RejectReason.InvalidField, "prompt[0].content")]
    [InlineData("""{"prompt": [{"role": "user", "content": "x"}, "hi"], "responses": ["a"]}""", RejectReason.InvalidField, "prompt[1]")]
    [InlineData("""{"prompt_id": [1], "prompt": "p", "responses": ["a"]}""", RejectReason.InvalidField, "prompt_id")]
    [InlineData("""{"prompt_id": 1.5, "prompt": "p", "responses": ["a"]}""", RejectReason.InvalidField, "prompt_id")]
    [InlineData("""{"prompt": "p", "responses": [{"text": "a"}, {"reward": 1}]}""", RejectReason.MissingText, "responses[1].text")]
    [InlineData("""{"prompt": "p", "responses": ["a", null]}""", RejectReason.MissingText, "responses[1]")]
    [InlineData("""{"prompt": "p", "responses": [{"text": 3}]}""", RejectReason.InvalidField, "responses[0].text")]
    [InlineData("""{"prompt": "p", "responses": [7]}""", RejectReason.InvalidField, "responses[0]")]
    [InlineData("""{"prompt": "p", "responses": [{"text": "a"}, {"text": "b"}, {"text": "c", "reward": "high"}]}""", RejectReason.InvalidReward, "responses[2].reward")]
    [InlineData("""{"prompt": "p", "responses": [{"text": "a", "reward": "0.5"}]}""", RejectReason.InvalidReward, "responses[0].reward")]
    [InlineData("""{"prompt": "p", "responses": [{"text": "a", "reward": true}]}""", RejectReason.InvalidReward, "responses[0].reward")]
    [InlineData("""{"prompt": "p", "responses": ["a", "b"], "rewards": [1, "x"]}""", RejectReason.InvalidReward, "rewards[1]")]
    [InlineData("""{"prompt": "p", "responses": [{"text": "a", "logprob": "low"}]}""", RejectReason.InvalidField, "responses[0].logprob")]
    [InlineData("""{"prompt": "p", "responses": [{"text": "a", "token_logprobs": [-1, null]}]}""", RejectReason.InvalidField, "responses[0].token_logprobs[1]")]
    [InlineData("""{"prompt": "p", "responses": []}""", RejectReason.EmptyPool, "responses")]
    [InlineData("""{"prompt": "p", "responses": "a"}""", RejectReason.InvalidField, "responses")]
    [InlineData("""{"prompt": "p", "responses": ["a", "b"], "rewards": [1]}""", RejectReason.InvalidField, "rewards")]
    [InlineData("""{"prompt": "p", "responses": ["a"], "rewards": 1}""", RejectReason.InvalidField, "rewards")]
    public async Task Rejects_a_bad_grouped_record_naming_reason_line_and_field_then_reads_on(string bad, RejectReason reason, string? field)
    {
        var path = _files.Write("pools.jsonl", $"{Good}\n\n{bad}\n{Good}\n");

        var items = await InputFiles.ReadAsync(path, new InputOptions { Format = InputFormat.GroupedJsonl });

        Assert.Equal(3, items.Count);
        Assert.IsType<PoolReadItem.PoolRead>(items[0]);
        var rejection = Assert.IsType<PoolReadItem.Rejected>(items[1]).Rejection;
        Assert.Equal((reason, path, 3L, field), (rejection.Reason, rejection.Location.File, rejection.Location.Line, rejection.Location.Field));
        Assert.StartsWith($"{rejection.Location}: ", rejection.Message);
        Assert.Equal(bad, Encoding.UTF8.GetString(rejection.Raw.Span));
        Assert.Equal((1L, 4L), (((PoolReadItem.PoolRead)items[2]).Pool.Ordinal, ((PoolReadItem.PoolRead)items[2]).Pool.Source.Line));
    }

    [Fact]
    public async Task Rejects_invalid_utf8_naming_the_field_that_holds_it()
    {
        var bad = Encoding.UTF8.GetBytes("""{"prompt": "p", "responses": ["ok", "caf?"]}""");
        bad[Array.IndexOf(bad, (byte)'?')] = 0xE9;
        var path = _files.WriteBytes("pools.jsonl", [.. Encoding.UTF8.GetBytes(Good + "\n"), .. bad, .. "\n"u8, .. Encoding.UTF8.GetBytes(Good)]);

        var items = await InputFiles.ReadAsync(path);

        var rejection = Assert.IsType<PoolReadItem.Rejected>(items[1]).Rejection;
        Assert.Equal((RejectReason.InvalidUtf8, 2L, "responses[1]"), (rejection.Reason, rejection.Location.Line, rejection.Location.Field));
        Assert.Contains($"byte {Array.IndexOf(bad, (byte)0xE9) + 1}", rejection.Message);
        Assert.Equal(bad, rejection.Raw.ToArray());
        Assert.IsType<PoolReadItem.PoolRead>(items[2]);
    }

    [Fact]
    public async Task Rejects_a_50_MB_line_without_holding_it_and_reads_the_next_one()
    {
        var huge = """{"prompt": "p", "responses": [""" + "\"" + new string('x', 50 * 1024 * 1024) + "\"]}";
        var path = _files.Write("pools.jsonl", $"{Good}\n{huge}\n{Good}\n");

        var items = await InputFiles.ReadAsync(path);

        Assert.Equal(3, items.Count);
        var rejection = Assert.IsType<PoolReadItem.Rejected>(items[1]).Rejection;
        Assert.Equal((RejectReason.RecordTooLong, 2L, null), (rejection.Reason, rejection.Location.Line, rejection.Location.Field));
        Assert.Contains($"{InputOptions.DefaultMaxRecordBytes} bytes", rejection.Message);
        Assert.Equal(huge[..RecordReader.KeptPrefixBytes], Encoding.UTF8.GetString(rejection.Raw.Span));
        Assert.Equal(3L, Assert.IsType<PoolReadItem.PoolRead>(items[2]).Pool.Source.Line);
    }

    [Fact]
    public async Task Rejects_flat_records_one_by_one_keeping_the_rest_of_their_pool()
    {
        var path = _files.Write("flat.jsonl", """
            {"prompt_id": "a", "prompt": "p", "response": "r1", "reward": 1}
            {"prompt_id": "a", "prompt": "p", "response": "r2", "reward": "x"}
            {"prompt_id": "a", "prompt": "other", "response": "r3"}
            {"prompt_id": "a", "prompt": "p"}
            {"prompt_id": "a", "prompt": "p", "response": "r5", "reward": 0}
            """);

        var items = await InputFiles.ReadAsync(path);

        var rejections = items.OfType<PoolReadItem.Rejected>().Select(r => r.Rejection).ToList();
        Assert.Equal(
            [(RejectReason.InvalidReward, 2L, "reward"), (RejectReason.InvalidField, 3L, "prompt"), (RejectReason.MissingText, 4L, "text")],
            rejections.Select(r => (r.Reason, r.Location.Line, r.Location.Field)));
        Assert.Contains("line 1", rejections[1].Message);
        var pool = Assert.IsType<PoolReadItem.PoolRead>(items[^1]).Pool;
        Assert.Equal(["r1", "r5"], pool.Responses.Select(r => r.Text));
        Assert.Equal([1L, 5L], pool.Records.Select(r => r.Line));
    }
}
