using DivPO.Models.Checkpoints;
using DivPO.Models.Inference;
using DivPO.Models.Tests.Support;

namespace DivPO.Models.Tests.Inference;

public sealed class TokenLogprobModelTests
{
    [Fact]
    public void Gives_each_next_token_logprob_as_transformers_does_batched_and_alone()
    {
        var cases = ModelFixture.Cases("tiny-qwen3-lm");
        using var model = TokenLogprobModel.Load(ModelFixture.Directory("tiny-qwen3-lm"), new InferenceSettings());

        var batched = model.TokenLogprobs(cases.Select(c => (IReadOnlyList<int>)c.Ids).ToList(), batchSize: cases.Count);

        foreach (var (c, logprobs) in cases.Zip(batched))
        {
            Assert.Equal(c.TokenLogprobs!.Length, logprobs.Length);
            Assert.All(c.TokenLogprobs.Zip(logprobs), pair => Assert.Equal(pair.First, pair.Second, ModelFixture.Tolerance));
            Assert.Equal(logprobs, model.TokenLogprobs([c.Ids], 1)[0], (a, b) => Math.Abs(a - b) < 1e-4);
        }
    }

    [Fact]
    public void A_reward_model_is_not_a_language_model()
    {
        var error = Assert.Throws<ModelLoadException>(() =>
            TokenLogprobModel.Load(ModelFixture.Directory("tiny-qwen3-rm"), new InferenceSettings()));

        Assert.Contains("Qwen3ForSequenceClassification, not a language model", error.Message);
    }
}
