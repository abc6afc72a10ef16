using DivPO.Core.Pools;

namespace DivPO.Core.Diversity;

/// <summary>
/// The paper's probability-based criterion: a response the policy finds unlikely is diverse.
/// <c>D(y) = −log p(y)</c> from the input's <c>logprob</c> (or the sum of <c>token_logprobs</c>);
/// with length normalisation, divided by the number of tokens so long answers are not favoured.
/// </summary>
public sealed class LogProbDiversity(bool lengthNormalize) : IDiversityCriterion
{
    public const string CriterionName = "logprob";

    public string Name => CriterionName;

    public string Identity => lengthNormalize ? CriterionName + "/length-normalized/v1" : CriterionName + "/v1";

    public ValueTask<double[]> MeasureAsync(Pool pool, CancellationToken cancellationToken)
    {
        var values = new double[pool.Responses.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Measure(pool.Responses[i]);
        }

        return ValueTask.FromResult(values);
    }

    private double Measure(Response response)
    {
        var tokens = response.TokenLogprobs;
        var logProb = response.LogProb ?? tokens?.Sum()
            ?? throw new PoolDataException(response.Source.WithField("logprob"),
                "the logprob criterion needs 'logprob' or 'token_logprobs' on every response");
        if (!double.IsFinite(logProb))
        {
            throw new PoolDataException(response.Source.WithField("logprob"), $"log-probability {logProb} is not a finite number");
        }

        if (!lengthNormalize)
        {
            return -logProb;
        }

        if (tokens is not { Count: > 0 })
        {
            throw new PoolDataException(response.Source.WithField("token_logprobs"),
                "--length-normalize needs 'token_logprobs' to know the response's token count");
        }

        return -logProb / tokens.Count;
    }
}
