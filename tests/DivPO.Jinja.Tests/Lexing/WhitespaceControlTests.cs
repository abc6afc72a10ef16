namespace DivPO.Jinja.Tests.Lexing;

/// <summary>trim_blocks, lstrip_blocks, <c>-</c>/<c>+</c> modifiers and newline handling, as Hugging Face configures Jinja.</summary>
public sealed class WhitespaceControlTests
{
    [Theory]
    [InlineData("a\n  {% if true %}\n  b\n  {% endif %}\nc", "a\n  b\nc")]
    [InlineData("a\n  {%- if true %}\n  b\n  {% endif -%}\nc", "a  b\nc")]
    [InlineData("a\n  {%+ if true %}\n  b\n  {% endif +%}\nc", "a\n    b\n\nc")]
    [InlineData("  {{ 'x' }}  \n  {{- 'y' -}}  \n z", "  xyz")]
    [InlineData("{# comment #}\nline\n  {# indented comment #}\nafter\n{#- strip -#}\n  end", "line\nafterend")]
    [InlineData("{% for i in [1,2] %}\n  item {{ i }}\n{% endfor %}\n", "  item 1\n  item 2\n")]
    [InlineData("  {% if true %}x{% endif %}  y", "x  y")]
    [InlineData("x  {% if true %}y{% endif %}", "x  y")]
    [InlineData("{{ 'a' -}}\n\n{{- 'b' }}", "ab")]
    [InlineData("{{ 'a' }}\n{{ 'b' }}\n", "a\nb")]
    [InlineData("\t{% set x = 1 %}\n\t{{ x }}", "\t1")]
    [InlineData("a\n{% if false %}\nb\n{% else %}\nc\n{% endif %}\nd", "a\nc\nd")]
    public void Trims_like_huggingface(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Theory]
    [InlineData("{% for i in [1,2] %}\n  item {{ i }}\n{% endfor %}\n\n", "  item 1\n  item 2\n")]
    [InlineData("text\n", "text")]
    [InlineData("text\n\n", "text\n")]
    public void Drops_exactly_one_trailing_newline(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Fact]
    public void Normalizes_windows_newlines() =>
        Assert.Equal("x\ny\nz\n", Jinja.Render("x\r\ny\r\n{% if true %}\r\nz\r\n{% endif %}\r\n"));

    [Theory]
    [InlineData("  {% raw %}  {{ x }}\n  {% endraw %}\nafter", "  {{ x }}\nafter")]
    [InlineData("a {%- raw -%}  {{ x }}  {%- endraw -%} b", "a{{ x }}b")]
    public void Keeps_raw_blocks_verbatim(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Fact]
    public void Keeps_whitespace_inside_output_tags_and_text()
    {
        Assert.Equal("a  1  b", Jinja.Render("a  {{ 1 }}  b"));
    }
}
