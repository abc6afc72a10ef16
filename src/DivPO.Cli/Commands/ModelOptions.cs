using System.CommandLine;

namespace DivPO.Cli.Commands;

/// <summary>Options for commands that run a local Hugging Face model.</summary>
internal static class ModelOptions
{
    public static readonly Option<string?> ChatTemplate = new("--chat-template")
    {
        Description = "Jinja chat template file to use instead of the model's own (tokenizer_config.json / chat_template.jinja).",
    };
}
