using DivPO.Models.Inference;
using DivPO.Models.Tests.Support;

namespace DivPO.Models.Tests.Inference;

public sealed class TokenRewardModelTests
{
    public static TheoryData<string> RewardFixtures => ["tiny-qwen3-rm", "tiny-llama3-rm"];

    [Theory]
    [MemberData(nameof(RewardFixtures))]
    public void Scores_each_conversation_alone_as_transformers_does(string fixture)
    {
        var cases = ModelFixture.Cases(fixture);
        using var model = TokenRewardModel.Load(ModelFixture.Directory(fixture), new InferenceSettings());

        foreach (var c in cases)
            Assert.Equal(c.Score!.Value, model.Score([c.Ids], batchSize: 1)[0], ModelFixture.Tolerance);
    }

    [Theory]
    [MemberData(nameof(RewardFixtures))]
    public void Batched_scores_of_mixed_lengths_equal_the_unbatched_ones(string fixture)
    {
        var cases = ModelFixture.Cases(fixture);
        var sequences = cases.Select(c => (IReadOnlyList<int>)c.Ids).Concat(cases.Select(c => c.Ids[..^3])).ToList();
        using var model = TokenRewardModel.Load(ModelFixture.Directory(fixture), new InferenceSettings());
        var alone = sequences.Select(s => model.Score([s], 1)[0]).ToList();

        foreach (var batchSize in new[] { 2, 3, sequences.Count })
        {
            var batched = model.Score(sequences, batchSize);
            Assert.All(alone.Zip(batched), pair => Assert.Equal(pair.First, pair.Second, 1e-4));
        }
        Assert.All(cases.Zip(model.Score(sequences, sequences.Count)), pair => Assert.Equal(pair.First.Score!.Value, pair.Second, ModelFixture.Tolerance));
    }

    [Fact]
    public void Reads_the_score_at_the_last_token_that_is_not_padding()
    {
        var ids = ModelFixture.Cases("tiny-qwen3-rm")[0].Ids;
        using var model = TokenRewardModel.Load(ModelFixture.Directory("tiny-qwen3-rm"), new InferenceSettings());
        var pad = (int)model.Config.PadTokenId!.Value;

        var scores = model.Score([ids, [.. ids, pad, pad]], batchSize: 1);

        Assert.Equal(scores[0], scores[1], 1e-5);
        Assert.Equal(ids.Length - 1, model.ReadPosition([.. ids, pad, pad]));
        Assert.Equal(0, model.ReadPosition([pad, pad]));
    }

    [Fact]
    public void Scores_with_fewer_threads_agree()
    {
        var c = ModelFixture.Cases("tiny-llama3-rm")[3];
        using var model = TokenRewardModel.Load(ModelFixture.Directory("tiny-llama3-rm"), new InferenceSettings { Threads = 1 });

        Assert.Equal(c.Score!.Value, model.Score([c.Ids], 1)[0], ModelFixture.Tolerance);
    }

    [Fact]
    public void BFloat16_compute_stays_near_the_reference_but_not_within_its_tolerance()
    {
        var cases = ModelFixture.Cases("tiny-qwen3-rm");
        using var model = TokenRewardModel.Load(ModelFixture.Directory("tiny-qwen3-rm"), new InferenceSettings { Precision = ComputePrecision.BFloat16 });

        var errors = cases.Zip(model.Score(cases.Select(c => (IReadOnlyList<int>)c.Ids).ToList(), 4)).Select(p => Math.Abs(p.First.Score!.Value - p.Second)).ToList();

        Assert.All(errors, e => Assert.InRange(e, 0, 0.2));
        Assert.Contains(errors, e => e > ModelFixture.Tolerance);
    }

    [Fact]
    public void Refuses_ids_outside_the_vocabulary_and_empty_sequences()
    {
        using var model = TokenRewardModel.Load(ModelFixture.Directory("tiny-llama3-rm"), new InferenceSettings());

        Assert.Contains("token id 128256, outside the model's vocabulary of 128256",
            Assert.Throws<ArgumentException>(() => model.Score([[1, 128256]], 1)).Message);
        Assert.Contains("sequence 1 has 0 tokens", Assert.Throws<ArgumentException>(() => model.Score([[1], []], 1)).Message);
    }
}
