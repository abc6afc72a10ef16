using System.CommandLine;
using DivPO.Cli.Hosting;
using DivPO.Tokenization;
using Serilog;

namespace DivPO.Cli.Commands;

/// <summary>
/// <c>divpo render</c>: print exactly what a model sees for a conversation (the chat template's output, or its
/// token ids), to debug reward scores.
/// </summary>
internal static class RenderCommand
{
    public static readonly Option<string?> Model = new("--model")
    {
        Description = "Hugging Face model folder (tokenizer.json, tokenizer_config.json with chat_template).",
    };

    public static readonly Option<string?> Tokenizer = new("--tokenizer")
    {
        Description = "A folder with only the tokenizer files, instead of --model.",
    };

    public static readonly Option<string> Messages = new("--messages")
    {
        Description = "JSON file holding an array of {\"role\", \"content\"} messages.",
        Required = true,
    };

    public static readonly Option<bool> AddGenerationPrompt = new("--add-generation-prompt")
    {
        Description = "End with the assistant turn's opening, as for generation.",
    };

    public static readonly Option<bool> Ids = new("--ids") { Description = "Print the token ids (one JSON array) instead of the text." };

    public static Command Create()
    {
        var command = new Command("render", "Print the exact text (or token ids) a model sees for a conversation, through its chat template.");
        foreach (var option in new Option[] { Model, Tokenizer, Messages, AddGenerationPrompt, Ids, ModelOptions.ChatTemplate })
        {
            command.Options.Add(option);
        }

        command.SetRunner(RunAsync);
        return command;
    }

    private static Task RunAsync(ParseResult parse, ILogger logger, CancellationToken cancellationToken)
    {
        var directory = (parse.GetValue(Model), parse.GetValue(Tokenizer)) switch
        {
            ({ } model, null) => model,
            (null, { } tokenizer) => tokenizer,
            _ => throw new UsageException("give exactly one of --model DIR or --tokenizer DIR."),
        };
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"folder '{directory}' does not exist.");
        }

        var renderer = ChatRenderer.FromDirectory(directory, parse.GetValue(ModelOptions.ChatTemplate));
        Console.Out.Write(renderer.RenderFile(parse.GetValue(Messages)!, parse.GetValue(AddGenerationPrompt), parse.GetValue(Ids)));
        Console.Out.Flush();
        return Task.CompletedTask;
    }
}
