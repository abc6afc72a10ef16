using System.Text.Json;
using DivPO.Tests;

namespace DivPO.Models.Tests.Support;

/// <summary>One case of a tiny model's expected.json: the chat messages, their token ids and the reference outputs.</summary>
internal sealed record FixtureCase(IReadOnlyList<(string Role, string Content)> Messages, int[] Ids, double? Score, double[]? TokenLogprobs);

/// <summary>The tiny checkpoints under ../shared/fixtures/models with their reference outputs.</summary>
internal static class ModelFixture
{
    public const double Tolerance = 1e-3;

    public static string Directory(string name) => RepoPaths.Fixture("models", name);

    public static IReadOnlyList<FixtureCase> Cases(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Directory(name), "expected.json")));
        return json.RootElement.GetProperty("cases").EnumerateArray().Select(c => new FixtureCase(
            c.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, m.GetProperty("content").GetString()!)).ToList(),
            c.GetProperty("ids").EnumerateArray().Select(i => i.GetInt32()).ToArray(),
            c.TryGetProperty("score", out var score) ? score[0].GetDouble() : null,
            c.TryGetProperty("token_logprobs", out var logprobs) ? logprobs.EnumerateArray().Select(v => v.GetDouble()).ToArray() : null)).ToList();
    }
}
