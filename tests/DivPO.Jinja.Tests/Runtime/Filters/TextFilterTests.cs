namespace DivPO.Jinja.Tests.Runtime.Filters;

public sealed class TextFilterTests
{
    [Theory]
    [InlineData("{{ 'abc'|upper }}{{ 'ABC'|lower }}{{ 'aBC dEf'|capitalize }}", "ABCabcAbc def")]
    [InlineData("{{ 'Hello World-foo(bar'|title }}|{{ \"they're bill's\"|title }}", "Hello World-Foo(Bar|They're Bill's")]
    [InlineData("[{{ '  a  '|trim }}][{{ 'xxaxx'|trim('x') }}][{{ none|trim }}]", "[a][a][None]")]
    [InlineData("{{ 'a-b c'|replace('-', '+') }}{{ 'aaa'|replace('a', 'b', 2) }}", "a+b cbba")]
    [InlineData("{{ 'a\\nb\\n\\nc'|indent }}|{{ 'a\\nb\\n\\nc'|indent(2, first=true) }}|{{ 'a\\nb\\n\\nc'|indent(2, blank=true) }}|{{ 'a\\n'|indent('> ') }}",
        "a\n    b\n\n    c|  a\n  b\n\n  c|a\n  b\n  \n  c|a\n")]
    [InlineData("{{ 'one two, three'|wordcount }}|{{ 'abc'|center(9) }}|", "3|   abc   |")]
    [InlineData("{{ 'hello world foo bar'|truncate(9) }}|{{ 'hello world foo bar'|truncate(9, true) }}|{{ 'short'|truncate(9) }}", "hello...|hello ...|short")]
    [InlineData("{{ \"<a href='x'>&</a>\"|e }}|{{ '<b>'|escape }}|{{ '<b>'|safe }}", "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;|&lt;b&gt;|<b>")]
    [InlineData("{{ '%5.2f|%-4s|%r|%d|%05d|%x|%e|%%'|format(3.14159, 'ab', 'x', 3.9, 42, 255, 12345.678) }}", " 3.14|ab  |'x'|3|00042|ff|1.234568e+04|%")]
    [InlineData("{{ '%(a)s-%(b)s'|format(a=1, b='x') }}", "1-x")]
    [InlineData("{{ 'straße'|upper }} {{ 'straße ﬁne'|title }} {{ 'ǆEMAL'|capitalize }} {{ 'ÀÉ'|lower }}", "STRASSE Straße FIne ǅemal àé")]
    public void Transforms_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));
}
