namespace DivPO.Jinja.Tests.Runtime;

/// <summary>Macros: defaults, keyword arguments, varargs/kwargs, caller, closures, recursion.</summary>
public sealed class MacroTests
{
    [Theory]
    [InlineData("{% macro m(a, b=a+1) %}{{ a }}{{ b }}{% endmacro %}{{ m(1) }}|{{ m(1, 5) }}|{{ m(b=3, a=2) }}", "12|15|23")]
    [InlineData("{% macro m(a) %}[{{ a }}]{% endmacro %}{{ m() }}", "[]")]
    [InlineData("{% macro va() %}{{ varargs }}{{ kwargs }}{% endmacro %}{{ va(1, 2, k=3) }}", "(1, 2){'k': 3}")]
    [InlineData("{% macro outer() %}[{{ caller() }}]{% endmacro %}{% call outer() %}inside{% endcall %}", "[inside]")]
    [InlineData("{% macro each(items) %}{% for i in items %}{{ caller(i) }}{% endfor %}{% endmacro %}{% call(v) each([1, 2]) %}<{{ v }}>{% endcall %}", "<1><2>")]
    [InlineData("{% macro rec(n) %}{% if n > 0 %}{{ n }}{{ rec(n - 1) }}{% endif %}{% endmacro %}{{ rec(3) }}", "321")]
    [InlineData("{% macro m() %}{{ z }}{% endmacro %}{% set z = 1 %}{{ m() }}{% set z = 2 %}{{ m() }}", "12")]
    [InlineData("{% macro m() -%}\n  body\n{%- endmacro %}[{{ m() }}]", "[body]")]
    [InlineData("{% macro m() %}{% endmacro %}{{ m is callable }}{{ 'm' is callable }}", "TrueFalse")]
    public void Calls_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Theory]
    [InlineData("{% macro m(a) %}{% endmacro %}{{ m(1, 2) }}", "macro 'm' takes not more than 1 argument(s)")]
    [InlineData("{% macro m(a) %}{% endmacro %}{{ m(b=1) }}", "macro 'm' takes no keyword argument 'b'")]
    [InlineData("{% macro m(a) %}{% endmacro %}{{ m(1, a=2) }}", "macro 'm' got multiple values for argument 'a'")]
    [InlineData("{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}", "maximum recursion depth (200) exceeded")]
    public void Rejects_bad_calls(string template, string description) => Assert.Equal(description, Jinja.Failure(template).Description);
}
