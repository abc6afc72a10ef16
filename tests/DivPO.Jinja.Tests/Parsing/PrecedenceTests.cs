namespace DivPO.Jinja.Tests.Parsing;

/// <summary>Operator precedence and associativity as in jinja2/parser.py, quirks included.</summary>
public sealed class PrecedenceTests
{
    [Theory]
    [InlineData("{{ 1 + 2 * 3 }}", "7")]
    [InlineData("{{ 2 ** 3 ** 2 }}", "64")]
    [InlineData("{{ -2 ** 2 }}{{ (-2) ** 2 }}", "44")]
    [InlineData("{{ -3|abs }}", "3")]
    [InlineData("{{ [1, 2, 3]|length - 1 }}", "2")]
    [InlineData("{{ 2 * 3 ~ 4 }}", "64")]
    [InlineData("{{ 1 ~ 2 * 3 }}", "16")]
    [InlineData("{{ not 1 == 2 }}", "True")]
    [InlineData("{{ not x is defined }}", "True")]
    [InlineData("{{ 1 < 2 < 3 }}{{ 1 < 3 < 2 }}", "TrueFalse")]
    [InlineData("{{ 'b' in 'abc' and 'z' not in 'abc' }}", "True")]
    [InlineData("{{ 0 or 1 and 2 }}", "2")]
    [InlineData("{{ 'a' if false else 'b' if false else 'c' }}", "c")]
    [InlineData("{{ 'x' if false }}|", "|")]
    [InlineData("{{ 1, 2 }}", "(1, 2)")]
    [InlineData("{{ 7 is odd and 7 is not even }}", "True")]
    [InlineData("{{ 9 is divisibleby 3 }}{{ none is sameas none }}", "TrueTrue")]
    [InlineData("{{ ('a' ~ 'b')|upper }}{{ 'a' ~ 'b'|upper }}", "ABaB")]
    public void Binds_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Fact]
    public void Concatenation_binds_tighter_than_addition() =>
        Assert.Equal("can only concatenate str (not \"int\") to str", Jinja.Failure("{{ 'a' ~ 1 + 2 }}").Description);
}
