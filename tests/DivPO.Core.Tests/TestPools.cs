using DivPO.Core.Pools;

namespace DivPO.Core.Tests;

/// <summary>Pools built in memory, for tests of what happens after reading.</summary>
internal static class TestPools
{
    public static Pool Create(string promptId, params (string Text, double? Reward)[] responses) => Create(0, promptId, responses);

    public static Pool Create(long ordinal, string promptId, params (string Text, double? Reward)[] responses)
    {
        var source = new SourceLocation("test.jsonl", ordinal + 1);
        return new Pool
        {
            Ordinal = ordinal,
            PromptId = promptId,
            Prompt = Prompt.FromText($"prompt {promptId}"),
            Responses = responses.Select((r, i) => new Response { Text = r.Text, Reward = r.Reward, Source = source.WithField($"responses[{i}]") }).ToList(),
            Source = source,
            Records = [new SourceRecord(ordinal + 1, "{}")],
        };
    }
}
