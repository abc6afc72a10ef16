using DivPO.Core.Pools;
using DivPO.Models.Checkpoints;
using DivPO.Models.Inference;
using DivPO.Models.Scoring;
using DivPO.Models.Tests.Support;
using DivPO.Tokenization;

namespace DivPO.Models.Tests.Scoring;

public sealed class LocalRewardModelTests
{
    public static TheoryData<string> RewardFixtures => ["tiny-qwen3-rm", "tiny-llama3-rm"];

    [Theory]
    [MemberData(nameof(RewardFixtures))]
    public async Task Scores_conversations_end_to_end_as_transformers_does(string fixture)
    {
        using var scorer = LocalRewardModel.Load(ModelFixture.Directory(fixture), new LocalRewardModelOptions { BatchSize = 3 });
        var renderer = ChatRenderer.FromDirectory(ModelFixture.Directory(fixture));

        foreach (var c in ModelFixture.Cases(fixture))
        {
            var messages = c.Messages.Select(m => new ChatMessage(m.Role, m.Content)).ToList();
            Assert.Equal(c.Ids, renderer.Encode(messages, addGenerationPrompt: false));

            var score = Assert.Single(await scorer.ScoreAsync(Prompt.FromMessages(messages[..^1]), [messages[^1].Content], CancellationToken.None));

            Assert.Equal(c.Score!.Value, score.Value, ModelFixture.Tolerance);
            Assert.False(score.Truncated);
        }
    }

    [Fact]
    public async Task Scores_many_responses_to_one_prompt_in_order_as_if_alone()
    {
        using var scorer = LocalRewardModel.Load(ModelFixture.Directory("tiny-qwen3-rm"), new LocalRewardModelOptions { BatchSize = 2 });
        var prompt = Prompt.FromText("Tell a two-sentence story about the sea.");
        string[] responses = ["The tide rose.\nIt never fell again.", "Waves.", "", "A gull watched the fishing boats leave at dawn. None came back before the storm."];

        var together = await scorer.ScoreAsync(prompt, responses, CancellationToken.None);

        Assert.Equal(responses.Length, together.Count);
        foreach (var (response, score) in responses.Zip(together))
            Assert.Equal((await scorer.ScoreAsync(prompt, [response], CancellationToken.None))[0].Value, score.Value, 1e-4);
    }

    [Fact]
    public async Task Truncation_keeps_the_start_and_is_reported()
    {
        var directory = ModelFixture.Directory("tiny-llama3-rm");
        var c = ModelFixture.Cases("tiny-llama3-rm")[3];
        var messages = c.Messages.Select(m => new ChatMessage(m.Role, m.Content)).ToList();
        using var scorer = LocalRewardModel.Load(directory, new LocalRewardModelOptions { MaxTokens = 40 });
        using var model = TokenRewardModel.Load(directory, new InferenceSettings());

        var score = Assert.Single(await scorer.ScoreAsync(Prompt.FromMessages(messages[..^1]), [messages[^1].Content], CancellationToken.None));

        Assert.True(score.Truncated);
        Assert.Equal(model.Score([c.Ids[..40]], 1)[0], score.Value, 1e-5);
    }

    [Fact]
    public void Identity_names_the_folder_and_changes_with_what_changes_scores()
    {
        var directory = ModelFixture.Directory("tiny-qwen3-rm");
        using var template = new TemporaryDirectory();
        File.WriteAllText(template.File("t.jinja"), "{% for m in messages %}{{ m.content }}{% endfor %}");

        string IdentityWith(LocalRewardModelOptions options)
        {
            using var scorer = LocalRewardModel.Load(directory, options);
            return scorer.Identity;
        }

        var plain = IdentityWith(new LocalRewardModelOptions());
        Assert.StartsWith($"local:{Path.GetFullPath(directory)}#", plain);
        Assert.Contains("max_tokens=4096;precision=float32", plain);
        Assert.Equal(plain, IdentityWith(new LocalRewardModelOptions { BatchSize = 1 }));
        Assert.NotEqual(plain, IdentityWith(new LocalRewardModelOptions { MaxTokens = 100 }));
        Assert.NotEqual(plain, IdentityWith(new LocalRewardModelOptions { ChatTemplatePath = template.File("t.jinja") }));
    }

    [Fact]
    public async Task A_chat_template_override_changes_what_is_scored()
    {
        using var template = new TemporaryDirectory();
        File.WriteAllText(template.File("t.jinja"), "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}");
        var c = ModelFixture.Cases("tiny-qwen3-rm")[0];
        var messages = c.Messages.Select(m => new ChatMessage(m.Role, m.Content)).ToList();
        var options = new LocalRewardModelOptions { ChatTemplatePath = template.File("t.jinja") };
        using var scorer = LocalRewardModel.Load(ModelFixture.Directory("tiny-qwen3-rm"), options);
        using var model = TokenRewardModel.Load(ModelFixture.Directory("tiny-qwen3-rm"), new InferenceSettings());
        var ids = HfTokenizer.FromDirectory(ModelFixture.Directory("tiny-qwen3-rm"))
            .Encode("<|im_start|>user\nName a city.<|im_end|>\n<|im_start|>assistant\nParis.<|im_end|>\n");

        var score = Assert.Single(await scorer.ScoreAsync(Prompt.FromMessages(messages[..^1]), [messages[^1].Content], CancellationToken.None));

        Assert.Equal(model.Score([ids], 1)[0], score.Value, 1e-5);
        Assert.NotEqual(c.Score!.Value, score.Value, 1e-3);
    }

    [Fact]
    public void Refuses_a_missing_folder_and_bad_options()
    {
        Assert.Contains("not found", Assert.Throws<ModelLoadException>(() =>
            LocalRewardModel.Load("/nonexistent/model", new LocalRewardModelOptions())).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            LocalRewardModel.Load(ModelFixture.Directory("tiny-qwen3-rm"), new LocalRewardModelOptions { BatchSize = 0 }));
        Assert.Contains("unknown device 'tpu'", Assert.Throws<ArgumentException>(() =>
            LocalRewardModel.Load(ModelFixture.Directory("tiny-qwen3-rm"), new LocalRewardModelOptions { Inference = new() { Device = "tpu" } })).Message);
    }
}
