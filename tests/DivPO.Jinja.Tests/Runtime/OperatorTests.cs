namespace DivPO.Jinja.Tests.Runtime;

/// <summary>Arithmetic, comparison and membership with Python's int/float rules and truthiness.</summary>
public sealed class OperatorTests
{
    [Theory]
    [InlineData("{{ 7 / 2 }} {{ 6 / 3 }} {{ 7 // 2 }} {{ -7 // 2 }} {{ 7.5 // 2 }} {{ 7 % -3 }} {{ -7.5 % 2 }} {{ 2 ** -1 }} {{ 2 ** 10 }}", "3.5 2.0 3 -4 3.0 -2 0.5 0.5 1024")]
    [InlineData("{{ 1 + 2 }} {{ 1 + 2.0 }} {{ true + true }} {{ 0.1 + 0.2 }} {{ 1 / 3 }} {{ 1e16 }} {{ 1e-5 }} {{ 0.0001 }} {{ -0.0 }}", "3 3.0 2 0.30000000000000004 0.3333333333333333 1e+16 1e-05 0.0001 -0.0")]
    [InlineData("{{ 'a' + 'b' }}{{ [1] + [2] }}{{ 'ab' * 2 }}{{ 2 * 'ab' }}{{ [0] * 2 }}{{ (1,) + (2,) }}", "ab[1, 2]abababab[0, 0](1, 2)")]
    [InlineData("{{ 'a' ~ 1 ~ none ~ true ~ missing ~ 1.5 ~ [1] }}", "a1NoneTrue1.5[1]")]
    [InlineData("{{ 1 == 1.0 }}{{ true == 1 }}{{ [1, 2] == [1, 2] }}{{ (1, 2) == [1, 2] }}{{ {'a': 1, 'b': 2} == {'b': 2, 'a': 1} }}{{ none == false }}", "TrueTrueTrueFalseTrueFalse")]
    [InlineData("{{ 'a' < 'b' }}{{ [1, 2] < [1, 3] }}{{ 2 >= 2.0 }}{{ 'B' < 'a' }}{{ (1, 2) <= (1, 2) }}", "TrueTrueTrueTrueTrue")]
    [InlineData("{{ 'a' in 'abc' }}{{ 1 in [1, 2] }}{{ 'k' in {'k': 0} }}{{ 2 not in (1, 3) }}{{ 1.0 in [1] }}", "TrueTrueTrueTrueTrue")]
    [InlineData("{{ 1 and 2 }}{{ 0 and 2 }}{{ 0 or 'x' }}[{{ '' or none }}]{{ not 0 }}{{ not 'a' }}{{ [] or 'empty' }}", "20x[None]TrueFalseempty")]
    [InlineData("{{ [1, 2, 3][::-1] }}{{ [1, 2, 3][1:] }}{{ [1, 2, 3][:-1] }}{{ 'abcdef'[1:5:2] }}{{ 'abcdef'[-2:] }}[{{ 'abc'[10:] }}]{{ [3, 1, 2][5:1:-1] }}{{ 'a😀b'[::-1] }}{{ 'a😀b'[1] }}",
        "[3, 2, 1][2, 3][1, 2]bdef[][2]b😀a😀")]
    [InlineData("{{ [3, 1][0] }}{{ [3, 1][-1] }}{{ 'abc'[1] }}{{ {'a': [{'b': 'deep'}]}.a[0].b }}{{ [[1, 2]].0.1 }}", "31bdeep2")]
    [InlineData("{{ 2 ** 62 }} {{ (-3) ** 39 }} {{ 1 ** 1000000000000 }} {{ 0 ** 0 }} {{ (-1) ** 999999999999 }}", "4611686018427387904 -4052555153018976267 1 1 -1")]
    public void Computes_like_python(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Theory]
    [InlineData("{{ 'a' + 1 }}", "can only concatenate str (not \"int\") to str")]
    [InlineData("{{ 1 + 'a' }}", "unsupported operand type(s) for +: 'int' and 'str'")]
    [InlineData("{{ none + 1 }}", "unsupported operand type(s) for +: 'NoneType' and 'int'")]
    [InlineData("{{ 1 / 0 }}", "division by zero")]
    [InlineData("{{ 1 // 0 }}", "integer division or modulo by zero")]
    [InlineData("{{ [1] < 'a' }}", "'<' not supported between instances of 'list' and 'str'")]
    [InlineData("{{ 1 in 'abc' }}", "'in <string>' requires string as left operand, not int")]
    [InlineData("{{ 1 in none }}", "argument of type 'NoneType' is not iterable")]
    [InlineData("{{ [1][::0] }}", "slice step cannot be zero")]
    public void Rejects_what_python_rejects(string template, string description) =>
        Assert.Equal(description, Jinja.Failure(template).Description);

    [Theory]
    [InlineData("{{ 2 ** 64 }}")]
    [InlineData("{{ 9223372036854775807 + 1 }}")]
    [InlineData("{{ -9223372036854775807 * 2 }}")]
    public void Fails_rather_than_wrapping_beyond_64_bit_integers(string template) =>
        Assert.Equal("integer result too large (beyond 64 bits)", Jinja.Failure(template).Description);
}
