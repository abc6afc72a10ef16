namespace DivPO.Jinja.Tests.Runtime.Filters;

public sealed class SelectionFilterTests
{
    private const string Messages = "{% set msgs = [{'role': 'system', 'content': 's'}, {'role': 'user', 'content': 'u'}, {'role': 'assistant', 'content': 'a', 'tool_calls': []}] %}";

    [Theory]
    [InlineData(Messages + "{{ msgs|selectattr('role', 'equalto', 'user')|map(attribute='content')|list }}", "['u']")]
    [InlineData(Messages + "{{ msgs|rejectattr('role', 'eq', 'user')|map(attribute='role')|join(',') }}", "system,assistant")]
    [InlineData(Messages + "{{ msgs|selectattr('tool_calls', 'defined')|list|length }}", "1")]
    [InlineData(Messages + "{{ msgs|selectattr('tool_calls')|list|length }}", "0")]
    [InlineData(Messages + "{{ msgs|map(attribute='name', default='anon')|list }}", "['anon', 'anon', 'anon']")]
    [InlineData("{{ [3, 1, 2]|select('odd')|list }}{{ [3, 1, 2]|reject('even')|list }}{{ [0, 1, '', 'a', none]|select|list }}", "[3, 1][3, 1][1, 'a']")]
    [InlineData("{{ [1, 5, 9]|select('gt', 4)|list }}{{ ['a', 'b']|select('in', ['b', 'c'])|list }}", "[5, 9]['b']")]
    [InlineData("{{ ['a', 'b']|map('upper')|list }}{{ ['a', 'b']|map('replace', 'a', 'x')|list }}", "['A', 'B']['x', 'b']")]
    [InlineData("{{ [{'a': {'b': 1}}, {'a': {'b': 2}}]|map(attribute='a.b')|list }}{{ [[1, 2], [3, 4]]|map(attribute='1')|list }}", "[1, 2][2, 4]")]
    public void Selects_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));
}
