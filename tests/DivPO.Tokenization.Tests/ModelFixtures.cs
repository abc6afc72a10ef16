using System.Text.Json;
using DivPO.Core.Pools;
using DivPO.Tests;

namespace DivPO.Tokenization.Tests;

/// <summary>The tiny checkpoints in ../shared/fixtures/models, whose expected.json gives each conversation's ids.</summary>
internal static class ModelFixtures
{
    public static readonly string[] Names = ["tiny-qwen3-rm", "tiny-llama3-rm", "tiny-qwen3-lm"];

    public static string Directory(string name) => RepoPaths.Fixture("models", name);

    public static TheoryData<string, int> Rows()
    {
        var rows = new TheoryData<string, int>();
        foreach (string name in Names)
        {
            for (int i = 0; i < Cases(name).Count; i++)
            {
                rows.Add(name, i);
            }
        }

        return rows;
    }

    public static List<(ChatMessage[] Messages, int[] Ids)> Cases(string name)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory(name), "expected.json")));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(c => (ReferenceCases.Messages(c), ReferenceCases.Ids(c)))];
    }
}
