using DivPO.Core.Pools;

namespace DivPO.Tokenization.Tests;

public sealed class ChatMessagesFileTests
{
    [Fact]
    public void Messages_are_read_in_order()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("m.json", """[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi\n🐉"}]""");

        Assert.Equal([new ChatMessage("system", "Be brief."), new ChatMessage("user", "Hi\n🐉")], ChatMessagesFile.Read(path));
    }

    [Theory]
    [InlineData("""[{"role": "user", "content": "a"}, {"role": "assistant"}]""", "message 2 has no string 'content'")]
    [InlineData("""[{"role": "user", "content": ["a"]}]""", "message 1 has no string 'content'")]
    [InlineData("""[{"content": "a"}]""", "message 1 has no string 'role'")]
    [InlineData("""["user: a"]""", "message 1 has no string 'role'")]
    [InlineData("""{"role": "user", "content": "a"}""", "must hold a JSON array")]
    [InlineData("""[{"role": "user", "content": "a"}""", "is not valid JSON")]
    public void A_malformed_file_is_an_error_naming_it_and_the_problem(string json, string problem)
    {
        using var directory = new TempDirectory();
        string path = directory.Write("m.json", json);

        var error = Assert.Throws<TokenizationException>(() => ChatMessagesFile.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<TokenizationException>(() => ChatMessagesFile.Read("/nonexistent/messages.json"));

        Assert.Contains("/nonexistent/messages.json", error.Message);
    }
}
