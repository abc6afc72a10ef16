using System.CommandLine;
using DivPO.Cli.Hosting;
using DivPO.Core.Scoring;
using Serilog;

namespace DivPO.Cli.Commands;

/// <summary>Where rewards come from: the input's own field, or a local reward model.</summary>
internal static class RewardOptions
{
    private const string ModelPrefix = "model:";

    public static readonly Option<string> Reward = new("--reward")
    {
        Description = "input: use each response's reward field; model:DIR: score with the Hugging Face reward model in DIR.",
        DefaultValueFactory = _ => "input",
    };

    static RewardOptions()
    {
        Reward.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (value != "input" && !(value.StartsWith(ModelPrefix, StringComparison.Ordinal) && value.Length > ModelPrefix.Length))
            {
                r.AddError($"--reward must be 'input' or 'model:DIR', got '{value}'.");
            }
        });
    }

    /// <summary>Adds --reward and the model options.</summary>
    public static void AddTo(Command command)
    {
        command.Options.Add(Reward);
        ModelOptions.AddRuntimeTo(command);
    }

    /// <summary>The scorer the options ask for; null when rewards come from the input.</summary>
    public static IRewardScorer? CreateScorer(ParseResult parse, ILogger logger)
    {
        var source = parse.GetValue(Reward)!;
        if (source == "input")
        {
            return null;
        }

        var directory = source[ModelPrefix.Length..];
        logger.Information("Loading reward model {Directory}", directory);
        var model = ModelOptions.LoadRewardModel(parse, directory);
        logger.Debug("Reward model {Identity}", model.Identity);
        return model;
    }
}
