using System.IO.Compression;
using System.Text.Json;
using DivPO.Cli.Tests.Support;
using DivPO.Tests;

namespace DivPO.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<JsonElement> Lines(string path) =>
        File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void The_readme_command_turns_the_sample_into_pairs_and_a_summary()
    {
        var output = _temp.File("pairs.jsonl");
        var summaryPath = _temp.File("summary.json");

        var result = Divpo.Run("build", RepoPaths.Sample("pools.jsonl"), "-o", output, "--summary", summaryPath);

        Assert.Equal(0, result.ExitCode);
        var pairs = Lines(output);
        Assert.Equal(5, pairs.Count);
        foreach (var pair in pairs)
        {
            Assert.True(pair.GetProperty("chosen_reward").GetDouble() > pair.GetProperty("rejected_reward").GetDouble());
            Assert.NotEqual(pair.GetProperty("chosen").GetString(), pair.GetProperty("rejected").GetString());
            Assert.Equal("divpo", pair.GetProperty("strategy").GetString());
        }

        using var summary = JsonDocument.Parse(File.ReadAllText(summaryPath));
        var s = summary.RootElement.GetProperty("summary");
        Assert.Equal(5, s.GetProperty("pools_read").GetInt64());
        Assert.Equal(5, s.GetProperty("pairs_written").GetInt64());
        Assert.Equal(s.GetProperty("records_read").GetInt64(), s.GetProperty("records_in_pools").GetInt64());
        Assert.Contains("5 pools read, 5 pairs written", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_job_counts()
    {
        var dataset = RepoPaths.Dataset("alpacaeval-pools.jsonl");
        var one = _temp.File("one.jsonl");
        var many = _temp.File("many.jsonl");

        Assert.Equal(0, Divpo.Run("build", dataset, "-o", one, "--jobs", "1", "-v", "quiet").ExitCode);
        Assert.Equal(0, Divpo.Run("build", dataset, "-o", many, "--jobs", "8", "-v", "quiet").ExitCode);

        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(many));
    }

    [Fact]
    public void Standard_input_and_output_work_with_a_dash()
    {
        var result = Divpo.Run(["build", "-", "-o", "-", "--format", "conversational"], stdin: File.ReadAllText(RepoPaths.Sample("pools.jsonl")));

        Assert.Equal(0, result.ExitCode);
        var pairs = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, pairs.Count);
        Assert.All(pairs, p => Assert.Equal("assistant", p.GetProperty("chosen")[0].GetProperty("role").GetString()));
    }

    [Fact]
    public void Gzip_and_csv_inputs_give_the_same_pairs_as_jsonl()
    {
        var gz = _temp.File("pools.jsonl.gz");
        using (var source = File.OpenRead(RepoPaths.Sample("pools.jsonl")))
        using (var target = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
        {
            source.CopyTo(target);
        }

        var fromJsonl = _temp.File("a.jsonl");
        var fromGzip = _temp.File("b.jsonl");
        var fromCsv = _temp.File("c.jsonl");
        Assert.Equal(0, Divpo.Run("build", RepoPaths.Sample("pools.jsonl"), "-o", fromJsonl).ExitCode);
        Assert.Equal(0, Divpo.Run("build", gz, "-o", fromGzip).ExitCode);
        Assert.Equal(0, Divpo.Run("build", RepoPaths.Sample("pools.csv"), "-o", fromCsv).ExitCode);

        Assert.Equal(File.ReadAllText(fromJsonl), File.ReadAllText(fromGzip));
        // The CSV holds the text-prompt pools only (persona-02 has a messages prompt).
        var jsonlPairs = File.ReadAllLines(fromJsonl).Where(l => !l.Contains("persona-02")).ToList();
        Assert.Equal(jsonlPairs, File.ReadAllLines(fromCsv));
    }

    [Fact]
    public void Bad_input_stops_the_run_naming_file_line_and_field_and_writes_nothing()
    {
        var input = _temp.File("bad.jsonl");
        File.WriteAllLines(input,
        [
            """{"prompt":"a","responses":[{"text":"x","reward":1},{"text":"y","reward":0}]}""",
            """{"prompt":"b","responses":[{"text":"x","reward":"high"},{"text":"y","reward":0}]}""",
        ]);
        var output = _temp.File("out.jsonl");

        var result = Divpo.Run("build", input, "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{input}:2", result.Stderr);
        Assert.Contains("responses[0].reward", result.Stderr);
        Assert.False(File.Exists(output));
        Assert.Equal([input], Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void With_skip_bad_records_are_counted_and_written_untouched_to_the_rejects_file()
    {
        var input = _temp.File("bad.jsonl");
        string[] bad = ["{not json", """{"responses":[{"text":"x","reward":1}]}""", """{"prompt":"p","responses":[]}"""];
        File.WriteAllLines(input, [bad[0], """{"prompt":"a","responses":[{"text":"yes","reward":1},{"text":"no","reward":0}]}""", bad[1], bad[2]]);
        var output = _temp.File("out.jsonl");
        var rejects = _temp.File("rejects.jsonl");
        var summaryPath = _temp.File("summary.json");

        var result = Divpo.Run("build", input, "-o", output, "--on-error", "skip", "--rejects", rejects, "--summary", summaryPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(File.ReadAllLines(output));
        Assert.Equal(bad, File.ReadAllLines(rejects));
        using var summary = JsonDocument.Parse(File.ReadAllText(summaryPath));
        var s = summary.RootElement.GetProperty("summary");
        Assert.Equal(4, s.GetProperty("records_read").GetInt64());
        var rejected = s.GetProperty("records_rejected");
        Assert.Equal(1, rejected.GetProperty("malformed-json").GetInt64());
        Assert.Equal(1, rejected.GetProperty("missing-prompt").GetInt64());
        Assert.Equal(1, rejected.GetProperty("empty-pool").GetInt64());
    }

    [Theory]
    [InlineData("--rho", "0.5", "--rho must be in [0, 0.5)")]
    [InlineData("--pairs-per-prompt", "0", "--pairs-per-prompt must be at least 1")]
    [InlineData("--strategy", "best", "'best'")]
    [InlineData("--guard", "nonsense", "Unknown guard 'nonsense'")]
    public void Invalid_options_are_usage_errors(string option, string value, string message)
    {
        var result = Divpo.Run("build", RepoPaths.Sample("pools.jsonl"), "-o", _temp.File("out.jsonl"), option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.False(File.Exists(_temp.File("out.jsonl")));
    }

    [Fact]
    public void A_missing_input_file_is_a_usage_error()
    {
        var result = Divpo.Run("build", _temp.File("nope.jsonl"), "-o", _temp.File("out.jsonl"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.jsonl", result.Stderr);
    }

    [Fact]
    public void Json_logs_are_one_event_per_line_for_pipelines()
    {
        var result = Divpo.Run("build", RepoPaths.Sample("pools.jsonl"), "-o", _temp.File("out.jsonl"), "--log-format", "json");

        Assert.Equal(0, result.ExitCode);
        var events = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(events, e => e.GetProperty("@mt").GetString()!.Contains("pairs written"));
    }
}
