namespace DivPO.Jinja.Tests.Runtime;

/// <summary>
/// Undefined values print as nothing, are falsy, iterate as empty and fail on arithmetic or calls with the reason
/// they are undefined. Unlike Python's default Undefined (but like @huggingface/jinja) attributes of undefined
/// are undefined too, so <c>a.b.c is defined</c> is safe.
/// </summary>
public sealed class UndefinedTests
{
    [Theory]
    [InlineData("[{{ missing }}][{{ missing.attr.deeper }}][{{ missing['k'] }}][{{ {}.k }}][{{ [1][5] }}]", "[][][][][]")]
    [InlineData("{{ missing is defined }}{{ missing.a.b is defined }}{{ {'a': {}}.a.b is defined }}", "FalseFalseFalse")]
    [InlineData("{{ missing ~ 'x' }}{{ 'x' if missing else 'y' }}{{ not missing }}{{ missing|length }}{{ missing|default('d') }}", "xyTrue0d")]
    [InlineData("{% for x in missing %}{{ x }}{% else %}empty{% endfor %}{{ 'a' in missing }}{{ missing == missing }}{{ missing == none }}", "emptyFalseTrueFalse")]
    public void Prints_as_nothing_and_chains(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Theory]
    [InlineData("{{ missing + 1 }}", "'missing' is undefined")]
    [InlineData("{{ missing() }}", "'missing' is undefined")]
    [InlineData("{{ {}.content.strip() }}", "'dict object' has no attribute 'content'")]
    [InlineData("{{ missing < 1 }}", "'missing' is undefined")]
    [InlineData("{{ -missing }}", "'missing' is undefined")]
    [InlineData("{% macro m(a) %}{{ a + 1 }}{% endmacro %}{{ m() }}", "parameter 'a' was not provided")]
    public void Fails_on_use_with_the_reason(string template, string description) =>
        Assert.Equal(description, Jinja.Failure(template).Description);
}
