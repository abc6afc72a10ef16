using System.Text.Json;
using DivPO.Core.Pools;
using DivPO.Tests;

namespace DivPO.Tokenization.Tests;

/// <summary>The reference outputs in ../shared/fixtures/tokenizers/{name}/cases.json (see the fixtures README).</summary>
internal static class ReferenceCases
{
    public static readonly string[] TokenizerNames = ["qwen3", "llama3"];

    public static string Directory(string name) => RepoPaths.Fixture("tokenizers", name);

    public static IEnumerable<(string Text, int[] Ids)> Encode(string name) =>
        Read(name, "encode").Select(c => (c.GetProperty("text").GetString()!, Ids(c)));

    public static IEnumerable<(ChatMessage[] Messages, string Rendered, int[] Ids)> Chat(string name) =>
        Read(name, "chat").Select(c => (Messages(c), c.GetProperty("rendered").GetString()!, Ids(c)));

    /// <summary>The one conversation each fixture renders with <c>add_generation_prompt</c>.</summary>
    public static (ChatMessage[] Messages, string Rendered) GenerationPrompt(string name)
    {
        JsonElement c = Root(name).GetProperty("generation_prompt");
        return (Messages(c), c.GetProperty("rendered").GetString()!);
    }

    /// <summary>xunit rows (tokenizer name, case index) for every case of a kind, so each case is its own test.</summary>
    public static TheoryData<string, int> Rows(string kind)
    {
        var rows = new TheoryData<string, int>();
        foreach (string name in TokenizerNames)
        {
            for (int i = 0; i < Read(name, kind).Count; i++)
            {
                rows.Add(name, i);
            }
        }

        return rows;
    }

    public static ChatMessage[] Messages(JsonElement c) =>
        [.. c.GetProperty("messages").EnumerateArray().Select(m => new ChatMessage(m.GetProperty("role").GetString()!, m.GetProperty("content").GetString()!))];

    public static int[] Ids(JsonElement c) => [.. c.GetProperty("ids").EnumerateArray().Select(i => i.GetInt32())];

    private static List<JsonElement> Read(string name, string kind) => [.. Root(name).GetProperty(kind).EnumerateArray()];

    private static JsonElement Root(string name)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory(name), "cases.json")));
        return document.RootElement.Clone();
    }
}
