using System.IO.Compression;
using System.Text;
using DivPO.Core.Input;

namespace DivPO.Core.Tests.Input;

/// <summary>What every format shares: compression, encodings and line ends, format detection, field mapping.</summary>
public sealed class PoolReaderTests : IDisposable
{
    private const string Grouped = """
        {"prompt_id": "g1", "prompt": "p", "responses": ["a", "b"], "rewards": [1, 2]}
        {"prompt_id": "g2", "prompt": "q", "responses": [{"text": "c", "reward": 3}]}
        """;

    private const string Flat = """
        {"prompt_id": "f1", "prompt": "p", "response": "a", "reward": 1}
        {"prompt_id": "f1", "prompt": "p", "response": "b", "reward": 2}
        """;

    private readonly InputFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Summary(IEnumerable<DivPO.Core.Pools.Pool> pools) =>
        string.Join(" | ", pools.Select(p => $"{p.PromptId}: {string.Join(", ", p.Responses.Select(r => $"{r.Text}={r.Reward}"))}"));

    [Theory]
    [InlineData("pools.jsonl.gz")]
    [InlineData("pools.jsonl")]
    [InlineData("compressed-without-extension")]
    public async Task Reads_gzip_by_its_magic_bytes_whatever_the_name(string name)
    {
        var path = _files.WriteGzip(name, Grouped);

        Assert.Equal("g1: a=1, b=2 | g2: c=3", Summary(await InputFiles.ReadPoolsAsync(path)));
    }

    [Fact]
    public async Task Reads_gzip_from_a_stream()
    {
        var gzipped = File.ReadAllBytes(_files.WriteGzip("pools.gz", Flat));

        var pools = new List<DivPO.Core.Pools.Pool>();
        await foreach (var item in PoolReader.ReadAsync(new MemoryStream(gzipped), "stdin", new InputOptions()))
        {
            pools.Add(((PoolReadItem.PoolRead)item).Pool);
        }

        Assert.Equal("f1: a=1, b=2", Summary(pools));
    }

    [Fact]
    public async Task Reads_csv_gz_as_csv()
    {
        var path = _files.WriteGzip("pools.csv.gz", "prompt,response\np,a\n");

        Assert.Equal(InputFormat.Csv, Assert.Single(await InputFiles.ReadPoolsAsync(path)).Layout!.Format);
    }

    [Fact]
    public async Task Skips_a_byte_order_mark_and_reads_crlf_line_ends_without_keeping_the_cr()
    {
        var path = _files.Write("pools.jsonl", "\uFEFF" + Grouped.ReplaceLineEndings("\r\n") + "\r\n");

        var pools = await InputFiles.ReadPoolsAsync(path);

        Assert.Equal("g1: a=1, b=2 | g2: c=3", Summary(pools));
        Assert.Equal(Grouped.Split('\n'), pools.Select(p => p.Records.Single().Raw));
    }

    [Fact]
    public async Task Detects_grouped_and_flat_from_the_first_json_object_and_respects_a_forced_format()
    {
        var grouped = _files.Write("grouped.jsonl", "\nnot json\n" + Grouped);
        var flat = _files.Write("flat.jsonl", Flat);

        Assert.Equal([InputFormat.GroupedJsonl, InputFormat.GroupedJsonl], (await InputFiles.ReadAsync(grouped)).OfType<PoolReadItem.PoolRead>().Select(p => p.Pool.Layout!.Format));
        Assert.Equal(InputFormat.FlatJsonl, (await InputFiles.ReadPoolsAsync(flat)).Single().Layout!.Format);

        var forced = await InputFiles.ReadAsync(flat, new InputOptions { Format = InputFormat.GroupedJsonl });
        Assert.All(forced, item => Assert.Equal(RejectReason.InvalidField, Assert.IsType<PoolReadItem.Rejected>(item).Rejection.Reason));
    }

    [Fact]
    public async Task An_empty_input_has_no_pools()
    {
        Assert.Empty(await InputFiles.ReadAsync(_files.Write("empty.jsonl", "\n\n")));
        Assert.Empty(await InputFiles.ReadAsync(_files.Write("empty.csv", "")));
    }

    [Fact]
    public async Task A_missing_file_throws()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => InputFiles.ReadAsync(Path.Combine(Path.GetTempPath(), "divpo-no-such-file.jsonl")));
    }

    [Fact]
    public async Task Mapped_field_names_replace_the_standard_ones_in_every_format()
    {
        var fields = new FieldNames(Prompt: "question", Response: "answer", Reward: "score", Id: "qid");
        var options = new InputOptions { Fields = fields };
        var grouped = _files.Write("grouped.jsonl", """{"qid": 7, "question": "p", "responses": [{"answer": "a", "score": 1, "text": "ignored"}, "b"], "rewards": [0, 2]}""");
        var flat = _files.Write("flat.jsonl", """{"qid": "7", "question": "p", "answer": "a", "score": 1, "reward": 5}""");
        var csv = _files.Write("pools.csv", "qid,question,answer,score\n7,p,a,1\n");

        Assert.Equal("7: a=1, b=2", Summary(await InputFiles.ReadPoolsAsync(grouped, options)));
        Assert.Equal("7: a=1", Summary(await InputFiles.ReadPoolsAsync(flat, options)));
        Assert.Equal("7: a=1", Summary(await InputFiles.ReadPoolsAsync(csv, options)));

        var unmapped = Assert.IsType<PoolReadItem.Rejected>(Assert.Single(await InputFiles.ReadAsync(flat))).Rejection;
        Assert.Equal((RejectReason.MissingPrompt, "prompt"), (unmapped.Reason, unmapped.Location.Field));
        var missing = Assert.IsType<PoolReadItem.Rejected>(Assert.Single(await InputFiles.ReadAsync(grouped, options with { Fields = fields with { Response = "reply" } }))).Rejection;
        Assert.Equal((RejectReason.MissingText, "responses[0].reply"), (missing.Reason, missing.Location.Field));
    }

    [Fact]
    public async Task Stops_when_cancelled()
    {
        var path = _files.Write("pools.jsonl", Grouped);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in PoolReader.ReadAsync(path, new InputOptions(), cancellation.Token))
            {
            }
        });
    }
}
