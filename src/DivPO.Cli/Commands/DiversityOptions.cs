using System.CommandLine;
using DivPO.Cli.Hosting;
using DivPO.Core.Diversity;

namespace DivPO.Cli.Commands;

/// <summary>How diversity is measured within each pool.</summary>
internal static class DiversityOptions
{
    public static readonly Option<string> Criterion = new("--diversity")
    {
        Description = "word-frequency: rare words in the pool are diverse; logprob: -log p(response) from the input's logprob/token_logprobs.",
        DefaultValueFactory = _ => WordFrequencyDiversity.CriterionName,
    };

    public static readonly Option<bool> LengthNormalize = new("--length-normalize")
    {
        Description = "With --diversity logprob: divide by the response's token count (needs token_logprobs).",
    };

    static DiversityOptions()
    {
        Criterion.AcceptOnlyFromAmong(WordFrequencyDiversity.CriterionName, LogProbDiversity.CriterionName);
    }

    public static void AddTo(Command command)
    {
        command.Options.Add(Criterion);
        command.Options.Add(LengthNormalize);
    }

    public static IDiversityCriterion Create(ParseResult parse)
    {
        var lengthNormalize = parse.GetValue(LengthNormalize);
        if (parse.GetValue(Criterion) == LogProbDiversity.CriterionName)
        {
            return new LogProbDiversity(lengthNormalize);
        }

        return lengthNormalize
            ? throw new UsageException("--length-normalize applies to --diversity logprob only.")
            : new WordFrequencyDiversity();
    }
}
