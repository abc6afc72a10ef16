using System.CommandLine;
using DivPO.Cli.Hosting;
using DivPO.Core.Scoring;
using Serilog;

namespace DivPO.Cli.Commands;

/// <summary>Where rewards come from: the input's own field, or a local reward model.</summary>
internal static class RewardOptions
{
    public static readonly Option<string> Reward = new("--reward")
    {
        Description = "input: use each response's reward field; model:DIR: score with the Hugging Face reward model in DIR.",
        DefaultValueFactory = _ => "input",
    };

    public static void AddTo(Command command) => command.Options.Add(Reward);

    /// <summary>The scorer the options ask for; null when rewards come from the input.</summary>
    public static IRewardScorer? CreateScorer(ParseResult parse, ILogger logger)
    {
        var source = parse.GetValue(Reward)!;
        if (source == "input")
        {
            return null;
        }

        throw new UsageException($"--reward '{source}' is not supported; use 'input' or 'model:DIR'.");
    }
}
