using System.Text.Json;
using DivPO.Tests;

namespace DivPO.Jinja.Tests.Fixtures;

/// <summary>
/// The chat templates shipped in the Qwen3 and Llama 3 tokenizer configs, rendered with the config's special tokens
/// as variables, must give the reference renders of <c>cases.json</c> (with and without generation prompt).
/// </summary>
public sealed class TokenizerChatTemplateTests
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var model in new[] { "qwen3", "llama3" })
        {
            using var cases = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("tokenizers", model, "cases.json")));
            var chatCount = cases.RootElement.GetProperty("chat").GetArrayLength();
            for (var i = 0; i < chatCount; i++)
                data.Add(model, "chat", i);
            data.Add(model, "generation_prompt", 0);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_like_the_reference(string model, string kind, int index)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("tokenizers", model, "tokenizer_config.json")));
        using var cases = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("tokenizers", model, "cases.json")));
        var entry = cases.RootElement.GetProperty(kind);
        var testCase = kind == "chat" ? entry[index] : entry;

        var variables = new Dictionary<string, object?>
        {
            ["messages"] = JinjaValues.FromJson(testCase.GetProperty("messages")),
            ["add_generation_prompt"] = kind == "generation_prompt",
        };
        foreach (var property in config.RootElement.EnumerateObject().Where(p => p.Name.EndsWith("_token", StringComparison.Ordinal)))
            variables[property.Name] = JinjaValues.FromJson(property.Value);
        var template = JinjaTemplate.Parse(config.RootElement.GetProperty("chat_template").GetString()!);

        Assert.Equal(testCase.GetProperty("rendered").GetString(), template.Render(variables));
    }
}
