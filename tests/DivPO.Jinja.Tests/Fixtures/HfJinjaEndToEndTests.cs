using System.Text.Json;
using DivPO.Tests;

namespace DivPO.Jinja.Tests.Fixtures;

/// <summary>The 52 real chat templates of @huggingface/jinja's end-to-end suite must render byte for byte.</summary>
public sealed class HfJinjaEndToEndTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Cases = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("chat-templates", "hf-jinja-e2e.json")));
        return document.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone());
    });

    public static TheoryData<string> CaseNames() => new(Cases.Value.Keys);

    [Fact]
    public void Suite_has_all_52_cases() => Assert.Equal(52, Cases.Value.Count);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Renders_like_the_reference(string name)
    {
        var testCase = Cases.Value[name];
        var template = JinjaTemplate.Parse(testCase.GetProperty("chat_template").GetString()!);
        var variables = (IReadOnlyDictionary<string, object?>)JinjaValues.FromJson(testCase.GetProperty("data"))!;

        var rendered = template.Render(variables);

        Assert.Equal(testCase.GetProperty("target").GetString(), rendered);
    }
}
