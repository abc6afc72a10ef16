namespace DivPO.Jinja.Tests.Lexing;

/// <summary>String and number literals: escapes, concatenation, numeric forms.</summary>
public sealed class LiteralTests
{
    [Theory]
    [InlineData("{{ 'abc' 'def' }}", "abcdef")]
    [InlineData("{{ \"a\\nb\\tc\\\\d\\x41\\u00e9\\'\" }}", "a\nb\tc\\dAé'")]
    [InlineData("{{ '\\d' }}{{ '\\101' }}", "\\dA")]
    [InlineData("{{ \"it's\" }}{{ 'say \"hi\"' }}", "it'ssay \"hi\"")]
    [InlineData("{{ '{{' }}{{ \"}}\" }}{{ '%}' }}", "{{}}%}")]
    [InlineData("{{ 1_000 }} {{ 0x10 }} {{ 0o17 }} {{ 0b101 }}", "1000 16 15 5")]
    [InlineData("{{ 1.5e3 }} {{ 2E-2 }} {{ 1.0 }} {{ 42 }}", "1500.0 0.02 1.0 42")]
    [InlineData("{{ true }} {{ True }} {{ false }} {{ none }} {{ None }}", "True True False None None")]
    [InlineData("{{ [1, 2, ] }}{{ {'a': 1, } }}{{ (1, 2, ) }}{{ (1,) }}{{ () }}", "[1, 2]{'a': 1}(1, 2)(1,)()")]
    [InlineData("{{ {'a': {'b': 1}} }}{{ {'a': 1}['a'] }}", "{'a': {'b': 1}}1")]
    public void Lexes_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));
}
