using System.Text.Json;
using DivPO.Core.Pools;

namespace DivPO.Tokenization.Tests;

public sealed class ChatRendererTests
{
    public static TheoryData<string, int> ModelCases => ModelFixtures.Rows();

    [Theory]
    [MemberData(nameof(ModelCases))]
    public void Checkpoint_conversations_encode_to_their_reference_ids(string model, int index)
    {
        (ChatMessage[] messages, int[] ids) = ModelFixtures.Cases(model)[index];

        Assert.Equal(ids, Tokenizers.Renderer(ModelFixtures.Directory(model)).Encode(messages, addGenerationPrompt: false));
    }

    [Theory]
    [InlineData("qwen3")]
    [InlineData("llama3")]
    public void A_messages_file_renders_to_exactly_the_reference_text(string tokenizer)
    {
        (ChatMessage[] messages, string rendered, _) = ReferenceCases.Chat(tokenizer).Last();
        using var directory = new TempDirectory();

        string output = ChatRenderer.FromDirectory(ReferenceCases.Directory(tokenizer)).RenderFile(WriteMessages(directory, messages), false, ids: false);

        Assert.Equal(rendered, output);
    }

    [Theory]
    [InlineData("qwen3")]
    [InlineData("llama3")]
    public void A_messages_file_renders_to_a_json_array_of_the_reference_ids(string tokenizer)
    {
        (ChatMessage[] messages, _, int[] ids) = ReferenceCases.Chat(tokenizer).Last();
        using var directory = new TempDirectory();

        string output = ChatRenderer.FromDirectory(ReferenceCases.Directory(tokenizer)).RenderFile(WriteMessages(directory, messages), false, ids: true);

        Assert.Equal(ids, JsonSerializer.Deserialize<int[]>(output));
        Assert.StartsWith("[", output);
    }

    [Fact]
    public void A_generation_prompt_is_added_on_request()
    {
        (ChatMessage[] messages, string rendered) = ReferenceCases.GenerationPrompt("llama3");
        using var directory = new TempDirectory();

        string output = ChatRenderer.FromDirectory(ReferenceCases.Directory("llama3")).RenderFile(WriteMessages(directory, messages), true, ids: false);

        Assert.Equal(rendered, output);
    }

    [Fact]
    public void Rendering_text_needs_no_tokenizer_json_but_ids_do()
    {
        using var directory = new TempDirectory();
        directory.Write("tokenizer_config.json", """{"chat_template": "{{ messages[0].content }}"}""");
        string messages = WriteMessages(directory, [new ChatMessage("user", "hi")]);
        ChatRenderer renderer = ChatRenderer.FromDirectory(directory.Path);

        Assert.Equal("hi", renderer.RenderFile(messages, false, ids: false));
        var error = Assert.Throws<TokenizationException>(() => renderer.RenderFile(messages, false, ids: true));
        Assert.Contains(Path.Combine(directory.Path, "tokenizer.json"), error.Message);
    }

    private static string WriteMessages(TempDirectory directory, IEnumerable<ChatMessage> messages) =>
        directory.Write("messages.json", JsonSerializer.Serialize(messages.Select(m => new { role = m.Role, content = m.Content })));
}
