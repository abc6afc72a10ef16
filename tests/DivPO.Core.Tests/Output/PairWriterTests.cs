using System.Text;
using System.Text.Json;
using DivPO.Core.Output;
using DivPO.Core.Pools;

namespace DivPO.Core.Tests.Output;

public sealed class PairWriterTests
{
    private static string Write(PairFormat format, Pool pool, string? rejectedGuard = null)
    {
        using var stream = new MemoryStream();
        var writer = new PairWriter(stream, format, "divpo", "word-frequency");
        writer.Write(new PreferencePair(pool, pool.Responses[0], pool.Responses[1], 0.75, 0.125, rejectedGuard));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Standard_format_is_TRL_explicit_prompt_with_provenance()
    {
        var pool = TestPools.Create("q1", ("Bonjour — ça va ? \"oui\"", 0.9), ("No", 0.1));

        var line = Write(PairFormat.Standard, pool);

        Assert.Equal(
            "{\"prompt_id\":\"q1\",\"prompt\":\"prompt q1\",\"chosen\":\"Bonjour — ça va ? \\\"oui\\\"\",\"rejected\":\"No\","
            + "\"chosen_reward\":0.9,\"rejected_reward\":0.1,\"chosen_diversity\":0.75,\"rejected_diversity\":0.125,"
            + "\"strategy\":\"divpo\",\"criterion\":\"word-frequency\"}\n",
            line);
    }

    [Fact]
    public void Conversational_format_writes_messages()
    {
        var pool = TestPools.Create("q1", ("yes", 1), ("no", 0));

        using var json = JsonDocument.Parse(Write(PairFormat.Conversational, pool));
        var root = json.RootElement;

        Assert.Equal("user", root.GetProperty("prompt")[0].GetProperty("role").GetString());
        Assert.Equal("prompt q1", root.GetProperty("prompt")[0].GetProperty("content").GetString());
        Assert.Equal("assistant", root.GetProperty("chosen")[0].GetProperty("role").GetString());
        Assert.Equal("no", root.GetProperty("rejected")[0].GetProperty("content").GetString());
    }

    [Fact]
    public void A_messages_prompt_stays_messages_in_the_standard_format()
    {
        var text = TestPools.Create("q1", ("yes", 1), ("no", 0));
        var pool = new Pool
        {
            Ordinal = 0, PromptId = "q1", Source = text.Source, Records = text.Records, Responses = text.Responses,
            Prompt = Prompt.FromMessages([new ChatMessage("system", "Be brief."), new ChatMessage("user", "Hi")]),
        };

        using var json = JsonDocument.Parse(Write(PairFormat.Standard, pool));

        Assert.Equal(2, json.RootElement.GetProperty("prompt").GetArrayLength());
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("chosen").ValueKind);
    }

    [Fact]
    public void A_guarded_rejected_response_is_marked()
    {
        using var json = JsonDocument.Parse(Write(PairFormat.Standard, TestPools.Create("q", ("a b", 1), ("c", 2)), "cross-pool"));

        Assert.Equal("cross-pool", json.RootElement.GetProperty("rejected_guard").GetString());
    }
}
