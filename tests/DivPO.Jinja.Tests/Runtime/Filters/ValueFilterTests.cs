namespace DivPO.Jinja.Tests.Runtime.Filters;

public sealed class ValueFilterTests
{
    [Theory]
    [InlineData("{{ missing|default('d') }}|{{ ''|default('d') }}|{{ ''|default('d', true) }}|{{ none|d('x') }}|{{ missing|d }}", "d||d|None|")]
    [InlineData("{{ {'a': 'x'}|tojson }}{{ 'é'|tojson }}{{ [1, 'a', {'b': true, 'c': none}]|tojson }}", "{\"a\": \"x\"}\"é\"[1, \"a\", {\"b\": true, \"c\": null}]")]
    [InlineData("{{ [1, {'b': [true]}]|tojson(indent=2) }}", "[\n  1,\n  {\n    \"b\": [\n      true\n    ]\n  }\n]")]
    [InlineData("{{ {'b': 1, 'a': 2}|tojson(sort_keys=true) }}{{ [1, 2]|tojson(separators=(',', ':')) }}{{ []|tojson(indent=2) }}{{ {}|tojson(indent=2) }}", "{\"a\": 2, \"b\": 1}[1,2][]{}")]
    [InlineData("{{ 'a\"\\\\\\n\\t\\x01\\x7f\\u2028'|tojson }}{{ 'é😀'|tojson(ensure_ascii=true) }}", "\"a\\\"\\\\\\n\\t\\u0001\u007f\u2028\"\"\\u00e9\\ud83d\\ude00\"")]
    [InlineData("{{ 1.0|tojson }} {{ 1e20|tojson }} {{ 0.1|tojson }} {{ {1: 'x', none: 'y'}|tojson }}", "1.0 1e+20 0.1 {\"1\": \"x\", \"null\": \"y\"}")]
    [InlineData("{{ {'a': 1}|attr('get') is callable }}{{ 'x'|string }}{{ 1|string }}{{ none|string }}", "Truex1None")]
    public void Renders_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Fact]
    public void String_of_a_container_is_json_as_in_huggingface_jinja()
    {
        Assert.Equal("[{\"a\": true, \"b\": null}]", Jinja.Render("{{ [{'a': true, 'b': none}]|string }}"));
        Assert.Equal("[{'a': True, 'b': None}]", Jinja.Render("{{ [{'a': true, 'b': none}] }}"));
    }

    [Fact]
    public void Tojson_refuses_undefined() =>
        Assert.Equal("Object of type Undefined is not JSON serializable", Jinja.Failure("{{ missing|tojson }}").Description);
}
