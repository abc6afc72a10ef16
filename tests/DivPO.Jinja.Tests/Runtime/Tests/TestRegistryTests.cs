namespace DivPO.Jinja.Tests.Runtime.Tests;

/// <summary>The <c>is</c> tests, including Python's view of bools as numbers and of undefined as iterable.</summary>
public sealed class TestRegistryTests
{
    [Theory]
    [InlineData("{{ 1 is defined }}{{ missing is defined }}{{ missing is undefined }}{{ none is none }}{{ 0 is not none }}", "TrueFalseTrueTrueTrue")]
    [InlineData("{{ 1 is number }}{{ true is number }}{{ 1 is integer }}{{ true is integer }}{{ 1.0 is float }}{{ 1 is float }}", "TrueTrueTrueFalseTrueFalse")]
    [InlineData("{{ true is boolean }}{{ 1 is boolean }}{{ true is true }}{{ 1 is true }}{{ false is false }}{{ 0 is false }}", "TrueFalseTrueFalseTrueFalse")]
    [InlineData("{{ 'a' is string }}{{ {} is mapping }}{{ [] is mapping }}{{ [] is iterable }}{{ 1 is iterable }}{{ 'a' is sequence }}{{ {} is sequence }}{{ missing is iterable }}", "TrueTrueFalseTrueFalseTrueTrueTrue")]
    [InlineData("{{ 3 is odd }}{{ 4 is even }}{{ 9 is divisibleby(3) }}{{ 9 is divisibleby 4 }}{{ 3.0 is odd }}", "TrueTrueTrueFalseTrue")]
    [InlineData("{{ 1 is eq 1 }}{{ 1 is equalto 1.0 }}{{ 1 is ne 2 }}{{ 1 is lt 2 }}{{ 1 is lessthan 0 }}{{ 3 is gt 2 }}{{ 2 is ge 2 }}{{ 2 is le 1 }}{{ 1 is in [1] }}", "TrueTrueTrueTrueFalseTrueTrueFalseTrue")]
    [InlineData("{{ 'abc' is lower }}{{ 'ABC' is upper }}{{ 'aBc' is lower }}{{ '1' is lower }}", "TrueTrueFalseFalse")]
    [InlineData("{{ range is callable }}{{ 'a'.upper is callable }}{{ 1 is callable }}{{ none is sameas none }}{{ [] is sameas [] }}", "TrueTrueFalseTrueFalse")]
    [InlineData("{{ 'upper' is filter }}{{ 'nope' is filter }}{{ 'odd' is test }}{{ false is escaped }}", "TrueFalseTrueFalse")]
    public void Tests_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Fact]
    public void Unknown_test_fails_when_used() =>
        Assert.Equal("No test named 'nosuchtest'.", Jinja.Failure("{{ 1 is nosuchtest }}").Description);
}
