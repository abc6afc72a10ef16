namespace DivPO.Tokenization.Tests.Loading;

public sealed class TokenizerJsonFileTests
{
    [Fact]
    public void A_missing_tokenizer_json_is_named()
    {
        using var directory = new TempDirectory();

        var error = Assert.Throws<TokenizationException>(() => HfTokenizer.FromDirectory(directory.Path));

        Assert.Contains(Path.Combine(directory.Path, "tokenizer.json"), error.Message);
    }

    [Theory]
    [InlineData("Unigram")]
    [InlineData("WordPiece")]
    [InlineData("WordLevel")]
    public void Models_other_than_BPE_are_refused_by_type(string type)
    {
        using var directory = new TempDirectory();
        string path = directory.Write("tokenizer.json", $$$"""{"model": {"type": "{{{type}}}", "vocab": []}}""");

        var error = Assert.Throws<TokenizationException>(() => HfTokenizer.FromFile(path));

        Assert.Equal($"tokenizer model type '{type}' in {path} is not supported (byte-level BPE only).", error.Message);
    }

    [Fact]
    public void A_BPE_tokenizer_that_is_not_byte_level_is_refused()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("tokenizer.json", """
            {"pre_tokenizer": {"type": "Metaspace", "replacement": "▁"},
             "model": {"type": "BPE", "vocab": {"a": 0}, "merges": []}}
            """);

        var error = Assert.Throws<TokenizationException>(() => HfTokenizer.FromFile(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("ByteLevel", error.Message);
    }

    [Fact]
    public void Malformed_json_is_named()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("tokenizer.json", "{\"model\": ");

        var error = Assert.Throws<TokenizationException>(() => HfTokenizer.FromFile(path));

        Assert.StartsWith($"{path} is not valid JSON", error.Message);
    }

    [Fact]
    public void Merges_as_pairs_and_as_strings_give_the_same_tokenizer()
    {
        using var directory = new TempDirectory();
        const string Head = """
            {"pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false, "use_regex": true},
             "model": {"type": "BPE", "vocab": {"a": 0, "b": 1, "c": 2, "ab": 3, "abc": 4, "Ġ": 5}, "merges":
            """;
        HfTokenizer strings = HfTokenizer.FromFile(directory.Write("strings.json", Head + """["a b", "ab c"]}}"""));
        HfTokenizer pairs = HfTokenizer.FromFile(directory.Write("pairs.json", Head + """[["a", "b"], ["ab", "c"]]}}"""));

        // "abc" merges fully; " ab" is "Ġ" then "a b" merged, and nothing merges "Ġ" with "ab".
        Assert.Equal([4, 5, 3], strings.Encode("abc ab"));
        Assert.Equal([4, 5, 3], pairs.Encode("abc ab"));
    }
}
