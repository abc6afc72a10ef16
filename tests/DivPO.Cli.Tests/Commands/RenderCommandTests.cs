using System.Text.Json;
using DivPO.Cli.Tests.Support;
using DivPO.Tests;

namespace DivPO.Cli.Tests.Commands;

/// <summary><c>divpo render</c> against the reference renders and ids in the tokenizer fixtures.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, int> ChatCases() => new() { { "qwen3", 0 }, { "qwen3", 1 }, { "llama3", 0 }, { "llama3", 1 } };

    private static JsonElement Cases(string family) =>
        JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("tokenizers", family, "cases.json"))).RootElement;

    private string MessagesFile(JsonElement messages)
    {
        var path = _temp.File($"messages-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, messages.GetRawText());
        return path;
    }

    [Theory]
    [MemberData(nameof(ChatCases))]
    public void Prints_exactly_the_reference_render_and_ids(string family, int index)
    {
        var chat = Cases(family).GetProperty("chat")[index];
        var messages = MessagesFile(chat.GetProperty("messages"));
        var folder = RepoPaths.Fixture("tokenizers", family);

        var text = Divpo.Run("render", "--tokenizer", folder, "--messages", messages);
        var ids = Divpo.Run("render", "--tokenizer", folder, "--messages", messages, "--ids");

        Assert.Equal(0, text.ExitCode);
        Assert.Equal(chat.GetProperty("rendered").GetString(), text.Stdout);
        Assert.Equal(0, ids.ExitCode);
        Assert.Equal(chat.GetProperty("ids").EnumerateArray().Select(i => i.GetInt32()), JsonSerializer.Deserialize<int[]>(ids.Stdout)!);
    }

    [Fact]
    public void Adds_the_generation_prompt_on_request()
    {
        var reference = Cases("qwen3").GetProperty("generation_prompt");

        var result = Divpo.Run("render", "--model", RepoPaths.Fixture("tokenizers", "qwen3"),
            "--messages", MessagesFile(reference.GetProperty("messages")), "--add-generation-prompt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(reference.GetProperty("rendered").GetString(), result.Stdout);
    }

    [Fact]
    public void A_template_file_overrides_the_models_own()
    {
        var template = _temp.File("plain.jinja");
        File.WriteAllText(template, "{% for m in messages %}[{{ m.role | upper }}] {{ m.content }}\n{% endfor %}");
        var messages = _temp.File("m.json");
        File.WriteAllText(messages, """[{"role":"user","content":"Hello"},{"role":"assistant","content":"Hi!"}]""");

        var result = Divpo.Run("render", "--model", RepoPaths.Fixture("tokenizers", "llama3"), "--messages", messages, "--chat-template", template);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[USER] Hello\n[ASSISTANT] Hi!\n", result.Stdout);
    }

    [Fact]
    public void A_bad_messages_file_is_reported_by_name()
    {
        var messages = _temp.File("broken.json");
        File.WriteAllText(messages, """[{"role":"user"}]""");

        var result = Divpo.Run("render", "--model", RepoPaths.Fixture("tokenizers", "qwen3"), "--messages", messages);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("broken.json", result.Stderr);
        Assert.Empty(result.Stdout);
    }
}
