namespace DivPO.Jinja.Tests.Runtime;

/// <summary>range, dict, namespace, and Hugging Face's raise_exception and strftime_now.</summary>
public sealed class GlobalsTests
{
    [Theory]
    [InlineData("{{ range(3)|list }}{{ range(1, 10, 3)|list }}{{ range(5, 0, -2)|list }}{{ range(0)|list }}", "[0, 1, 2][1, 4, 7][5, 3, 1][]")]
    [InlineData("{{ dict(a=1, b=2) }}{{ dict([('x', 1)]) }}{{ dict({'k': 'v'}, z=0) }}", "{'a': 1, 'b': 2}{'x': 1}{'k': 'v', 'z': 0}")]
    [InlineData("{% set ns = namespace(a=1) %}{{ ns.a }}{{ ns }}", "1<Namespace {'a': 1}>")]
    public void Behave_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Fact]
    public void Raise_exception_fails_with_exactly_the_templates_message()
    {
        var error = Jinja.Failure("line one\n{% if true %}{{ raise_exception('Conversation roles must alternate') }}{% endif %}");

        Assert.Equal("Conversation roles must alternate", error.Description);
        Assert.Equal(2, error.Line);
        Assert.Equal(17, error.Column);
    }

    [Fact]
    public void Strftime_now_formats_the_current_time()
    {
        var before = DateTime.Now;
        var rendered = Jinja.Render("{{ strftime_now('%Y-%m-%d') }}");
        var after = DateTime.Now;

        Assert.Contains(rendered, new[] { before.ToString("yyyy-MM-dd"), after.ToString("yyyy-MM-dd") });
    }

    [Theory]
    [InlineData("{{ range(200000)|length }}", "Range too big. The sandbox blocks ranges larger than MAX_RANGE (100000).")]
    [InlineData("{{ range(1, 2, 0) }}", "range() arg 3 must not be zero")]
    [InlineData("{{ range('a') }}", "'str' object cannot be interpreted as an integer")]
    public void Rejects_what_python_rejects(string template, string description) =>
        Assert.Equal(description, Jinja.Failure(template).Description);
}
