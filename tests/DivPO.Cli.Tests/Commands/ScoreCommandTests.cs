using System.Text.Json;
using System.Text.Json.Nodes;
using DivPO.Cli.Tests.Support;
using DivPO.Tests;

namespace DivPO.Cli.Tests.Commands;

/// <summary>
/// <c>divpo score</c> and <c>divpo build --reward model:DIR</c> with the tiny reward-model checkpoints, whose
/// expected scores come from an independent PyTorch implementation: text → chat template → ids → model → reward.
/// </summary>
public sealed class ScoreCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> RewardModels() => ["tiny-qwen3-rm", "tiny-llama3-rm"];

    /// <summary>Each reference conversation as a pool: its last (assistant) message is the response.</summary>
    private (string Path, List<double> Expected) ReferencePools(string model)
    {
        var expected = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("models", model, "expected.json")))!["cases"]!.AsArray();
        var path = _temp.File($"{model}.jsonl");
        File.WriteAllLines(path, expected.Select((c, i) =>
        {
            var messages = c!["messages"]!.AsArray();
            var prompt = new JsonArray(messages.Take(messages.Count - 1).Select(m => m!.DeepClone()).ToArray());
            var response = messages[^1]!["content"]!.GetValue<string>();
            return new JsonObject { ["prompt_id"] = $"case-{i}", ["prompt"] = prompt, ["responses"] = new JsonArray(response) }.ToJsonString();
        }));
        return (path, expected.Select(c => c!["score"]![0]!.GetValue<double>()).ToList());
    }

    [Theory]
    [MemberData(nameof(RewardModels))]
    public void Scores_match_the_reference_implementation(string model)
    {
        var (input, expected) = ReferencePools(model);
        var output = _temp.File("scored.jsonl");

        var result = Divpo.Run("score", input, "-o", output, "--reward", $"model:{RepoPaths.Fixture("models", model)}", "--batch-size", "3");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var scored = File.ReadLines(output).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(expected.Count, scored.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            // String responses keep their shape: the rewards go into a parallel "rewards" list.
            Assert.Equal(expected[i], scored[i]["rewards"]![0]!.GetValue<double>(), 1e-3);
        }
    }

    [Fact]
    public void Build_with_a_reward_model_selects_on_the_same_scores_as_score()
    {
        var modelFolder = RepoPaths.Fixture("models", "tiny-qwen3-rm");
        var scored = _temp.File("scored.jsonl");
        var fromScored = _temp.File("from-scored.jsonl");
        var direct = _temp.File("direct.jsonl");

        Assert.Equal(0, Divpo.Run("score", RepoPaths.Sample("pools.jsonl"), "-o", scored, "--reward", $"model:{modelFolder}").ExitCode);
        Assert.Equal(0, Divpo.Run("build", scored, "-o", fromScored).ExitCode);
        var result = Divpo.Run("build", RepoPaths.Sample("pools.jsonl"), "-o", direct, "--reward", $"model:{modelFolder}", "--batch-size", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("43 scored", result.Stderr);
        var a = File.ReadAllLines(fromScored).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var b = File.ReadAllLines(direct).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].GetProperty("chosen").GetString(), b[i].GetProperty("chosen").GetString());
            Assert.Equal(a[i].GetProperty("chosen_reward").GetDouble(), b[i].GetProperty("chosen_reward").GetDouble(), 1e-4);
        }
    }

    [Fact]
    public void Conversations_over_the_token_limit_are_truncated_and_counted()
    {
        var summary = _temp.File("summary.json");

        var result = Divpo.Run("score", RepoPaths.Sample("pools.jsonl"), "-o", _temp.File("scored.jsonl"), "--summary", summary,
            "--reward", $"model:{RepoPaths.Fixture("models", "tiny-llama3-rm")}", "--max-tokens", "40");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(summary));
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("responses_truncated").GetInt64() > 0);
    }

    [Fact]
    public void Score_without_a_model_is_a_usage_error()
    {
        var result = Divpo.Run("score", RepoPaths.Sample("pools.jsonl"), "-o", _temp.File("scored.jsonl"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--reward model:DIR", result.Stderr);
    }

    [Fact]
    public void A_folder_that_is_not_a_model_is_reported_clearly()
    {
        var folder = Directory.CreateDirectory(_temp.File("not-a-model")).FullName;
        var config = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("models", "tiny-qwen3-rm", "config.json")))!;
        config["architectures"] = new JsonArray("BertForSequenceClassification");
        config["model_type"] = "bert";
        File.WriteAllText(Path.Combine(folder, "config.json"), config.ToJsonString());
        File.Copy(RepoPaths.Fixture("models", "tiny-qwen3-rm", "tokenizer.json"), Path.Combine(folder, "tokenizer.json"));
        File.Copy(RepoPaths.Fixture("models", "tiny-qwen3-rm", "tokenizer_config.json"), Path.Combine(folder, "tokenizer_config.json"));

        var result = Divpo.Run("build", RepoPaths.Sample("pools.jsonl"), "-o", _temp.File("pairs.jsonl"), "--reward", $"model:{folder}");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("BertForSequenceClassification", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(File.Exists(_temp.File("pairs.jsonl")));
    }
}
