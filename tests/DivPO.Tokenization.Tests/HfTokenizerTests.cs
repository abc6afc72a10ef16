using System.Text;

namespace DivPO.Tokenization.Tests;

public sealed class HfTokenizerTests
{
    public static TheoryData<string, int> EncodeCases => ReferenceCases.Rows("encode");

    public static TheoryData<string, int> ChatCases => ReferenceCases.Rows("chat");

    public static TheoryData<string, int> ModelCases => ModelFixtures.Rows();

    [Theory]
    [MemberData(nameof(EncodeCases))]
    public void Encode_gives_the_reference_ids(string tokenizer, int index)
    {
        (string text, int[] ids) = ReferenceCases.Encode(tokenizer).ElementAt(index);

        Assert.Equal(ids, Tokenizers.Get(tokenizer).Encode(text));
    }

    [Theory]
    [MemberData(nameof(ChatCases))]
    public void Encode_of_a_rendered_chat_gives_the_reference_ids(string tokenizer, int index)
    {
        (_, string rendered, int[] ids) = ReferenceCases.Chat(tokenizer).ElementAt(index);

        Assert.Equal(ids, Tokenizers.Get(tokenizer).Encode(rendered));
    }

    [Theory]
    [MemberData(nameof(EncodeCases))]
    public void Decode_restores_the_encoded_text(string tokenizer, int index)
    {
        (string text, int[] ids) = ReferenceCases.Encode(tokenizer).ElementAt(index);

        Assert.Equal(text, Tokenizers.Get(tokenizer).Decode(ids));
    }

    [Theory]
    [MemberData(nameof(ModelCases))]
    public void Checkpoint_tokenizers_load_and_reencode_their_decoded_ids(string model, int index)
    {
        HfTokenizer tokenizer = Tokenizers.Load(ModelFixtures.Directory(model));
        int[] ids = ModelFixtures.Cases(model)[index].Ids;

        Assert.Equal(ids, tokenizer.Encode(tokenizer.Decode(ids)));
    }

    [Theory]
    [InlineData("qwen3", "<|im_start|>")]
    [InlineData("qwen3", "<think>")]
    [InlineData("llama3", "<|eot_id|>")]
    [InlineData("llama3", "<|reserved_special_token_42|>")]
    public void An_added_token_inside_text_is_one_id(string name, string token)
    {
        HfTokenizer tokenizer = Tokenizers.Get(name);
        int id = tokenizer.TokenToId(token) ?? throw new InvalidOperationException($"{token} unknown");

        IReadOnlyList<int> ids = tokenizer.Encode($"before{token}after");

        Assert.Equal(tokenizer.Encode("before").Concat([id]).Concat(tokenizer.Encode("after")), ids);
    }

    [Theory]
    [InlineData("qwen3", "<|im_start|")]
    [InlineData("llama3", "<|eot_id")]
    public void An_incomplete_added_token_is_plain_text(string name, string text)
    {
        HfTokenizer tokenizer = Tokenizers.Get(name);

        IReadOnlyList<int> ids = tokenizer.Encode(text);

        Assert.True(ids.Count > 1);
        Assert.Equal(text, tokenizer.Decode(ids));
    }

    [Fact]
    public void The_longest_added_token_wins()
    {
        HfTokenizer tokenizer = Tokenizers.Get("llama3");

        Assert.Equal([tokenizer.TokenToId("<|reserved_special_token_250|>")!.Value], tokenizer.Encode("<|reserved_special_token_250|>"));
    }

    [Fact]
    public void Qwen_normalizes_to_NFC_before_encoding()
    {
        HfTokenizer tokenizer = Tokenizers.Get("qwen3");
        string decomposed = "Reykjavi\u0301k cafe\u0301";

        Assert.Equal(tokenizer.Encode(decomposed.Normalize(NormalizationForm.FormC)), tokenizer.Encode(decomposed));
    }

    [Fact]
    public void Llama_has_no_normalizer_and_keeps_combining_marks()
    {
        HfTokenizer tokenizer = Tokenizers.Get("llama3");
        string decomposed = "Reykjavi\u0301k";

        Assert.NotEqual(tokenizer.Encode(decomposed.Normalize(NormalizationForm.FormC)), tokenizer.Encode(decomposed));
        Assert.Equal(decomposed, tokenizer.Decode(tokenizer.Encode(decomposed)));
    }

    [Fact]
    public void Letters_outside_the_basic_plane_are_letters_to_the_split_regex()
    {
        // For Hugging Face "𝐇𝐞𝐥𝐥𝐨" is a run of \p{L}, so "'s" after it is its own piece; seen as surrogates
        // (not letters) the word would swallow the apostrophe.
        HfTokenizer tokenizer = Tokenizers.Get("qwen3");

        IReadOnlyList<int> ids = tokenizer.Encode("𝐇𝐞𝐥𝐥𝐨's");

        Assert.Equal(tokenizer.Encode("𝐇𝐞𝐥𝐥𝐨").Concat(tokenizer.Encode("'s")), ids);
    }

    [Fact]
    public void Special_token_ids_come_from_tokenizer_config()
    {
        HfTokenizer qwen = Tokenizers.Get("qwen3");
        HfTokenizer llama = Tokenizers.Get("llama3");

        Assert.Equal((null, qwen.TokenToId("<|im_end|>"), qwen.TokenToId("<|endoftext|>")), (qwen.BosTokenId, qwen.EosTokenId, qwen.PadTokenId));
        Assert.Equal((llama.TokenToId("<|begin_of_text|>"), llama.TokenToId("<|eot_id|>"), null), (llama.BosTokenId, llama.EosTokenId, llama.PadTokenId));
    }

    [Fact]
    public void A_tokenizer_json_alone_has_no_special_token_ids()
    {
        HfTokenizer tokenizer = HfTokenizer.FromFile(Path.Combine(ReferenceCases.Directory("qwen3"), HfTokenizer.FileName));

        Assert.Equal((null, null, null), (tokenizer.BosTokenId, tokenizer.EosTokenId, tokenizer.PadTokenId));
        Assert.Equal(Tokenizers.Get("qwen3").Encode("<|im_start|>user"), tokenizer.Encode("<|im_start|>user"));
    }

    [Fact]
    public void Vocabulary_tokens_map_to_ids_and_back_in_byte_level_form()
    {
        HfTokenizer tokenizer = Tokenizers.Get("llama3");
        int id = tokenizer.Encode(" world").Single();

        Assert.Equal("Ġworld", tokenizer.IdToToken(id));
        Assert.Equal(id, tokenizer.TokenToId("Ġworld"));
        Assert.Null(tokenizer.TokenToId("not a token"));
    }

    [Fact]
    public void Decoding_part_of_a_character_gives_the_replacement_character()
    {
        HfTokenizer tokenizer = Tokenizers.Get("qwen3");
        IReadOnlyList<int> ids = tokenizer.Encode("\U00013000");

        Assert.True(ids.Count > 1);
        Assert.EndsWith("\uFFFD", tokenizer.Decode(ids.Take(ids.Count - 1)));
    }

    [Fact]
    public void Decoding_an_unknown_id_fails()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tokenizers.Get("qwen3").Decode([1, 10_000_000]));
    }

    [Fact]
    public void Concurrent_encoding_gives_the_same_ids()
    {
        HfTokenizer tokenizer = Tokenizers.Get("llama3");
        (string Text, int[] Ids)[] cases = [.. ReferenceCases.Encode("llama3")];

        Parallel.For(0, 400, i => Assert.Equal(cases[i % cases.Length].Ids, tokenizer.Encode(cases[i % cases.Length].Text)));
    }
}
