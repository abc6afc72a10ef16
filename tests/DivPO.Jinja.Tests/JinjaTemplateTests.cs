using System.Text.Json;

namespace DivPO.Jinja.Tests;

/// <summary>The public API: parse once, render many times with plain .NET values; errors as JinjaException.</summary>
public sealed class JinjaTemplateTests
{
    [Fact]
    public void Accepts_plain_dotnet_values()
    {
        var variables = new Dictionary<string, object?>
        {
            ["i"] = 3,
            ["f"] = 2.5f,
            ["m"] = 1.25m,
            ["c"] = 'x',
            ["array"] = new[] { "a", "b" },
            ["list"] = new List<int> { 1, 2 },
            ["map"] = new Dictionary<string, object?> { ["k"] = new Dictionary<string, int> { ["n"] = 1 } },
            ["json"] = JsonDocument.Parse("""{"j": [1]}""").RootElement,
        };

        var rendered = JinjaTemplate.Parse("{{ i + 1 }} {{ f }} {{ m }} {{ c }} {{ array }} {{ list|sum }} {{ map.k.n }} {{ json.j }}").Render(variables);

        Assert.Equal("4 2.5 1.25 x ['a', 'b'] 3 1 [1]", rendered);
    }

    [Fact]
    public void Renders_the_same_parse_many_times_and_concurrently()
    {
        var template = JinjaTemplate.Parse("{% for m in messages %}{{ m.role }}:{{ m.content }};{% endfor %}");

        var results = Enumerable.Range(0, 64).AsParallel().Select(i => template.Render(new Dictionary<string, object?>
        {
            ["messages"] = new List<object?> { new Dictionary<string, object?> { ["role"] = "user", ["content"] = i } },
        })).ToList();

        Assert.Equal(Enumerable.Range(0, 64).Select(i => $"user:{i};"), results);
    }

    [Fact]
    public void Reports_runtime_errors_with_the_failing_expressions_position()
    {
        var template = JinjaTemplate.Parse("{% for m in messages %}\n  {{ m.content + 1 }}\n{% endfor %}");

        var error = Assert.Throws<JinjaException>(() => template.Render(new Dictionary<string, object?>
        {
            ["messages"] = new List<object?> { new Dictionary<string, object?> { ["content"] = "text" } },
        }));

        Assert.Equal("can only concatenate str (not \"int\") to str", error.Description);
        Assert.Equal((2, 16), (error.Line, error.Column));
    }

    [Fact]
    public void Refuses_values_it_cannot_represent()
    {
        var error = Assert.Throws<JinjaException>(() =>
            JinjaTemplate.Parse("{{ x }}").Render(new Dictionary<string, object?> { ["x"] = new object() }));

        Assert.Contains("System.Object", error.Message);
    }
}
