namespace DivPO.Jinja.Tests.Runtime;

/// <summary>Jinja's scoping: loop bodies and macros get their own scope, if-blocks do not; namespace() escapes loops.</summary>
public sealed class ScopeTests
{
    [Theory]
    [InlineData("{% for i in [1, 2] %}{% set q = i %}{% endfor %}[{{ q }}]", "[]")]
    [InlineData("{% set y = 1 %}{% for i in range(2) %}{{ y }}{% set y = 2 %}{{ y }}{% endfor %}{{ y }}", "12121")]
    [InlineData("{% for i in range(3) %}{{ x2 is defined }}{% set x2 = i %}{% endfor %}", "FalseFalseFalse")]
    [InlineData("{% if true %}{% set q = 1 %}{% endif %}{{ q }}", "1")]
    [InlineData("{% set ns = namespace(last=none) %}{% for i in range(3) %}{% set ns.last = i %}{% endfor %}{{ ns.last }}", "2")]
    [InlineData("{% set ns = namespace({'a': 1}, b=2) %}{% set ns.a = ns.a + ns.b %}{{ ns.a }}{{ ns.c }}", "3")]
    [InlineData("{% with a = 1, b = 2 %}{{ a + b }}{% endwith %}[{{ a }}]", "3[]")]
    [InlineData("{% set a = 5 %}{% with a = a + 1 %}{{ a }}{% endwith %}{{ a }}", "65")]
    [InlineData("{% set a, b = 1, 2 %}{{ a }}{{ b }}{% set t = 1, 2 %}{{ t }}", "12(1, 2)")]
    [InlineData("{% set x %}hello {{ 1 + 1 }}{% endset %}[{{ x }}]{% set y | upper %}abc{% endset %}{{ y }}", "[hello 2]ABC")]
    [InlineData("{% generation %}gen {{ 1 }}{% set hidden = 1 %}{% endgeneration %}[{{ hidden }}]", "gen 1[]")]
    public void Scopes_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Fact]
    public void Refuses_attribute_assignment_on_anything_but_a_namespace() =>
        Assert.Equal("cannot assign attribute on non-namespace object",
            Jinja.Failure("{% set d = {} %}{% set d.x = 1 %}").Description);

    [Fact]
    public void Leaves_the_callers_values_untouched()
    {
        var messages = new List<object?> { new Dictionary<string, object?> { ["role"] = "user" } };

        Jinja.Render("{% set messages = [] %}{% for m in messages %}{% endfor %}", ("messages", messages));

        Assert.Single(messages);
    }
}
