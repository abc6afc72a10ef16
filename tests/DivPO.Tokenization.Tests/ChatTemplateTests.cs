using DivPO.Core.Pools;

namespace DivPO.Tokenization.Tests;

public sealed class ChatTemplateTests
{
    private static readonly ChatMessage[] Hi = [new("user", "hi")];

    public static TheoryData<string, int> ChatCases => ReferenceCases.Rows("chat");

    [Theory]
    [MemberData(nameof(ChatCases))]
    public void A_conversation_renders_as_the_reference(string tokenizer, int index)
    {
        (ChatMessage[] messages, string rendered, _) = ReferenceCases.Chat(tokenizer).ElementAt(index);

        Assert.Equal(rendered, ChatTemplate.FromDirectory(ReferenceCases.Directory(tokenizer)).Render(messages, addGenerationPrompt: false));
    }

    [Theory]
    [InlineData("qwen3")]
    [InlineData("llama3")]
    public void A_generation_prompt_renders_as_the_reference(string tokenizer)
    {
        (ChatMessage[] messages, string rendered) = ReferenceCases.GenerationPrompt(tokenizer);

        Assert.Equal(rendered, ChatTemplate.FromDirectory(ReferenceCases.Directory(tokenizer)).Render(messages, addGenerationPrompt: true));
    }

    [Fact]
    public void A_template_file_given_explicitly_replaces_the_configured_one()
    {
        using var directory = new TempDirectory();
        string file = directory.Write("plain.jinja", "{% for m in messages %}[{{ m.role }}]{{ m.content }}{% endfor %}{{ eos_token }}");

        Assert.Equal("[user]hi<|im_end|>", ChatTemplate.FromDirectory(ReferenceCases.Directory("qwen3"), file).Render(Hi, false));
    }

    [Fact]
    public void A_chat_template_jinja_file_is_preferred_to_tokenizer_config()
    {
        using var directory = new TempDirectory();
        directory.Write("tokenizer_config.json", """{"chat_template": "from config"}""");
        directory.Write("chat_template.jinja", "from file");

        Assert.Equal("from file", ChatTemplate.FromDirectory(directory.Path).Render(Hi, false));
    }

    [Fact]
    public void Of_a_template_list_the_default_is_used_with_special_tokens_in_either_form()
    {
        using var directory = new TempDirectory();
        directory.Write("tokenizer_config.json", """
            {"bos_token": {"__type": "AddedToken", "content": "<s>", "special": true}, "eos_token": "</s>", "pad_token": null,
             "chat_template": [{"name": "tool_use", "template": "tools"},
                               {"name": "default", "template": "{{ bos_token }}{{ messages[0].content }}{{ eos_token }}|{{ pad_token is defined }}"}]}
            """);

        Assert.Equal("<s>hi</s>|False", ChatTemplate.FromDirectory(directory.Path).Render(Hi, false));
    }

    [Fact]
    public void Like_Hugging_Face_tools_and_documents_are_none()
    {
        using var directory = new TempDirectory();
        directory.Write("tokenizer_config.json", """{"chat_template": "{{ tools is none }} {{ documents is none }} {{ add_generation_prompt }}"}""");

        Assert.Equal("True True True", ChatTemplate.FromDirectory(directory.Path).Render(Hi, true));
    }

    [Fact]
    public void A_template_list_without_a_default_is_an_error_naming_the_file()
    {
        using var directory = new TempDirectory();
        string config = directory.Write("tokenizer_config.json", """{"chat_template": [{"name": "tool_use", "template": "x"}]}""");

        var error = Assert.Throws<TokenizationException>(() => ChatTemplate.FromDirectory(directory.Path));

        Assert.Contains(config, error.Message);
        Assert.Contains("tool_use", error.Message);
    }

    [Fact]
    public void A_missing_chat_template_is_an_error_naming_the_file()
    {
        using var directory = new TempDirectory();
        string config = directory.Write("tokenizer_config.json", """{"eos_token": "</s>"}""");

        var error = Assert.Throws<TokenizationException>(() => ChatTemplate.FromDirectory(directory.Path));

        Assert.Contains($"{config} has no 'chat_template'", error.Message);
    }

    [Fact]
    public void A_missing_template_file_is_named()
    {
        var error = Assert.Throws<TokenizationException>(() => ChatTemplate.FromDirectory(ReferenceCases.Directory("qwen3"), "/nonexistent/t.jinja"));

        Assert.Contains("/nonexistent/t.jinja", error.Message);
    }

    [Fact]
    public void A_conversation_the_template_rejects_is_reported_with_the_template_source()
    {
        using var directory = new TempDirectory();
        string file = directory.Write("strict.jinja", "{{ raise_exception('Conversation roles must alternate') }}");

        var error = Assert.Throws<TokenizationException>(() => ChatTemplate.FromDirectory(directory.Path, file).Render(Hi, false));

        Assert.Contains(file, error.Message);
        Assert.Contains("Conversation roles must alternate", error.Message);
    }
}
