using System.Text;
using DivPO.Core.Input;
using DivPO.Core.Pools;

namespace DivPO.Core.Tests.Input.Csv;

public sealed class CsvInputTests : IDisposable
{
    private readonly InputFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Reads_flat_rows_with_quoted_multiline_fields_keeping_each_raw_record_and_its_first_line()
    {
        const string header = "prompt_id,prompt,response,reward,generator,notes";
        const string row2 = "q1,\"Write a poem, please\",\"Roses are red,\r\n\"\"violets\"\" are blue\",0.75,m1,x";
        const string row3 = "q1,\"Write a poem, please\",Short.,,m2,";
        var path = _files.Write("pools.csv", $"{header}\r\n{row2}\r\n\r\n{row3}\r\nq2,Other,Fine,-1e-3,,\n");

        var pools = await InputFiles.ReadPoolsAsync(path);

        Assert.Equal(["q1", "q2"], pools.Select(p => p.PromptId));
        var poem = pools[0];
        Assert.Equal("Write a poem, please", poem.Prompt.Text);
        Assert.Equal([("Roses are red,\r\n\"violets\" are blue", 0.75, "m1"), ("Short.", null, "m2")], poem.Responses.Select(r => (r.Text, r.Reward, r.Generator)));
        Assert.Equal([new SourceRecord(2, row2), new SourceRecord(5, row3)], poem.Records);
        Assert.Equal(new SourceLocation(path, 5), poem.Responses[1].Source);
        Assert.Equal(-0.001, pools[1].Responses.Single().Reward);
        Assert.Equal(new CsvHeader(header, ["prompt_id", "prompt", "response", "reward", "generator", "notes"]).Raw, poem.Layout!.Header!.Raw);
        Assert.Equal(["prompt_id", "prompt", "response", "reward", "generator", "notes"], poem.Layout.Header.Columns);
    }

    [Fact]
    public async Task A_prompt_cell_holding_a_json_list_of_messages_is_a_messages_prompt_and_any_other_is_text()
    {
        var path = _files.Write("pools.csv", """
            prompt,text
            "[{""role"": ""user"", ""content"": ""Hi""}]",a
            "[1, 2]",b
            [not json,c
            """);

        var pools = await InputFiles.ReadPoolsAsync(path);

        Assert.Equal([new ChatMessage("user", "Hi")], pools[0].Prompt.Messages!);
        Assert.Equal(["[1, 2]", "[not json"], pools.Skip(1).Select(p => p.Prompt.Text));
    }

    [Fact]
    public async Task Reads_logprobs_and_token_logprobs_columns_and_non_finite_rewards()
    {
        var path = _files.Write("pools.csv", "prompt,completion,reward,logprob,token_logprobs\np,a,NaN,-1.5,\"[-0.5, -1]\"\np,b,-Infinity,,\n");

        var responses = (await InputFiles.ReadPoolsAsync(path)).Single().Responses;

        Assert.Equal((double.NaN, -1.5), (responses[0].Reward!.Value, responses[0].LogProb!.Value));
        Assert.Equal([-0.5, -1.0], responses[0].TokenLogprobs!);
        Assert.Equal((double.NegativeInfinity, null, null), (responses[1].Reward!.Value, responses[1].LogProb, responses[1].TokenLogprobs));
    }

    [Fact]
    public async Task Rejects_bad_rows_naming_their_column_and_reads_on()
    {
        var path = _files.Write("pools.csv", """
            prompt,response,reward
            p,a"b,1
            p,b,high
            p,c
            ,d,1
            p,e,2
            """);

        var items = await InputFiles.ReadAsync(path);

        var rejections = items.OfType<PoolReadItem.Rejected>().Select(r => r.Rejection).ToList();
        Assert.Equal(
            [(RejectReason.MalformedCsv, 2L, "response"), (RejectReason.InvalidReward, 3L, "reward"), (RejectReason.MalformedCsv, 4L, null), (RejectReason.MissingPrompt, 5L, "prompt")],
            rejections.Select(r => (r.Reason, r.Location.Line, r.Location.Field)));
        Assert.Equal("p,a\"b,1", Encoding.UTF8.GetString(rejections[0].Raw.Span));
        Assert.Equal(["e"], Assert.IsType<PoolReadItem.PoolRead>(items[^1]).Pool.Responses.Select(r => r.Text));
    }

    [Fact]
    public async Task Rejects_invalid_utf8_naming_its_column()
    {
        var path = _files.WriteBytes("pools.csv", [.. "prompt,response\np,caf"u8, 0xE9, .. "\np,ok\n"u8]);

        var items = await InputFiles.ReadAsync(path);

        var rejection = Assert.IsType<PoolReadItem.Rejected>(items[0]).Rejection;
        Assert.Equal((RejectReason.InvalidUtf8, 2L, "response"), (rejection.Reason, rejection.Location.Line, rejection.Location.Field));
        Assert.Equal(["ok"], Assert.IsType<PoolReadItem.PoolRead>(items[1]).Pool.Responses.Select(r => r.Text));
    }

    [Theory]
    [InlineData("question,response", RejectReason.MissingPrompt, "prompt")]
    [InlineData("prompt,answer", RejectReason.MissingText, "text")]
    public async Task A_header_without_a_prompt_or_text_column_is_rejected_and_ends_the_read(string header, RejectReason reason, string field)
    {
        var path = _files.Write("pools.csv", $"{header}\np,r\n");

        var rejection = Assert.IsType<PoolReadItem.Rejected>(Assert.Single(await InputFiles.ReadAsync(path))).Rejection;

        Assert.Equal((reason, 1L, field), (rejection.Reason, rejection.Location.Line, rejection.Location.Field));
        Assert.Contains("header", rejection.Message);
    }
}
