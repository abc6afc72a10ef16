namespace DivPO.Jinja.Tests.Runtime.Filters;

public sealed class SequenceFilterTests
{
    [Theory]
    [InlineData("{{ [1, 2]|length }}{{ 'abc'|count }}{{ {'a': 1}|length }}{{ missing|length }}{{ 'a😀b'|length }}", "23103")]
    [InlineData("{{ [3, 1, 2]|first }}{{ [3, 1, 2]|last }}{{ 'abc'|first }}{{ 'abc'|last }}[{{ []|first }}]{{ {'k': 1}|first }}", "32ac[]k")]
    [InlineData("{{ 'ab'|list }}{{ {'k': 1}|list }}{{ (1, 2)|list }}{{ missing|list }}", "['a', 'b']['k'][1, 2][]")]
    [InlineData("{{ [1, 2]|reverse|list }}{{ 'abc'|reverse }}{{ 'a😀b'|reverse }}", "[2, 1]cbab😀a")]
    [InlineData("{{ [3, 1, 2]|join }}|{{ [3, 1, 2]|join(', ') }}|{{ [{'r': 'u'}, {'r': 'a'}]|join('|', attribute='r') }}", "312|3, 1, 2|u|a")]
    [InlineData("{{ [3, 1, 2]|sort }}{{ ['b', 'A', 'a', 'c']|sort }}{{ ['b', 'A', 'a', 'c']|sort(reverse=true) }}{{ ['b', 'A', 'a', 'c']|sort(case_sensitive=true) }}",
        "[1, 2, 3]['A', 'a', 'b', 'c']['c', 'b', 'A', 'a']['A', 'a', 'b', 'c']")]
    [InlineData("{{ [{'n': 2}, {'n': 1}]|sort(attribute='n')|map(attribute='n')|list }}", "[1, 2]")]
    [InlineData("{{ ['b', 'A', 'a', 'c']|unique|list }}{{ ['b', 'A', 'a']|unique(case_sensitive=true)|list }}", "['b', 'A', 'c']['b', 'A', 'a']")]
    [InlineData("{{ [3, 1, 2]|min }}{{ [3, 1, 2]|max }}{{ [3, 1, 2]|sum }}{{ ['b', 'A']|min }}{{ [1.5, 2]|sum }}{{ [{'v': 2}, {'v': 3}]|sum(attribute='v', start=1) }}", "136A3.56")]
    [InlineData("{{ {'b': 1, 'a': 2}|dictsort }}{{ {'b': 1, 'a': 2}|dictsort(by='value', reverse=true) }}", "[('a', 2), ('b', 1)][('a', 2), ('b', 1)]")]
    [InlineData("{{ {'a': 1, 'b': [2]}|items|list }}{{ missing|items|list }}", "[('a', 1), ('b', [2])][]")]
    [InlineData("{{ [1, 2, 3, 4, 5]|batch(2)|list }}{{ [1, 2, 3]|batch(2, 0)|list }}", "[[1, 2], [3, 4], [5]][[1, 2], [3, 0]]")]
    public void Transforms_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Theory]
    [InlineData("{{ 5|length }}", "object of type 'int' has no len()")]
    [InlineData("{{ ['a']|sum(start='') }}", "sum() can't sum strings [use ''.join(seq) instead]")]
    [InlineData("{{ [1, 'a']|sort }}", "'<' not supported between instances of 'str' and 'int'")]
    [InlineData("{{ 5|items|list }}", "Can only get item pairs from a mapping.")]
    public void Rejects_what_python_rejects(string template, string description) =>
        Assert.Equal(description, Jinja.Failure(template).Description);
}
