using System.CommandLine;
using DivPO.Cli.Hosting;
using DivPO.Core.Input;
using DivPO.Core.Output;
using DivPO.Core.Pipeline;
using Serilog;

namespace DivPO.Cli.Commands;

/// <summary><c>divpo score</c>: pools in, the same pools out with every response's reward from a local reward model.</summary>
internal static class ScoreCommand
{
    public static readonly Option<string> Output = new("--output", "-o")
    {
        Description = "Where to write the scored pools, in the input's layout; '-' writes to standard output. Written atomically.",
        Required = true,
    };

    public static Command Create()
    {
        var command = new Command("score", "Score every response with a local reward model and write the pools back with 'reward' filled in.");
        PoolInputOptions.AddTo(command);
        command.Options.Add(Output);
        RewardOptions.AddTo(command);
        command.Options.Add(BuildCommand.Jobs);
        command.Options.Add(BuildCommand.NoProgress);
        command.SetRunner(RunAsync);
        return command;
    }

    private static async Task RunAsync(ParseResult parse, ILogger logger, CancellationToken cancellationToken)
    {
        var inputPath = PoolInputOptions.InputPath(parse);
        var outputPath = parse.GetValue(Output)!;
        var errorPolicy = PoolInputOptions.ErrorPolicyOf(parse);
        using var scorer = RewardOptions.CreateScorer(parse, logger)
            ?? throw new UsageException("divpo score needs a reward model: --reward model:DIR.");
        var input = PoolReader.ReadAsync(inputPath, PoolInputOptions.Read(parse), cancellationToken);

        using var output = AtomicFile.Create(outputPath);
        using var rejects = parse.GetValue(PoolInputOptions.Rejects) is { } rejectsPath ? AtomicFile.Create(rejectsPath) : null;
        var scoring = new PoolScoring(scorer, errorPolicy, parse.GetValue(BuildCommand.Jobs));
        RunSummary summary;
        using (var progress = ProgressDisplay.For(parse, BuildCommand.NoProgress))
        {
            summary = await scoring.RunAsync(input, new PoolRewriter(output.Stream), rejects?.Stream, progress, cancellationToken);
        }

        using (summary)
        {
            output.Commit();
            rejects?.Commit();
            var report = new RunReport("score", inputPath, outputPath, new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["reward"] = scorer.Identity,
                ["batch_size"] = parse.GetValue(ModelOptions.BatchSize),
                ["max_tokens"] = parse.GetValue(ModelOptions.MaxTokens),
                ["on_error"] = parse.GetValue(PoolInputOptions.OnError),
            }, summary);
            report.Publish(logger, parse.GetValue(PoolInputOptions.Summary));
        }
    }
}
