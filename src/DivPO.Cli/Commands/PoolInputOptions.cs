using System.CommandLine;
using DivPO.Core.Input;
using DivPO.Core.Pipeline;
using DivPO.Cli.Hosting;

namespace DivPO.Cli.Commands;

/// <summary>The options every command that reads pools shares: where, which layout, which fields, what to do with bad records.</summary>
internal static class PoolInputOptions
{
    public static readonly Argument<string> Input = new("input")
    {
        Description = "Pools to read: JSONL (grouped or flat) or CSV, optionally .gz; '-' reads standard input.",
    };

    public static readonly Option<string> Format = new("--input-format")
    {
        Description = "Input layout: auto (from extension and first record), grouped, flat or csv.",
        DefaultValueFactory = _ => "auto",
    };

    public static readonly Option<string?> PromptField = new("--prompt-field") { Description = "Field holding the prompt (default: prompt)." };

    public static readonly Option<string?> ResponseField = new("--response-field")
    {
        Description = "Field holding a response's text (default: text, response, content or completion).",
    };

    public static readonly Option<string?> RewardField = new("--reward-field") { Description = "Field holding a response's reward (default: reward)." };

    public static readonly Option<string?> IdField = new("--id-field") { Description = "Field holding the prompt id (default: prompt_id)." };

    public static readonly Option<int> MaxRecordBytes = new("--max-record-bytes")
    {
        Description = "Longest input record accepted, in bytes; a longer one is bad input.",
        DefaultValueFactory = _ => InputOptions.DefaultMaxRecordBytes,
    };

    public static readonly Option<string> OnError = new("--on-error")
    {
        Description = "On a bad record: fail (stop, exit code 2, write nothing) or skip (count it, write it to --rejects, go on).",
        DefaultValueFactory = _ => "fail",
    };

    public static readonly Option<string?> Rejects = new("--rejects")
    {
        Description = "With --on-error skip: write each skipped record here, untouched, one per line.",
    };

    public static readonly Option<string?> Summary = new("--summary") { Description = "Also write the run summary here as JSON." };

    static PoolInputOptions()
    {
        Format.AcceptOnlyFromAmong("auto", "grouped", "flat", "csv");
        OnError.AcceptOnlyFromAmong("fail", "skip");
        MaxRecordBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1024)
            {
                result.AddError("--max-record-bytes must be at least 1024.");
            }
        });
    }

    public static void AddTo(Command command)
    {
        command.Arguments.Add(Input);
        foreach (var option in new Option[] { Format, PromptField, ResponseField, RewardField, IdField, MaxRecordBytes, OnError, Rejects, Summary })
        {
            command.Options.Add(option);
        }
    }

    public static InputOptions Read(ParseResult parse) => new()
    {
        Format = parse.GetValue(Format) switch
        {
            "grouped" => InputFormat.GroupedJsonl,
            "flat" => InputFormat.FlatJsonl,
            "csv" => InputFormat.Csv,
            _ => InputFormat.Auto,
        },
        Fields = new FieldNames(parse.GetValue(PromptField), parse.GetValue(ResponseField), parse.GetValue(RewardField), parse.GetValue(IdField)),
        MaxRecordBytes = parse.GetValue(MaxRecordBytes),
    };

    public static ErrorPolicy ErrorPolicyOf(ParseResult parse)
    {
        var policy = parse.GetValue(OnError) == "skip" ? ErrorPolicy.Skip : ErrorPolicy.Fail;
        if (policy == ErrorPolicy.Fail && parse.GetValue(Rejects) is not null)
        {
            throw new UsageException("--rejects needs --on-error skip (with the default --on-error fail nothing is skipped).");
        }

        return policy;
    }

    /// <summary>The input path, checked to exist so a typo is a usage error, not a crash.</summary>
    public static string InputPath(ParseResult parse)
    {
        var path = parse.GetValue(Input)!;
        if (path != "-" && !File.Exists(path))
        {
            throw new UsageException($"input file '{path}' does not exist.");
        }

        return path;
    }
}
