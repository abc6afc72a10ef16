using System.CommandLine;
using DivPO.Cli.Hosting;
using DivPO.Core.Input;
using DivPO.Core.Output;
using DivPO.Core.Pipeline;
using DivPO.Core.Selection;
using Serilog;

namespace DivPO.Cli.Commands;

/// <summary><c>divpo build</c>: pools in, DivPO preference pairs out.</summary>
internal static class BuildCommand
{
    public static readonly Option<string> Output = new("--output", "-o")
    {
        Description = "Where to write the pairs (JSONL); '-' writes to standard output. Written atomically.",
        Required = true,
    };

    public static readonly Option<string> Strategy = new("--strategy")
    {
        Description = "divpo: most diverse high-reward vs least diverse low-reward response; max-min: highest vs lowest reward.",
        DefaultValueFactory = _ => "divpo",
    };

    public static readonly Option<double> Rho = new("--rho")
    {
        Description = "Reward band width for divpo, as a share of each pool's reward spread, in [0, 0.5). 0 = best vs worst.",
        DefaultValueFactory = _ => 0.2,
    };

    public static readonly Option<double> MinRewardGap = new("--min-reward-gap")
    {
        Description = "No pair from a pool whose reward spread (max - min) is at most this.",
        DefaultValueFactory = _ => 0.0,
    };

    public static readonly Option<int> PairsPerPrompt = new("--pairs-per-prompt", "-k")
    {
        Description = "Up to this many disjoint pairs per pool; no response is used twice.",
        DefaultValueFactory = _ => 1,
    };

    public static readonly Option<int> Seed = new("--seed")
    {
        Description = "Seed for any random choice (the current strategies make none); recorded in the summary.",
        DefaultValueFactory = _ => 0,
    };

    public static readonly Option<string> Format = new("--format")
    {
        Description = "standard: prompt/chosen/rejected strings (TRL explicit prompt); conversational: lists of messages.",
        DefaultValueFactory = _ => "standard",
    };

    public static readonly Option<int> Jobs = new("--jobs", "-j")
    {
        Description = "Pools processed in parallel (default: all cores). Output is identical for any value.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static readonly Option<bool> NoProgress = new("--no-progress") { Description = "Never draw the progress line." };

    static BuildCommand()
    {
        Strategy.AcceptOnlyFromAmong("divpo", "max-min");
        Format.AcceptOnlyFromAmong("standard", "conversational");
        Rho.Validators.Add(r =>
        {
            var rho = r.GetValueOrDefault<double>();
            if (!(rho >= 0 && rho < 0.5))
            {
                r.AddError($"--rho must be in [0, 0.5), got {rho}.");
            }
        });
        MinRewardGap.Validators.Add(r =>
        {
            var gap = r.GetValueOrDefault<double>();
            if (!double.IsFinite(gap) || gap < 0)
            {
                r.AddError($"--min-reward-gap must be a finite number >= 0, got {gap}.");
            }
        });
        PairsPerPrompt.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--pairs-per-prompt must be at least 1.");
            }
        });
        Jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--jobs must be at least 1.");
            }
        });
    }

    public static Command Create()
    {
        var command = new Command("build", "Select DivPO preference pairs from pools of scored responses and write them as JSONL.");
        PoolInputOptions.AddTo(command);
        foreach (var option in new Option[] { Output, Strategy, Rho, MinRewardGap, PairsPerPrompt, Seed, Format, Jobs, NoProgress })
        {
            command.Options.Add(option);
        }

        DiversityOptions.AddTo(command);
        GuardOptions.AddTo(command);
        RewardOptions.AddTo(command);
        command.SetRunner(RunAsync);
        return command;
    }

    private static async Task RunAsync(ParseResult parse, ILogger logger, CancellationToken cancellationToken)
    {
        var inputPath = PoolInputOptions.InputPath(parse);
        var outputPath = parse.GetValue(Output)!;
        var errorPolicy = PoolInputOptions.ErrorPolicyOf(parse);
        var options = new BuildOptions
        {
            Selection = new SelectionOptions
            {
                Strategy = parse.GetValue(Strategy) == "max-min" ? SelectionStrategy.MaxMin : SelectionStrategy.DivPO,
                Rho = parse.GetValue(Rho),
                MinRewardGap = parse.GetValue(MinRewardGap),
                PairsPerPrompt = parse.GetValue(PairsPerPrompt),
                GuardedAsRejected = GuardOptions.GuardedAsRejected(parse),
            },
            OnError = errorPolicy,
            Parallelism = parse.GetValue(Jobs),
        };
        var criterion = DiversityOptions.Create(parse);
        var inputOptions = PoolInputOptions.Read(parse);
        using var source = await ReplayableInput.OpenAsync(inputPath, GuardOptions.NeedsFirstPass(parse), cancellationToken);
        var guards = await GuardOptions.CreateAsync(parse, () => PoolReader.ReadAsync(source.Path, inputOptions, cancellationToken), cancellationToken);
        using var scorer = RewardOptions.CreateScorer(parse, logger);
        var builder = new PairBuilder(criterion, scorer, guards, options);
        var input = PoolReader.ReadAsync(source.Path, inputOptions, cancellationToken);

        using var output = AtomicFile.Create(outputPath);
        using var rejects = parse.GetValue(PoolInputOptions.Rejects) is { } rejectsPath ? AtomicFile.Create(rejectsPath) : null;
        var writer = new PairWriter(output.Stream, parse.GetValue(Format) == "conversational" ? PairFormat.Conversational : PairFormat.Standard,
            parse.GetValue(Strategy)!, criterion.Name);
        using var summary = await RunWithProgressAsync(parse, builder, input, writer, rejects, cancellationToken);
        output.Commit();
        rejects?.Commit();
        var report = new RunReport("build", inputPath, outputPath, new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["strategy"] = parse.GetValue(Strategy),
            ["rho"] = options.Selection.Rho,
            ["min_reward_gap"] = options.Selection.MinRewardGap,
            ["pairs_per_prompt"] = options.Selection.PairsPerPrompt,
            ["seed"] = parse.GetValue(Seed),
            ["criterion"] = criterion.Identity,
            ["reward"] = scorer?.Identity ?? "input",
            ["format"] = parse.GetValue(Format),
            ["on_error"] = parse.GetValue(PoolInputOptions.OnError),
            ["guards"] = guards.Select(g => g.Name).ToArray(),
            ["guard_rejected"] = options.Selection.GuardedAsRejected,
        }, summary);
        report.Publish(logger, parse.GetValue(PoolInputOptions.Summary));
    }

    private static async Task<RunSummary> RunWithProgressAsync(
        ParseResult parse, PairBuilder builder, IAsyncEnumerable<PoolReadItem> input, PairWriter writer, AtomicFile? rejects, CancellationToken cancellationToken)
    {
        using var progress = ProgressDisplay.For(parse, NoProgress);
        return await builder.RunAsync(input, writer, rejects?.Stream, progress, cancellationToken);
    }
}
