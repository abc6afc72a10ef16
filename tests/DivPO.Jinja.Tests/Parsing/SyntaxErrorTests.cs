namespace DivPO.Jinja.Tests.Parsing;

/// <summary>Syntax errors fail at parse time with Jinja's wording and the line and column of the offending token.</summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("{{ 1 + }}", "unexpected 'end of print statement'", 1, 8)]
    [InlineData("line1\nline2 {{ 1 +* 2 }}", "unexpected '*'", 2, 13)]
    [InlineData("{% if true %}no end", "Unexpected end of template. Jinja was looking for the following tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'.", 1, 20)]
    [InlineData("{% for x in l %}\n  {% endif %}", "Encountered unknown tag 'endif'. Jinja was looking for the following tags: 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.", 2, 6)]
    [InlineData("{% foo %}", "Encountered unknown tag 'foo'.", 1, 4)]
    [InlineData("{{ x", "unexpected end of template, expected 'end of print statement'", 1, 5)]
    [InlineData("{{ a b }}", "expected token 'end of print statement', got 'b'", 1, 6)]
    [InlineData("{{ (1, 2 }}", "unexpected '}', expected ')'", 1, 10)]
    [InlineData("{# no end", "Missing end of comment tag", 1, 1)]
    [InlineData("{% break %}", "'break' outside loop", 1, 4)]
    [InlineData("{% macro m(a=1, b) %}{% endmacro %}", "non-default argument follows default argument", 1, 18)]
    [InlineData("{% set 1 = 2 %}", "can't assign to 'const'", 1, 8)]
    [InlineData("{{ 'open }}", "unterminated string literal", 1, 4)]
    [InlineData("{% include 'x' %}", "the 'include' tag is not supported in chat templates", 1, 4)]
    [InlineData("{% for i in l %}{% macro m() %}{% break %}{% endmacro %}{% endfor %}", "'break' outside loop", 1, 35)]
    public void Reports_the_problem_and_where(string template, string description, int line, int column)
    {
        var error = Assert.Throws<JinjaException>(() => JinjaTemplate.Parse(template));

        Assert.Equal(description, error.Description);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal($"{description} (at line {line}, column {column})", error.Message);
    }

    [Fact]
    public void Defers_unknown_filters_to_render_time_like_jinja()
    {
        var template = JinjaTemplate.Parse("{% if fail %}{{ x | no_such_filter }}{% endif %}ok");

        Assert.Equal("ok", template.Render(new Dictionary<string, object?> { ["fail"] = false }));
        var error = Assert.Throws<JinjaException>(() => template.Render(new Dictionary<string, object?> { ["fail"] = true }));
        Assert.Equal("No filter named 'no_such_filter'.", error.Description);
    }
}
