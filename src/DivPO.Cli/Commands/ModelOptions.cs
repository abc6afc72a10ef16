using System.CommandLine;
using DivPO.Cli.Hosting;
using DivPO.Models.Inference;
using DivPO.Models.Scoring;

namespace DivPO.Cli.Commands;

/// <summary>Options for commands that run a local Hugging Face model.</summary>
internal static class ModelOptions
{
    public static readonly Option<string?> ChatTemplate = new("--chat-template")
    {
        Description = "Jinja chat template file to use instead of the model's own (tokenizer_config.json / chat_template.jinja).",
    };

    public static readonly Option<int> BatchSize = new("--batch-size")
    {
        Description = "Conversations per forward pass (length-sorted, padded).",
        DefaultValueFactory = _ => new LocalRewardModelOptions().BatchSize,
    };

    public static readonly Option<int> MaxTokens = new("--max-tokens")
    {
        Description = "Longest conversation scored; longer ones keep their first tokens and are counted as truncated.",
        DefaultValueFactory = _ => new LocalRewardModelOptions().MaxTokens,
    };

    public static readonly Option<int?> Threads = new("--threads")
    {
        Description = "CPU threads for the model (default: all cores).",
    };

    public static readonly Option<string> Device = new("--device")
    {
        Description = "cpu, or cuda / cuda:N with a CUDA build of libtorch (docs/reward-models.md).",
        DefaultValueFactory = _ => "cpu",
    };

    public static readonly Option<string> Precision = new("--precision")
    {
        Description = "f32 (reproduces transformers' float32 scores) or bf16 (weights and matmuls in bfloat16).",
        DefaultValueFactory = _ => "f32",
    };

    static ModelOptions()
    {
        Precision.AcceptOnlyFromAmong("f32", "bf16");
        foreach (var positive in new[] { BatchSize, MaxTokens })
        {
            positive.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() < 1)
                {
                    r.AddError($"{positive.Name} must be at least 1.");
                }
            });
        }

        Threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--threads must be at least 1.");
            }
        });
    }

    /// <summary>The options that only matter when a model runs (--chat-template is added by each command).</summary>
    public static void AddRuntimeTo(Command command)
    {
        foreach (var option in new Option[] { BatchSize, MaxTokens, Threads, Device, Precision, ChatTemplate })
        {
            command.Options.Add(option);
        }
    }

    public static LocalRewardModel LoadRewardModel(ParseResult parse, string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"model folder '{directory}' does not exist.");
        }

        return LocalRewardModel.Load(directory, new LocalRewardModelOptions
        {
            BatchSize = parse.GetValue(BatchSize),
            MaxTokens = parse.GetValue(MaxTokens),
            ChatTemplatePath = parse.GetValue(ChatTemplate),
            Inference = new InferenceSettings
            {
                Device = parse.GetValue(Device)!,
                Threads = parse.GetValue(Threads),
                Precision = parse.GetValue(Precision) == "bf16" ? ComputePrecision.BFloat16 : ComputePrecision.Float32,
            },
        });
    }
}
