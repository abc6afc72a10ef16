namespace DivPO.Jinja.Tests.Runtime.Methods;

/// <summary>dict and list methods; mutation is refused as Hugging Face's immutable sandbox refuses it.</summary>
public sealed class CollectionMethodTests
{
    [Theory]
    [InlineData("{% set d = {'a': 1, 'b': [2]} %}{{ d.items()|list }}{{ d.keys()|list }}{{ d.values()|list }}{{ d.get('a') }}{{ d.get('z', 5) }}{{ d.get('z') }}", "[('a', 1), ('b', [2])]['a', 'b'][1, [2]]15None")]
    [InlineData("{% set d = {'items': 'key'} %}{{ d.items()|list }}{{ d['items'] }}{{ d.items is callable }}", "[('items', 'key')]keyTrue")]
    [InlineData("{% set d = {'a': 1} %}{% set c = d.copy() %}{{ c == d }}{{ c }}", "True{'a': 1}")]
    [InlineData("{{ [1, 2, 2].count(2) }}{{ [1, 2, 2].index(2) }}{{ (3, 4).index(4) }}", "211")]
    public void Behaves_like_python(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Theory]
    [InlineData("{% set a = [] %}{% set _ = a.append(1) %}", "access to attribute 'append' of 'list' object is unsafe.")]
    [InlineData("{% set d = {'a': 1} %}{{ d.pop('a') }}", "access to attribute 'pop' of 'dict' object is unsafe.")]
    [InlineData("{% set d = {} %}{{ d.update({'a': 1}) }}", "access to attribute 'update' of 'dict' object is unsafe.")]
    public void Refuses_mutation_like_the_sandbox(string template, string description) =>
        Assert.Equal(description, Jinja.Failure(template).Description);
}
