namespace DivPO.Jinja.Tests.Runtime.Methods;

/// <summary>Python str methods as chat templates call them.</summary>
public sealed class StringMethodTests
{
    [Theory]
    [InlineData("{{ 'a,b,,c'.split(',') }}{{ ' a  b '.split() }}{{ 'a b c'.split(' ', 1) }}{{ 'a b c'.rsplit(' ', 1) }}{{ '  a b c  '.rsplit(none, 1) }}", "['a', 'b', '', 'c']['a', 'b']['a', 'b c']['a b', 'c']['  a b', 'c']")]
    [InlineData("{{ 'a\\nb\\r\\nc\\n'.splitlines() }}{{ 'x</think>\\n\\nAnswer'.split('</think>')[-1].lstrip('\\n') }}", "['a', 'b', 'c']Answer")]
    [InlineData("{{ 'xxhixx'.strip('x') }}|{{ 'xxhixx'.lstrip('x') }}|{{ 'xxhixx'.rstrip('x') }}|{{ '  hi  '.strip() }}|{{ '\\n\\nhi\\n'.strip('\\n') }}", "hi|hixx|xxhi|hi|hi")]
    [InlineData("{{ 'hello'.startswith('he') }}{{ 'hello'.startswith(('x', 'h')) }}{{ 'hello'.endswith('lo') }}{{ 'hello'.startswith('l', 2) }}{{ '<tool_response>x'.startswith('<tool_response>') }}", "TrueTrueTrueTrueTrue")]
    [InlineData("{{ 'hello'.find('l') }}{{ 'hello'.rfind('l') }}{{ 'hello'.find('z') }}{{ 'hello'.count('l') }}{{ 'hello'.index('e') }}{{ 'a😀b'.find('b') }}{{ 'hello'.find('l', 3) }}", "23-12123")]
    [InlineData("{{ 'hello'.replace('l', 'L') }}{{ 'hello'.replace('l', 'L', 1) }}{{ 'ab'.replace('', '-') }}{{ 'hello'.upper() }}{{ 'HeLLo'.lower() }}", "heLLoheLlo-a-b-HELLOhello")]
    [InlineData("{{ 'hello world'.title() }}{{ '1st place'.title() }}{{ 'hELLO'.capitalize() }}{{ 'Hello'.swapcase() }}", "Hello World1St PlaceHellohELLO")]
    [InlineData("{{ ', '.join(['a', 'b']) }}{{ ''.join('abc') }}{{ '-'.join({'x': 1, 'y': 2}) }}", "a, babcx-y")]
    [InlineData("{{ '{} and {}'.format(1, 'b') }}{{ '{0}{1}{0}'.format('a', 'b') }}{{ '{name}!'.format(name='x') }}{{ '{{}}'.format() }}", "1 and babax!{}")]
    [InlineData("{{ '{:>5}|{:<5}|{:^5}|{:05.2f}|{:,}|{:+d}'.format('a', 'b', 'c', 3.14159, 1234567, 5) }}", "    a|b    |  c  |03.14|1,234,567|+5")]
    [InlineData("{{ '{:x}'.format(255) }}{{ '{!r}'.format('a') }}{{ '{0[0]}'.format([7]) }}{{ '{:.1%}'.format(0.25) }}{{ '{:e}'.format(1234.5) }}{{ '{:g}'.format(0.00001) }}{{ '{}'.format(1.0) }}{{ '{:10.3}'.format(3.14159) }}",
        "ff'a'725.0%1.234500e+031e-051.0      3.14")]
    [InlineData("{{ 'a.b.c'.partition('.') }}{{ 'aXbXc'.rpartition('X') }}{{ 'pre_x'.removeprefix('pre_') }}{{ 'x.txt'.removesuffix('.txt') }}", "('a', '.', 'b.c')('aXb', 'X', 'c')xx")]
    [InlineData("{{ '42'.zfill(5) }}{{ '-42'.zfill(5) }}{{ 'ab'.center(5, '*') }}{{ 'ab'.ljust(4, '.') }}{{ 'ab'.rjust(4) }}", "00042-0042**ab*ab..  ab")]
    [InlineData("{{ '   '.isspace() }}{{ 'abc'.isalpha() }}{{ '123'.isdigit() }}{{ 'Ab'.islower() }}{{ 'ab1'.isalnum() }}{{ ''.isalpha() }}", "TrueTrueTrueFalseTrueFalse")]
    [InlineData("{{ '%s and %s' % ('a', 'b') }}{{ '%d%%' % 50 }}{{ '%(a)s' % {'a': 1} }}{{ '%.3f' % 2.0005 }}{{ '%5s|' % 'x' }}{{ '%-5s|' % 'x' }}{{ '%+d' % 5 }}{{ '%#x' % 255 }}{{ '%c' % 65 }}",
        "a and b50%12.001    x|x    |+50xffA")]
    [InlineData("{{ 'straße'.upper() }} {{ 'ﬁne print'.title() }} {{ 'ǆemal'.capitalize() }} {{ 'İ'.lower()|length }} {{ 'ǅ'.islower() }}{{ 'ǆ'.isupper() }} {{ 'Straße'.swapcase() }}",
        "STRASSE Fine Print ǅemal 2 FalseFalse sTRASSE")]
    public void Behaves_like_python(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Theory]
    [InlineData("{{ 'a'.split('') }}", "empty separator")]
    [InlineData("{{ ''.join(['a', 1]) }}", "sequence item 1: expected str instance, int found")]
    [InlineData("{{ 'hello'.index('z') }}", "substring not found")]
    [InlineData("{{ 'a'.upper(1) }}", "upper() takes no arguments (1 given)")]
    [InlineData("{{ '{} {}'.format(1) }}", "Replacement index 1 out of range for positional args tuple")]
    [InlineData("{{ '%s %s' % ('a',) }}", "not enough arguments for format string")]
    [InlineData("{{ '%s' % ('a', 'b') }}", "not all arguments converted during string formatting")]
    public void Rejects_what_python_rejects(string template, string description) =>
        Assert.Equal(description, Jinja.Failure(template).Description);
}
